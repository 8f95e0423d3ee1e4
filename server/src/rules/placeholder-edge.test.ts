import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const withBody = (body: string) => template({ body, examples: {} });
const edges = (body: string) => {
  const text = withBody(body);
  return only(text, 'placeholder-edge').map((d) => underlined(text, d));
};

test('placeholder-edge: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-edge'), []);
});

test('placeholder-edge: a body ending with a placeholder, trailing punctuation and marks do not help', () => {
  for (const body of ['Your order ships on {{2}}', 'Your order ships on {{2}}.', 'Your order ships on {{2}}!', 'Your order ships on *{{2}}*', 'Your order ships on _{{2}}_ .\n']) {
    assert.deepEqual(edges(`Hi there {{1}}, thanks. ${body}`), ['{{2}}'], body);
  }
  const text = withBody('Hi there, your order ships on {{date}}.');
  const [d] = only(text, 'placeholder-edge');
  assert.match(d.message, /ends the body/);
  assert.match(d.message, /2388299/);
  assert.match(d.message, /Add words after/);
  assert.equal(d.fix, undefined);
});

test('placeholder-edge: a body starting with a placeholder, after punctuation or formatting marks too', () => {
  for (const body of ['{{1}}, hi there, your order has shipped.', '"{{1}}", your order has shipped.', '*{{1}}* your order has shipped.', '> {{1}} your order has shipped.']) {
    assert.deepEqual(edges(body), ['{{1}}'], body);
  }
  assert.match(only(withBody('{{1}}, your order has shipped.'), 'placeholder-edge')[0].message, /Add a word before/);
});

test('placeholder-edge: a body of only a placeholder is reported once', () => {
  const text = withBody('*{{1}}*');
  const ds = only(text, 'placeholder-edge');
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /whole body/);
});

test('placeholder-edge: does not catch words at the edges, emoji, or placeholders elsewhere', () => {
  for (const body of ['Hi {{1}}, your order has shipped today.', 'Hi {{1}}, your order ships on {{2}} as planned.', 'Hi {{ 1 }}', '👋 {{1}}, your order has shipped.']) {
    assert.deepEqual(edges(body), [], body);
  }
  assert.deepEqual(only(template({ header: '{{1}}', body: 'Your order has shipped today.', footer: 'Ref', examples: {} }), 'placeholder-edge'), []);
});

test('placeholder-edge: exact ranges with emoji, comments and CRLF', () => {
  const text = template({ body: '<!-- lead -->\n{{1}} 🎉, your order 🎉 ships on {{2}} <!-- c -->.', examples: {} }).replace(/\n/g, '\r\n');
  assert.deepEqual(only(text, 'placeholder-edge').map((d) => underlined(text, d)), ['{{1}}', '{{2}}']);
});
