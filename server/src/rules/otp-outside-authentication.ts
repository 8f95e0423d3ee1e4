/** otp-outside-authentication: one-time passcodes may only be sent with authentication templates; Meta rejects utility and marketing templates that are really OTP messages (Meta, authentication templates and template categorization). */
import { defineRule } from './types';
import { classificationOf, declaredCategory } from './util/category';

/** One-time-code phrases at least this strong are reported ("verification code"); weaker ones ("valid for 10 minutes") only count. */
const STRONG_OTP = 1;

export default defineRule({
  meta: {
    id: 'otp-outside-authentication',
    severity: 'warning',
    description: 'One-time-code wording (verification code, OTP, passcode) in a utility or marketing template.',
    source: 'Meta, authentication templates (one-time passcodes only in authentication templates)',
    fixable: false,
  },
  check(ctx) {
    const { template, report } = ctx;
    const declared = declaredCategory(template);
    if (declared !== 'utility' && declared !== 'marketing') return;
    for (const r of classificationOf(ctx).otp) {
      if (r.weight < STRONG_OTP) continue;
      report({
        span: r.span,
        message: `"${r.text}" is one-time-code wording: Meta allows one-time passcodes only in authentication templates and rejects a ${declared} template that sends one. Use an authentication template (category: authentication, an otp: button, no body text: Meta writes the message).`,
        data: { phrase: r.text },
      });
    }
  },
});
