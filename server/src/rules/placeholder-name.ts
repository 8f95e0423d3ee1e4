/** placeholder-name: named placeholders are lowercase letters, digits and `_` starting with a letter (Meta, template components; digits: providers disagree). */
import { defineRule } from './types';

const DIGIT = /[0-9]/;

export default defineRule({
  meta: {
    id: 'placeholder-name',
    severity: 'error',
    description: 'A named placeholder that is not lowercase letters, digits and _ starting with a letter; digits get a warning.',
    source: "Meta, template components (named parameters); providers disagree on digits",
    fixable: true,
  },
  check({ template, report }) {
    for (const p of template.malformed) {
      if (p.problem !== 'name') continue;
      const use = p.suggestion ? ` Write ${p.suggestion}.` : '';
      report({
        span: p.span,
        message: `"${p.raw}" is not a valid placeholder name: Meta only accepts lowercase letters, digits and _ starting with a letter, and rejects the template otherwise.${use}`,
        fix: p.suggestion ? { title: `Rename to ${p.suggestion}`, edits: [{ span: p.span, newText: p.suggestion }] } : undefined,
      });
    }
    for (const p of template.placeholders) {
      if (p.style !== 'named' || !DIGIT.test(p.key)) continue;
      report({
        span: p.span,
        severity: 'warning',
        message: `"{{${p.key}}}" has a digit in its name: providers disagree on digits in names, and Meta's docs show only letters and underscores. Use letters and _ to be safe.`,
      });
    }
  },
});
