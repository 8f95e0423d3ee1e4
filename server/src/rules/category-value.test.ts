import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

test('category-value: the three categories in any case get no diagnostic', () => {
  for (const category of ['utility', 'MARKETING', 'Marketing', 'UTILITY']) {
    assert.deepEqual(only(template({ category }), 'category-value'), [], category);
  }
  assert.deepEqual(only(template(), 'category-value'), []);
});

test('category-value: an unknown value is an error on the value that lists the three', () => {
  const text = template({ category: 'promotional' });
  const [d] = only(text, 'category-value');
  assert.equal(d.severity, 'error');
  assert.equal(underlined(text, d), 'promotional');
  assert.match(d.message, /Meta accepts only marketing, utility, authentication/);
  assert.equal(d.fix, undefined);
});

test('category-value: legacy values are an error that names their mapping and why', () => {
  const cases = [['TRANSACTIONAL', 'utility'], ['SHIPPING_UPDATE', 'utility'], ['Account Update', 'utility'], ['OTP', 'authentication']];
  for (const [category, mapped] of cases) {
    const text = template({ category });
    const [d] = only(text, 'category-value');
    assert.equal(underlined(text, d), category);
    assert.equal(d.severity, 'error');
    assert.match(d.message, new RegExp(`"${category}" is a legacy category: Meta replaced .* now maps to ${mapped}`));
  }
});

test('category-value: the fix writes the mapped category and changes nothing else', () => {
  assert.equal(fixAndRecheck(template({ category: 'TRANSACTIONAL' }), 'category-value'), template({ category: 'utility' }));
  assert.equal(fixAndRecheck(template({ category: 'Account Update' }), 'category-value'), template({ category: 'utility' }));
  assert.equal(fixAndRecheck(template({ category: '"alert-update"' }), 'category-value'), template({ category: 'utility' }));
});

test('category-value: a missing or non-text category is left to front-matter', () => {
  assert.deepEqual(only(template({ category: '[utility]' }), 'category-value'), []);
  assert.deepEqual(only('---\nname: a\nlanguage: en_US\n---\nHello there.\n', 'category-value'), []);
});
