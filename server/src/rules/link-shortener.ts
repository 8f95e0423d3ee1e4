/** link-shortener: URL shorteners hide a link's destination and wa.me links point back into WhatsApp; providers report templates with either as rejected in Meta's review (a rule of thumb, so a warning). */
import type { SourceText } from '../parser/source-text';
import { defineRule, type Report } from './types';

/** Hosts of common URL shorteners. */
const SHORTENERS = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rebrand.ly',
  'shorturl.at', 'tiny.cc', 'rb.gy', 's.id', 'lnkd.in',
]);

/** Longer than any host this rule looks for (with `www.`): longer runs are skipped unread. */
const MAX_HOST = 24;
/** Shorter than any host this rule looks for (`t.co`). */
const MIN_HOST = 4;

interface Found {
  start: number;
  end: number;
  host: string;
  whatsapp: boolean;
}

export default defineRule({
  meta: {
    id: 'link-shortener',
    severity: 'warning',
    description: 'A wa.me / api.whatsapp.com link or a URL shortener in a button or the body.',
    source: "providers (templates with URL shorteners or wa.me links reported as rejected in Meta's review)",
    fixable: false,
  },
  check({ template, report }) {
    if (template.body) scan(template.body.text, report);
    for (const b of template.buttons) if (b.kind === 'url' && b.valueText) scan(b.valueText, report);
  },
});

/**
 * A cheap native pre-check: every host this rule reports has one of these endings (or names WhatsApp or tinyurl),
 * and a regex that starts at a literal '.' scans far faster than the token loop. Most texts have none.
 */
const MAYBE_HOST_DOT = /\.(?:ly|co\b|gl|gd|at|cc|gy|id|in|me)/i;
const MAYBE_HOST_NAME = /whatsapp|tinyurl/i;

function scan(st: SourceText, report: (r: Report) => void): void {
  if (!MAYBE_HOST_DOT.test(st.text) && !MAYBE_HOST_NAME.test(st.text)) return;
  for (const f of findLinks(st.text)) report({ span: st.fileSpan(f.start, f.end), message: message(f) });
}

function message(f: Found): string {
  if (f.whatsapp) {
    return `"${f.host}" links open a WhatsApp chat: providers report templates with wa.me or api.whatsapp.com/send links as rejected, and the customer is already in this chat. Use a quick reply, or link to your own website.`;
  }
  return `"${f.host}" is a link shortener: reviewers cannot see where it leads, and providers report templates with shortened links as rejected. Use the full link on your own domain.`;
}

/** Shortener and WhatsApp hosts in `s`, one white-space separated token at a time (linear, no allocation per token). */
function findLinks(s: string): Found[] {
  const out: Found[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    let dot = false;
    while (i < s.length && !isSpace(s.charCodeAt(i))) dot = s.charCodeAt(i++) === 46 || dot;
    const f = dot ? hostIn(s, start, i) : null;
    if (f) out.push(f);
  }
  return out;
}

/** The host the token s[from, to) links to, when it is one this rule reports. */
function hostIn(s: string, from: number, to: number): Found | null {
  let i = from;
  while (i < to && !isAlnum(s.charCodeAt(i))) i++;
  if ((s.charCodeAt(i) | 32) === 104) {
    const scheme = /^https?:\/\//i.exec(s.slice(i, Math.min(i + 8, to)));
    if (scheme) i += scheme[0].length;
  }
  let end = i;
  while (end < to && isHostChar(s.charCodeAt(end))) if (++end - i > MAX_HOST) return null;
  while (end > i && s[end - 1] === '.') end--;
  if (end - i < MIN_HOST) return null;
  const full = s.slice(i, end).toLowerCase();
  const host = full.startsWith('www.') ? full.slice(4) : full;
  const whatsapp = host === 'wa.me' || (host === 'api.whatsapp.com' && /^\/send\b/i.test(s.slice(end, Math.min(end + 6, to))));
  if (!whatsapp && !SHORTENERS.has(host)) return null;
  return { start: i, end, host: s.slice(i, end), whatsapp };
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters, digits, `.` and `-`. */
function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}
