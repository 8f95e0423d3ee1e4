/** header-placeholders: a text header holds at most one placeholder (Meta, template components). */
import { LIMITS } from '../meta/limits';
import { formatCount } from '../parser/text';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'header-placeholders',
    severity: 'error',
    description: 'More than one placeholder in a text header.',
    source: LIMITS.headerPlaceholders.source,
    fixable: false,
  },
  check({ template, report }) {
    const ps = template.placeholders.filter((p) => p.component === 'header');
    const max = LIMITS.headerPlaceholders.max;
    if (ps.length <= max) return;
    for (const p of ps.slice(max)) {
      report({
        span: p.span,
        message: `The header has ${formatCount(ps.length)} placeholders; Meta allows at most ${formatCount(max)}. Remove "{{${p.key}}}" from the header or move it into the body.`,
      });
    }
  },
});
