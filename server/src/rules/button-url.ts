/** button-url: a URL button needs a valid absolute http(s) URL with at most 1 placeholder, only at its very end (Meta, template components; figure in LIMITS). */
import { LIMITS } from '../meta/limits';
import type { Button, Placeholder } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import { defineRule, type Report } from './types';

type ReportFn = (r: Report) => void;

export default defineRule({
  meta: {
    id: 'button-url',
    severity: 'error',
    description: 'An invalid button URL, or a placeholder anywhere but at its end, or more than one.',
    source: LIMITS.urlPlaceholders.source,
    fixable: false,
  },
  check({ template, report }) {
    const byButton = new Map<number, Placeholder[]>();
    for (const p of template.placeholders) {
      if (p.component !== 'button' || p.buttonIndex === null) continue;
      const list = byButton.get(p.buttonIndex);
      if (list) list.push(p);
      else byButton.set(p.buttonIndex, [p]);
    }
    for (const b of template.buttons) {
      if (b.kind !== 'url' || !b.valueText) continue;
      const own = byButton.get(b.index) ?? [];
      checkPlaceholders(b, b.valueText, own, report);
      checkUrl(b, b.valueText, own, report);
    }
  },
});

function checkPlaceholders(b: Button, st: SourceText, own: Placeholder[], report: ReportFn): void {
  const max = LIMITS.urlPlaceholders.max;
  own.forEach((p, i) => {
    if (i >= max) {
      report({
        span: p.span,
        message: `This URL has ${own.length} placeholders; Meta allows ${max}, at the very end of the URL. Remove {{${p.key}}} and carry its value in the last one.`,
      });
    } else if (p.textEnd !== st.text.length) {
      const example = moved(st.text, p);
      report({
        span: p.span,
        message: `{{${p.key}}} is in the middle of the URL "${b.value}": Meta only appends a value to the end of a URL button's link, so it refuses this one. Move the placeholder to the very end${example ? ` ("${example}")` : ''}.`,
      });
    }
  });
}

/** The URL with a placeholder that fills a whole path segment moved to the end (`/a/{{1}}/b` → `/a/b/{{1}}`), else null. */
function moved(url: string, p: Placeholder): string | null {
  if (url[p.textStart - 1] !== '/' || url[p.textEnd] !== '/') return null;
  const rest = url.slice(0, p.textStart) + url.slice(p.textEnd + 1);
  return `${rest}${rest.endsWith('/') ? '' : '/'}${url.slice(p.textStart, p.textEnd)}`;
}

function checkUrl(b: Button, st: SourceText, own: Placeholder[], report: ReportFn): void {
  const s = st.text;
  let sample = '';
  let pos = 0;
  for (const p of own) {
    sample += s.slice(pos, p.textStart) + 'sample';
    pos = p.textEnd;
  }
  sample += s.slice(pos);
  const span = b.valueSpan;
  const space = /\s/.exec(s);
  if (space) {
    report({ span: st.fileSpan(space.index, space.index + 1), message: `The URL "${s}" contains white space, which Meta refuses in a link: remove it or write it as %20.` });
    return;
  }
  const url = parseUrl(sample);
  if (!url) {
    report({ span, message: `"${s}" is not a valid URL: Meta needs a full link such as https://www.example.com/path.` });
    return;
  }
  const hostEnd = authorityEnd(s);
  const inHost = own.find((p) => p.textStart < hostEnd && p.textEnd === s.length);
  if (inHost) {
    report({ span: inHost.span, message: `The domain of "${s}" must be written out: Meta only lets a placeholder complete the path or query at the end of the link.` });
  } else if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) {
    report({ span, message: `"${s}" is not a valid public URL: the domain "${url.hostname}" has no dot. Write the full domain, such as www.example.com.` });
  }
  if (url.protocol === 'http:') {
    const scheme = st.fileSpan(0, 'http'.length);
    report({ span: scheme, severity: 'warning', message: `"${s}" is a plain http:// link: phones warn about unencrypted pages and reviewers distrust them. Use https:// if the site supports it.` });
  }
}

/** What this rule reads of a parsed URL. */
interface ParsedUrl {
  hostname: string;
  protocol: string;
}

/** Parsed URLs by text: the same link is re-checked on every keystroke, and new URL() is costly. Bounded. */
const urlCache = new Map<string, ParsedUrl | null>();

function parseUrl(text: string): ParsedUrl | null {
  let parsed = urlCache.get(text);
  if (parsed !== undefined) return parsed;
  try {
    const u = new URL(text);
    parsed = { hostname: u.hostname, protocol: u.protocol };
  } catch {
    parsed = null;
  }
  if (urlCache.size >= 2000) urlCache.clear();
  urlCache.set(text, parsed);
  return parsed;
}

/** Text index where the URL's authority (host and port) ends: the first `/`, `?` or `#` after `//`. */
function authorityEnd(s: string): number {
  const start = s.indexOf('//') + 2;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '/' || c === '?' || c === '#') return i;
  }
  return s.length;
}
