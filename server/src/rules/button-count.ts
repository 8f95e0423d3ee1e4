/** button-count: Meta allows 10 buttons in all, and at most 10 quick replies, 2 URL, 1 phone and 1 copy-code button (Meta, template components; figures in LIMITS). */
import { LIMITS } from '../meta/limits';
import type { Button, ButtonKind } from '../parser/model';
import { formatCount } from '../parser/text';
import { defineRule, type Report } from './types';

/** The per-kind limits, with the names messages use. */
const PER_KIND: Partial<Record<ButtonKind, { max: number; one: string; many: string }>> = {
  quick_reply: { max: LIMITS.quickReplies.max, one: 'quick reply', many: 'quick replies' },
  url: { max: LIMITS.urlButtons.max, one: 'URL button', many: 'URL buttons' },
  phone_number: { max: LIMITS.phoneButtons.max, one: 'phone button', many: 'phone buttons' },
  copy_code: { max: LIMITS.copyCodeButtons.max, one: 'copy-code button', many: 'copy-code buttons' },
};

const KIND_LIMITS = Object.entries(PER_KIND);
/** No kind can be over its limit with this many buttons or fewer (most templates). */
const SMALLEST_LIMIT = Math.min(...KIND_LIMITS.map(([, l]) => l.max));

export default defineRule({
  meta: {
    id: 'button-count',
    severity: 'error',
    description: 'More buttons than Meta allows, in all or of one type.',
    source: LIMITS.buttonsTotal.source,
    fixable: false,
  },
  check({ template, report }) {
    const buttons = template.buttons;
    const max = LIMITS.buttonsTotal.max;
    if (buttons.length > max) {
      const tail = ` of ${formatCount(buttons.length)}; Meta allows at most ${formatCount(max)} buttons in a template. Remove ${formatCount(buttons.length - max)}.`;
      for (const b of buttons.slice(max)) report({ span: b.span, message: `This is button ${formatCount(b.index + 1)}${tail}` });
    }
    if (buttons.length <= SMALLEST_LIMIT) return;
    for (const [kind, limit] of KIND_LIMITS) {
      const ofKind = buttons.filter((b) => b.kind === kind);
      if (ofKind.length > limit.max) reportKind(ofKind, limit, report);
    }
  },
});

/** Each button of one kind past its limit, numbered among its kind. */
function reportKind(ofKind: Button[], limit: { max: number; one: string; many: string }, report: (r: Report) => void): void {
  const name = limit.max === 1 ? limit.one : limit.many;
  const tail = ` of ${formatCount(ofKind.length)}; Meta allows at most ${formatCount(limit.max)} ${name} in a template. Remove ${formatCount(ofKind.length - limit.max)}.`;
  for (let i = limit.max; i < ofKind.length; i++) {
    report({ span: ofKind[i].span, message: `This is ${limit.one} ${formatCount(i + 1)}${tail}` });
  }
}
