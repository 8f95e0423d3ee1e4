import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const alone = (body: string) => {
  const text = template({ body, examples: {} });
  return only(text, 'placeholder-alone').map((d) => underlined(text, d));
};

test('placeholder-alone: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-alone'), []);
});

test('placeholder-alone: a line of only a placeholder, behind a list or quote marker, or in formatting marks', () => {
  const body = 'Hi there, here is your order:\n{{1}}\n  - {{2}}\n* {{3}}\n> {{4}}\n12. {{5}}\n*{{6}}*  \nThanks for shopping with us.';
  assert.deepEqual(alone(body), ['{{1}}', '{{2}}', '{{3}}', '{{4}}', '{{5}}', '{{6}}']);
  const text = template({ body, examples: {} });
  const [d] = only(text, 'placeholder-alone');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /providers/);
  assert.equal(d.fix, undefined);
});

test('placeholder-alone: does not catch a placeholder with words or punctuation on its line', () => {
  const body = 'Hi there, here is your order:\nOrder {{1}}\n- Item: {{2}}\n{{3}}.\n{{4}} {{5}}\n-{{6}}\n{{ 7 }}\nThanks for shopping with us.';
  assert.deepEqual(alone(body), []);
});

test('placeholder-alone: exact ranges with emoji, a comment on the line and CRLF', () => {
  const text = template({ body: '🎉 Hi there 🎉, your order:\n<!-- the id --> {{1}}\nThanks for shopping.', examples: {} }).replace(/\n/g, '\r\n');
  assert.deepEqual(only(text, 'placeholder-alone').map((d) => underlined(text, d)), ['{{1}}']);
});

test('placeholder-alone: only the body is checked', () => {
  assert.deepEqual(only(template({ header: '{{1}}', body: 'Your order has shipped today.', examples: {} }), 'placeholder-alone'), []);
});
