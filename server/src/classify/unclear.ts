/** Unclear content (Meta: a body of only "{{1}}" or only "Congratulations!" counts as marketing): nothing but placeholders, salutations and greetings. */
import type { Match } from './match';
import * as tokens from './tokens';
import type { Tokens } from './tokens';

const { WORD } = tokens;

/** Greetings at least this strong ("happy birthday") are a purpose of their own (marketing), not an empty message. */
const PURPOSEFUL_GREETING = 0.75;
/** Words a body may have besides those and still be unclear (a name written out). */
const MAX_OTHER_WORDS = 1;
/** Shorter words ("we", "you", "for", "the") carry no purpose of their own and are not counted. */
const MIN_WORD_LENGTH = 4;

/** Whether the body's words are all placeholders, salutations and greetings (and at most one other word of 4 letters or more). */
export function isUnclear(toks: Tokens, matches: readonly Match[]): boolean {
  for (const m of matches) if (!empty(m) && m.pattern.kind !== 'allow') return false;
  let other = 0;
  for (let i = 0; i < toks.n; i++) {
    if (toks.kind[i] !== WORD || toks.end[i] - toks.start[i] < MIN_WORD_LENGTH) continue;
    if (!coveredByEmpty(matches, i) && ++other > MAX_OTHER_WORDS) return false;
  }
  return true;
}

function coveredByEmpty(matches: readonly Match[], i: number): boolean {
  for (const m of matches) if (m.from <= i && i < m.to && empty(m)) return true;
  return false;
}

/** A salutation or a weak greeting: words that say nothing about the message's purpose. */
function empty(m: Match): boolean {
  return m.pattern.kind === 'salutation' || (m.pattern.kind === 'greeting' && m.pattern.weight < PURPOSEFUL_GREETING);
}
