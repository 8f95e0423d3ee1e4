/** Finds lexicon phrases in a token list: each token looks up the few patterns that can start with it (by hash), so matching is linear in the text. */
import * as lexicon from './lexicon';
import type { CompiledLexicon, Following, Pattern, PatternToken } from './lexicon';
import * as tokens from './tokens';
import type { Tokens } from './tokens';

// Local copies: module bindings read in the per-token loops would cost a property lookup each under CommonJS interop.
const { BOUNDARY, CURRENCY, NUMBER, PLACEHOLDER, WORD, foldCode, hasBit, prefixBit } = tokens;
const { CURRENCY_WORDS, pairKey } = lexicon;

export interface Match {
  pattern: Pattern;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** Most words a `..` gap skips. */
const MAX_GAP = 4;

/** CURRENCY_WORDS as a bit set of their hashes (low 10 bits): a word that is surely not one skips the set. */
const CURRENCY_BITS = new Uint32Array(32);
for (const h of CURRENCY_WORDS) CURRENCY_BITS[(h >>> 5) & 31] |= 1 << (h & 31);
const isCurrencyWord = (h: number) => (CURRENCY_BITS[(h >>> 5) & 31] & (1 << (h & 31))) !== 0 && CURRENCY_WORDS.has(h);

/** The text being matched and its tokens. */
interface Input {
  text: string;
  toks: Tokens;
}

/** Whether word token `i` starts with the folded prefix `v`. */
function startsWith(input: Input, i: number, v: string): boolean {
  const start = input.toks.start[i];
  if (input.toks.end[i] - start < v.length) return false;
  for (let k = 0; k < v.length; k++) if (foldCode(input.text.charCodeAt(start + k)) !== v.charCodeAt(k)) return false;
  return true;
}

function tokenMatches(p: PatternToken, input: Input, i: number): boolean {
  const kind = input.toks.kind[i];
  switch (p.t) {
    case 'lit':
      return input.toks.hash[i] === p.h;
    case 'pre':
      return kind === WORD && startsWith(input, i, p.v);
    case 'num':
      return kind === NUMBER || kind === PLACEHOLDER;
    case 'ph':
      return kind === PLACEHOLDER;
    case 'cur':
      return kind === CURRENCY || (kind === WORD && isCurrencyWord(input.toks.hash[i]));
    default:
      return false;
  }
}

/** The end (exclusive token index) of `pattern` matched from `at`, or -1. Gaps never cross a sentence boundary. */
function matchAt(pattern: readonly PatternToken[], input: Input, at: number, pi = 0): number {
  const n = input.toks.n;
  let i = at;
  for (let k = pi; k < pattern.length; k++) {
    const p = pattern[k];
    if (p.t === 'gap') {
      for (let skip = 0; skip <= MAX_GAP && i + skip < n; skip++) {
        if (skip > 0 && input.toks.kind[i + skip - 1] === BOUNDARY) break;
        const end = matchAt(pattern, input, i + skip, k + 1);
        if (end !== -1) return end;
      }
      return -1;
    }
    if (i >= n || !tokenMatches(p, input, i)) return -1;
    i++;
  }
  return i;
}

/** Tries every pattern of `list` at token `i`. */
function tryAll(list: readonly Pattern[] | undefined, input: Input, i: number, out: Match[]): void {
  if (!list) return;
  for (const pattern of list) {
    const end = matchAt(pattern.tokens, input, i);
    if (end !== -1) out.push({ pattern, from: i, to: end });
  }
}

/** Tries at token `i` the patterns of `f` that its next token can continue. */
function tryFollowing(f: Following, input: Input, i: number, out: Match[]): void {
  if (f.rest.length) tryAll(f.rest, input, i, out);
  if (i + 1 < input.toks.n) tryAll(f.byNext.get(input.toks.hash[i + 1]), input, i, out);
}

/**
 * Every match of every pattern in `text`, overlaps included. `toks` must have been tokenized with `lex.gate`: only the
 * tokens it let through are looked at. The array is reused by the next call: resolve() copies.
 */
export function findMatches(text: string, toks: Tokens, lex: CompiledLexicon): Match[] {
  const out = scratch;
  out.length = 0;
  const input: Input = { text, toks };
  const { wordBits, pairBits } = lex;
  const prefixBits = lex.gate.prefixes;
  const { n, nc, candidates, kind: kinds, hash: hashes, prefix: prefixes } = toks;
  for (let c = 0; c < nc; c++) {
    const i = candidates[c];
    const kind = kinds[i];
    const h = hashes[i];
    if (hasBit(wordBits, h)) tryAll(lex.byWord.get(h), input, i, out);
    if (i + 1 < n) {
      const pk = pairKey(h, hashes[i + 1]);
      if (hasBit(pairBits, pk)) tryAll(lex.byPair.get(pk), input, i, out);
    }
    if (kind === WORD) {
      const pre = prefixes[i];
      if (pre !== 0 && hasBit(prefixBits, prefixBit(pre))) tryAll(lex.byPrefix.get(pre), input, i, out);
      if (lex.currency.length && isCurrencyWord(h)) tryAll(lex.currency, input, i, out);
    } else if (kind === NUMBER || kind === PLACEHOLDER) {
      tryFollowing(lex.numeric, input, i, out);
      if (kind === PLACEHOLDER) tryFollowing(lex.placeholder, input, i, out);
    } else if (kind === CURRENCY) tryAll(lex.currency, input, i, out);
  }
  return out;
}

const scratch: Match[] = [];

const overlaps = (a: Match, b: Match) => a.from < b.to && b.from < a.to;

/**
 * The matches that count: look-alikes ("feel free", "free of charge") cancel the `cancellable` matches they overlap; a phrase
 * with a gap holding a shorter match of its kind and weight gives way to it; among the rest, overlapping matches of the
 * same group keep the longest (then the heaviest), so "order now" wins over "order".
 */
export function resolve(matches: readonly Match[], sameGroup: (a: Match, b: Match) => boolean, cancellable: (m: Match) => boolean): Match[] {
  const live: Match[] = [];
  for (const m of matches) if (m.pattern.kind !== 'allow' && !(cancellable(m) && overlapsAllow(matches, m))) live.push(m);
  if (live.length < 2) return live;
  // A phrase with a gap holding a shorter match of its kind and at least its weight adds nothing but the words around
  // it: the shorter one says it more precisely ("código de verificação", not "seu código de verificação é").
  const precise: Match[] = [];
  for (const m of live) if (!containsSameKind(live, m)) precise.push(m);
  // A fresh array: sorting it leaves the caller's matches alone.
  precise.sort(longestFirst);
  const kept: Match[] = [];
  for (const m of precise) if (!overlapsKept(kept, m, sameGroup)) kept.push(m);
  return kept.sort(byPosition);
}

/** Whether `m`, a phrase with a `..` gap, holds a shorter match of its kind and at least its weight. */
function containsSameKind(live: readonly Match[], m: Match): boolean {
  if (!m.pattern.gapped) return false;
  for (const n of live) {
    if (n !== m && n.pattern.kind === m.pattern.kind && n.pattern.weight >= m.pattern.weight && n.from >= m.from && n.to <= m.to && n.to - n.from < m.to - m.from) return true;
  }
  return false;
}

function overlapsAllow(matches: readonly Match[], m: Match): boolean {
  for (const a of matches) if (a.pattern.kind === 'allow' && overlaps(a, m)) return true;
  return false;
}

function overlapsKept(kept: readonly Match[], m: Match, sameGroup: (a: Match, b: Match) => boolean): boolean {
  for (const k of kept) if (overlaps(k, m) && sameGroup(k, m)) return true;
  return false;
}

function longestFirst(a: Match, b: Match): number {
  return b.to - b.from - (a.to - a.from) || b.pattern.weight - a.pattern.weight || a.from - b.from;
}

function byPosition(a: Match, b: Match): number {
  return a.from - b.from;
}
