/** sensitive-request: Meta rejects templates that ask for full card numbers, bank account numbers, national ID numbers or passwords (Meta, template review: requests for sensitive identifiers). */
import { defineRule } from './types';
import { classificationOf } from './util/category';

export default defineRule({
  meta: {
    id: 'sensitive-request',
    severity: 'warning',
    description: 'Asks the customer for a full card number, a bank account number, a national ID number or a password.',
    source: 'Meta, template review (templates requesting sensitive identifiers are rejected)',
    fixable: false,
  },
  check(ctx) {
    for (const f of classificationOf(ctx).sensitive) {
      ctx.report({
        span: f.span,
        message: `This asks for "${f.data}": Meta rejects templates that request full card numbers, bank account numbers, national ID numbers or passwords. Send the customer to your website or app to enter it instead.`,
        data: { phrase: f.data },
      });
    }
  },
});
