/** button-syntax: each button is one `- ` line in one of the forms of FORMAT.md §2; Meta allows placeholders only at the end of a URL (Meta, template components). */
import type { Button, ParseIssue, Template } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule, type Report } from './types';

export default defineRule({
  meta: {
    id: 'button-syntax',
    severity: 'error',
    description: 'A button line that cannot be read, an unknown link scheme, or a placeholder in a button label.',
    source: 'watpl format (FORMAT.md, Buttons); Meta, template components (button types; placeholders only at the end of URL buttons)',
    fixable: true,
  },
  check({ template, report }) {
    for (const issue of template.issues) {
      if (issue.rule === 'button-syntax') report(withFix(template.text, issue));
    }
    for (const b of template.buttons) {
      checkBullet(template.text, b, report);
      checkPlaceholder(template, b, report);
    }
  },
});

/** A parser issue, with the safe fix for a `www.` link that lacks its scheme. */
function withFix(text: string, issue: ParseIssue): Report {
  const r: Report = { span: issue.span, message: issue.message, fix: issue.fix, data: issue.data };
  const c = text.charCodeAt(issue.span.start) | 32;
  const target = c === 119 ? text.slice(issue.span.start, issue.span.end) : '';
  if (!issue.fix && /^www\.[^\s]+$/i.test(target)) {
    r.fix = { title: `Change to https://${target}`, edits: [{ span: { start: issue.span.start, end: issue.span.start }, newText: 'https://' }] };
  }
  return r;
}

/** `* Label`: Markdown allows both bullets, the format only `- `. */
function checkBullet(text: string, b: Button, report: (r: Report) => void): void {
  if (text.charCodeAt(b.span.start) !== 42) return;
  const span = { start: b.span.start, end: b.span.start + 1 };
  report({
    span,
    message: 'A button line starts with "- ", not "* ": write "- " so every tool reads it as a button.',
    fix: { title: 'Use "- " for the button', edits: [{ span, newText: '-' }] },
  });
}

/** A `{{...}}` in a label, or in a copy-code or flow value, where Meta takes fixed text only. */
function checkPlaceholder(t: Template, b: Button, report: (r: Report) => void): void {
  const label = find(b.label);
  if (label) {
    const where = b.kind === 'quick_reply' ? 'A quick reply' : 'A button label';
    report({
      span: locate(t.text, b.labelSpan, b.label, label),
      message: `${where} is fixed text: Meta allows a placeholder only at the end of a URL button's link, so "${b.label.slice(label.start, label.end)}" would be shown as written. Remove it from "${b.label}".`,
    });
  }
  if (b.kind !== 'copy_code' && b.kind !== 'flow') return;
  const value = find(b.value);
  if (!value) return;
  const why = b.kind === 'copy_code'
    ? 'the copy-code value is the example code Meta shows at review (the real code is sent with each message); write an example such as SUMMER15'
    : 'a flow button names a fixed flow id';
  report({
    span: locate(t.text, b.valueSpan, b.value, value),
    message: `Meta allows a placeholder only at the end of a URL button's link: ${why}.`,
  });
}

/** The first `{{...}}` in `s` (indices into s), found in one linear pass. */
function find(s: string): { start: number; end: number } | null {
  const start = s.indexOf('{{');
  if (start === -1) return null;
  const close = s.indexOf('}}', start + 2);
  return { start, end: close === -1 ? s.length : close + 2 };
}

/** The file span of `part` of `value`: exact when the file holds the value as written (no comment inside), else the whole value. */
function locate(text: string, span: Span, value: string, part: { start: number; end: number }): Span {
  if (text.slice(span.start, span.end) !== value) return span;
  return { start: span.start + part.start, end: span.start + part.end };
}
