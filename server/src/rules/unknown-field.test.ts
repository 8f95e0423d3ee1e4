import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';
import { editDistance } from './unknown-field';

test('unknown-field: a valid template, and every known key, get no diagnostic', () => {
  assert.deepEqual(only(template(), 'unknown-field'), []);
  const extra = 'parameter_format: named\nsub_category: ORDER_STATUS\nmessage_send_ttl_seconds: 600\ndisable: [blank-lines]';
  assert.deepEqual(only(template({ extra }), 'unknown-field'), []);
});

test('unknown-field: a typo of a known key is a warning on the key, naming the key meant', () => {
  const text = template({ extra: 'paramter_format: named' });
  const [d] = only(text, 'unknown-field');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), 'paramter_format');
  assert.match(d.message, /did you mean "parameter_format"/);
});

test('unknown-field: the fix renames a misspelt key and changes nothing else', () => {
  const text = template().replace('language:', 'langauge:');
  assert.match(only(text, 'unknown-field')[0].message, /"language"/);
  assert.equal(fixAndRecheck(text, 'unknown-field'), template());
  assert.equal(fixAndRecheck(template().replace('name:', 'Name:'), 'unknown-field'), template());
});

test('unknown-field: no rename fix when the key meant is already set', () => {
  const text = template({ extra: 'categroy: marketing' });
  const [d] = only(text, 'unknown-field');
  assert.match(d.message, /did you mean "category"\? \("category" is already set/);
  assert.equal(d.fix, undefined);
});

test('unknown-field: an unrelated key lists the known keys and has no fix', () => {
  const text = template({ extra: 'owner: marketing-team' });
  const [d] = only(text, 'unknown-field');
  assert.equal(underlined(text, d), 'owner');
  assert.match(d.message, /Known keys: name, language, category/);
  assert.equal(d.fix, undefined);
});

test('unknown-field: allow_category_change is obsolete and its fix removes the whole line', () => {
  const text = template({ extra: 'allow_category_change: true' });
  const [d] = only(text, 'unknown-field');
  assert.equal(underlined(text, d), 'allow_category_change');
  assert.match(d.message, /obsolete: since April 2025 Meta re-categorises/);
  assert.equal(fixAndRecheck(text, 'unknown-field'), template());
});

test('unknown-field: edit distance counts a swap of neighbours once', () => {
  assert.equal(editDistance('langauge', 'language'), 1);
  assert.equal(editDistance('nam', 'name'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('owner', 'name'), 4);
});
