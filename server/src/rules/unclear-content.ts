/** unclear-content: a body with no clear purpose (only placeholders, only a greeting) is treated as marketing and often rejected (Meta, template categorization guidelines: unclear content is marketing). */
import { defineRule } from './types';
import { classificationOf, declaredCategory } from './util/category';

export default defineRule({
  meta: {
    id: 'unclear-content',
    severity: 'warning',
    description: 'A body with no clear purpose: nothing but placeholders, salutations and greetings.',
    source: 'Meta, template categorization guidelines (content with an unclear purpose counts as marketing)',
    fixable: false,
  },
  check(ctx) {
    const { template, report } = ctx;
    if (declaredCategory(template) === 'authentication' || !template.body || !/\S/.test(template.body.text.text)) return;
    if (!classificationOf(ctx).unclear) return;
    report({
      span: template.body.text.span,
      message: 'This body says nothing but a greeting or placeholders, so its purpose is unclear: Meta treats unclear content as marketing, and reviewers reject templates whose purpose they cannot see. Say what the message is about (the order, booking or offer it concerns).',
    });
  },
});
