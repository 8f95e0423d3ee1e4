/**
 * Lexicons: per-language phrases with their signal kind and weight, compiled once into maps keyed by a phrase's first
 * token. Pattern syntax, one phrase per string, tokens separated by spaces:
 *   word     the word, case- and accent-insensitive ("korting" also matches "Korting")
 *   word*    any word starting with it ("descont*" matches desconto, descontos); at least 3 letters before *
 *   #        a number or a placeholder ("# % off" matches "20% off" and "{{1}}% off")
 *   {}       a placeholder
 *   $        a currency symbol or code (€, $, R$, Rp, EUR)
 *   ..       0 to 4 words, within one sentence ("renew .. save")
 *   . : ! ?  a sentence boundary written in the phrase ("shipping : free")
 */
import { fold, GATE_BITS, hashOf, prefixBit, prefixKey, setBit, tokenize, type Gate, type Token } from './tokens';
import { LEXICON_KINDS, type LexiconKind } from './signals';

/** A lexicon file as written: `server/src/classify/lexicons/<lang>.json`. */
export interface LexiconFile {
  language: string;
  signals: { kind: string; weight: number; phrases: string[] }[];
  /** Look-alikes: phrases that read as promotional but are not; a match overlapping one is dropped. */
  notPromotional: string[];
}

/** lit: a word, number or sign (its folded text and that text's hash); pre: a word prefix; num, ph, cur, gap: see above. */
export type PatternToken = { t: 'lit'; v: string; h: number } | { t: 'pre'; v: string } | { t: 'num' } | { t: 'ph' } | { t: 'cur' } | { t: 'gap' };

export interface Pattern {
  tokens: PatternToken[];
  kind: LexiconKind | 'allow';
  weight: number;
  /** The phrase as written in the lexicon, for messages and tests. */
  source: string;
  /** Whether the phrase holds a `..` gap. */
  gapped: boolean;
}

/** A pattern of `phrase` (parsed here). */
function pattern(phrase: string, kind: Pattern['kind'], weight: number): Pattern {
  const tokens = parsePattern(phrase);
  return { tokens, kind, weight, source: phrase, gapped: tokens.includes(GAP) };
}

/** Patterns indexed by what their first token can match, so matching looks at a handful of patterns per token. */
export interface CompiledLexicon {
  language: string;
  /** Patterns starting with a literal not followed by another literal, keyed by its hash. */
  byWord: Map<number, Pattern[]>;
  /** Patterns starting with two literals, keyed by pairKey of their hashes: most phrases, tried only when both words are there. */
  byPair: Map<number, Pattern[]>;
  /** Prefix patterns, keyed by their first three letters (see prefixKey). */
  byPrefix: Map<number, Pattern[]>;
  /** Patterns starting with `#` (a number or a placeholder) and with `{}`, by their second token (see Following). */
  numeric: Following;
  placeholder: Following;
  currency: Pattern[];
  /**
   * Bit sets of the keys of byWord and byPair (by the low 14 bits of a hash or pair key): a first word may start only
   * two-word phrases, and one read of a small table says whether the pair does, without a map lookup.
   */
  wordBits: Uint32Array;
  pairBits: Uint32Array;
  /**
   * The tokens that can start a phrase (first words of byWord and byPair, currency words, byPrefix's keys): the tokenizer
   * lists them, and matching looks at those alone. Most words start nothing.
   */
  gate: Gate;
  size: number;
}

/**
 * Patterns that start with a token of a kind (a number, a placeholder), keyed by the hash of their second token when it
 * is a literal ("# % off" under "%"), the others in `rest`: a placeholder then tries the one or two phrases its next
 * word can continue, not every phrase that starts with one.
 */
export interface Following {
  byNext: Map<number, Pattern[]>;
  rest: Pattern[];
}

function follow(f: Following, p: Pattern): void {
  const second = p.tokens[1];
  if (second?.t === 'lit') add(f.byNext, second.h, p);
  else f.rest.push(p);
}

/** A lexicon phrase that could never match (bad syntax, no word in it). */
export class LexiconError extends Error {}

/** The pattern tokens without data, shared by every phrase (thousands of phrases are parsed at start: fewer objects to collect). */
const NUM: PatternToken = { t: 'num' };
const PH: PatternToken = { t: 'ph' };
const CUR: PatternToken = { t: 'cur' };
const GAP: PatternToken = { t: 'gap' };

/** Parses one phrase into pattern tokens. Throws LexiconError on a phrase that could never match. */
export function parsePattern(phrase: string): PatternToken[] {
  const out: PatternToken[] = [];
  for (const chunk of phrase.trim().split(/\s+/)) {
    if (chunk === '#') out.push(NUM);
    else if (chunk === '{}') out.push(PH);
    else if (chunk === '$') out.push(CUR);
    else if (chunk === '..') out.push(GAP);
    else if (chunk.endsWith('*')) {
      const v = fold(chunk.slice(0, -1));
      if (!/^[\p{L}\p{N}]{3,}$/u.test(v)) throw new LexiconError(`"${phrase}": a * needs at least 3 letters before it, in one word`);
      out.push({ t: 'pre', v });
    } else literal(chunk, phrase, out);
  }
  if (out.length === 0) throw new LexiconError(`"${phrase}": empty phrase`);
  if (out[0].t === 'gap' || out[out.length - 1].t === 'gap') throw new LexiconError(`"${phrase}": ".." cannot start or end a phrase`);
  return out;
}

