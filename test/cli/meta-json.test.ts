/** `watpl export` and `watpl import` through the real process. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { templatePayload } from '../../server/src/meta-json/schema';
import { template } from '../../server/src/testing/support';
import { assertSameTemplate } from '../meta-json/support';
import { tempTree, watpl } from './helpers';

const EXAMPLES = resolve('examples/templates');
const FIXTURES = resolve('test/fixtures/meta');

test('export examples/templates: a JSON array of payloads that validate, and import of it reproduces every file', () => {
  const r = watpl(['export', EXAMPLES]);
  assert.equal(r.code, 0, r.stderr);
  const payloads = JSON.parse(r.stdout) as { name: string; language: string }[];
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.watpl')).sort();
  assert.equal(payloads.length, files.length);
  for (const p of payloads) assert.ok(templatePayload.safeParse(p).success, `${p.name}.${p.language} fails the schema`);
  const dir = tempTree({ 'all.json': r.stdout });
  const back = watpl(['import', 'all.json', '--out', 'out'], { cwd: dir });
  assert.equal(back.code, 0, back.stderr);
  assert.deepEqual(back.stdout.trim().split('\n').sort(), files.map((f) => `out/${f}`));
  for (const f of files) assertSameTemplate(readFileSync(join(dir, 'out', f), 'utf8'), readFileSync(join(EXAMPLES, f), 'utf8'), f);
});

test('export --out DIR: one {name}.{language}.json per template, listed on stdout', () => {
  const dir = tempTree({ 't/a.watpl': template(), 't/b.watpl': template({ name: 'order_shipped', language: 'nl' }) });
  const r = watpl(['export', 't', '--out', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['json/order_update.en_US.json', 'json/order_shipped.nl.json']);
  const payload = JSON.parse(readFileSync(join(dir, 'json/order_update.en_US.json'), 'utf8'));
  assert.equal(payload.category, 'UTILITY');
  assert.deepEqual(payload.components[0].example, { body_text_named_params: [{ param_name: 'first_name', example: 'Maria' }] });
});

test('export refuses, with exit 1, a template that still has lint errors, naming file, line and error; nothing is written', () => {
  const dir = tempTree({ 'good.watpl': template(), 'bad.watpl': template({ name: 'Order-Update' }) });
  const r = watpl(['export', '.', '--out', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^bad\.watpl: not exported, it still has 1 error:\n {2}bad\.watpl:2:7 .*\(name-format\)$/m);
  assert.match(r.stderr, /nothing written; 1 of 2 templates still has errors/);
  assert.equal(existsSync(join(dir, 'json')), false);
});

test('export: notes go to stderr and do not fail the command; a missing path exits 2', () => {
  const dir = tempTree({ 'x.watpl': template({ header: '![image](https://cdn.example.com/a.jpg)' }) });
  const r = watpl(['export'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^x\.watpl: note: components\[0\]\.example\.header_handle: .*Resumable Upload API/m);
  const missing = watpl(['export', 'nope'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope: no such file or folder/);
});

test('import of fixtures shaped like Meta\'s documentation writes {name}.{language}.watpl files that lint clean', () => {
  const dir = tempTree({});
  for (const f of ['utility-named.json', 'marketing-image-url.json', 'authentication-copy-code.json', 'get-response.json']) {
    const r = watpl(['import', join(FIXTURES, f)], { cwd: dir });
    assert.equal(r.code, 0, `${f}: ${r.stderr}`);
  }
  const written = readdirSync(dir).sort();
  assert.deepEqual(written, ['account_notice.en_US.watpl', 'authentication_code_copy_code_button.en_US.watpl', 'login_otp.en_US.watpl', 'order_confirmation.en_US.watpl', 'order_delivered.en_US.watpl', 'seasonal_promotion.en_US.watpl', 'spring_sale.en_US.watpl']);
  const lint = watpl(['lint', '.', '--quiet'], { cwd: dir });
  assert.equal(lint.code, 0, lint.stdout);
});

test('import never overwrites without --force: exit 1 naming the file, nothing written; --force replaces', () => {
  const dir = tempTree({ 'order_confirmation.en_US.watpl': 'mine\n' });
  const r = watpl(['import', join(FIXTURES, 'utility-named.json')], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^order_confirmation\.en_US\.watpl: already exists; not overwritten \(use --force to replace it\)$/m);
  assert.equal(readFileSync(join(dir, 'order_confirmation.en_US.watpl'), 'utf8'), 'mine\n');
  const forced = watpl(['import', join(FIXTURES, 'utility-named.json'), '--force'], { cwd: dir });
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(readFileSync(join(dir, 'order_confirmation.en_US.watpl'), 'utf8'), /^name: order_confirmation$/m);
});

test('import reports what it refused or left out on stderr, with JSON paths, and exits 1 when a template is refused', () => {
  const dir = tempTree({});
  const bad = watpl(['import', join(FIXTURES, 'bad-schema.json')], { cwd: dir });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /: three\.en_US not imported:\n {2}data\[2\]\.components\[1\]\.buttons\[0\]\.type: expected one of QUICK_REPLY, .* \(got "LINK"\)/);
  assert.deepEqual(bad.stdout.trim().split('\n'), ['one.en_US.watpl', 'two.en_US.watpl']);
  const carousel = watpl(['import', join(FIXTURES, 'carousel.json')], { cwd: dir });
  assert.equal(carousel.code, 1);
  assert.match(carousel.stderr, /summer_carousel\.en_US not imported:\n {2}components\[1\]\.type: CAROUSEL components/);
  const oneTap = watpl(['import', join(FIXTURES, 'authentication-one-tap.json')], { cwd: dir });
  assert.equal(oneTap.code, 0);
  assert.match(oneTap.stderr, /note: authentication_code_autofill_button\.en_US\.watpl: components\[2\]\.buttons\[0\]\.package_name: left out/);
});

test('import: malformed JSON and an unreadable file exit 2 with one line naming the file and the place', () => {
  const r = watpl(['import', join(FIXTURES, 'malformed.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^watpl: .*malformed\.json: line 7, column 3: not valid JSON: expected a value .*found "\]"\n$/);
  assert.equal(watpl(['import', 'nope.json']).code, 2);
  assert.equal(watpl(['import']).code, 2);
  const dir = tempTree({});
  writeFileSync(join(dir, 'x.json'), '[]');
  const empty = watpl(['import', 'x.json'], { cwd: dir });
  assert.equal(empty.code, 0);
  assert.match(empty.stderr, /no templates in this JSON/);
});
