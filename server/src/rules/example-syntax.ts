/** example-syntax: the Examples section is a YAML `key: value` map whose keys name placeholders (FORMAT.md §2, Examples). */
import type { Example } from '../parser/model';
import { canonicalExampleKey } from './util/examples';
import { defineRule, reportParseIssues, type Report } from './types';

/** A named placeholder, `N`, `header.N`, `body.N` or `buttonK.N`. */
const VALID_KEY = /^(?:[a-z][a-z0-9_]*|(?:(?:header|body|button[1-9][0-9]*)\.)?[1-9][0-9]*)$/;
/** Near misses we can rewrite: `Body 1`, `BODY_1`, `button2-1`. */
const POSITIONAL_LIKE = /^(header|body|button[1-9][0-9]*)[\s._-]*([1-9][0-9]*)$/i;
/** A key written as the placeholder itself: `{{first_name}}`. */
const BRACED = /^\{\{\s*([^{}\s]+)\s*\}\}$/;

export default defineRule({
  meta: {
    id: 'example-syntax',
    severity: 'error',
    description: 'The Examples section is not "key: value" lines, or a key names no placeholder.',
    source: 'watpl format (FORMAT.md, Examples); Meta, template components (every placeholder needs an example)',
    fixable: true,
  },
  check(ctx) {
    reportParseIssues(ctx, 'example-syntax');
    const { template, report } = ctx;
    let keys: Set<string> | null = null;
    for (const e of template.examples) {
      if (VALID_KEY.test(e.key)) continue;
      keys ??= new Set(template.examples.map((x) => canonicalExampleKey(x.key)));
      report(badKey(e, keys));
    }
  },
});

/** The report for a bad key; `keys` holds the canonical keys already in the section. */
function badKey(e: Example, keys: Set<string>): Report {
  const guess = suggestKey(e.key);
  const taken = guess !== null && keys.has(canonicalExampleKey(guess));
  const what = `"${e.key}" is not an example key, so this value serves no placeholder and Meta gets no example for it.`;
  const how = 'Use the placeholder\'s name (first_name), or N / body.N, header.N, buttonK.N (K-th button) for positional ones.';
  if (!guess) return { span: e.keySpan, message: `${what} ${how}` };
  return {
    span: e.keySpan,
    message: `${what} Did you mean "${guess}"?${taken ? ` ("${guess}" already has an example.)` : ''} ${how}`,
    fix: taken ? undefined : { title: `Change to ${guess}`, edits: [{ span: e.keySpan, newText: guess }] },
  };
}

/** The valid key a near miss most likely means, or null. */
function suggestKey(key: string): string | null {
  const trimmed = key.trim();
  const braced = BRACED.exec(trimmed);
  const inner = braced ? braced[1] : trimmed;
  if (VALID_KEY.test(inner)) return inner;
  const m = POSITIONAL_LIKE.exec(inner);
  return m ? `${m[1].toLowerCase()}.${m[2]}` : null;
}
