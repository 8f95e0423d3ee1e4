/** placeholder-alone: a body line holding nothing but a placeholder is reported as rejected by providers (Meta publishes no rule). */
import type { Placeholder } from '../parser/model';
import { defineRule } from './types';

/** Spaces and tabs (the line break ends the line). */
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
/** Inline formatting marks that may wrap the placeholder without adding text. */
const isMark = (c: string | undefined) => c === '*' || c === '_' || c === '~' || c === '`';

/** Index just past a list or quote marker (`- `, `* `, `> `, `1. `) at `i`, or `i` if there is none. */
function skipMarker(s: string, i: number, end: number): number {
  let j = i;
  if (s[j] === '-' || s[j] === '*' || s[j] === '>') j++;
  else {
    while (j < end && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === i || s[j] !== '.') return i;
    j++;
  }
  if (j < end && !isSpace(s[j])) return i;
  while (j < end && isSpace(s[j])) j++;
  return j;
}

/** The placeholder that line [start, end) holds alone (around it only white space, one marker, formatting marks), if any. */
function aloneOn(s: string, start: number, end: number, at: Map<number, Placeholder>): Placeholder | undefined {
  let i = start;
  while (i < end && isSpace(s[i])) i++;
  i = skipMarker(s, i, end);
  while (i < end && isMark(s[i])) i++;
  const p = at.get(i);
  if (!p) return undefined;
  let j = p.textEnd;
  while (j < end && isMark(s[j])) j++;
  while (j < end && isSpace(s[j])) j++;
  return j === end ? p : undefined;
}

export default defineRule({
  meta: {
    id: 'placeholder-alone',
    severity: 'warning',
    description: 'A body line holding nothing but a placeholder (a list or quote marker does not count as text).',
    source: 'providers (reported as rejected; Meta publishes no rule)',
    fixable: false,
  },
  check({ template, report }) {
    const body = template.body;
    if (!body) return;
    const at = new Map<number, Placeholder>();
    for (const p of template.placeholders) if (p.component === 'body') at.set(p.textStart, p);
    if (at.size === 0) return;
    const s = body.text.text;
    for (let start = 0; start <= s.length; ) {
      let end = s.indexOf('\n', start);
      if (end === -1) end = s.length;
      const p = aloneOn(s, start, end, at);
      if (p) {
        report({
          span: p.span,
          message: `"{{${p.key}}}" stands alone on its line: providers report templates with a line holding nothing but a placeholder as rejected. Add words on that line, for example "Order: {{${p.key}}}".`,
        });
      }
      start = end + 1;
    }
  },
});
