/** Reads the Buttons section: one `- ` line per button. */
import type { Button, ButtonKind, ParseIssue } from './model';
import type { SourceText } from './source-text';
import type { Span } from './text';

const LINK = /^\[([^\]]*)\]\((.*)\)\s*$/;
const OTP_TYPES = new Set(['copy_code', 'one_tap', 'zero_tap']);

const SCHEMES: { re: RegExp; kind: ButtonKind; keepScheme: boolean }[] = [
  { re: /^https?:\/\//i, kind: 'url', keepScheme: true },
  { re: /^tel:/i, kind: 'phone_number', keepScheme: false },
  { re: /^copy:/i, kind: 'copy_code', keepScheme: false },
  { re: /^otp:/i, kind: 'otp', keepScheme: false },
  { re: /^flow:/i, kind: 'flow', keepScheme: false },
  { re: /^catalog:/i, kind: 'catalog', keepScheme: false },
];

export const BUTTON_FORMS = '"- Label" (quick reply) or "- [Label](https://… | tel:+… | copy:CODE | otp:copy_code | flow:ID | catalog:)"';

/** Parses each line of the Buttons section's text into a button, reporting lines it cannot read. */
export function readButtons(st: SourceText, fullLine: (offset: number) => Span, issues: ParseIssue[]): Button[] {
  const buttons: Button[] = [];
  const s = st.text;
  let lineStart = 0;
  while (lineStart <= s.length) {
    let nl = s.indexOf('\n', lineStart);
    if (nl === -1) nl = s.length;
    const line = s.slice(lineStart, nl);
    if (line.trim() !== '') {
      const b = readLine(line, lineStart, st, buttons.length, issues);
      if (b) {
        b.lineSpan = fullLine(st.fileOffset(lineStart));
        buttons.push(b);
      }
    }
    lineStart = nl + 1;
  }
  return buttons;
}

/** The source text of `st.text[start, start + length)` when a comment was cut out of it (its file span is longer), else null. */
function cutText(st: SourceText, start: number, length: number, span: Span): SourceText | null {
  return span.end - span.start === length ? null : st.slice(start, start + length);
}

function readLine(line: string, at: number, st: SourceText, index: number, issues: ParseIssue[]): Button | null {
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trim();
  const whole = st.fileSpan(at + lead, at + lead + trimmed.length);
  if (!/^[-*]\s/.test(trimmed)) {
    issues.push({ rule: 'button-syntax', span: whole, message: `This line in Buttons is not a button: each button is one line starting with "- ", as ${BUTTON_FORMS}.` });
    return null;
  }
  const restOffset = at + lead + 2 + (trimmed.slice(2).length - trimmed.slice(2).trimStart().length);
  const rest = trimmed.slice(2).trim();
  if (!rest.startsWith('[')) {
    const labelSpan = st.fileSpan(restOffset, restOffset + rest.length);
    return { index, kind: 'quick_reply', label: rest, labelSpan, labelText: cutText(st, restOffset, rest.length, labelSpan), value: '', valueSpan: st.fileSpan(restOffset + rest.length, restOffset + rest.length), span: whole, lineSpan: whole, valueText: null };
  }
  const m = LINK.exec(rest);
  if (!m) {
    issues.push({ rule: 'button-syntax', span: whole, message: `Cannot read this button: write it as ${BUTTON_FORMS}.` });
    return null;
  }
  const label = m[1].trim();
  const labelStart = restOffset + 1 + (m[1].length - m[1].trimStart().length);
  const target = m[2].trim();
  const targetStart = restOffset + m[1].length + 3 + (m[2].length - m[2].trimStart().length);
  const labelSpan = st.fileSpan(labelStart, labelStart + label.length);
  const scheme = SCHEMES.find((x) => x.re.test(target));
  if (!scheme) {
    const schemeText = /^[a-z][a-z0-9+.-]*:/i.exec(target)?.[0];
    const hint = /^www\./i.test(target) ? ` Did you mean "https://${target}"?` : '';
    issues.push({
      rule: 'button-syntax',
      span: st.fileSpan(targetStart, targetStart + Math.max(target.length, 1)),
      message: schemeText
        ? `Unknown link "${schemeText}" in a button: Meta supports https:// links, tel:, copy:, otp:, flow: and catalog: buttons.`
        : `This button link has no kind: start it with https://, tel:, copy:, otp:, flow: or catalog:.${hint}`,
    });
    return null;
  }
  const valueStart = scheme.keepScheme ? 0 : target.indexOf(':') + 1;
  const value = target.slice(valueStart);
  const vs = targetStart + valueStart;
  if (label === '') {
    issues.push({ rule: 'button-syntax', span: st.fileSpan(restOffset, restOffset + 2), message: 'This button has no label: write the text the customer taps between [ and ].' });
  }
  if (scheme.kind === 'otp' && !OTP_TYPES.has(value)) {
    issues.push({ rule: 'button-syntax', span: st.fileSpan(vs, vs + Math.max(value.length, 1)), message: `Unknown one-time-password button "otp:${value}": use otp:copy_code, otp:one_tap or otp:zero_tap.` });
    return null;
  }
  return {
    index,
    kind: scheme.kind,
    label,
    labelSpan,
    labelText: cutText(st, labelStart, label.length, labelSpan),
    value,
    valueSpan: st.fileSpan(vs, vs + value.length),
    span: whole,
    lineSpan: whole,
    valueText: scheme.kind === 'url' ? st.slice(vs, vs + value.length) : null,
  };
}
