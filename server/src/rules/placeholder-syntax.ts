/** placeholder-syntax: text that looks like a placeholder but is malformed; Meta reads only `{{1}}` and `{{name}}` (Meta, template components). */
import { defineRule } from './types';

/** What is wrong with a malformed placeholder, from its braces and inside. */
function problemOf(raw: string): string {
  let n = 0;
  while (raw.charCodeAt(n) === 123) n++;
  let m = 0;
  while (m < raw.length - n && raw.charCodeAt(raw.length - 1 - m) === 125) m++;
  const inner = raw.slice(n, raw.length - m);
  if (m === 0) return 'is never closed with "}}"';
  if (n !== 2 || m !== 2) return `has ${n} opening and ${m} closing braces; a placeholder has exactly two of each`;
  if (inner === '') return 'is empty';
  if (inner.trim() !== inner) return 'has spaces inside the braces';
  return 'holds characters a placeholder cannot have';
}

export default defineRule({
  meta: {
    id: 'placeholder-syntax',
    severity: 'error',
    description: 'Something that looks like a placeholder but is malformed ({{1}, {{ 1 }}, {{#1}}, {{}}, an unclosed {{).',
    source: 'Meta, template components (placeholders are {{1}} or {{name}})',
    fixable: true,
  },
  check({ template, report }) {
    for (const p of template.malformed) {
      if (p.problem !== 'syntax') continue;
      const closed = p.raw.endsWith('}');
      const what = p.suggestion ? `Write ${p.suggestion}.` : 'Write {{1}}, or {{name}} with lowercase letters, digits and _.';
      report({
        span: p.span,
        message: `"${p.raw}" ${problemOf(p.raw)}, so Meta does not read it as a placeholder: it is sent as literal text, or the template is rejected. ${what}`,
        // An unclosed "{{" gives no safe fix: where the writer meant it to end is a guess.
        fix: p.suggestion && closed ? { title: `Change to ${p.suggestion}`, edits: [{ span: p.span, newText: p.suggestion }] } : undefined,
      });
    }
  },
});
