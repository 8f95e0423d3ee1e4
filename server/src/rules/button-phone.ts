/** button-phone: a phone button's number must be in international form, + and 7 to 15 digits (Meta, template components: "phone_number" with country code; digit counts from ITU-T E.164). */
import type { Button } from '../parser/model';
import { defineRule, type Report } from './types';

/** ITU-T E.164: at most 15 digits including the country code; 7 is the shortest number in use with its country code. */
const E164 = { min: 7, max: 15 };

export default defineRule({
  meta: {
    id: 'button-phone',
    severity: 'error',
    description: 'A phone button number that is not + and the country code followed by digits only.',
    source: 'Meta, template components (phone numbers with country code); ITU-T E.164 (at most 15 digits)',
    fixable: true,
  },
  check({ template, report }) {
    for (const b of template.buttons) {
      if (b.kind !== 'phone_number') continue;
      const r = problem(b);
      if (r) report(r);
    }
  },
});

/** The most important problem of a phone button, if any. */
function problem(b: Button): Report | null {
  const v = b.value;
  const span = b.valueSpan;
  if (v === '') return { span: b.span, message: 'This phone button has no number: write it as tel:+ followed by the country code and number, e.g. tel:+31201234567.' };
  if (v.includes('{{')) return { span, message: `Phone buttons take a fixed number: Meta has no placeholders in phone buttons ("${v}"). Write the number, e.g. +31201234567.` };
  if (!/^\+?[0-9 \-.()]+$/.test(v)) {
    return { span, message: `"${v}" is not a phone number: Meta wants + followed by the country code and digits only, e.g. +31201234567.` };
  }
  const digits = v.replace(/[^0-9]/g, '');
  const hasParens = /[()]/.test(v);
  const canonical = v.startsWith('+') ? `+${digits}` : digits.startsWith('00') ? `+${digits.slice(2)}` : null;
  if (canonical === null) {
    return { span, message: `"${v}" has no country code: Meta dials phone buttons from any country, so write the number in international form, + and the country code (e.g. the Dutch number 020 123 4567 is +31201234567). watpl cannot guess the country.` };
  }
  if (hasParens) {
    return { span, message: `Meta wants a phone number as + and digits only: remove the parentheses from "${v}" (a "(0)" after the country code is a trunk 0, dropped in international form).` };
  }
  const range = rangeProblem(span, canonical.slice(1));
  if (range) return range;
  const fix = { title: `Change to ${canonical}`, edits: [{ span, newText: canonical }] };
  if (!v.startsWith('+')) return { span, message: `Write the international prefix 00 as +: Meta wants "${canonical}".`, fix };
  if (canonical !== v) return { span, message: `Meta wants a phone number as + and digits only, without spaces, dashes or dots: "${v}" should be "${canonical}".`, fix };
  return null;
}

/** A number with the wrong count of digits, or a country code starting with 0. */
function rangeProblem(span: Report['span'], digits: string): Report | null {
  if (digits.length < E164.min || digits.length > E164.max) {
    return { span, message: `"+${digits}" has ${digits.length} digits; an international number has ${E164.min} to ${E164.max} digits with its country code (E.164). Check the number.` };
  }
  if (digits.startsWith('0')) {
    return { span, message: `"+${digits}": no country code starts with 0. Drop the trunk 0 after the country code, or write the country code after the +.` };
  }
  return null;
}
