/** placeholder-legacy: `{1}` is the single-brace form some providers used; Meta reads only `{{1}}` (RULES.md, legacy forms). */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'placeholder-legacy',
    severity: 'warning',
    description: 'A single-brace {1} placeholder from older tools; Meta needs {{1}}.',
    source: 'Meta, template components (placeholders are {{1}}); providers used {1} in the past',
    fixable: true,
  },
  check({ template, report }) {
    for (const p of template.malformed) {
      if (p.problem !== 'legacy') continue;
      report({
        span: p.span,
        message: `"${p.raw}" is an old single-brace placeholder: Meta sends it as plain text. Write ${p.suggestion ?? '{{1}}'}.`,
        fix: p.suggestion ? { title: `Change to ${p.suggestion}`, edits: [{ span: p.span, newText: p.suggestion }] } : undefined,
      });
    }
  },
});