/** Whether `s` is ASCII letters only (most lexicon words): one word token whose folded text is its lowercase. */
function plainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/** Appends a literal chunk's tokens, tokenized like message text ("don't" → don, t; "%" and ":" stay). Plain words skip the tokenizer. */
function literal(chunk: string, phrase: string, out: PatternToken[]): void {
  if (plainWord(chunk)) {
    const v = chunk.toLowerCase();
    out.push({ t: 'lit', v, h: hashOf(v) });
    return;
  }
  const toks: Token[] = tokenize(chunk);
  if (toks.length === 0) throw new LexiconError(`"${phrase}": "${chunk}" holds no word`);
  for (const k of toks) out.push(k.k === 'c' ? CUR : k.k === 'p' ? PH : { t: 'lit', v: k.t, h: k.h });
}

/** Currency words written out, which `$` in a phrase matches. */
export const CURRENCY_WORDS: ReadonlySet<number> = new Set(['eur', 'euro', 'euros', 'usd', 'gbp', 'chf', 'brl', 'mxn', 'idr', 'rp', 'rupiah', 'reais', 'pesos', 'dollar', 'dollars', 'pound', 'pounds'].map(hashOf));

/** The key of two consecutive literal tokens (collisions are harmless: the phrase is then matched in full). */
export function pairKey(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & 0x3fffffff;
}

function add<K>(map: Map<K, Pattern[]>, key: K, p: Pattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Indexes patterns by their first token. */
export function compile(language: string, patterns: readonly Pattern[]): CompiledLexicon {
  const lex: CompiledLexicon = {
    language, byWord: new Map(), byPair: new Map(), byPrefix: new Map(), numeric: { byNext: new Map(), rest: [] }, placeholder: { byNext: new Map(), rest: [] }, currency: [],
    wordBits: new Uint32Array(GATE_BITS / 32), pairBits: new Uint32Array(GATE_BITS / 32), size: patterns.length,
    gate: { words: new Uint32Array(GATE_BITS / 32), prefixes: new Uint32Array(GATE_BITS / 32) },
  };
  for (const h of CURRENCY_WORDS) setBit(lex.gate.words, h);
  for (const p of patterns) {
    const first = p.tokens[0];
    const second = p.tokens[1];
    if (first.t === 'lit') setBit(lex.gate.words, first.h);
    if (first.t === 'lit' && second?.t === 'lit') {
      const key = pairKey(first.h, second.h);
      setBit(lex.pairBits, key);
      add(lex.byPair, key, p);
    }
    else if (first.t === 'lit') {
      setBit(lex.wordBits, first.h);
      add(lex.byWord, first.h, p);
    }
    else if (first.t === 'pre') {
      const key = prefixKey(first.v.charCodeAt(0), first.v.charCodeAt(1), first.v.charCodeAt(2));
      setBit(lex.gate.prefixes, prefixBit(key));
      add(lex.byPrefix, key, p);
    }
    else if (first.t === 'num') follow(lex.numeric, p);
    else if (first.t === 'ph') follow(lex.placeholder, p);
    else if (first.t === 'cur') lex.currency.push(p);
  }
  return lex;
}

/** The patterns of a lexicon file plus the project's own phrases (`phrases.marketing` as promotional, `phrases.allow` as look-alikes). */
export function patternsOf(file: LexiconFile, extra: { marketing: readonly string[]; allow: readonly string[] }): Pattern[] {
  const out: Pattern[] = [];
  for (const group of file.signals) {
    if (!LEXICON_KINDS.has(group.kind)) throw new LexiconError(`${file.language}: unknown signal kind "${group.kind}"`);
    if (!(group.weight > 0 && group.weight <= 2)) throw new LexiconError(`${file.language}: weight ${group.weight} of ${group.kind} is not in (0, 2]`);
    for (const phrase of group.phrases) out.push(pattern(phrase, group.kind as LexiconKind, group.weight));
  }
  for (const phrase of file.notPromotional) out.push(pattern(phrase, 'allow', 0));
  for (const phrase of extra.marketing) pushUserPhrase(out, phrase, 'custom', 1);
  for (const phrase of extra.allow) pushUserPhrase(out, phrase, 'allow', 0);
  return out;
}

/** A phrase from watpl.config.json; one that cannot match anything (no word in it) is left out rather than failing the lint. */
function pushUserPhrase(out: Pattern[], phrase: string, kind: 'custom' | 'allow', weight: number): void {
  try {
    out.push(pattern(phrase, kind, weight));
  } catch (e) {
    if (!(e instanceof LexiconError)) throw e;
  }
}
