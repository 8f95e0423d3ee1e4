/** Character classes shared by WhatsApp's formatting and web-address rules: spaces, word characters, placeholders. */

const NL = 10;
const LBRACE = 123;
const RBRACE = 125;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

/** End of the atomic placeholder `{{...}}` starting at i (no braces or line break inside), or -1. */
export function placeholderEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== LBRACE || s.charCodeAt(i + 1) !== LBRACE) return -1;
  for (let j = i + 2; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === RBRACE) return s.charCodeAt(j + 1) === RBRACE ? j + 2 : -1;
    if (c === LBRACE || c === NL) return -1;
  }
  return -1;
}

/** The code point just before index i, or -1 at the start of the text. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return s.codePointAt(i - 2) ?? c;
  return c;
}

/** White space (what \s matches), with a fast path for ASCII. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return SPACE.test(String.fromCodePoint(cp));
}

/** Letters, digits and combining marks: what a mark may not touch on its outer side. */
export function isWord(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD.test(String.fromCodePoint(cp));
}
