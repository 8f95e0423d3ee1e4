import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const withHeader = (header: string) => template({ header });
const found = (header: string) => {
  const text = withHeader(header);
  return only(text, 'header-format').map((d) => underlined(text, d));
};

test('header-format: a valid template, and a plain header, have no problem', () => {
  assert.deepEqual(only(template(), 'header-format'), []);
  assert.deepEqual(found('Your order has shipped'), []);
});

test('header-format: formatting marks are reported on the formatted text', () => {
  assert.deepEqual(found('Your order *has shipped*'), ['*has shipped*']);
  assert.deepEqual(found('_Big_ news ~today~'), ['_Big_', '~today~']);
  assert.deepEqual(found('Use `CODE` now'), ['`CODE`']);
  assert.deepEqual(found('```Mono``` header'), ['```Mono```']);
  const [d] = only(withHeader('*Sale*'), 'header-format');
  assert.match(d.message, /"\*Sale\*" is bold formatting: Meta allows no formatting in a text header/);
  assert.equal(d.severity, 'warning');
});

test('header-format: marks that WhatsApp would not treat as formatting are fine', () => {
  for (const h of ['Price 5*3 = 15', 'Order {{order_id}} shipped', 'Save 5 * 3', 'snake_case_id here', 'A ~ B', '*lonely star']) {
    assert.deepEqual(found(h), [], h);
  }
});

test('header-format: the fix removes the marks and keeps the text, nested marks included', () => {
  assert.equal(fixAndRecheck(withHeader('Your order *_has shipped_*'), 'header-format'), withHeader('Your order has shipped'));
  assert.equal(fixAndRecheck(withHeader('Use ```CODE``` now'), 'header-format'), withHeader('Use CODE now'));
});

test('header-format: emoji are reported, whole sequences at once', () => {
  assert.deepEqual(found('Good news 🎉'), ['🎉']);
  assert.deepEqual(found('Hi 👋🏽 there'), ['👋🏽']);
  assert.deepEqual(found('Team 👨‍👩‍👧 update'), ['👨‍👩‍👧']);
  assert.deepEqual(found('Made in 🇳🇱'), ['🇳🇱']);
  assert.deepEqual(found('Step 1️⃣ done'), ['1️⃣']);
  assert.deepEqual(found('Love ❤️ it'), ['❤️']);
  const [d] = only(withHeader('Good news 🎉'), 'header-format');
  assert.match(d.message, /"🎉" is an emoji: Meta allows no emoji in a text header/);
});

test('header-format: digits, ©, ® and ™ as text are not emoji', () => {
  assert.deepEqual(found('Acme™ order #12 © 2025 ®'), []);
});

test('header-format: the emoji fix removes one neighbouring space so none doubles', () => {
  assert.equal(fixAndRecheck(withHeader('Good 🎉 news'), 'header-format'), withHeader('Good news'));
  assert.equal(fixAndRecheck(withHeader('🎉 Good news'), 'header-format'), withHeader('Good news'));
  assert.equal(fixAndRecheck(withHeader('Good news 🎉'), 'header-format'), withHeader('Good news'));
  assert.equal(fixAndRecheck(withHeader('Good news🎉!'), 'header-format'), withHeader('Good news!'));
});

test('header-format: a media header and the body are not checked', () => {
  assert.deepEqual(only(template({ header: '![image](https://example.com/a.png)' }), 'header-format'), []);
  const body = 'Hi {{first_name}}, your order *has shipped* 🎉 and will arrive soon.';
  assert.deepEqual(only(template({ body, examples: { first_name: 'Maria' } }), 'header-format'), []);
});
