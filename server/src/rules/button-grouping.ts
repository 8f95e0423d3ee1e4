/** button-grouping: quick replies must form one contiguous group, all before or all after the other buttons (Meta, template components). */
import { LIMITS } from '../meta/limits';
import type { Button, TextEdit } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule } from './types';

const isQuick = (b: Button) => b.kind === 'quick_reply';

export default defineRule({
  meta: {
    id: 'button-grouping',
    severity: 'error',
    description: 'Quick replies not in one group before or after the other buttons.',
    source: LIMITS.buttonsTotal.source,
    fixable: true,
  },
  check({ template, report }) {
    const buttons = template.buttons;
    const runs = runStarts(buttons);
    if (runs.length < 3) return;
    const between = buttons[runs[1]];
    report({
      span: between.span,
      message: `Meta requires the quick replies in one group, all before or all after the other buttons: "${between.label}" comes between "${buttons[runs[1] - 1].label}" and "${buttons[runs[2]].label}". Move the quick replies together.`,
      fix: { title: 'Group quick replies', edits: regroup(template.text, buttons) },
    });
  },
});

/** Indices where a run of quick replies or of other buttons starts (at most the first three). */
function runStarts(buttons: Button[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < buttons.length && starts.length < 3; i++) {
    if (i === 0 || isQuick(buttons[i]) !== isQuick(buttons[i - 1])) starts.push(i);
  }
  return starts;
}

/**
 * Rewrites the button lines in place (each line keeps its slot; only the text of slots whose button changes is
 * replaced, line breaks untouched), choosing quick replies first or last, whichever changes fewer lines.
 */
function regroup(text: string, buttons: Button[]): TextEdit[] {
  const slots = buttons.map((b) => lineContent(text, b.lineSpan));
  const lines = slots.map((sp) => text.slice(sp.start, sp.end));
  const quick = buttons.filter(isQuick);
  const other = buttons.filter((b) => !isQuick(b));
  const first = [...quick, ...other];
  const last = [...other, ...quick];
  const changes = (order: Button[]) => order.filter((b, i) => lines[b.index] !== lines[i]).length;
  const cq = changes(first);
  const cl = changes(last);
  const order = cq < cl || (cq === cl && isQuick(buttons[0])) ? first : last;
  const edits: TextEdit[] = [];
  order.forEach((b, i) => {
    if (lines[b.index] !== lines[i]) edits.push({ span: slots[i], newText: lines[b.index] });
  });
  return edits;
}

/** A line's span without its line break (`\n` or `\r\n`). */
function lineContent(text: string, line: Span): Span {
  let end = line.end;
  if (end > line.start && text.charCodeAt(end - 1) === 10) end--;
  if (end > line.start && text.charCodeAt(end - 1) === 13) end--;
  return { start: line.start, end };
}
