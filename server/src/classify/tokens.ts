/**
 * Message text as tokens for phrase matching, in one allocation-free pass: each token has a kind, a hash of its folded
 * text (lowercase, accents removed) and its index range in the text. Folding maps every UTF-16 unit to one unit
 * ("É" → "e", "ß" → "s"), so indices into the folded text are indices into the original.
 */

export const WORD = 1;
export const NUMBER = 2;
export const PLACEHOLDER = 3;
export const CURRENCY = 4;
export const SYMBOL = 5;
/** A sentence boundary: . ! ? ; : or a line break. Gaps in phrases never cross one. */
export const BOUNDARY = 6;

/**
 * Which tokens can start a lexicon phrase, as two bit sets of 2^14 bits: `words` by a token's hash (the first words of
 * phrases, signs and currency words), `prefixes` by prefixBit of a word's prefix key. A clear bit means the token starts
 * no phrase; a set bit may still be a collision (matching then finds nothing).
 */
export interface Gate {
  words: Uint32Array;
  prefixes: Uint32Array;
}

/** Size of a gate's bit sets, in bits: 2 KB each, small enough to stay in the processor's cache between templates. */
export const GATE_BITS = 1 << 14;
const GATE_MASK = GATE_BITS / 32 - 1;

/** A gate that lets every token through (for callers that match without a lexicon's gate). */
export const OPEN_GATE: Gate = { words: new Uint32Array(GATE_BITS / 32).fill(-1), prefixes: new Uint32Array(GATE_BITS / 32).fill(-1) };

/**
 * A prefix key spread over a bit set's range. Prefix keys pack three units side by side, so their low bits hold only the
 * third letter; without mixing, most three-letter starts would share a bit.
 */
export function prefixBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 18;
}

/** Whether `key`'s bit is set (word (key >>> 5) mod size, bit key & 31). */
export function hasBit(bits: Uint32Array, key: number): boolean {
  return (bits[(key >>> 5) & GATE_MASK] & (1 << (key & 31))) !== 0;
}

/** Sets `key`'s bit, as hasBit reads it. */
export function setBit(bits: Uint32Array, key: number): void {
  bits[(key >>> 5) & GATE_MASK] |= 1 << (key & 31);
}

/** A list of tokens in parallel typed arrays, reused between calls (no object per token). */
export class Tokens {
  n = 0;
  /** The indices of the tokens the gate let through (numbers, placeholders and currency signs always pass), in order. */
  candidates = new Int32Array(256);
  nc = 0;
  hash = new Int32Array(256);
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** For words of 3 units or more, prefixKey of their first three folded units; else 0. */
  prefix = new Int32Array(256);

  /** Makes room for `size` tokens (a text of n units has at most n + 1). */
  reserve(size: number): void {
    if (size <= this.hash.length) return;
    let cap = this.hash.length;
    while (cap < size) cap *= 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.hash = copy(this.hash, new Int32Array(cap));
    this.kind = copy(this.kind, new Uint8Array(cap));
    this.start = copy(this.start, new Int32Array(cap));
    this.end = copy(this.end, new Int32Array(cap));
    this.prefix = copy(this.prefix, new Int32Array(cap));
    this.candidates = copy(this.candidates, new Int32Array(cap));
  }

  /** Appends a token (room must have been reserved); `candidate` adds it to the candidates. */
  push(hash: number, kind: number, start: number, end: number, prefix: number, candidate: boolean): void {
    const i = this.n++;
    this.hash[i] = hash;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.prefix[i] = prefix;
    if (candidate) this.candidates[this.nc++] = i;
  }
}

/** One token as an object (tests and the phrase parser; matching uses Tokens). */
export interface Token {
  /** Folded text: "korting", "20", "%", "$" for any currency, "{}" for any placeholder, the boundary character. */
  t: string;
  k: 'w' | 'n' | 'p' | 'c' | 's' | 'b';
  start: number;
  end: number;
  /** The hash matching compares (hashOf(t) for words, numbers and boundaries). */
  h: number;
}

const SPECIAL_FOLD: Record<string, string> = { ß: 's', œ: 'o', æ: 'a', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ŀ: 'l', þ: 't', ð: 'd' };
const foldCache = new Map<number, number>();

/** The folded form of one UTF-16 unit: lowercase without diacritics, always one unit. */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    const base = SPECIAL_FOLD[lower[0]] ?? lower.normalize('NFD')[0];
    f = base.length === 1 ? base.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

