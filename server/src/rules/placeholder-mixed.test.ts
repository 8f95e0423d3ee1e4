import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

test('placeholder-mixed: a valid template has no problem, nor one style alone', () => {
  assert.deepEqual(only(template(), 'placeholder-mixed'), []);
  assert.deepEqual(only(template({ header: 'Order {{1}}', body: 'Hi {{1}}, order {{2}} has shipped.' }), 'placeholder-mixed'), []);
});

test('placeholder-mixed: reports each placeholder of the less used style, naming both styles', () => {
  const text = template({ body: 'Hi {{first_name}}, order {{1}} ships on {{date}}; {{1}} is paid.', examples: {} });
  const ds = only(text, 'placeholder-mixed');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{1}}', '{{1}}']);
  assert.match(ds[0].message, /positional/);
  assert.match(ds[0].message, /named/);
  assert.match(ds[0].message, /\{\{first_name\}\}/);
  assert.equal(ds[0].fix, undefined);
  const more = template({ body: 'Hi {{1}}, order {{2}} ships on {{date}} as planned.', examples: {} });
  assert.deepEqual(only(more, 'placeholder-mixed').map((d) => underlined(more, d)), ['{{date}}']);
});

test('placeholder-mixed: a tie reports the positional ones, across components', () => {
  const text = template({
    header: 'Order {{order_id}}',
    body: '😀 Hi there, your order has shipped.',
    buttons: ['- [Track](https://x.com/{{1}})'],
    examples: {},
  }).replace(/\n/g, '\r\n');
  const ds = only(text, 'placeholder-mixed');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{1}}']);
});

test('placeholder-mixed: malformed placeholders do not count as a style', () => {
  assert.deepEqual(only(template({ body: 'Hi {{first_name}}, order {{ 1 }} has shipped.', examples: {} }), 'placeholder-mixed'), []);
});
