/** Where WhatsApp sees a web address in message text: it links it, and no formatting applies inside it. */
import { codePointBefore, isSpace, isWord, placeholderEnd } from './chars';

const LBRACE = 123;
const LOWER_H = 104;
const LOWER_W = 119;
/** Characters that end a web address when they are its last ones (sentence punctuation, closing marks). */
const URL_TRAILING = '.,:;!?\'"*_~`)]';

/**
 * End of the web address starting at i (`http://`, `https://` or `www.`, not glued to a word before it), or -1.
 * WhatsApp links such an address and applies no formatting inside it; it ends at white space, `<`, `>`, `"` or a
 * `{` that opens no placeholder (a placeholder is part of it: its value will be), without trailing punctuation (a
 * `)` stays when it closes a `(` of the address).
 */
export function urlEnd(s: string, i: number): number {
  const c = s.charCodeAt(i) | 0x20;
  if (c !== LOWER_H && c !== LOWER_W) return -1;
  const prev = codePointBefore(s, i);
  if (prev !== -1 && isWord(prev)) return -1;
  const head = s.slice(i, i + 8).toLowerCase();
  const hostStart = head.startsWith('https://') ? i + 8 : head.startsWith('http://') ? i + 7 : head.startsWith('www.') ? i + 4 : -1;
  if (hostStart === -1) return -1;
  const first = s.codePointAt(hostStart);
  if (first === undefined || !isWord(first)) return -1;
  let end = hostStart;
  while (end < s.length) {
    const d = s.charCodeAt(end);
    if (d === LBRACE) {
      const e = placeholderEnd(s, end);
      if (e === -1) break;
      end = e;
      continue;
    }
    if (d <= 32 || d === 60 || d === 62 || d === 34 || (d >= 128 && isSpace(s.codePointAt(end)!))) break;
    end++;
  }
  let open = 0;
  for (let k = hostStart; k < end; k++) open += s.charCodeAt(k) === 40 ? 1 : s.charCodeAt(k) === 41 ? -1 : 0;
  while (end > hostStart && URL_TRAILING.includes(s[end - 1])) {
    if (s[end - 1] === ')' && open >= 0) break;
    if (s[end - 1] === ')') open++;
    end--;
  }
  return end;
}
