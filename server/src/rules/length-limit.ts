/** length-limit: header, body, footer, button labels, phone numbers, URLs and copy codes over Meta's limits (Meta, template components). */
import { LIMITS, type Limit } from '../meta/limits';
import type { Button } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import { codePointLength, formatCount, indexAfterCodePoints, type Span } from '../parser/text';
import { defineRule, type Report } from './types';

/** A measured piece of text: its characters and how to map text indices to file offsets. */
interface Measured {
  what: string;
  text: string;
  /** Length in code points, when already known. */
  length?: number;
  limit: Limit;
  fileSpan(start: number, end: number): Span;
  note?: string;
}

const COPY_CODE_NOTE = ' (coupon templates allow 20 since December 2025)';

function fromSource(what: string, st: SourceText, limit: Limit): Measured {
  return { what, text: st.text, length: st.codePoints, limit, fileSpan: (a, b) => st.fileSpan(a, b) };
}

/** A button field read as a plain string: exact offsets when it lies in the file as written, else the whole span. */
function fromField(what: string, text: string, span: Span, limit: Limit, note?: string): Measured {
  const direct = span.end - span.start === text.length;
  return { what, text, limit, note, fileSpan: (a, b) => (direct ? { start: span.start + a, end: span.start + b } : span) };
}

function buttonFields(b: Button): Measured[] {
  const n = `Button ${b.index + 1}`;
  const out: Measured[] = [];
  if (b.label) out.push(fromField(`${n}'s label "${b.label}"`, b.label, b.labelSpan, LIMITS.buttonLabel));
  if (b.kind === 'phone_number') out.push(fromField(`${n}'s phone number`, b.value, b.valueSpan, LIMITS.phoneNumber));
  if (b.kind === 'url') out.push(b.valueText ? fromSource(`${n}'s URL`, b.valueText, LIMITS.url) : fromField(`${n}'s URL`, b.value, b.valueSpan, LIMITS.url));
  if (b.kind === 'copy_code') out.push(fromField(`${n}'s copy code "${b.value}"`, b.value, b.valueSpan, LIMITS.copyCode, COPY_CODE_NOTE));
  return out;
}

/** A report when `m` is over its limit, underlining exactly the characters past it. */
function overLimit(m: Measured): Report | null {
  const length = m.length ?? codePointLength(m.text);
  if (length <= m.limit.max) return null;
  const cut = indexAfterCodePoints(m.text, m.limit.max);
  return {
    span: m.fileSpan(cut, m.text.length),
    message: `${m.what} is ${formatCount(length)} characters; Meta's limit is ${formatCount(m.limit.max)}${m.note ?? ''}. Remove ${formatCount(length - m.limit.max)}.`,
    data: { length, limit: m.limit.max },
  };
}

export default defineRule({
  meta: {
    id: 'length-limit',
    severity: 'error',
    description: 'A header, body, footer, button label, phone number, URL or copy code is longer than Meta allows.',
    source: LIMITS.body.source,
    fixable: false,
  },
  check({ template, report }) {
    const measured: Measured[] = [];
    if (template.header?.kind === 'text') measured.push(fromSource('The header', template.header.text, LIMITS.headerText));
    if (template.body) measured.push(fromSource('The body', template.body.text, LIMITS.body));
    if (template.footer) measured.push(fromSource('The footer', template.footer.text, LIMITS.footer));
    for (const b of template.buttons) measured.push(...buttonFields(b));
    for (const m of measured) {
      const r = overLimit(m);
      if (r) report(r);
    }
  },
});
