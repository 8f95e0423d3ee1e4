import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, only, template, underlined } from '../testing/support';

const BODY = 'Hi there, your order has shipped and will arrive within three working days.';

test('front-matter: a valid template has no front-matter problem', () => {
  assert.deepEqual(only(template(), 'front-matter'), []);
  assert.deepEqual(only(template({ extra: 'parameter_format: named\nmessage_send_ttl_seconds: 600\ndisable: [blank-lines]' }), 'front-matter'), []);
});

test('front-matter: a file without front matter is reported on its first line', () => {
  const [d] = only(`${BODY}\n`, 'front-matter');
  assert.equal(d.severity, 'error');
  assert.equal(underlined(`${BODY}\n`, d).startsWith('Hi there'), true);
  assert.match(d.message, /no front matter/);
});

test('front-matter: an unclosed front matter is reported on the opening ---', () => {
  const text = '---\nname: order_update\nlanguage: en_US\ncategory: utility\n# Body\nHello there.\n';
  const ds = only(text, 'front-matter');
  assert.equal(ds.length, 1);
  assert.equal(underlined(text, ds[0]), '---');
  assert.match(ds[0].message, /never closed/);
});

test('front-matter: unreadable YAML is reported alone, without guesses about missing or mistyped keys', () => {
  const text = '---\nname: [order\nlanguage: en_US\n---\nHello there.\n';
  const ds = only(text, 'front-matter');
  assert.ok(ds.length >= 1);
  assert.ok(ds.every((d) => /not valid YAML/.test(d.message)), ds.map((d) => d.message).join('\n'));
  const twice = '---\nname: a\nname: b\nlanguage: en_US\ncategory: utility\n---\nHello there.\n';
  assert.deepEqual(only(twice, 'front-matter').map((d) => d.message), ['The front matter is not valid YAML: Map keys must be unique.']);
});

test('front-matter: a missing required key is reported on the opening --- with a line to add', () => {
  const text = '---\nname: order_update\n---\n' + BODY + '\n';
  const ds = only(text, 'front-matter');
  assert.equal(ds.length, 2);
  for (const d of ds) {
    assert.equal(underlined(text, d), '---');
    assert.equal(lineOf(text, d), 0);
  }
  assert.match(ds.find((d) => /"language"/.test(d.message))!.message, /language: en_US/);
  assert.match(ds.find((d) => /"category"/.test(d.message))!.message, /category: utility/);
});

test('front-matter: a required key of the wrong type is reported on its value', () => {
  const text = template({ language: '[en_US]' });
  const [d] = only(text, 'front-matter');
  assert.equal(underlined(text, d), '[en_US]');
  assert.match(d.message, /"language" must be a language code.*a list/);
});

test('front-matter: an empty required value is reported on its key', () => {
  const text = template({ category: '' });
  const [d] = only(text, 'front-matter');
  assert.equal(underlined(text, d), 'category');
  assert.match(d.message, /empty/);
});

test('front-matter: a number YAML rewrites is a wrong name, a plain number is read as the name', () => {
  const text = template({ name: '0123' });
  const [d] = only(text, 'front-matter');
  assert.equal(underlined(text, d), '0123');
  assert.match(d.message, /put it in quotes \("0123"\)/);
  assert.deepEqual(only(template({ name: '123' }), 'front-matter'), []);
  assert.deepEqual(only(template({ name: '"0123"' }), 'front-matter'), []);
});

test('front-matter: optional keys of the wrong type are reported on the value', () => {
  const cases: [string, string, RegExp][] = [
    ['message_send_ttl_seconds: "600"', '"600"', /whole number of seconds.*the text "600"\. Remove the quotes\./],
    ['message_send_ttl_seconds: 1.5', '1.5', /whole number/],
    ['parameter_format: NAMED', 'NAMED', /named or positional/],
    ['disable: blank-lines', 'blank-lines', /a list of rule ids/],
    ['disable: [1, 2]', '[1, 2]', /a list of rule ids/],
    ['disable: "true"', '"true"', /a list of rule ids.*here it is the text "true"\.$/],
    ['security_recommendation: "true"', '"true"', /true or false.*Remove the quotes/],
  ];
  for (const [extra, value, message] of cases) {
    const text = template({ extra });
    const ds = only(text, 'front-matter').filter((d) => d.severity === 'error');
    assert.equal(ds.length, 1, extra);
    assert.equal(underlined(text, ds[0]), value);
    assert.match(ds[0].message, message);
  }
});

test('front-matter: a block list value is underlined without its line break', () => {
  const text = template({ extra: 'security_recommendation:\n  - yes' , category: 'authentication', body: '' , buttons: ['- [Copy code](otp:copy_code)'], examples: {} });
  const [d] = only(text, 'front-matter');
  assert.equal(underlined(text, d), '- yes');
  assert.match(d.message, /true or false/);
});

test('front-matter: auth-only keys of the right type in an authentication template are fine', () => {
  const text = template({ category: 'authentication', extra: 'code_expiration_minutes: 10\nsecurity_recommendation: true', body: '', buttons: ['- [Copy code](otp:copy_code)'], examples: {} });
  assert.deepEqual(only(text, 'front-matter'), []);
});

test('front-matter: auth-only keys outside authentication are a warning on the key', () => {
  const text = template({ extra: 'code_expiration_minutes: 10\nsecurity_recommendation: true' });
  const ds = only(text, 'front-matter');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['code_expiration_minutes', 'security_recommendation']);
  for (const d of ds) {
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /Meta ignores it in a utility template/);
  }
});

test('front-matter: parameter_format contradicted by the placeholders is reported on the value', () => {
  const text = template({ extra: 'parameter_format: named', body: 'Hi {{1}}, your order has shipped and will arrive soon.', examples: { 1: 'Maria' } });
  const [d] = only(text, 'front-matter');
  assert.equal(underlined(text, d), 'named');
  assert.match(d.message, /positional placeholder \{\{1\}\}/);
  const positional = template({ extra: 'parameter_format: positional' });
  assert.equal(underlined(positional, only(positional, 'front-matter')[0]), 'positional');
  assert.deepEqual(only(template({ extra: 'parameter_format: named' }), 'front-matter'), []);
});

test('front-matter: offers no fix', () => {
  const text = template({ extra: 'parameter_format: NAMED\ncode_expiration_minutes: 5' });
  assert.ok(only(text, 'front-matter').every((d) => !d.fix));
});
