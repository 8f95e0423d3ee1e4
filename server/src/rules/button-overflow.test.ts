import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const quick = (n: number) => Array.from({ length: n }, (_, i) => `- Option ${i + 1}`);

test('button-overflow: a valid template and up to 3 buttons have no problem', () => {
  assert.deepEqual(only(template(), 'button-overflow'), []);
  assert.deepEqual(only(template({ buttons: quick(3) }), 'button-overflow'), []);
});

test('button-overflow: 4 buttons are reported once, on the third, as information', () => {
  const text = template({ buttons: quick(4) });
  const ds = only(text, 'button-overflow');
  assert.equal(ds.length, 1);
  assert.equal(underlined(text, ds[0]), '- Option 3');
  assert.equal(ds[0].severity, 'information');
  assert.match(ds[0].message, /4 buttons.*shows the first 2 and puts "Option 3" and 1 more behind "See all options"/);
  assert.equal(ds[0].fix, undefined);
});

test('button-overflow: counts every kind of button', () => {
  const text = template({ buttons: ['- [Track](https://example.com/t)', '- [Call](tel:+31201234567)', '- Yes', '- No', '- Later'] });
  const [d] = only(text, 'button-overflow');
  assert.equal(underlined(text, d), '- Yes');
  assert.match(d.message, /5 buttons.*"Yes" and 2 more/);
});
