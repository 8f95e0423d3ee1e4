/**
 * WhatsApp formatting to HTML: line blocks (quotes, bullets, numbered items) and inline marks, from the same
 * parser the rules use; example values, gaps and raw placeholders marked; web addresses as links that go nowhere.
 */
import { lineBlocks, parseInline, placeholderEnd, urlEnd, type InlineKind, type InlineNode, type LineBlock } from '../parser/formatting';
import { attr, escapeHtml } from './html';
import type { Hydrated, ValueMark } from './hydrate';

const OPEN: Record<Exclude<InlineKind, 'text'>, [string, string]> = {
  bold: ['<strong>', '</strong>'],
  italic: ['<em>', '</em>'],
  strike: ['<s>', '</s>'],
  monospace: ['<code class="wa-mono">', '</code>'],
  code: ['<code class="wa-code">', '</code>'],
};

/** The message text as HTML blocks: one `div.wa-l` per line, consecutive quote lines grouped in `div.wa-q`. */
export function messageHtml(h: Hydrated): string {
  const lines = lineBlocks(h.text);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'quote') {
      out.push(lineHtml(h, lines[i]));
      continue;
    }
    const quoted: string[] = [];
    for (; i < lines.length && lines[i].kind === 'quote'; i++) quoted.push(lineHtml(h, lines[i]));
    i--;
    out.push(`<div class="wa-q">${quoted.join('')}</div>`);
  }
  return out.join('');
}

/** Text without formatting (header, footer): escaped, with its marks. */
export function plainHtml(h: Hydrated): string {
  return marked(h, 0, h.text.length);
}

function lineHtml(h: Hydrated, b: LineBlock): string {
  const content = h.text.slice(b.contentStart, b.end);
  const inline = nodesHtml(h, content, b.contentStart, parseInline(content), false) || '<br>';
  if (b.kind === 'bullet' || b.kind === 'numbered') {
    const marker = b.kind === 'bullet' ? '•' : escapeHtml(h.text.slice(b.start, b.contentStart).trimEnd());
    return `<div class="wa-l wa-li" dir="auto"><span class="wa-mk">${marker}</span><span class="wa-lc">${inline}</span></div>`;
  }
  return `<div class="wa-l" dir="auto">${inline}</div>`;
}

function nodesHtml(h: Hydrated, line: string, base: number, nodes: readonly InlineNode[], verbatim: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') {
      out += textHtml(h, line, base, n.start, n.end, verbatim);
      continue;
    }
    const [open, close] = OPEN[n.kind];
    out += open + nodesHtml(h, line, base, n.children, verbatim || n.kind === 'code' || n.kind === 'monospace') + close;
  }
  return out;
}

/** A text run [a, b) of a line: web addresses become `a.wa-a` without href (nothing to follow), the rest is marked text. */
function textHtml(h: Hydrated, line: string, base: number, a: number, b: number, verbatim: boolean): string {
  if (verbatim) return marked(h, base + a, base + b);
  let out = '';
  let pos = a;
  let k = a;
  while (k < b) {
    const c = line.charCodeAt(k);
    if (c === 123) {
      const e = placeholderEnd(line, k);
      k = e > 0 ? e : k + 1;
      continue;
    }
    const e = (c | 0x20) === 104 || (c | 0x20) === 119 ? urlEnd(line, k) : -1;
    if (e <= 0) {
      k++;
      continue;
    }
    const end = Math.min(e, b);
    out += marked(h, base + pos, base + k);
    out += `<a class="wa-a"${attr('title', line.slice(k, end))}>${marked(h, base + k, base + end)}</a>`;
    pos = k = end;
  }
  return out + marked(h, base + pos, base + b);
}

/** Escaped text of [from, to), with the parts that are example values, gaps or raw placeholders wrapped. */
function marked(h: Hydrated, from: number, to: number): string {
  let out = '';
  let pos = from;
  for (let i = firstMarkEndingAfter(h.marks, from); i < h.marks.length && h.marks[i].start < to; i++) {
    const m = h.marks[i];
    const a = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    out += escapeHtml(h.text.slice(pos, a)) + markHtml(m, h.text.slice(a, e), a === m.start && e === m.end);
    pos = e;
  }
  return out + escapeHtml(h.text.slice(pos, to));
}

function markHtml(m: ValueMark, text: string, whole: boolean): string {
  if (m.kind === 'value') return `<mark class="wa-ex"${attr('title', `Example value of ${m.placeholder}`)}>${escapeHtml(text)}</mark>`;
  if (m.kind === 'raw') return `<span class="wa-ph">${escapeHtml(text)}</span>`;
  const name = whole ? m.placeholder.slice(2, -2) : text;
  return `<span class="wa-gap"${attr('title', `${m.placeholder} has no example value`)}>${escapeHtml(name)}</span>`;
}

/** Index of the first mark that ends after `pos` (marks are sorted and do not overlap). */
function firstMarkEndingAfter(marks: readonly ValueMark[], pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
