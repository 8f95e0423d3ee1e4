import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

test('placeholder-legacy: a valid template gets no diagnostic', () => {
  assert.deepEqual(only(template(), 'placeholder-legacy'), []);
});

test('placeholder-legacy: a single-brace {1} is a warning on the placeholder, naming {{1}}', () => {
  const text = template({ body: 'Hi {1}, your order has shipped and will arrive within three working days.', examples: {} });
  const [d] = only(text, 'placeholder-legacy');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), '{1}');
  assert.match(d.message, /"\{1\}" is an old single-brace placeholder: Meta sends it as plain text\. Write \{\{1\}\}/);
});

test('placeholder-legacy: found in the header, the footer and button URLs too', () => {
  const text = template({
    header: 'Order {1}',
    footer: 'Ref {2}',
    buttons: ['- [Track](https://shop.example.com/t/{1})'],
  });
  const ds = only(text, 'placeholder-legacy');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{1}', '{2}', '{1}']);
});

test('placeholder-legacy: look-alikes are not legacy placeholders', () => {
  for (const body of ['Use code {SUMMER} today for your order of three items.', 'Hi {{1}}, your order is on its way to you now.', 'JSON like {"a": 1} or {} is plain text in this message.']) {
    assert.deepEqual(only(template({ body, examples: { 1: 'Maria' } }), 'placeholder-legacy'), [], body);
  }
});

test('placeholder-legacy: the fix writes {{N}} and changes nothing else', () => {
  const body = (p: string) => `Hi ${p}, your order has shipped and will arrive within three working days.`;
  assert.equal(fixAndRecheck(template({ body: body('{1}'), examples: {} }), 'placeholder-legacy'), template({ body: body('{{1}}'), examples: {} }));
  assert.equal(fixAndRecheck(template({ body: body('{ 2 }'), examples: {} }), 'placeholder-legacy'), template({ body: body('{{2}}'), examples: {} }));
});
