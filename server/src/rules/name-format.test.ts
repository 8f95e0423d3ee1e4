import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, lint, only, template, underlined } from '../testing/support';

test('name-format: a valid template has no problem at all', () => {
  assert.deepEqual(lint(template()), []);
});

test('name-format: catches capitals, hyphens and spaces, underlining the value', () => {
  const text = template({ name: 'Order-Update' });
  const [d] = only(text, 'name-format');
  assert.equal(underlined(text, d), 'Order-Update');
  assert.match(d.message, /order_update/);
});

test('name-format: accepts digits and underscores', () => {
  assert.deepEqual(only(template({ name: 'order_update_2' }), 'name-format'), []);
});

test('name-format: fix renames to snake_case and changes nothing else', () => {
  const text = template({ name: 'orderUpdate' });
  assert.equal(fixAndRecheck(text, 'name-format'), template({ name: 'order_update' }));
});

test('name-format: a name over 512 characters is reported with its length', () => {
  const [d] = only(template({ name: 'a'.repeat(513) }), 'name-format');
  assert.match(d.message, /513 characters; Meta's limit is 512/);
});
