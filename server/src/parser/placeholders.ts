/** Finds well-formed and malformed placeholders in a component's message text. */
import type { MalformedPlaceholder, Placeholder, PlaceholderComponent } from './model';
import type { SourceText } from './source-text';

const POSITIONAL = /^[1-9][0-9]*$/;
const NAMED = /^[a-z][a-z0-9_]*$/;
const NAME_LIKE = /^[\p{L}][\p{L}\p{N}_ -]*$/u;
const MAX_INNER = 64;

/** Snake-case form of a name written another way (`First Name`, `firstName` → `first_name`). */
export function toSnakeCase(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function suggestFor(inner: string): string | null {
  const t = inner.trim();
  if (POSITIONAL.test(t) || NAMED.test(t)) return `{{${t}}}`;
  const digits = t.replace(/[^0-9]/g, '');
  if (digits && /^[^A-Za-z]*$/.test(t) && Number(digits) > 0) return `{{${Number(digits)}}}`;
  if (NAME_LIKE.test(t)) {
    const snake = toSnakeCase(t);
    if (NAMED.test(snake)) return `{{${snake}}}`;
  }
  return null;
}

/** Records the malformed placeholder at `st.text[start, end)`. */
function malformed(bad: MalformedPlaceholder[], st: SourceText, start: number, end: number, problem: MalformedPlaceholder['problem'], component: PlaceholderComponent, suggestion: string | null): void {
  bad.push({ problem, raw: st.text.slice(start, end), span: st.fileSpan(start, end), component, suggestion });
}

/** Scans `st` for placeholders, appending to `found` and `bad`. Linear in the text length. */
export function scanPlaceholders(
  st: SourceText,
  component: PlaceholderComponent,
  buttonIndex: number | null,
  found: Placeholder[],
  bad: MalformedPlaceholder[],
): void {
  const s = st.text;
  let i = s.indexOf('{');
  while (i !== -1) {
    let n = 0;
    while (s.charCodeAt(i + n) === 123) n++;
    let j = i + n;
    // After a single brace only a legacy {1} or a {name}} can follow: stop at the first other character.
    const single = n === 1;
    while (j < s.length && j - (i + n) < MAX_INNER) {
      const c = s.charCodeAt(j);
      if (c === 123 || c === 125 || c === 10) break;
      if (single && !(c === 32 || c === 95 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c > 127)) break;
      j++;
    }
    let m = 0;
    while (s.charCodeAt(j + m) === 125) m++;
    const end = j + m;
    if (single && m === 0) {
      i = s.indexOf('{', i + 1);
      continue;
    }
    const inner = s.slice(i + n, j);
    if (n === 2 && m === 2) {
      if (POSITIONAL.test(inner) || NAMED.test(inner)) {
        const positional = POSITIONAL.test(inner);
        found.push({
          style: positional ? 'positional' : 'named',
          key: inner,
          number: positional ? Number(inner) : null,
          component,
          buttonIndex,
          span: st.fileSpan(i, end),
          textStart: i,
          textEnd: end,
        });
      } else if (inner.trim() === inner && NAME_LIKE.test(inner)) {
        malformed(bad, st, i, end, 'name', component, suggestFor(inner));
      } else {
        malformed(bad, st, i, end, 'syntax', component, suggestFor(inner));
      }
    } else if (n === 1 && m === 1) {
      if (/^\s*[0-9]+\s*$/.test(inner)) malformed(bad, st, i, end, 'legacy', component, suggestFor(inner));
    } else if (n >= 2 || m >= 2) {
      const looksLikeOne = inner.length < MAX_INNER && (m > 0 || /^\s*[\p{L}\p{N}_# ]*\s*$/u.test(inner));
      if (looksLikeOne && (n >= 2 || /^\s*[\p{L}\p{N}_ ]+\s*$/u.test(inner))) malformed(bad, st, i, end, 'syntax', component, suggestFor(inner));
      // Any other unclosed "{{" (followed by punctuation or a long text): report the braces alone.
      else if (n >= 2 && m === 0) malformed(bad, st, i, i + n, 'syntax', component, null);
    }
    i = s.indexOf('{', Math.max(end, i + n));
  }
}
