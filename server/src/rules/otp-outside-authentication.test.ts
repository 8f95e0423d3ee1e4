import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const body = (text: string, language = 'en_US', category = 'utility') => template({ body: text, language, category, examples: { code: '"482913"' } });

test('otp-outside-authentication: one-time-code wording in a utility template, in several languages', () => {
  const cases: [string, string, string][] = [
    ['Your verification code is {{code}}. It expires in 10 minutes.', 'en_US', 'verification code'],
    ['Je eenmalige inlogcode is {{code}}, deel hem met niemand.', 'nl', 'eenmalige inlogcode'],
    ['Ihr Bestätigungscode lautet {{code}} und ist 10 Minuten gültig.', 'de', 'Bestätigungscode'],
    ['Seu código de verificação é {{code}} e expira em 5 minutos.', 'pt_BR', 'código de verificação'],
    ['Gunakan kode OTP {{code}} untuk masuk ke aplikasi.', 'id', 'kode OTP'],
  ];
  for (const [text, language, phrase] of cases) {
    const t = body(text, language);
    const ds = only(t, 'otp-outside-authentication');
    assert.deepEqual(ds.map((d) => underlined(t, d)), [phrase], text);
    assert.match(ds[0].message, /Meta allows one-time passcodes only in authentication templates/);
  }
});

test('otp-outside-authentication: a marketing template too', () => {
  assert.equal(only(body('Your login code is {{code}}. Enjoy our new app!', 'en_US', 'marketing'), 'otp-outside-authentication').length, 1);
});

test('otp-outside-authentication: codes that are not one-time passcodes are not reported', () => {
  for (const text of [
    'Use discount code {{code}} at checkout for your order.',
    'Your parcel is in locker 12, pickup code {{code}}, at the station.',
    'Your booking reference is {{code}}, show it at the hotel desk.',
    'Please add the postal code to your delivery address {{code}} today.',
  ]) assert.deepEqual(only(body(text), 'otp-outside-authentication'), [], text);
});

test('otp-outside-authentication: not in authentication templates', () => {
  const text = template({ category: 'authentication', body: 'Your verification code is {{code}}.', examples: { code: '"1"' } });
  assert.deepEqual(only(text, 'otp-outside-authentication'), []);
});
