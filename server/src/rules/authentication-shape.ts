/** authentication-shape: Meta fixes the body of an authentication template: no own text, media, URLs or emoji, exactly one OTP button, expiry 1–90 minutes (Meta, authentication templates; figures in LIMITS); OTP buttons exist nowhere else. */
import { normalizeCategory } from '../meta/categories';
import { LIMITS } from '../meta/limits';
import { entry, type Template } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { Span } from '../parser/text';
import { defineRule, type Report } from './types';

type ReportFn = (r: Report) => void;

/** One emoji: a flag, or a pictograph with its variation selector, skin tone and ZWJ-joined parts (unambiguous, so linear). */
const EMOJI = /\p{Regional_Indicator}{1,2}|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/u;
const OTP_LINE = '"- [Copy code](otp:copy_code)" (or otp:one_tap / otp:zero_tap)';

export default defineRule({
  meta: {
    id: 'authentication-shape',
    severity: 'error',
    description: 'An authentication template with body text, header, footer, URLs, emoji, not exactly one OTP button or an expiry outside 1–90 minutes; an OTP button elsewhere.',
    source: LIMITS.authCode.source,
    fixable: false,
  },
  check({ template, report }) {
    const category = template.category === null ? null : normalizeCategory(template.category)?.category;
    if (!category) return;
    if (category !== 'authentication') {
      for (const b of template.buttons) {
        if (b.kind !== 'otp') continue;
        report({ span: b.span, message: `OTP buttons only exist in authentication templates: Meta refuses otp:${b.value} in a ${category} template. Use category authentication for one-time codes, or another button kind.` });
      }
      return;
    }
    checkSections(template, report);
    checkButtons(template, report);
    checkEmoji(template, report);
    checkExpiry(template, report);
  },
});

/** Body text, a header or a footer: Meta writes all of an authentication message itself. */
function checkSections(t: Template, report: ReportFn): void {
  const body = t.body?.text;
  if (body && body.text.trim() !== '') {
    report({ span: body.span, message: 'Authentication templates have a fixed body: Meta sends "<code> is your verification code." (and the optional security line), so this text is not used and the template is refused. Remove it.' });
  }
  const header = t.sections.header?.text;
  if (header && header.text.trim() !== '') {
    const media = t.header?.kind === 'media' ? ` (${t.header.media})` : '';
    report({ span: t.header?.span ?? header.span, message: `Authentication templates have no header${media}: Meta refuses media and header text in them. Remove the Header section.` });
  }
  const footer = t.footer?.text;
  if (footer && footer.text.trim() !== '') {
    report({ span: footer.span, message: 'Authentication templates have no footer of their own: Meta adds the expiry line itself from code_expiration_minutes. Remove the footer and set code_expiration_minutes instead.' });
  }
}

/** Exactly one OTP button, and nothing beside it. */
function checkButtons(t: Template, report: ReportFn): void {
  const otp = t.buttons.filter((b) => b.kind === 'otp');
  if (otp.length === 0) {
    const span = t.sections.buttons?.headingSpan ?? valueSpan(t, 'category');
    if (span) report({ span, message: `An authentication template needs exactly one OTP button (Meta): add ${OTP_LINE} under # Buttons.` });
  }
  for (const b of otp.slice(1)) {
    report({ span: b.span, message: `A second OTP button: Meta allows exactly one in an authentication template (this one has ${otp.length}). Keep one.` });
  }
  for (const b of t.buttons) {
    if (b.kind === 'otp') continue;
    const message = b.kind === 'url'
      ? `Authentication templates cannot contain URLs (Meta): remove the button "${b.label}".`
      : `An authentication template has only its OTP button (Meta): remove "${b.label}".`;
    report({ span: b.span, message });
  }
}

/** The first emoji of each text part. */
function checkEmoji(t: Template, report: ReportFn): void {
  const message = (e: string) => `Meta refuses emoji in authentication templates: remove "${e}".`;
  const texts: SourceText[] = [];
  if (t.header?.kind === 'text') texts.push(t.header.text);
  if (t.body) texts.push(t.body.text);
  if (t.footer) texts.push(t.footer.text);
  for (const st of texts) {
    const m = EMOJI.exec(st.text);
    if (m) report({ span: st.fileSpan(m.index, m.index + m[0].length), message: message(m[0]) });
  }
  for (const b of t.buttons) {
    const m = EMOJI.exec(b.label);
    if (!m) continue;
    // A label with a comment cut out of it (labelText set) is underlined whole.
    const span = b.labelText === null ? { start: b.labelSpan.start + m.index, end: b.labelSpan.start + m.index + m[0].length } : b.labelSpan;
    report({ span, message: message(m[0]) });
  }
}

/** code_expiration_minutes outside Meta's range (its type is front-matter's concern). */
function checkExpiry(t: Template, report: ReportFn): void {
  const v = entry(t, 'code_expiration_minutes')?.value;
  const min = LIMITS.codeExpirationMin.max;
  const max = LIMITS.codeExpirationMax.max;
  if (typeof v !== 'number' || (v >= min && v <= max)) return;
  report({ span: valueSpan(t, 'code_expiration_minutes')!, message: `code_expiration_minutes is ${v}; Meta accepts ${min} to ${max} minutes. Choose a value in that range.` });
}

/** A front-matter value's span without trailing white space. */
function valueSpan(t: Template, key: string): Span | null {
  const e = entry(t, key);
  if (!e) return null;
  let end = e.valueSpan.end;
  while (end > e.valueSpan.start && /\s/.test(t.text[end - 1])) end--;
  return { start: e.valueSpan.start, end };
}
