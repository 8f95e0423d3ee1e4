/** translation-drift: translations of one template that disagree in category, placeholders, buttons or header kind (Meta, template management: one name, one template in many languages). */
import { normalizeCategory } from '../meta/categories';
import { entry, type ButtonKind, type MediaKind, type Template } from '../parser/model';
import type { Span } from '../parser/text';
import { groupEntries, translationKey } from './util/group';
import { defineWorkspaceRule, type Report, type WorkspaceEntry } from './types';

/** What a translation has for one aspect: a key to compare and words for the message. */
interface Signature {
  key: string;
  text: string;
}

interface Aspect {
  label: string;
  why: string;
  read(t: Template): Signature | null;
  /** Where to report a file that differs. */
  where(t: Template): Span;
}

const BUTTON_WORDS: Record<ButtonKind, string> = {
  quick_reply: 'quick reply', url: 'URL', phone_number: 'phone', copy_code: 'copy code', otp: 'OTP', flow: 'flow', catalog: 'catalog',
};

const MEDIA_WORDS: Record<MediaKind, string> = {
  image: 'an image header', video: 'a video header', document: 'a document header', location: 'a location header',
};

const nameSpan = (t: Template): Span => entry(t, 'name')!.valueSpan;
const sig = (text: string): Signature => ({ key: text, text });

function placeholderSignature(t: Template): Signature {
  const names = new Set<string>();
  const positional = new Map<string, Set<string>>();
  for (const p of t.placeholders) {
    if (p.style === 'named') names.add(p.key);
    else {
      const component = p.component === 'button' ? `button ${(p.buttonIndex ?? 0) + 1}` : p.component;
      if (!positional.has(component)) positional.set(component, new Set());
      positional.get(component)!.add(p.key);
    }
  }
  const parts: string[] = [];
  if (names.size) parts.push([...names].sort().map((n) => `{{${n}}}`).join(', '));
  if (positional.size) parts.push([...positional].sort().map(([c, set]) => `${set.size} in the ${c}`).join(', '));
  return sig(parts.length ? parts.join('; ') : 'no placeholders');
}

function firstPlaceholderOrBody(t: Template): Span {
  let best: Span | null = null;
  for (const p of t.placeholders) if (!best || p.span.start < best.start) best = p.span;
  return best ?? t.body?.headingSpan ?? (t.body?.text.text ? t.body.text.span : nameSpan(t));
}

const ASPECTS: Aspect[] = [
  {
    label: 'category',
    why: 'Meta files every language of a template name under one category',
    read: (t) => {
      const c = t.category === null ? null : normalizeCategory(t.category);
      return c ? sig(c.category) : null;
    },
    where: (t) => entry(t, 'category')?.valueSpan ?? nameSpan(t),
  },
  {
    label: 'placeholders',
    why: 'the same send call serves every language, and Meta refuses a message whose parameters do not match the template (error 132000)',
    read: placeholderSignature,
    where: firstPlaceholderOrBody,
  },
  {
    label: 'buttons',
    why: 'button parameters are sent the same way for every language, and every reader should get the same actions',
    read: (t) => {
      const kinds = t.buttons.map((b) => BUTTON_WORDS[b.kind]);
      return { key: kinds.join(','), text: kinds.length ? `${kinds.length} button${kinds.length > 1 ? 's' : ''} (${kinds.join(', ')})` : 'no buttons' };
    },
    where: (t) => t.sections.buttons?.headingSpan ?? nameSpan(t),
  },
  {
    label: 'header',
    why: 'a media header needs a media parameter at send time, so one send call cannot serve both kinds',
    read: (t) => sig(!t.header ? 'no header' : t.header.kind === 'text' ? 'a text header' : MEDIA_WORDS[t.header.media]),
    where: (t) => t.sections.header?.headingSpan ?? nameSpan(t),
  },
];

/** The signature most files share; on a tie, the one seen first in path order. */
function reference(items: { sig: Signature }[]): Signature {
  const counts = new Map<string, { sig: Signature; n: number }>();
  for (const it of items) {
    const c = counts.get(it.sig.key);
    if (c) c.n++;
    else counts.set(it.sig.key, { sig: it.sig, n: 1 });
  }
  let best: { sig: Signature; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best!.sig;
}

function listPaths(paths: string[]): string {
  return paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more`;
}

function checkGroup(name: string, group: WorkspaceEntry[], report: (e: WorkspaceEntry, r: Report) => void): void {
  for (const aspect of ASPECTS) {
    const items = group.flatMap((e) => {
      const s = aspect.read(e.template);
      return s ? [{ e, sig: s }] : [];
    });
    if (items.length < 2) continue;
    const ref = reference(items);
    const agreeing = items.filter((it) => it.sig.key === ref.key).map((it) => it.e.path);
    for (const it of items) {
      if (it.sig.key === ref.key) continue;
      const have = agreeing.length > 1 ? 'have' : 'has';
      report(it.e, {
        span: aspect.where(it.e.template),
        message: `The translations of "${name}" disagree in their ${aspect.label}: this file (${it.e.template.language}) has ${it.sig.text}, ${listPaths(agreeing)} ${have} ${ref.text}. They should match because ${aspect.why}. Align this file with the others.`,
        data: { aspect: aspect.label, others: agreeing },
      });
    }
  }
}

export default defineWorkspaceRule({
  meta: {
    id: 'translation-drift',
    severity: 'warning',
    description: 'Translations of one template disagree in category, placeholders, buttons or header kind.',
    source: 'Meta, template management: the languages of one template name share its category and are sent with the same parameters',
    fixable: false,
    scope: 'workspace',
  },
  checkAll({ entries, report }) {
    const groups = groupEntries(entries, translationKey);
    for (const [name, group] of groups) {
      if (new Set(group.map((e) => e.template.language)).size < 2) continue;
      checkGroup(name, group, report);
    }
  },
});
