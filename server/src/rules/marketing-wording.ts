/** marketing-wording: any promotional element makes Meta treat a utility template as marketing (approved and billed as marketing since April 2025; approved ones are re-categorised later). Source: Meta, template categorization guidelines. */
import { describe } from '../classify/signals';
import { defineRule } from './types';
import { changeCategory, classificationOf, declaredCategory, reportedPromotions } from './util/category';
import { removalFix } from './util/remove-phrase';

export default defineRule({
  meta: {
    id: 'marketing-wording',
    severity: 'warning',
    description: 'A promotional phrase (discount, offer, call to buy, upsell, greeting, survey...) in a utility or authentication template.',
    source: 'Meta, template categorization guidelines (any promotional content makes a template marketing; re-categorisation since April 2025)',
    fixable: false,
  },
  check(ctx) {
    const { template, report } = ctx;
    const declared = declaredCategory(template);
    if (declared !== 'utility' && declared !== 'authentication') return;
    const c = classificationOf(ctx);
    for (const r of reportedPromotions(c)) {
      const suggestions = [changeCategory(template, 'marketing'), removalFix(template, r)].filter((f) => f !== null);
      report({
        span: r.span,
        message: `"${r.text.replace(/\s+/g, ' ')}" reads as ${describe(r.signal)}: Meta treats a ${declared} template with any promotional element as marketing, approves it as marketing and bills it as marketing. Remove it, or change the category to marketing.`,
        data: { phrase: r.text, signal: r.signal, suggestions },
      });
    }
  },
});