/** Folds a string unit by unit (same length). ASCII text is only lowercased; lexicons fold thousands of phrases at start. */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Hashes and prefix keys stay below 2^30 so that V8 keeps them as small integers (no boxing in maps and typed arrays). */
const SMALL = 0x3fffffff;

/** The hash tokens carry: FNV-1a over the folded units of `s`, cut to 30 bits. */
export function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ foldCode(s.charCodeAt(i)), FNV_PRIME);
  return h & SMALL;
}

/** The key of a word's first three folded units, for prefix patterns (collisions are harmless: the prefix is then compared in full). */
export function prefixKey(a: number, b: number, c: number): number {
  return ((a & 0x3ff) << 20) | ((b & 0x3ff) << 10) | (c & 0x3ff);
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const CURRENCY_CHAR = /\p{Sc}/u;
const classCache = new Map<number, number>();
const HASH_PERCENT = hashOf('%');
const HASH_CURRENCY = hashOf('$');
const HASH_PLACEHOLDER = hashOf('{}');

/** The token kind a character starts (WORD for letters and digits), or 0 for characters that are skipped. */
function classOf(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD;
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 124) return BOUNDARY;
    if (c === 37) return SYMBOL;
    return c === 36 ? CURRENCY : 0;
  }
  let k = classCache.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) || MARK.test(ch) ? WORD : '¡¿•…'.includes(ch) ? BOUNDARY : CURRENCY_CHAR.test(ch) ? CURRENCY : 0;
    classCache.set(c, k);
  }
  return k;
}

/** Classes of ASCII units for the tokenizer's loop: one table read instead of a chain of comparisons. */
const A_SKIP = 0;
const A_LOWER = 1;
const A_UPPER = 2;
const A_DIGIT = 3;
const A_BOUNDARY = 4;
const A_PERCENT = 5;
const A_DOLLAR = 6;
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = A_LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = A_UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = A_DIGIT;
for (const c of '.!?;:\n|') ASCII[c.charCodeAt(0)] = A_BOUNDARY;
ASCII[37] = A_PERCENT;
ASCII[36] = A_DOLLAR;

/** The end of the range being tokenized (set by tokenizeInto; the loops below never read past it). */
let limit = 0;
/** The start of that range. */
let floor = 0;
/** The unit at `i`, or -1 outside the range (out-of-range reads would deoptimize the hot loops). */
const unit = (s: string, i: number) => (i >= floor && i < limit ? s.charCodeAt(i) : -1);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
/** Whether unit `c` continues a word (a letter, digit or mark). */
const inWord = (c: number) => (c < 128 ? ASCII[c] >= A_LOWER && ASCII[c] <= A_DIGIT : classOf(c) === WORD);

/**
 * Tokenizes `s[from, to)` into `out` (cleared first); token ranges are indices into `s`. Links (`https://...`,
 * `www.x.com`, `shop.example.com/x`) and e-mail addresses are skipped: their words are not the message's. Apostrophes and
 * hyphens split words ("don't" → don, t). Tokenizing a range of the file's own text avoids building a message string.
 * One loop with the word reader inlined: this runs on every keystroke over the whole message.
 */
