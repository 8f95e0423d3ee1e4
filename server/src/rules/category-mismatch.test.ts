import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../lint/fix';
import type { Fix } from '../parser/model';
import { only, template, underlined } from '../testing/support';

const withCategory = (category: string, body: string, language = 'en_US', buttons: string[] = []) =>
  template({ category, body, language, buttons, examples: { first_name: 'Maria', order_id: '"4471"' } });

test('category-mismatch: a marketing template that is a plain shipping update reads as utility', () => {
  const text = withCategory('marketing', 'Hi {{first_name}}, your order {{order_id}} was handed to the carrier and should arrive within two working days.');
  const [d] = only(text, 'category-mismatch');
  assert.equal(underlined(text, d), 'marketing');
  assert.match(d.message, /^The text reads as utility \(\d+%\), not marketing: it rests on 'your order'/);
  assert.equal(d.data?.inferred, 'utility');
  const [fix] = d.data?.suggestions as Fix[];
  assert.equal(fix.title, 'Change category to utility');
  assert.deepEqual(only(applyEdits(text, fix.edits), 'category-mismatch'), []);
});

test('category-mismatch: in other languages too', () => {
  const es = withCategory('marketing', 'Hola {{first_name}}, tu pedido {{order_id}} ha sido enviado y llegará el jueves.', 'es_MX');
  assert.equal(only(es, 'category-mismatch').length, 1);
  const id = withCategory('marketing', 'Halo {{first_name}}, pesanan {{order_id}} kamu sudah dikirim dan akan tiba besok.', 'id');
  assert.equal(only(id, 'category-mismatch').length, 1);
});

test('category-mismatch: a utility template with weak promotional wording and no reference to the customer reads as marketing', () => {
  const text = withCategory('utility', 'Hi {{first_name}}, come and see what is happening in our store this week.');
  const [d] = only(text, 'category-mismatch');
  assert.match(d.message, /reads as marketing \(\d+%\), not utility: it rests on 'come and see'/);
});

test('category-mismatch: what marketing-wording, unclear-content or otp-outside-authentication report is not reported twice', () => {
  assert.deepEqual(only(withCategory('utility', 'Your order {{order_id}} has shipped. Use code SAVE10 for 10% off!'), 'category-mismatch'), []);
  assert.deepEqual(only(withCategory('utility', 'Hi {{first_name}}, hope you are well!'), 'category-mismatch'), []);
  assert.deepEqual(only(withCategory('utility', 'Your verification code is {{order_id}}. It expires in 10 minutes.'), 'category-mismatch'), []);
});

test('category-mismatch: matching categories, authentication templates and uncertain hints are not reported', () => {
  assert.deepEqual(only(withCategory('utility', 'Hi {{first_name}}, your order {{order_id}} has shipped and arrives Friday.'), 'category-mismatch'), []);
  assert.deepEqual(only(template({ category: 'authentication', body: '', examples: {}, extra: 'code_expiration_minutes: 10', buttons: ['- [Copy code](otp:copy_code)'] }), 'category-mismatch'), []);
  assert.deepEqual(only(withCategory('utility', 'Hi {{first_name}}, the garden centre on Elm Street is open until six tonight.'), 'category-mismatch'), []);
  const text = withCategory('marketing', 'Hi {{first_name}}, your order {{order_id}} has shipped and arrives Friday.');
  assert.deepEqual(only(text, 'category-mismatch', { rules: { 'category-mismatch': { options: { minConfidence: 0.99 } } } }), []);
});
