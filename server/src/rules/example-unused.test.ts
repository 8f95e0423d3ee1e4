import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const unused = (text: string) => only(text, 'example-unused');

test('example-unused: a valid template has no problem', () => {
  assert.deepEqual(unused(template()), []);
});

test('example-unused: an example no placeholder uses is reported on its key; the fix removes its line', () => {
  const text = template({ examples: 'first_name: Maria\nlast_name: Jansen' });
  const [d, ...rest] = unused(text);
  assert.deepEqual(rest, []);
  assert.equal(underlined(text, d), 'last_name');
  assert.equal(d.severity, 'warning');
  assert.equal(d.message, 'No placeholder uses the example "last_name": Meta only takes examples for the template\'s placeholders. Remove it, or fix the key (expected: first_name).');
  assert.equal(fixAndRecheck(text, 'example-unused'), template({ examples: 'first_name: Maria' }));
});

test('example-unused: keys compare in canonical form (bare 1 is body.1)', () => {
  const body = 'Hi {{1}}, your order has shipped and will arrive within three working days.';
  assert.deepEqual(unused(template({ body, examples: { 1: 'Maria' } })), []);
  assert.deepEqual(unused(template({ body, examples: { 'body.1': 'Maria' } })), []);
  const text = template({ body, examples: { 1: 'Maria', 'header.1': 'x', 2: 'y' } });
  assert.deepEqual(unused(text).map((d) => underlined(text, d)), ['2', 'header.1']);
});

test('example-unused: URL button keys use the position among all buttons', () => {
  const buttons = ['- Stop', '- [Track](https://example.com/track/{{1}})'];
  assert.deepEqual(unused(template({ buttons, examples: { first_name: 'Maria', 'button2.1': 'ZX81' } })), []);
  const text = template({ buttons, examples: { first_name: 'Maria', 'button1.1': 'ZX81' } });
  assert.deepEqual(unused(text).map((d) => underlined(text, d)), ['button1.1']);
});

test('example-unused: a second example for the same placeholder under another spelling', () => {
  const body = 'Hi {{1}}, your order has shipped and will arrive within three working days.';
  const text = template({ body, examples: '1: Maria\nbody.1: Jan' });
  const [d] = unused(text);
  assert.equal(underlined(text, d), 'body.1');
  assert.match(d.message, /^A second example for body\.1 \("body\.1" and "1" name the same placeholder\): line \d+ already gives one/);
  assert.equal(fixAndRecheck(text, 'example-unused'), template({ body, examples: '1: Maria' }));
});

test('example-unused: an exact duplicate key is example-syntax\'s (YAML), not reported twice', () => {
  const text = template({ examples: 'first_name: Maria\nfirst_name: Jan' });
  assert.deepEqual(unused(text), []);
  assert.equal(only(text, 'example-syntax').length, 1);
});

test('example-unused: examples for a malformed placeholder are kept for when it is fixed', () => {
  const body = 'Hi {{First Name}}, your order {{ 2 }} has shipped and will arrive within three working days.';
  assert.deepEqual(unused(template({ body, examples: { first_name: 'Maria', 2: 'x' } })), []);
});

test('example-unused: a template without placeholders says so', () => {
  const text = template({ body: 'Your order has shipped and will arrive within three working days.', examples: { first_name: 'Maria' } });
  const [d] = unused(text);
  assert.match(d.message, /this template has no placeholders/);
});

test('example-unused: a key that is not an example key at all is left to example-syntax', () => {
  const text = template({ examples: 'first_name: Maria\nFirst Name: Jan\n"{{order_id}}": x' });
  assert.deepEqual(unused(text), []);
  assert.equal(only(text, 'example-syntax').length, 2);
});
