import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const adjacent = (text: string) => only(text, 'placeholder-adjacent').map((d) => underlined(text, d));

test('placeholder-adjacent: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-adjacent'), []);
});

test('placeholder-adjacent: catches placeholders separated by spaces or nothing, underlining both', () => {
  const text = template({ body: 'Hi {{1}} {{2}}, your order {{3}}{{4}} has shipped.', examples: {} });
  assert.deepEqual(adjacent(text), ['{{1}} {{2}}', '{{3}}{{4}}']);
  const [d] = only(text, 'placeholder-adjacent');
  assert.match(d.message, /\{\{1\}\} and \{\{2\}\}/);
  assert.match(d.message, /Meta rejects/);
  assert.equal(d.fix, undefined);
});

test('placeholder-adjacent: a run of three is one report; a line break or a comment between still counts', () => {
  const text = template({ body: 'Hi {{a}} {{b}}\n{{c}}, your order has shipped. Ref {{d}} <!-- x --> {{e}} ok.', examples: {} });
  assert.deepEqual(adjacent(text), ['{{a}} {{b}}\n{{c}}', '{{d}} <!-- x --> {{e}}']);
  assert.match(only(text, 'placeholder-adjacent')[0].message, /\{\{a\}\}, \{\{b\}\} and \{\{c\}\}/);
});

test('placeholder-adjacent: does not catch placeholders with text, punctuation or marks between them', () => {
  for (const body of ['Hi {{1}}, {{2}} has shipped.', 'Hi *{{1}}* {{2}} has shipped.', 'Hi {{1}} and {{2}} shipped.', 'Hi {{ 1 }} {{2}} shipped.']) {
    assert.deepEqual(adjacent(template({ body, examples: {} })), [], body);
  }
});

test('placeholder-adjacent: in the header and footer too, but not across components, with exact ranges', () => {
  const text = template({
    header: '🎉 {{1}} {{2}}',
    body: '{{1}} is here.',
    footer: 'Ref {{x}}  {{y}}',
    buttons: ['- [Track](https://x.com/{{1}})', '- [Go](https://x.com/{{1}})'],
    examples: {},
  }).replace(/\n/g, '\r\n');
  assert.deepEqual(adjacent(text), ['{{1}} {{2}}', '{{x}}  {{y}}']);
});
