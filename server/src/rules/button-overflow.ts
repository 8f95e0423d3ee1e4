/** button-overflow: with more than 3 buttons WhatsApp shows 2 and puts the rest behind "See all options" (Meta, template components; figure in LIMITS). */
import { LIMITS } from '../meta/limits';
import { formatCount } from '../parser/text';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'button-overflow',
    severity: 'information',
    description: 'More than 3 buttons: the phone shows 2 and "See all options".',
    source: LIMITS.visibleButtons.source,
    fixable: false,
  },
  check({ template, report }) {
    const buttons = template.buttons;
    const visible = LIMITS.visibleButtons.max;
    if (buttons.length <= visible) return;
    const shown = visible - 1;
    const first = buttons[shown];
    report({
      span: first.span,
      message: `This template has ${formatCount(buttons.length)} buttons: with more than ${formatCount(visible)}, WhatsApp shows the first ${formatCount(shown)} and puts "${first.label}" and ${formatCount(buttons.length - shown - 1)} more behind "See all options". Keep ${formatCount(visible)} or fewer to show them all.`,
    });
  },
});
