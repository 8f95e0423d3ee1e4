/** header-format: formatting marks or emoji in a text header, which Meta's components page does not allow (Meta, template components). */
import { markOf, parseInline, type InlineNode } from '../parser/formatting';
import type { TextEdit } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { Span } from '../parser/text';
import { defineRule, type Report } from './types';

/** One emoji: a flag, a keycap, or a pictograph with its modifiers, variation selector and joined parts. */
const EMOJI = /\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/gu;
/** ©, ® and ™ are pictographs too, but in text presentation they are ordinary symbols. */
const TEXT_SYMBOLS = new Set(['\u00A9', '\u00AE', '\u2122']);

/** The mark spans (in text indices) of a node and of every formatted node inside it. */
function marks(node: InlineNode, out: [number, number][] = []): [number, number][] {
  if (node.kind === 'text') return out;
  out.push([node.start, node.contentStart], [node.contentEnd, node.end]);
  for (const child of node.children) marks(child, out);
  return out;
}

function formatting(st: SourceText, node: InlineNode): Report {
  const raw = st.text.slice(node.start, node.end);
  const mark = node.kind === 'text' ? '' : markOf(node.kind);
  const edits: TextEdit[] = marks(node).map(([a, b]) => ({ span: st.fileSpan(a, b), newText: '' }));
  return {
    span: st.fileSpan(node.start, node.end),
    message: `"${raw}" is ${node.kind} formatting: Meta allows no formatting in a text header, so the template may be rejected or show the "${mark}" marks. Remove them, or move the emphasis to the body.`,
    fix: { title: 'Remove the formatting marks', edits },
  };
}

/** The text range to remove with an emoji: one neighbouring space too, so no double space or edge space is left. */
function removal(s: string, start: number, end: number): [number, number] {
  const spaceBefore = start > 0 && s[start - 1] === ' ';
  const spaceAfter = end < s.length && s[end] === ' ';
  if (spaceAfter && (spaceBefore || start === 0)) return [start, end + 1];
  if (spaceBefore && end === s.length) return [start - 1, end];
  return [start, end];
}

function emoji(st: SourceText, start: number, end: number): Report {
  const [a, b] = removal(st.text, start, end);
  const span: Span = st.fileSpan(start, end);
  return {
    span,
    message: `"${st.text.slice(start, end)}" is an emoji: Meta allows no emoji in a text header and may reject the template. Remove it, or move it to the body.`,
    fix: { title: 'Remove the emoji', edits: [{ span: st.fileSpan(a, b), newText: '' }] },
  };
}

export default defineRule({
  meta: {
    id: 'header-format',
    severity: 'warning',
    description: 'Formatting marks (*bold*, _italic_, ~strike~, `code`) or emoji in a text header.',
    source: 'Meta, template components (text headers take no formatting and no emoji)',
    fixable: true,
  },
  check({ template, report }) {
    const header = template.header;
    if (header?.kind !== 'text') return;
    const st = header.text;
    for (const node of parseInline(st.text)) if (node.kind !== 'text') report(formatting(st, node));
    for (const m of st.text.matchAll(EMOJI)) {
      if (TEXT_SYMBOLS.has(m[0])) continue;
      report(emoji(st, m.index, m.index + m[0].length));
    }
  },
});
