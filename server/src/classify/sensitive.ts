/** Requests for sensitive data: a sentence that asks (reply, send, share...) for a card number, an account number, a national ID or a password, and has no negation ("never", "nooit"). */
import type { Span } from '../parser/text';
import type { Match } from './match';
import { spanOf, type Piece } from './pieces';
import * as tokens from './tokens';
import type { Tokens } from './tokens';

const { BOUNDARY } = tokens;

export interface Finding {
  /** From the request to the data ("reply to this message with your full card number"). */
  text: string;
  span: Span;
  /** The data asked for, as written ("full card number"). */
  data: string;
}

/** The sentence (token range) holding token `i`. */
function sentenceOf(toks: Tokens, i: number): [number, number] {
  let from = i;
  while (from > 0 && toks.kind[from - 1] !== BOUNDARY) from--;
  let to = i;
  while (to < toks.n && toks.kind[to] !== BOUNDARY) to++;
  return [from, to];
}

/** The finding for one sensitive-data match, when its sentence also asks for it (and says no "never"); else null. */
export function findSensitive(piece: Piece, toks: Tokens, matches: readonly Match[], data: Match): Finding | null {
  const [from, to] = sentenceOf(toks, data.from);
  let request: Match | null = null;
  for (const m of matches) {
    if (m.from < from || m.to > to) continue;
    if (m.pattern.kind === 'request') request ??= m;
    // "Never share your PIN", "deel je pincode nooit": advice, not a request, wherever the negation stands.
    else if (m.pattern.kind === 'negation') return null;
  }
  if (!request) return null;
  const start = toks.start[Math.min(request.from, data.from)];
  const end = toks.end[Math.max(request.to, data.to) - 1];
  const dataText = piece.text.slice(toks.start[data.from], toks.end[data.to - 1]);
  return { text: piece.text.slice(start, end), span: spanOf(piece, start, end), data: dataText };
}
