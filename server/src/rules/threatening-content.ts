/** threatening-content: Meta rejects templates with threatening or shaming content (Meta, WhatsApp Business messaging policy and template review). */
import { defineRule } from './types';
import { classificationOf } from './util/category';

export default defineRule({
  meta: {
    id: 'threatening-content',
    severity: 'warning',
    description: 'Threatening or shaming wording (telling the employer or family, publishing names, "you will regret").',
    source: 'Meta, template review and WhatsApp Business messaging policy (threatening or abusive content is rejected)',
    fixable: false,
  },
  check(ctx) {
    for (const r of classificationOf(ctx).threats) {
      ctx.report({
        span: r.span,
        message: `"${r.text}" reads as a threat or an attempt to shame: Meta rejects threatening or shaming templates, and customers report them. State the facts (amount, due date, how to pay) without pressure on the person.`,
        data: { phrase: r.text },
      });
    }
  },
});
