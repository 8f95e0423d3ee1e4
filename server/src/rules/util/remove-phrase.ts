/** "Remove this phrase": the edit that takes a promotional phrase's sentence (or button) out of a template, offered only when the rest still reads as a message. */
import type { Reason } from '../../classify/classify';
import type { Fix, Template } from '../../parser/model';

const SENTENCE_END = /[.!?…]/;
/** Words the body must keep for the removal to leave a message. */
const MIN_WORDS_LEFT = 3;

/** The removal of the sentence (or the button) holding `r`, or null when removing it would leave no message, cut a placeholder or a comment. */
export function removalFix(t: Template, r: Reason): Fix | null {
  if (r.piece === 'button') return removeButton(t, r);
  if (r.piece !== 'body' || !t.body || !r.at) return null;
  const st = t.body.text;
  const text = st.text;
  const [start, end] = sentenceAround(text, r.at.start, r.at.end);
  const sentence = text.slice(start, end);
  if (sentence.includes('{{')) return null;
  const rest = text.slice(0, start) + text.slice(end);
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS_LEFT) return null;
  if (/\}\}[\s.!?,;:…)]*$/.test(rest.trimEnd()) || /^[\s(]*\{\{/.test(rest)) return null;
  const span = st.fileSpan(start, end);
  if (t.text.slice(span.start, span.end) !== sentence) return null;
  const whole = sentence.replace(/[\s.!?…]+$/, '').trim() === r.text.trim();
  const shown = sentence.trim().length > 60 ? `${sentence.trim().slice(0, 59)}…` : sentence.trim();
  return { title: whole ? `Remove this phrase: "${shown}"` : `Remove the sentence with this phrase: "${shown}"`, edits: [{ span, newText: '' }] };
}

/** [start, end) of the sentence holding text[from, to), with the white space that separates it from the next one (or the line break of a line of its own). */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]) && text[start - 1] !== '\n') start--;
  while (start < from && /\s/.test(text[start])) start++;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end]) && text[end] !== '\n') end++;
  while (end < text.length && /[.!?…)"'»”\p{Extended_Pictographic}\uFE0F]/u.test(text[end])) end++;
  const lineStart = start === 0 || text[start - 1] === '\n';
  if (lineStart && end < text.length && text[end] === '\n') return [start, end + 1];
  if (lineStart && end === text.length) return [start > 0 ? start - 1 : start, end];
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (after < text.length && text[after] !== '\n') return [start, after];
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  return [before, end];
}

/** A promotional button ("Shop now") is removed with its line, unless it is the only button or its link has a placeholder. */
function removeButton(t: Template, r: Reason): Fix | null {
  const b = t.buttons.find((x) => r.span.start >= x.span.start && r.span.end <= x.span.end);
  if (!b || t.buttons.length < 2 || b.value.includes('{{')) return null;
  return { title: `Remove the "${b.label}" button`, edits: [{ span: b.lineSpan, newText: '' }] };
}
