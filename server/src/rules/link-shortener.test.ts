import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../parser/parse';
import { only, template, underlined } from '../testing/support';
import rule from './link-shortener';

const body = (text: string) => template({ body: text, examples: {} });

test('link-shortener: a valid template and ordinary links have no problem', () => {
  assert.deepEqual(only(template(), 'link-shortener'), []);
  const text = body('Track your order at https://shop.example.com/track or habit.ly and at.co, see api.whatsapp.com/business.');
  assert.deepEqual(only(text, 'link-shortener'), []);
  assert.deepEqual(only(template({ buttons: ['- [Track](https://example.com/t/{{1}})'], examples: { first_name: 'Maria', 'button1.1': 'x' } }), 'link-shortener'), []);
});

test('link-shortener: a shortener in the body is a warning on the host', () => {
  const text = body('Your order has shipped, track it at bit.ly/abc123 anytime.');
  const [d] = only(text, 'link-shortener');
  assert.equal(underlined(text, d), 'bit.ly');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /link shortener/);
  assert.equal(d.fix, undefined);
});

test('link-shortener: with a scheme, www., punctuation and formatting around it', () => {
  const text = body('See (https://www.tinyurl.com/x), *t.co/y* and https://rb.gy. Thanks for your order today.');
  const ds = only(text, 'link-shortener');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['www.tinyurl.com', 't.co', 'rb.gy']);
});

test('link-shortener: wa.me and api.whatsapp.com/send links', () => {
  const text = body('Chat with us at https://wa.me/31612345678 or api.whatsapp.com/send?phone=31612345678 today.');
  const ds = only(text, 'link-shortener');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['wa.me', 'api.whatsapp.com']);
  assert.match(ds[0].message, /WhatsApp chat/);
});

test('link-shortener: a shortener in a URL button', () => {
  const text = template({ buttons: ['- [Track](https://bit.ly/{{1}})'], examples: { first_name: 'Maria', 'button1.1': 'abc' } });
  const [d] = only(text, 'link-shortener');
  assert.equal(underlined(text, d), 'bit.ly');
});

test('link-shortener: a long run of letters ending in a shortener-like suffix is not a link', () => {
  const text = body(`Order shipped ${'a'.repeat(200_000)}.bit.ly and done today.`);
  const parsed = parseTemplate(text);
  const found: unknown[] = [];
  rule.check({ template: parsed, options: undefined, report: (r) => found.push(r) });
  assert.deepEqual(found, []);
});
