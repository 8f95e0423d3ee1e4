import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../lint/fix';
import type { Fix } from '../parser/model';
import { only, template, underlined } from '../testing/support';

const utility = (body: string, language = 'en_US', extra: Partial<Parameters<typeof template>[0]> = {}) =>
  template({ body, language, examples: { order_id: '"4471"' }, ...extra });
const suggestions = (d: { data?: Record<string, unknown> }) => (d.data?.suggestions ?? []) as Fix[];

test('marketing-wording: a coupon in a utility order update is reported phrase by phrase, with the reason', () => {
  const text = utility('Your order {{order_id}} has shipped and arrives on Friday.\nUse code SAVE10 for 10% off your next order!');
  const ds = only(text, 'marketing-wording');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['Use code', 'SAVE10', '10% off', 'your next order']);
  assert.equal(ds[0].severity, 'warning');
  assert.match(ds[2].message, /"10% off" reads as a discount: Meta treats a utility template with any promotional element as marketing/);
  assert.match(ds[1].message, /"SAVE10" reads as a coupon code/);
  assert.match(ds[3].message, /upsell/);
});

test('marketing-wording: in the template\'s own language, case- and accent-insensitive, with inflections', () => {
  const nl = utility('Je bestelling {{order_id}} is onderweg. Nu 20% KORTING op je volgende bestelling, bestel nu!', 'nl');
  assert.deepEqual(only(nl, 'marketing-wording').map((d) => underlined(nl, d)), ['20% KORTING', 'je volgende bestelling', 'bestel nu']);
  const pt = utility('Seu pedido {{order_id}} foi enviado. Confira os descontos da semana e o frete gratis!', 'pt_BR');
  assert.deepEqual(only(pt, 'marketing-wording').map((d) => underlined(pt, d)), ['Confira', 'descontos', 'frete gratis']);
  const de = utility('Ihre Bestellung {{order_id}} wurde verschickt. Jetzt shoppen und sparen!', 'de_AT');
  assert.deepEqual(only(de, 'marketing-wording').map((d) => underlined(de, d)), ['Jetzt shoppen', 'sparen']);
});

test('marketing-wording: look-alikes that are not promotional are not reported', () => {
  const cases: [string, string][] = [
    ['Your table for 4 is confirmed for Friday. Feel free to reply if you need to change anything.', 'en_US'],
    ['The repair of your laptop is covered by the warranty, so it is free of charge. Pick it up on Friday.', 'en_US'],
    ['Your appointment was cancelled. We can offer you a new appointment on May 5 at 2 PM.', 'en_US'],
    ['Payment of $14.00 was successful. Please save your receipt for your records.', 'en_US'],
    ['Je bestelling {{order_id}} is bezorgd. Verzendkosten: gratis, totaal betaald € 37,50.', 'nl'],
    ['Tu reserva está confirmada para el sábado. No dudes en responder a este mensaje si necesitas algo.', 'es'],
  ];
  for (const [body, language] of cases) assert.deepEqual(only(utility(body, language), 'marketing-wording').map((d) => d.message), [], body);
});

test('marketing-wording: only utility and authentication templates; marketing ones may promote', () => {
  const body = 'Summer sale: 30% off everything this weekend only. Shop now!';
  assert.deepEqual(only(template({ body, category: 'marketing', examples: {}, buttons: ['- Stop promotions'] }), 'marketing-wording'), []);
  assert.ok(only(template({ body, category: 'authentication', examples: {} }), 'marketing-wording').length > 0);
});

test('marketing-wording: a promotional button label and a copy-code button count too', () => {
  const text = utility('Your order {{order_id}} has shipped and will arrive on Friday.', 'en_US', { buttons: ['- [Shop now](https://shop.example.com)', '- [Copy code](copy:SAVE10)'] });
  assert.deepEqual(only(text, 'marketing-wording').map((d) => underlined(text, d)), ['Shop now', '- [Copy code](copy:SAVE10)']);
});

test('marketing-wording: phrases.allow silences a phrase, phrases.marketing adds one', () => {
  const text = utility('Your order {{order_id}} has shipped. Members get exclusive early access to returns.');
  assert.ok(only(text, 'marketing-wording').some((d) => underlined(text, d) === 'early access'));
  assert.deepEqual(only(text, 'marketing-wording', { phrases: { allow: ['early access'] } }).map((d) => underlined(text, d)), []);
  const plain = utility('Your order {{order_id}} has shipped. Ask about our Gold Club.');
  assert.deepEqual(only(plain, 'marketing-wording', { phrases: { marketing: ['gold club'] } }).map((d) => underlined(plain, d)), ['Gold Club']);
});

test('marketing-wording: an unknown language uses the English lexicon', () => {
  const text = utility('Order {{order_id}} shipped. Use promo code SUMMER for 15% off!', 'sv');
  assert.deepEqual(only(text, 'marketing-wording').map((d) => underlined(text, d)), ['promo code', '15% off']);
});

test('marketing-wording: suggestions change the category or remove the sentence, and either removes the warning', () => {
  const text = utility('Your order {{order_id}} has shipped and arrives on Friday.\nUse code SAVE10 for 10% off your next order!');
  const [d] = only(text, 'marketing-wording');
  assert.equal(d.fix, undefined);
  const [change, remove] = suggestions(d);
  assert.equal(change.title, 'Change category to marketing');
  assert.match(applyEdits(text, change.edits), /^category: marketing$/m);
  assert.deepEqual(only(applyEdits(text, change.edits), 'marketing-wording'), []);
  assert.match(remove.title, /^Remove the sentence with this phrase: "Use code SAVE10/);
  const removed = applyEdits(text, remove.edits);
  assert.match(removed, /# Body\nYour order \{\{order_id\}\} has shipped and arrives on Friday\.\n\n# Examples/);
  assert.deepEqual(only(removed, 'marketing-wording'), []);
});

test('marketing-wording: no removal when it would leave no message or end the body with a placeholder', () => {
  const alone = utility('Shop now and save 20% on all orders!');
  assert.ok(only(alone, 'marketing-wording').every((d) => suggestions(d).length === 1));
  const edge = utility('Your order ships on {{order_id}}. Shop now!');
  assert.ok(only(edge, 'marketing-wording').every((d) => suggestions(d).every((f) => f.title.startsWith('Change'))));
  const mid = utility('Your order {{order_id}} has shipped. Shop now! It arrives on Friday at your door.');
  const [d] = only(mid, 'marketing-wording');
  const remove = suggestions(d)[1];
  assert.equal(remove.title, 'Remove this phrase: "Shop now!"');
  assert.match(applyEdits(mid, remove.edits), /has shipped\. It arrives on Friday/);
});
