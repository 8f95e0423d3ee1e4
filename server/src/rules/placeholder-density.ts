/** placeholder-density: too many placeholders for the amount of text (Meta error 2388293 gives no figure; providers use words + placeholders >= 3n + 1). */
import { z } from 'zod';
import type { Placeholder } from '../parser/model';
import { formatCount } from '../parser/text';
import { defineRule } from './types';

const options = z.strictObject({
  /** Words of text each placeholder needs (the providers' rule: words + placeholders >= k·n + 1). */
  wordsPerPlaceholder: z.number().int().min(1).default(3),
});
type Options = z.infer<typeof options>;

const SPACE = /^\s$/;
/** Punctuation and formatting marks (`*`, `-`, `>`) neither start nor end a word. */
const MARK = /^[\p{P}~`>]$/u;
/** For each ASCII code: 0 white space, 1 punctuation or formatting mark, 2 anything else. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return SPACE.test(ch) ? 0 : MARK.test(ch) ? 1 : 2;
});

/**
 * Whitespace-separated tokens of `s` outside the placeholders that hold something other than punctuation,
 * counting no further than `enough` (the rule only needs to know whether there are that many).
 */
function countWords(s: string, ps: readonly Placeholder[], enough = Infinity): number {
  let words = 0;
  let inWord = false;
  let k = 0;
  let next = ps.length ? ps[0].textStart : -1;
  for (let i = 0; i < s.length; i++) {
    if (i === next) {
      i = ps[k].textEnd - 1;
      k++;
      next = k < ps.length ? ps[k].textStart : -1;
      inWord = false;
      continue;
    }
    const c = s.charCodeAt(i);
    const kind = c < 128 ? ASCII_KIND[c] : SPACE.test(s[i]) ? 0 : MARK.test(s[i]) ? 1 : 2;
    if (kind === 0) inWord = false;
    else if (kind === 2 && !inWord) {
      if (++words >= enough) return words;
      inWord = true;
    }
  }
  return words;
}

export default defineRule<Options>({
  meta: {
    id: 'placeholder-density',
    severity: 'warning',
    description: 'Too many placeholders for the amount of text in the body (words + placeholders < 3n + 1).',
    source: 'providers (Meta rejects "too many variables for the length" with error 2388293 but gives no figure)',
    fixable: false,
    options,
  },
  check({ template, options, report }) {
    const body = template.body;
    if (!body) return;
    const ps = template.placeholders.filter((p) => p.component === 'body');
    const n = ps.length;
    if (n === 0) return;
    const needed = options.wordsPerPlaceholder * n + 1;
    const total = countWords(body.text.text, ps, needed - n) + n;
    if (total >= needed) return;
    const plural = n === 1 ? 'placeholder needs' : 'placeholders need';
    report({
      span: body.text.span,
      message: `${formatCount(n)} ${plural} at least ${formatCount(needed)} words and placeholders; this body has ${formatCount(total)}. Meta rejects templates with too many variables for their length (error 2388293, no figure given; this is the providers' rule). Add ${formatCount(needed - total)} more words or remove placeholders.`,
    });
  },
});
