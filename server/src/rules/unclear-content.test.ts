import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const body = (text: string, language = 'en_US', category = 'marketing') => template({ body: text, language, category, examples: { first_name: 'Maria' } });

test('unclear-content: only a greeting, a salutation or placeholders', () => {
  const cases: [string, string][] = [
    ['Hi {{first_name}}! 👋', 'en_US'],
    ['Dear {{first_name}}, congratulations!', 'en_GB'],
    ['Hi {{first_name}}, hope you are having a wonderful day!', 'en_US'],
    ['Hallo {{first_name}}, fijne dag!', 'nl'],
    ['Bonjour {{first_name}} ! Belle journée à vous.', 'fr'],
    ['¡Hola {{first_name}}! Muchas felicidades.', 'es'],
  ];
  for (const [text, language] of cases) {
    const t = body(text, language);
    const [d] = only(t, 'unclear-content');
    assert.ok(d, text);
    assert.equal(underlined(t, d), text);
    assert.match(d.message, /Meta treats unclear content as marketing/);
  }
});

test('unclear-content: a body with a purpose is clear, a birthday greeting included', () => {
  for (const text of ['Hi {{first_name}}, your order has shipped and arrives on Friday.', 'Happy birthday, {{first_name}}! The whole team wishes you a great day.', 'Hi {{first_name}}, our summer sale starts today.']) {
    assert.deepEqual(only(body(text), 'unclear-content'), [], text);
  }
});

test('unclear-content: not for authentication templates (their body is Meta\'s)', () => {
  assert.deepEqual(only(body('Hi {{first_name}}!', 'en_US', 'authentication'), 'unclear-content'), []);
});
