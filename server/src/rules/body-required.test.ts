import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineOf, only, template, underlined } from '../testing/support';

const FM = '---\nname: order_update\nlanguage: en_US\ncategory: utility\n---\n';

test('body-required: a valid template, implicit or headed body, gets no diagnostic', () => {
  assert.deepEqual(only(template(), 'body-required'), []);
  assert.deepEqual(only(`${FM}Hello there, your order has shipped.\n`, 'body-required'), []);
});

test('body-required: no Body section is an error on the closing --- of the front matter', () => {
  const text = template({ body: '', footer: 'Thanks', buttons: ['- Track order'] });
  const [d] = only(text, 'body-required');
  assert.equal(d.severity, 'error');
  assert.equal(underlined(text, d), '---');
  assert.equal(lineOf(text, d), 4);
  assert.match(d.message, /This utility template has no body text: Meta requires a body/);
  assert.equal(d.fix, undefined);
});

test('body-required: an empty Body section, or one of only comments, is reported on its heading', () => {
  for (const body of ['', '\n\n', '<!-- to do -->']) {
    const text = `${FM}\n# Header\nYour invoice\n\n# Body\n${body}\n# Footer\nThanks\n`;
    const ds = only(text, 'body-required');
    assert.equal(ds.length, 1, JSON.stringify(body));
    assert.equal(underlined(text, ds[0]), '# Body');
    assert.match(ds[0].message, /Write the message under this heading/);
  }
});

test('body-required: front matter only, or no front matter at all, is reported', () => {
  assert.equal(only(FM, 'body-required').length, 1);
  const text = '# Footer\nThanks\n';
  const [d] = only(text, 'body-required');
  assert.equal(lineOf(text, d), 0);
  assert.match(d.message, /^This template has no body text/);
});

test('body-required: authentication templates (legacy OTP too) must not have a body', () => {
  for (const category of ['authentication', 'AUTHENTICATION', 'OTP']) {
    const text = template({ category, body: '', buttons: ['- [Copy code](otp:copy_code)'], examples: {} });
    assert.deepEqual(only(text, 'body-required'), [], category);
  }
});
