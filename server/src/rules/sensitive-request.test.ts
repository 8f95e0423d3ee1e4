import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const body = (text: string, language = 'en_US') => template({ body: text, language, examples: { first_name: 'Maria' } });

test('sensitive-request: asking for card numbers, PINs, account numbers, national IDs or passwords', () => {
  const cases: [string, string, string][] = [
    ['Hi {{first_name}}, to receive your refund reply with your full card number and expiry date.', 'en_US', 'reply with your full card number'],
    ['Hi {{first_name}}, please send us your password so we can restore your account.', 'en_US', 'send us your password'],
    ['Hoi {{first_name}}, stuur ons je pincode zodat we je pas kunnen deblokkeren.', 'nl', 'stuur ons je pincode'],
    ['Hola {{first_name}}, envíanos tu número de tarjeta para procesar el reembolso.', 'es', 'envíanos tu número de tarjeta'],
    ['Olá {{first_name}}, responda com seu CPF para confirmar o cadastro.', 'pt_BR', 'responda com seu CPF'],
    ['Hallo {{first_name}}, senden Sie uns Ihre IBAN für die Erstattung.', 'de', 'senden Sie uns Ihre IBAN'],
  ];
  for (const [text, language, phrase] of cases) {
    const t = body(text, language);
    const ds = only(t, 'sensitive-request');
    assert.deepEqual(ds.map((d) => underlined(t, d)), [phrase], text);
    assert.match(ds[0].message, /Meta rejects templates that request full card numbers/);
  }
});

test('sensitive-request: security advice and references to a card are not requests', () => {
  for (const [text, language] of [
    ['Hi {{first_name}}, never share your password or PIN with anyone, not even with us.', 'en_US'],
    ['Hi {{first_name}}, we will never ask you to send us your card number.', 'en_US'],
    ['Hi {{first_name}}, your card ending in 4421 was charged $20 for your order.', 'en_US'],
    ['Hoi {{first_name}}, deel je pincode nooit met anderen.', 'nl'],
    ['Hi {{first_name}}, your password was changed. Reply with YES if this was you.', 'en_US'],
  ]) assert.deepEqual(only(body(text, language), 'sensitive-request'), [], text);
});
