/** footer-placeholder: no placeholders in the footer (Meta, template components; one other Meta page says they are allowed). */
import type { Span } from '../parser/text';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'footer-placeholder',
    severity: 'error',
    description: 'A placeholder (well-formed or not) in the footer.',
    source: 'Meta, template components (the footer takes no parameters; one other Meta page says it may)',
    fixable: false,
  },
  check({ template, report }) {
    const found: { span: Span; raw: string }[] = [];
    for (const p of template.placeholders) if (p.component === 'footer') found.push({ span: p.span, raw: `{{${p.key}}}` });
    for (const p of template.malformed) if (p.component === 'footer') found.push({ span: p.span, raw: p.raw });
    found.sort((a, b) => a.span.start - b.span.start);
    for (const f of found) {
      report({
        span: f.span,
        message: `"${f.raw}" is a placeholder in the footer: Meta's template components page allows none there, though one other Meta page says footers may have them; watpl follows the components page. Write the text out, or move the placeholder into the body.`,
      });
    }
  },
});
