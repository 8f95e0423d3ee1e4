import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const withBody = (body: string) => template({ body, examples: { '1': 'Maria' } });

test('placeholder-syntax: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-syntax'), []);
});

test('placeholder-syntax: catches each malformed form, underlining exactly it', () => {
  const cases: [string, string][] = [
    ['Hi {{1}, your order has shipped today.', '{{1}'],
    ['Hi {{ 1 }}, your order has shipped today.', '{{ 1 }}'],
    ['Hi {{#1}}, your order has shipped today.', '{{#1}}'],
    ['Hi {{}}, your order has shipped today.', '{{}}'],
    ['Hi {{{1}}}, your order has shipped today.', '{{{1}}}'],
    ['Hi {1}}, your order has shipped today.', '{1}}'],
    ['Hi there, your order {{ has shipped', '{{ has shipped'],
    ['Hi {{name, your order has shipped today.', '{{'],
  ];
  for (const [body, bad] of cases) {
    const text = withBody(body);
    const ds = only(text, 'placeholder-syntax');
    assert.equal(ds.length, 1, body);
    assert.equal(underlined(text, ds[0]), bad);
    assert.match(ds[0].message, /literal text/);
    assert.equal(ds[0].severity, 'error');
  }
});

test('placeholder-syntax: explains what is wrong', () => {
  const msg = (body: string) => only(withBody(body), 'placeholder-syntax')[0].message;
  assert.match(msg('Hi {{ 1 }} there, welcome.'), /spaces inside/);
  assert.match(msg('Hi {{}} there, welcome.'), /is empty/);
  assert.match(msg('Hi {{1} there, welcome.'), /2 opening and 1 closing/);
  assert.match(msg('Hi {{name, welcome.'), /never closed/);
  assert.match(msg('Hi {{ 1 }} there, welcome.'), /Write \{\{1\}\}/);
});

test('placeholder-syntax: does not catch valid, legacy, badly named placeholders or plain braces', () => {
  for (const body of [
    'Hi {{1}}, your order has shipped today.',
    'Hi {1}, your order has shipped today.',
    'Hi {{First Name}}, your order has shipped today.',
    'Use the { and } keys, then press enter to continue.',
  ]) {
    assert.deepEqual(only(withBody(body), 'placeholder-syntax'), [], body);
  }
});

test('placeholder-syntax: fix writes the suggested placeholder and nothing else', () => {
  const text = withBody('Hi {{ 1 }}, your order has shipped today.');
  assert.equal(fixAndRecheck(text, 'placeholder-syntax'), withBody('Hi {{1}}, your order has shipped today.'));
  const three = withBody('Hi {{{1}}}, your order has shipped today.');
  assert.equal(fixAndRecheck(three, 'placeholder-syntax'), withBody('Hi {{1}}, your order has shipped today.'));
});

test('placeholder-syntax: an unclosed {{ gets no fix, and {{}} none either', () => {
  for (const body of ['Hi there, your order {{ has shipped', 'Hi {{}}, your order has shipped today.']) {
    const [d] = only(withBody(body), 'placeholder-syntax');
    assert.equal(d.fix, undefined);
  }
});

test('placeholder-syntax: exact ranges after emoji, with CRLF, in the header, footer and URL buttons', () => {
  const text = template({
    header: 'Order {{ 1 }} 🎉',
    body: '🎉🎉 Hi {{#1}}, your order <!-- note --> has {{1} shipped.',
    footer: 'Reply {{}} to stop',
    buttons: ['- [Track](https://x.com/track/{{ 1 }})'],
    examples: {},
  }).replace(/\n/g, '\r\n');
  const got = only(text, 'placeholder-syntax').map((d) => underlined(text, d));
  assert.deepEqual(got, ['{{ 1 }}', '{{#1}}', '{{1}', '{{}}', '{{ 1 }}']);
});