export function tokenizeInto(s: string, out: Tokens, from = 0, to = s.length, gate: Gate = OPEN_GATE): Tokens {
  out.n = 0;
  out.nc = 0;
  const { words, prefixes } = gate;
  out.reserve(to - from + 1);
  floor = from;
  limit = to;
  let i = from;
  while (i < to) {
    let c = s.charCodeAt(i);
    let cls = c < 128 ? ASCII[c] : -1;
    if (cls === A_SKIP) {
      if (c === 123 && i + 1 < to && s.charCodeAt(i + 1) === 123) {
        const close = s.indexOf('}}', i + 2);
        if (close !== -1 && close + 2 <= to && close - i < 80) {
          out.push(HASH_PLACEHOLDER, PLACEHOLDER, i, close + 2, 0, true);
          i = close + 2;
          continue;
        }
      }
      i++;
      continue;
    }
    if (cls === -1) {
      const k = classOf(c);
      cls = k === WORD ? A_LOWER : k === BOUNDARY ? A_BOUNDARY : k === CURRENCY ? A_DOLLAR : A_SKIP;
      if (cls === A_SKIP) {
        i++;
        continue;
      }
    }
    if (cls > A_DIGIT) {
      if (cls === A_BOUNDARY) {
        const bh = Math.imul(FNV_OFFSET ^ c, FNV_PRIME) & SMALL;
        out.push(bh, BOUNDARY, i, i + 1, 0, hasBit(words, bh));
      } else if (cls === A_PERCENT) out.push(HASH_PERCENT, SYMBOL, i, i + 1, 0, hasBit(words, HASH_PERCENT));
      else out.push(HASH_CURRENCY, CURRENCY, i, i + 1, 0, true);
      i++;
      continue;
    }
    // A word or a number: its folded units hashed, the first three kept as its prefix key.
    const start = i;
    let h = FNV_OFFSET;
    let digits = true;
    let prefix = 0;
    for (;;) {
      if (cls === A_LOWER) {
        digits = false;
        if (c >= 128) c = foldCode(c);
      } else if (cls === A_UPPER) {
        c += 32;
        digits = false;
      } else if (cls !== A_DIGIT) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (i - start < 3) prefix = (prefix << 10) | (c & 0x3ff);
      if (++i >= to) break;
      c = s.charCodeAt(i);
      // Past the prefix, a run of lowercase ASCII letters (most of most words) in a loop of its own.
      if (c >= 97 && c <= 122 && i - start >= 3) {
        digits = false;
        do {
          h = Math.imul(h ^ c, FNV_PRIME);
          if (++i >= to) break;
          c = s.charCodeAt(i);
        } while (c >= 97 && c <= 122);
        if (i >= to) break;
      }
      if (c < 128) {
        cls = ASCII[c];
        // A number's inner separator: "1.000", "2,5".
        if ((c === 46 || c === 44) && digits && i + 1 < to && isDigit(s.charCodeAt(i + 1))) cls = A_DIGIT;
      } else cls = classOf(c) === WORD ? A_LOWER : A_SKIP;
    }
    const next = i < to ? s.charCodeAt(i) : -1;
    if (next === 46 || next === 58 || next === 64 || next === 47) {
      const end = i + 1 < to && !isSpace(s.charCodeAt(i + 1)) ? linkEnd(s, start, i) : -1;
      if (end !== -1) {
        i = end;
        continue;
      }
    } else if (next === 36 && !digits && i - start <= 3) {
      out.push(HASH_CURRENCY, CURRENCY, start, i + 1, 0, true);
      i++;
      continue;
    }
    h &= SMALL;
    if (digits) out.push(h, NUMBER, start, i, 0, true);
    else {
      if (i - start < 3) prefix = 0;
      out.push(h, WORD, start, i, prefix, hasBit(words, h) || (prefix !== 0 && hasBit(prefixes, prefixBit(prefix))));
    }
    if (isApostrophe(next) && i + 1 < to && inWord(s.charCodeAt(i + 1))) i++;
  }
  return out;
}


/** When the run of non-space characters from `start` (a word ends at `at`) is a link or an e-mail address, the index past it; else -1. */
function linkEnd(s: string, start: number, at: number): number {
  const c = unit(s, at);
  const after = unit(s, at + 1);
  const link = c === 64 || (c === 58 && after === 47) || (c === 47 && after === 47) || (c === 46 && isAsciiLetter(after) && isAsciiLetter(unit(s, at - 1)));
  if (!link) return -1;
  let j = at;
  while (j < limit && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 123) j++;
  while (j > start && /[.,;:!?)'"»”]/.test(s[j - 1])) j--;
  return j;
}

const KIND_LETTER = ['', 'w', 'n', 'p', 'c', 's', 'b'] as const;
const scratch = new Tokens();

/** Tokens as objects with their folded text (for tests and for parsing lexicon phrases). */
export function tokenize(s: string): Token[] {
  const buf = tokenizeInto(s, scratch);
  const out: Token[] = [];
  for (let i = 0; i < buf.n; i++) {
    const k = KIND_LETTER[buf.kind[i]] as Token['k'];
    const raw = s.slice(buf.start[i], buf.end[i]);
    const t = k === 'p' ? '{}' : k === 'c' ? '$' : k === 's' ? '%' : fold(raw);
    out.push({ t, k, start: buf.start[i], end: buf.end[i], h: buf.hash[i] });
  }
  return out;
}
