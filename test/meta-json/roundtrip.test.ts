/** Round trips on real data: every bundled template file → JSON → file, and every fixture shaped like Meta's examples → file → JSON. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../server/src/lint/lint';
import { importJson } from '../../server/src/meta-json/import';
import { templatePayload } from '../../server/src/meta-json/schema';
import { assertSameTemplate, toFile, toPayload, upperCased } from './support';

const TEMPLATES = 'examples/templates';
const FIXTURES = 'test/fixtures/meta';
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

test('examples/templates: every file → JSON → file is the same template, and JSON → file → JSON the same payload', () => {
  const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.watpl'));
  assert.ok(files.length >= 15);
  for (const f of files) {
    const text = readFileSync(join(TEMPLATES, f), 'utf8');
    const payload = toPayload(text, f);
    assert.ok(templatePayload.safeParse(payload).success, `${f}: the payload fails the schema`);
    const back = toFile(payload, f);
    assert.equal(back.fileName, f, 'the file name is {name}.{language}.watpl');
    assertSameTemplate(back.text, text, f);
    assert.deepEqual(back.notes, [], `${f}: import changed something`);
    assert.deepEqual(toPayload(back.text, `${f} (imported)`), payload, `${f}: JSON → file → JSON`);
  }
});

test('fixtures: each payload shaped like Meta\'s examples imports to a file that lints clean of errors and exports back', () => {
  for (const [name, changes] of [
    ['utility-named.json', {}],
    ['marketing-image-url.json', { parameter_format: 'POSITIONAL' }],
    ['authentication-copy-code.json', {}],
  ] as const) {
    const source = fixture(name);
    const file = toFile(source, name);
    assert.deepEqual(lintText(file.text).diagnostics.filter((d) => d.severity === 'error'), [], name);
    const expected = upperCased({ ...source, ...changes });
    assert.deepEqual(toPayload(file.text, name), expected, name);
  }
});

test('fixtures: one-tap authentication keeps everything but the Android app fields, which are reported and written as a comment', () => {
  const source = fixture('authentication-one-tap.json');
  const file = toFile(source);
  assert.deepEqual(file.notes.map((n) => n.replace(/:.*/, '')), ['components[2].buttons[0].autofill_text', 'components[2].buttons[0].package_name', 'components[2].buttons[0].signature_hash']);
  assert.match(file.text, /<!--\nLeft out by watpl import.*\n- components\[2\]\.buttons\[0\]\.autofill_text: "Autofill"\n- components\[2\]\.buttons\[0\]\.package_name: "com\.example\.luckyshrub"\n- components\[2\]\.buttons\[0\]\.signature_hash: "K8a\/AINcGX7"\n-->/);
  const button = { ...source.components[2].buttons[0] };
  for (const k of ['autofill_text', 'package_name', 'signature_hash']) delete button[k];
  const expected = upperCased({ ...source, components: [source.components[0], source.components[1], { type: 'buttons', buttons: [button] }] });
  assert.deepEqual(toPayload(file.text), expected);
});

test('fixtures: a GET response with statuses imports every template, with Meta\'s status as a comment', () => {
  const r = importJson(readFileSync(join(FIXTURES, 'get-response.json'), 'utf8'));
  assert.deepEqual(r.refused, []);
  assert.deepEqual(r.templates.map((t) => t.fileName), ['order_delivered.en_US.watpl', 'spring_sale.en_US.watpl', 'account_notice.en_US.watpl', 'login_otp.en_US.watpl']);
  assert.deepEqual(r.templates.map((t) => /Meta: .*status: (\w+)/.exec(t.text)?.[1]), ['APPROVED', 'PENDING', 'REJECTED', 'APPROVED']);
  for (const t of r.templates) assert.deepEqual(lintText(t.text).diagnostics.filter((d) => d.severity === 'error'), [], t.fileName);
  const otp = r.templates[3];
  assert.match(otp.text, /^code_expiration_minutes: 10\nsecurity_recommendation: true\n---$/m);
  assert.deepEqual(toPayload(otp.text).components, [
    { type: 'BODY', add_security_recommendation: true },
    { type: 'FOOTER', code_expiration_minutes: 10 },
    { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
  ]);
  const delivered = toPayload(r.templates[0].text);
  assert.deepEqual(delivered.components[1], { type: 'BODY', text: 'Hi {{1}}, your order {{2}} was delivered today. We hope you enjoy it!', example: { body_text: [['Pablo', '860198-230332']] } });
});

test('fixtures: malformed JSON, a bad field, a carousel and legacy shapes get messages with their place', () => {
  assert.match(importJson(readFileSync(join(FIXTURES, 'malformed.json'), 'utf8')).syntaxError ?? '', /^line 7, column 3: not valid JSON: expected a value .*, found "\]"$/);
  const bad = importJson(readFileSync(join(FIXTURES, 'bad-schema.json'), 'utf8'));
  assert.equal(bad.templates.length, 2);
  assert.deepEqual(bad.refused.map((x) => x.problems), [['data[2].components[1].buttons[0].type: expected one of QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, VOICE_CALL, ORDER_DETAILS (got "LINK")']]);
  const carousel = importJson(readFileSync(join(FIXTURES, 'carousel.json'), 'utf8'));
  assert.deepEqual(carousel.templates, []);
  assert.match(carousel.refused[0].problems[0], /^components\[1\]\.type: CAROUSEL components: the \.watpl format cannot hold them yet/);
  const legacy = importJson(readFileSync(join(FIXTURES, 'legacy.json'), 'utf8'));
  assert.deepEqual(legacy.templates.map((t) => t.fileName), ['parcel_ready.en_US.watpl', 'payment_due.en_US.watpl']);
  for (const t of legacy.templates) assert.deepEqual(lintText(t.text).diagnostics.filter((d) => d.severity === 'error'), [], t.fileName);
  assert.match(legacy.templates[0].notes.join('\n'), /\[0\]\.hsm\.text: legacy placeholders \{1\}, \{2\} written as \{\{1\}\}, \{\{2\}\}/);
  assert.match(legacy.templates[1].notes.join('\n'), /\[1\]\.category: "TRANSACTIONAL" is a legacy category; written as utility/);
});
