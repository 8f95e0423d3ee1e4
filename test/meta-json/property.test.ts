/**
 * Property tests of Meta JSON in both directions on generated templates: file → JSON → file is the same
 * template, JSON → file → JSON the same payload, and type names in any case read the same.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintText } from '../../server/src/lint/lint';
import { assertSameTemplate, toFile, toPayload } from './support';

const WORDS = ['your', 'order', 'has', 'shipped', 'today', 'and', 'will', 'arrive', 'soon', 'café', 'thanks', 'tomorrow.', '*soon*', '_really_', 'Olá', 'número', '50%', 'ok:', '#1', '"quoted"', "it's", 'a: b', '[x]', 'ü', '😀'];
const VALUES = ['Maria', '0123', '9:30 AM', 'yes', 'true', 'a: b', 'x #y', '"q"', "O'Brien", 'Olá', '- dash', '12.50', '€ 5', 'ZX-81', '[1]', '{x}'];
const NAMES = ['first_name', 'order_id', 'city', 'delivery_date'];

interface Shape {
  named: boolean;
  category: 'utility' | 'marketing';
  language: string;
  lines: { words: string[]; slots: boolean[] }[];
  header: { kind: 'none' } | { kind: 'text'; words: string[]; placeholder: boolean } | { kind: 'media'; line: string };
  footer: string | null;
  buttons: { replies: string[]; repliesFirst: boolean; others: string[]; urlPlaceholder: boolean };
  values: string[];
  extra: string[];
}

const line = fc.record({ words: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }), slots: fc.array(fc.boolean(), { maxLength: 7 }) });
const shape: fc.Arbitrary<Shape> = fc.record({
  named: fc.boolean(),
  category: fc.constantFrom('utility' as const, 'marketing' as const),
  language: fc.constantFrom('en_US', 'nl', 'pt_BR', 'de'),
  lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  header: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('text' as const), words: fc.array(fc.constantFrom('Order', 'update', 'café', 'ready', '2025'), { minLength: 1, maxLength: 4 }), placeholder: fc.boolean() }),
    fc.record({ kind: fc.constant('media' as const), line: fc.constantFrom('![image](https://cdn.example.com/a.jpg)', '![video](4::dmlk:ARb)', '![document](files/x.pdf)', '![location]()') }),
  ),
  footer: fc.option(fc.constantFrom('Lucky Shrub', 'Reply STOP to opt out', 'Olá - até logo'), { nil: null }),
  buttons: fc.record({
    replies: fc.uniqueArray(fc.constantFrom('Yes', 'No', 'Stop promotions', 'Later'), { maxLength: 3 }),
    repliesFirst: fc.boolean(),
    others: fc.subarray(['- [Call us](tel:+31201234567)', '- [Copy offer code](copy:SUMMER15)', '- [Book](flow:1234567890)', '- [View catalog](catalog:)', '- [Help](https://shop.example.com/help)']),
    urlPlaceholder: fc.boolean(),
  }),
  values: fc.array(fc.constantFrom(...VALUES), { minLength: 12, maxLength: 12 }),
  extra: fc.subarray(['sub_category: ORDER_STATUS', 'message_send_ttl_seconds: 3600']),
});

/** A template text from a shape: the body starts and ends with a word and placeholders never touch, so it lints clean of errors. */
function build(s: Shape): string {
  const examples = new Map<string, string>();
  let n = 0;
  const urlButton = s.buttons.repliesFirst ? s.buttons.replies.length + 1 : 1;
  const placeholder = (component: 'header' | 'body' | 'button') => {
    const key = s.named ? NAMES[n % NAMES.length] : component === 'body' ? String(++n) : '1';
    if (s.named) n++;
    const exampleKey = s.named ? key : `${component === 'button' ? `button${urlButton}` : component}.${key}`;
    if (!examples.has(exampleKey)) examples.set(exampleKey, s.values[examples.size % s.values.length]);
    return `{{${key}}}`;
  };
  const out = ['---', 'name: generated_template', `language: ${s.language}`, `category: ${s.category}`, ...s.extra, '---', ''];
  if (s.header.kind === 'text') out.push('# Header', [...s.header.words, ...(s.header.placeholder ? [placeholder('header')] : [])].join(' '), '');
  if (s.header.kind === 'media') out.push('# Header', s.header.line, '');
  out.push('# Body', ...s.lines.map((l) => l.words.map((w, i) => (i > 0 && l.slots[i - 1] ? `${placeholder('body')} ${w}` : w)).join(' ')), '');
  if (s.footer) out.push('# Footer', s.footer, '');
  const url = s.buttons.urlPlaceholder ? [`- [Track](https://shop.example.com/t/${placeholder('button')})`] : [];
  const others = [...url, ...s.buttons.others];
  const replies = s.buttons.replies.map((r) => `- ${r}`);
  const buttons = s.buttons.repliesFirst ? [...replies, ...others] : [...others, ...replies];
  if (buttons.length) out.push('# Buttons', ...buttons, '');
  if (examples.size) out.push('# Examples', ...[...examples].map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '');
  return out.join('\n');
}

const hasErrors = (text: string) => lintText(text).diagnostics.some((d) => d.severity === 'error');

/** Every `type`, `format`, `otp_type` and `category` value in a random case, as Meta's own examples mix them. */
function recase(value: unknown, lower: boolean[]): unknown {
  let i = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ['type', 'format', 'otp_type', 'category', 'parameter_format'].includes(k) && typeof x === 'string' ? (lower[i++ % lower.length] ? x.toLowerCase() : x) : walk(x)]));
  };
  return walk(value);
}

test('property: file → JSON → file is the same template, and JSON → file → JSON the same payload', () => {
  fc.assert(
    fc.property(shape, (s) => {
      const text = build(s);
      fc.pre(!hasErrors(text));
      const payload = toPayload(text);
      const file = toFile(payload);
      assertSameTemplate(file.text, text, 'generated');
      assert.deepEqual(toPayload(file.text), payload);
      assert.deepEqual(toFile(toPayload(file.text)).text, file.text, 'import writes one canonical text');
    }),
    { numRuns: 300 },
  );
});

test('property: type names in any case import to the same file', () => {
  fc.assert(
    fc.property(shape, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (s, lower) => {
      const text = build(s);
      fc.pre(!hasErrors(text));
      const payload = toPayload(text);
      assert.equal(toFile(recase(payload, lower)).text, toFile(payload).text);
    }),
    { numRuns: 200 },
  );
});

test('property: authentication templates of every shape round trip both ways', () => {
  const auth = fc.record({
    otp: fc.constantFrom('copy_code', 'one_tap', 'zero_tap'),
    label: fc.constantFrom('Copy code', 'Code kopiëren', 'Autofill'),
    expiry: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
    security: fc.option(fc.boolean(), { nil: null }),
    ttl: fc.option(fc.integer({ min: 30, max: 900 }), { nil: null }),
  });
  fc.assert(
    fc.property(auth, (a) => {
      const fm = ['---', 'name: login_code', 'language: en_US', 'category: authentication'];
      if (a.ttl !== null) fm.push(`message_send_ttl_seconds: ${a.ttl}`);
      if (a.expiry !== null) fm.push(`code_expiration_minutes: ${a.expiry}`);
      if (a.security !== null) fm.push(`security_recommendation: ${a.security}`);
      const text = [...fm, '---', '', '# Buttons', `- [${a.label}](otp:${a.otp})`, ''].join('\n');
      const payload = toPayload(text);
      const file = toFile(payload);
      assert.equal(file.text, text);
      assert.deepEqual(toPayload(file.text), payload);
    }),
    { numRuns: 100 },
  );
});
