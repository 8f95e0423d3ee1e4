import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const withBody = (body: string) => template({ body, examples: {} });

test('placeholder-density: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-density'), []);
});

test('placeholder-density: words + placeholders below 3n + 1 is a warning on the whole body, with the numbers', () => {
  // 3 placeholders need 10; 4 words + 3 placeholders = 7.
  const body = 'Hi {{1}}, order {{2}} ships {{3}} soon.';
  const text = withBody(body);
  const [d] = only(text, 'placeholder-density');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), body);
  assert.match(d.message, /3 placeholders need at least 10 words and placeholders; this body has 7/);
  assert.match(d.message, /2388293/);
  assert.equal(d.fix, undefined);
});

test('placeholder-density: exactly 3n + 1 passes; repeated placeholders count each time', () => {
  assert.deepEqual(only(withBody('Hi {{1}}, your order {{2}} ships today.'), 'placeholder-density'), []);
  const repeated = withBody('Hi {{1}}, order {{1}} ships now.');
  assert.match(only(repeated, 'placeholder-density')[0].message, /2 placeholders need at least 7 words and placeholders; this body has 6/);
});

test('placeholder-density: punctuation and formatting marks alone are not words; comments are not text', () => {
  const text = withBody('Hi *{{1}}* - > {{2}} ! <!-- many words in this comment here --> ok fine.');
  assert.match(only(text, 'placeholder-density')[0].message, /this body has 5/);
});

test('placeholder-density: the figure is an option', () => {
  const text = withBody('Hi {{1}}, order {{2}} ships {{3}} soon.');
  assert.deepEqual(only(text, 'placeholder-density', { rules: { 'placeholder-density': { options: { wordsPerPlaceholder: 2 } } } }), []);
  const [d] = only(text, 'placeholder-density', { rules: { 'placeholder-density': { options: { wordsPerPlaceholder: 4 } } } });
  assert.match(d.message, /at least 13/);
});

test('placeholder-density: header and button placeholders do not count; exact range with CRLF and emoji', () => {
  const ok = template({ header: 'Order {{1}}', body: 'Hi {{1}}, your order has shipped today.', buttons: ['- [Track](https://x.com/{{1}})'], examples: {} });
  assert.deepEqual(only(ok, 'placeholder-density'), []);
  const text = template({ body: '🎉 {{1}}\n{{2}} 🎉', examples: {} }).replace(/\n/g, '\r\n');
  const [d] = only(text, 'placeholder-density');
  assert.equal(underlined(text, d), '🎉 {{1}}\r\n{{2}} 🎉');
});
