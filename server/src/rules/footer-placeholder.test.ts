import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const withFooter = (footer: string) => template({ body: 'Hi there, your order has shipped today.', footer, examples: {} });

test('footer-placeholder: a valid template and a plain footer have no problem', () => {
  assert.deepEqual(only(template(), 'footer-placeholder'), []);
  assert.deepEqual(only(withFooter('Reply STOP to unsubscribe'), 'footer-placeholder'), []);
});

test('footer-placeholder: any placeholder in the footer, well-formed or not, naming both Meta sources', () => {
  const text = withFooter('🎉 Ref {{1}}, {{ 2 }}, {{Shop Name}} and {3}').replace(/\n/g, '\r\n');
  const ds = only(text, 'footer-placeholder');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{1}}', '{{ 2 }}', '{{Shop Name}}', '{3}']);
  assert.match(ds[0].message, /components page allows none/);
  assert.match(ds[0].message, /one other Meta page says/);
  assert.match(ds[0].message, /watpl follows the components page/);
  assert.equal(ds[0].severity, 'error');
  assert.equal(ds[0].fix, undefined);
});

test('footer-placeholder: placeholders in the body, header or buttons are not its business', () => {
  const text = template({ header: 'Order {{1}}', body: 'Hi {{1}}, your order has shipped.', footer: 'Thanks', buttons: ['- [Track](https://x.com/{{1}})'], examples: {} });
  assert.deepEqual(only(text, 'footer-placeholder'), []);
});
