import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const quick = (n: number) => Array.from({ length: n }, (_, i) => `- Option ${i + 1}`);
const urls = (n: number) => Array.from({ length: n }, (_, i) => `- [Page ${i + 1}](https://example.com/p${i + 1})`);

test('button-count: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'button-count'), []);
});

test('button-count: exactly at every limit is fine', () => {
  assert.deepEqual(only(template({ buttons: quick(10) }), 'button-count'), []);
  const mixed = [...urls(2), '- [Call](tel:+31201234567)', '- [Copy code](copy:SUMMER15)', ...quick(6)];
  assert.deepEqual(only(template({ category: 'marketing', buttons: mixed }), 'button-count'), []);
});

test('button-count: a third URL button is reported, with the counts', () => {
  const text = template({ buttons: urls(3) });
  const ds = only(text, 'button-count');
  assert.equal(ds.length, 1);
  assert.equal(underlined(text, ds[0]), '- [Page 3](https://example.com/p3)');
  assert.equal(ds[0].severity, 'error');
  assert.match(ds[0].message, /URL button 3 of 3; Meta allows at most 2 URL buttons.*Remove 1/);
  assert.equal(ds[0].fix, undefined);
});

test('button-count: every phone button past the first is reported', () => {
  const text = template({ buttons: ['- [Call](tel:+31201234567)', '- Yes', '- [Call NL](tel:+31201234568)', '- [Call BE](tel:+3221234567)'] });
  const ds = only(text, 'button-count');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['- [Call NL](tel:+31201234568)', '- [Call BE](tel:+3221234567)']);
  assert.match(ds[0].message, /phone button 2 of 3; Meta allows at most 1 phone button in a template. Remove 2/);
});

test('button-count: two copy-code buttons', () => {
  const text = template({ category: 'marketing', buttons: ['- [Copy code](copy:A1)', '- [Copy code](copy:B2)'] });
  const [d] = only(text, 'button-count');
  assert.equal(underlined(text, d), '- [Copy code](copy:B2)');
});

test('button-count: more than 10 buttons in all, each extra button reported', () => {
  const text = template({ buttons: [...quick(9), ...urls(2), '- [Call](tel:+31201234567)'] });
  const ds = only(text, 'button-count');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['- [Page 2](https://example.com/p2)', '- [Call](tel:+31201234567)']);
  assert.match(ds[0].message, /button 11 of 12; Meta allows at most 10 buttons in a template. Remove 2/);
});

test('button-count: 11 quick replies break both the total and the quick-reply limit', () => {
  const text = template({ buttons: quick(11) });
  const ds = only(text, 'button-count');
  assert.equal(ds.length, 2);
  for (const d of ds) assert.equal(underlined(text, d), '- Option 11');
  assert.ok(ds.some((d) => /quick reply 11 of 11; Meta allows at most 10 quick replies/.test(d.message)));
});
