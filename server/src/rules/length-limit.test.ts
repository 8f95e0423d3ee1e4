import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const limits = (text: string) => only(text, 'length-limit');

test('length-limit: a valid template has no problem', () => {
  assert.deepEqual(limits(template()), []);
});

test('length-limit: a body over 1,024 characters underlines exactly the characters past the limit', () => {
  const body = 'Hi {{first_name}}, ' + 'a'.repeat(1024 - 19) + 'TOO_LONG_BY_SIXTY_THREE'.padEnd(63, '!');
  const text = template({ body, examples: { first_name: 'Maria' } });
  const [d] = limits(text);
  assert.equal(underlined(text, d), 'TOO_LONG_BY_SIXTY_THREE'.padEnd(63, '!'));
  assert.equal(d.message, "The body is 1,087 characters; Meta's limit is 1,024. Remove 63.");
  assert.equal(d.severity, 'error');
  assert.equal(d.fix, undefined);
});

test('length-limit: exactly at the limit is fine', () => {
  const body = 'Hi {{first_name}}, ' + 'a'.repeat(1024 - 19);
  assert.deepEqual(limits(template({ body, examples: { first_name: 'Maria' } })), []);
});

test('length-limit: counts code points (an emoji is one character), line breaks count, comments do not', () => {
  const body = 'Hi {{first_name}}, ' + '🎉'.repeat(1024 - 19);
  assert.deepEqual(limits(template({ body, examples: { first_name: 'Maria' } })), []);
  const text = template({ body: body + '<!-- a note that does not count -->🚚', examples: { first_name: 'Maria' } });
  const [d] = limits(text);
  assert.equal(underlined(text, d), '🚚');
  assert.match(d.message, /1,025 characters/);
  const two = template({ body: body + '\n🚚', examples: { first_name: 'Maria' } });
  assert.equal(underlined(two, limits(two)[0]), '\n🚚');
});

test('length-limit: the span past the limit skips a comment in the middle of the overflow', () => {
  const body = 'Hi {{first_name}}, ' + 'a'.repeat(1024 - 19) + 'XY<!-- c -->Z';
  const text = template({ body, examples: { first_name: 'Maria' } });
  const [d] = limits(text);
  assert.equal(underlined(text, d), 'XY<!-- c -->Z');
  assert.match(d.message, /Remove 3\./);
});

test('length-limit: header and footer over 60 characters', () => {
  const text = template({ header: 'h'.repeat(60) + 'HEAD', footer: 'f'.repeat(60) + 'FOOT' });
  const ds = limits(text);
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['HEAD', 'FOOT']);
  assert.match(ds[0].message, /^The header is 64 characters; Meta's limit is 60\. Remove 4\.$/);
  assert.match(ds[1].message, /^The footer is 64 characters/);
});

test('length-limit: a media header is not measured', () => {
  assert.deepEqual(limits(template({ header: `![image](https://example.com/${'x'.repeat(100)}.png)` })), []);
});

test('length-limit: button label, phone number, URL and copy code', () => {
  const text = template({
    buttons: [
      `- ${'L'.repeat(25)}abc`,
      `- [Call us](tel:+${'1'.repeat(19)}99)`,
      `- [Open](https://example.com/${'p'.repeat(2000 - 20)}/tail)`,
      `- [Copy code](copy:${'C'.repeat(15)}XY)`,
    ],
  });
  const ds = limits(text);
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['abc', '99', '/tail', 'XY']);
  assert.match(ds[0].message, /^Button 1's label "L+abc" is 28 characters; Meta's limit is 25\. Remove 3\.$/);
  assert.match(ds[1].message, /^Button 2's phone number is 22 characters; Meta's limit is 20\. Remove 2\.$/);
  assert.match(ds[2].message, /^Button 3's URL is 2,005 characters; Meta's limit is 2,000\. Remove 5\.$/);
  assert.match(ds[3].message, /copy code "C+XY" is 17 characters; Meta's limit is 15 \(coupon templates allow 20 since December 2025\)\. Remove 2\./);
});

test('length-limit: labels, numbers and codes at their limits are fine', () => {
  const text = template({ buttons: [`- ${'L'.repeat(25)}`, `- [Call us](tel:+${'1'.repeat(19)})`, `- [Copy code](copy:${'C'.repeat(15)})`] });
  assert.deepEqual(limits(text), []);
});

test('length-limit: the name is left to name-format', () => {
  assert.deepEqual(limits(template({ name: 'a'.repeat(600) })), []);
});
