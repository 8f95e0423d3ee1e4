import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const ALL_KINDS = [
  '- [Track order](https://shop.example.com/track/{{tracking_code}})',
  '- [Call us](tel:+31201234567)',
  '- [Copy code](copy:SUMMER15)',
  '- [Book](flow:123456)',
  '- [View catalog](catalog:)',
  '- Not delivered yet',
];

test('button-syntax: a valid template and every button form have no problem', () => {
  assert.deepEqual(only(template(), 'button-syntax'), []);
  assert.deepEqual(only(template({ buttons: ALL_KINDS, examples: { first_name: 'Maria', tracking_code: 'ZX81' } }), 'button-syntax'), []);
});

test('button-syntax: a line that is not "- ..." is reported whole', () => {
  const text = template({ buttons: ['- Yes', 'Track order'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), 'Track order');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /starting with "- "/);
});

test('button-syntax: an unreadable link button is reported', () => {
  const text = template({ buttons: ['- [Track(https://x.example.com)'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), '- [Track(https://x.example.com)');
});

test('button-syntax: an unknown scheme such as mailto: is reported on the link', () => {
  const text = template({ buttons: ['- [Mail us](mailto:info@example.com)'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), 'mailto:info@example.com');
  assert.match(d.message, /"mailto:"/);
  assert.equal(d.fix, undefined);
});

test('button-syntax: an unknown otp: type and an empty label are reported', () => {
  const text = template({ category: 'authentication', body: '', buttons: ['- [Copy](otp:paste_code)', '- [](https://x.example.com)'] });
  const ds = only(text, 'button-syntax');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['paste_code', '[]']);
});

test('button-syntax: a placeholder in a quick reply or a label is reported on the placeholder', () => {
  const text = template({ buttons: ['- Track {{1}}', '- [Order {{order_id}}](https://x.example.com/o)'] });
  const ds = only(text, 'button-syntax');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{1}}', '{{order_id}}']);
  assert.match(ds[0].message, /only at the end of a URL button/);
});

test('button-syntax: a placeholder in a copy-code value is reported', () => {
  const text = template({ category: 'marketing', buttons: ['- [Copy code](copy:{{code}})'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), '{{code}}');
  assert.match(d.message, /example code/);
});

test('button-syntax: single braces and a URL placeholder at the end are not placeholders in a label', () => {
  const text = template({ buttons: ['- Track {order}', '- [Track](https://x.example.com/t/{{1}})'] });
  assert.deepEqual(only(text, 'button-syntax'), []);
});

test('button-syntax: fix adds https:// to a www. link', () => {
  const text = template({ buttons: ['- [Shop](www.example.com/shoes)', '- No thanks'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), 'www.example.com/shoes');
  assert.equal(fixAndRecheck(text, 'button-syntax'), template({ buttons: ['- [Shop](https://www.example.com/shoes)', '- No thanks'] }));
});

test('button-syntax: fix turns a "* " bullet into "- "', () => {
  const text = template({ buttons: ['- Yes', '* No'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), '*');
  assert.equal(fixAndRecheck(text, 'button-syntax'), template({ buttons: ['- Yes', '- No'] }));
});

test('button-syntax: a link without any scheme other than www. has no fix', () => {
  const text = template({ buttons: ['- [Shop](example.com)'] });
  const [d] = only(text, 'button-syntax');
  assert.equal(underlined(text, d), 'example.com');
  assert.equal(d.fix, undefined);
});
