/** unknown-field: a front-matter key outside FORMAT.md's table (a typo, or the obsolete `allow_category_change`, which Meta ignores since April 2025). */
import type { FrontMatterEntry } from '../parser/model';
import { defineRule, type Report } from './types';

/** The keys of FORMAT.md §1. */
export const FRONT_MATTER_KEYS: readonly string[] = [
  'name', 'language', 'category', 'parameter_format', 'sub_category',
  'message_send_ttl_seconds', 'code_expiration_minutes', 'security_recommendation', 'disable',
];
const OBSOLETE = 'allow_category_change';
const MAX_DISTANCE = 2;

export default defineRule({
  meta: {
    id: 'unknown-field',
    severity: 'warning',
    description: 'A front-matter key the format does not know, or the obsolete allow_category_change.',
    source: 'watpl format (FORMAT.md, front matter); Meta, template categorization (allow_category_change obsolete since April 2025)',
    fixable: true,
  },
  check({ template, report }) {
    const entries = template.frontMatter?.entries ?? [];
    const present = new Set(entries.map((e) => e.key));
    for (const e of entries) {
      if (FRONT_MATTER_KEYS.includes(e.key)) continue;
      report(e.key === OBSOLETE ? obsolete(e) : unknown(e, present));
    }
  },
});

function obsolete(e: FrontMatterEntry): Report {
  return {
    span: e.keySpan,
    message: `${OBSOLETE} is obsolete: since April 2025 Meta re-categorises a template whatever this says, so it has no effect. Remove the line.`,
    fix: { title: `Remove ${OBSOLETE}`, edits: [{ span: e.lineSpan, newText: '' }] },
  };
}

/** The report for an unknown key; `present` holds every key of the front matter. */
function unknown(e: FrontMatterEntry, present: Set<string>): Report {
  const guess = closestKey(e.key);
  if (!guess) {
    return {
      span: e.keySpan,
      message: `Unknown front-matter key "${e.key}": watpl does not read it and it is not sent to Meta. Known keys: ${FRONT_MATTER_KEYS.join(', ')}.`,
    };
  }
  const taken = present.has(guess);
  return {
    span: e.keySpan,
    message: `Unknown front-matter key "${e.key}": did you mean "${guess}"?${taken ? ` ("${guess}" is already set, so remove one of them.)` : ''} An unknown key is not sent to Meta.`,
    fix: taken ? undefined : { title: `Rename to ${guess}`, edits: [{ span: e.keySpan, newText: guess }] },
  };
}

/** The known key within MAX_DISTANCE edits of `key` (the closest, first in table order on ties), or null. */
function closestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = MAX_DISTANCE + 1;
  for (const known of FRONT_MATTER_KEYS) {
    if (Math.abs(known.length - key.length) > MAX_DISTANCE) continue;
    const d = editDistance(key.toLowerCase(), known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

/** Levenshtein distance where swapping two neighbouring letters counts once (`langauge` → `language` is 1). */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    [prev2, prev] = [prev, row];
  }
  return prev[b.length];
}
