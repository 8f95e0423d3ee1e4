import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined, type Parts } from '../testing/support';

const OTP = '- [Copy code](otp:copy_code)';
const auth = (parts: Parts = {}) =>
  template({ name: 'login_code', category: 'authentication', body: '', extra: 'code_expiration_minutes: 10\nsecurity_recommendation: true', buttons: [OTP], ...parts });

test('authentication-shape: a valid utility template and a valid authentication template have no problem', () => {
  assert.deepEqual(only(template(), 'authentication-shape'), []);
  assert.deepEqual(only(auth(), 'authentication-shape'), []);
  for (const type of ['one_tap', 'zero_tap']) assert.deepEqual(only(auth({ buttons: [`- [Autofill](otp:${type})`] }), 'authentication-shape'), []);
});

test('authentication-shape: body text is reported on the text', () => {
  const text = auth({ body: 'Your code is below.' });
  const [d] = only(text, 'authentication-shape');
  assert.equal(underlined(text, d), 'Your code is below.');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /fixed body/);
});

test('authentication-shape: a text or media header and a footer are reported', () => {
  const text = auth({ header: 'Your login', footer: 'Valid for 10 minutes' });
  const ds = only(text, 'authentication-shape');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['Your login', 'Valid for 10 minutes']);
  assert.match(ds[1].message, /Meta adds the expiry line itself/);
  const media = auth({ header: '![image](logo.png)' });
  const [m] = only(media, 'authentication-shape');
  assert.equal(underlined(media, m), '![image](logo.png)');
  assert.match(m.message, /no header \(image\)/);
});

test('authentication-shape: URL buttons and other buttons beside the OTP button', () => {
  const text = auth({ buttons: [OTP, '- [Help](https://example.com/help)', '- Not me'] });
  const ds = only(text, 'authentication-shape');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['- [Help](https://example.com/help)', '- Not me']);
  assert.match(ds[0].message, /cannot contain URLs/);
  assert.match(ds[1].message, /only its OTP button/);
});

test('authentication-shape: no OTP button is reported on the Buttons heading, or on the category', () => {
  const text = auth({ buttons: ['- Resend'] });
  const ds = only(text, 'authentication-shape');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['# Buttons', '- Resend']);
  assert.match(ds[0].message, /exactly one OTP button/);
  const none = auth({ buttons: [] });
  const [d] = only(none, 'authentication-shape');
  assert.equal(underlined(none, d), 'authentication');
});

test('authentication-shape: a second OTP button', () => {
  const text = auth({ buttons: [OTP, '- [Autofill](otp:one_tap)'] });
  const [d] = only(text, 'authentication-shape');
  assert.equal(underlined(text, d), '- [Autofill](otp:one_tap)');
  assert.match(d.message, /exactly one/);
});

test('authentication-shape: an emoji in a button label is reported on the emoji', () => {
  const text = auth({ buttons: ['- [Copy code 📋](otp:copy_code)'] });
  const [d] = only(text, 'authentication-shape');
  assert.equal(underlined(text, d), '📋');
  assert.match(d.message, /emoji/);
  const flag = auth({ body: 'Code 🇳🇱' });
  assert.ok(only(flag, 'authentication-shape').some((x) => underlined(flag, x) === '🇳🇱'));
});

test('authentication-shape: code_expiration_minutes outside 1 to 90', () => {
  for (const v of ['0', '91']) {
    const text = auth({ extra: `code_expiration_minutes: ${v}` });
    const [d] = only(text, 'authentication-shape');
    assert.equal(underlined(text, d), v);
    assert.match(d.message, /Meta accepts 1 to 90 minutes/);
  }
  for (const v of ['1', '90']) assert.deepEqual(only(auth({ extra: `code_expiration_minutes: ${v}` }), 'authentication-shape'), []);
});

test('authentication-shape: an OTP button in another category', () => {
  const text = template({ category: 'marketing', buttons: [OTP] });
  const [d] = only(text, 'authentication-shape');
  assert.equal(underlined(text, d), OTP);
  assert.match(d.message, /OTP buttons only exist in authentication templates/);
  assert.deepEqual(only(template({ buttons: ['- [Copy code](copy:SUMMER15)'], category: 'marketing' }), 'authentication-shape'), []);
});

test('authentication-shape: emoji and a header in a utility template are not this rule', () => {
  assert.deepEqual(only(template({ header: 'Hello 👋', footer: 'Thanks' }), 'authentication-shape'), []);
});
