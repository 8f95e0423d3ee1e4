/** category-mismatch: the text reads as another category than the declared one (Meta, template categorization guidelines: Meta files a template by what it says). */
import { z } from 'zod';
import { describe } from '../classify/signals';
import { defineRule } from './types';
import { categoryValueSpan, changeCategory, classificationOf, declaredCategory, quoteReasons, reportedPromotions } from './util/category';

const options = z.strictObject({
  /** Below this confidence the hint is too uncertain to report. */
  minConfidence: z.number().min(0).max(1).default(0.6).describe('the least confidence (0 to 1) at which a mismatch is reported'),
});

export default defineRule<z.infer<typeof options>>({
  meta: {
    id: 'category-mismatch',
    severity: 'warning',
    description: 'The text reads as another category than the one declared (with the confidence and the phrases it rests on).',
    source: 'Meta, template categorization guidelines (a template is categorised by its content)',
    fixable: false,
    options,
  },
  check(ctx) {
    const { template, report, options: o } = ctx;
    const declared = declaredCategory(template);
    if (declared === null || declared === 'authentication') return;
    const c = classificationOf(ctx);
    if (c.inferred === declared || c.inferred === 'authentication' || c.confidence < o.minConfidence) return;
    // What marketing-wording or unclear-content already explain is not reported twice.
    if (c.inferred === 'marketing' && (c.unclear || reportedPromotions(c).length > 0)) return;
    const span = categoryValueSpan(template);
    if (!span) return;
    const pct = `${Math.round(c.confidence * 100)}%`;
    const quoted = quoteReasons(c.reasons);
    const why = quoted ? `it rests on ${quoted}` : describe('no-reference');
    const effect = c.inferred === 'marketing'
      ? 'Meta files a template that does not refer to something of the customer\'s (an order, booking, account or payment) as marketing and bills it as marketing.'
      : 'Meta may file it as utility; as marketing it is billed at the higher rate and counts against marketing limits.';
    const fix = changeCategory(template, c.inferred);
    report({
      span,
      message: `The text reads as ${c.inferred} (${pct}), not ${declared}: ${why}. ${effect} Change the category to ${c.inferred}, or make the text match ${declared}.`,
      data: { inferred: c.inferred, confidence: c.confidence, suggestions: fix ? [fix] : [] },
    });
  },
});
