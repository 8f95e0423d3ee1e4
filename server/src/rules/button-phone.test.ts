import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const phone = (n: string) => template({ buttons: [`- [Call us](tel:${n})`, '- Not now'] });

test('button-phone: a valid template and an international number have no problem', () => {
  assert.deepEqual(only(template(), 'button-phone'), []);
  assert.deepEqual(only(phone('+31201234567'), 'button-phone'), []);
  assert.deepEqual(only(phone('+12125551234'), 'button-phone'), []);
});

test('button-phone: spaces are reported, and the fix removes them', () => {
  const text = phone('+31 20 123 4567');
  const [d] = only(text, 'button-phone');
  assert.equal(underlined(text, d), '+31 20 123 4567');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /"\+31201234567"/);
  assert.equal(fixAndRecheck(text, 'button-phone'), phone('+31201234567'));
});

test('button-phone: dashes and dots are removed by the fix', () => {
  assert.equal(fixAndRecheck(phone('+1-212-555.1234'), 'button-phone'), phone('+12125551234'));
});

test('button-phone: 00 is replaced by +', () => {
  const text = phone('0031 20 1234567');
  const [d] = only(text, 'button-phone');
  assert.match(d.message, /00 as \+/);
  assert.equal(fixAndRecheck(text, 'button-phone'), phone('+31201234567'));
});

test('button-phone: a national number asks for the country code and has no fix', () => {
  const text = phone('020 123 4567');
  const [d] = only(text, 'button-phone');
  assert.equal(underlined(text, d), '020 123 4567');
  assert.match(d.message, /no country code/);
  assert.match(d.message, /cannot guess the country/);
  assert.equal(d.fix, undefined);
});

test('button-phone: "(0)" after the country code is reported without a fix', () => {
  const [d] = only(phone('+31 (0)20 1234567'), 'button-phone');
  assert.match(d.message, /parentheses/);
  assert.equal(d.fix, undefined);
});

test('button-phone: too few or too many digits, and a country code starting with 0', () => {
  assert.match(only(phone('+31123'), 'button-phone')[0].message, /5 digits; an international number has 7 to 15 digits/);
  assert.match(only(phone('+3120123456789012'), 'button-phone')[0].message, /16 digits/);
  assert.match(only(phone('+0201234567'), 'button-phone')[0].message, /no country code starts with 0/);
});

test('button-phone: spaces in a number that stays invalid report the digit count, without a fix', () => {
  const [d] = only(phone('+31 12'), 'button-phone');
  assert.match(d.message, /4 digits/);
  assert.equal(d.fix, undefined);
});

test('button-phone: letters, a placeholder or no number at all', () => {
  const letters = phone('call-us');
  assert.equal(underlined(letters, only(letters, 'button-phone')[0]), 'call-us');
  assert.match(only(phone('+{{1}}'), 'button-phone')[0].message, /no placeholders/);
  const empty = phone('');
  const [d] = only(empty, 'button-phone');
  assert.equal(underlined(empty, d), '- [Call us](tel:)');
  assert.match(d.message, /no number/);
});
