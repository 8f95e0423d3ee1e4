import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const withBody = (body: string) => template({ body, examples: { first_name: 'Maria' } });
const FIRST = 'Hi {{first_name}}, your order has shipped.';
const SECOND = 'It will arrive within three working days.';

test('blank-lines: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'blank-lines'), []);
});

test('blank-lines: one blank line between paragraphs is fine', () => {
  assert.deepEqual(only(withBody(`${FIRST}\n\n${SECOND}`), 'blank-lines'), []);
  assert.deepEqual(only(withBody(`${FIRST}\n${SECOND}\n\n${SECOND}`), 'blank-lines'), []);
});

test('blank-lines: two blank lines in a row: the second is underlined and the fix removes it', () => {
  const text = withBody(`${FIRST}\n\n\n${SECOND}`);
  const [d] = only(text, 'blank-lines');
  assert.equal(underlined(text, d), '\n');
  assert.match(d.message, /^2 blank lines in a row: providers report/);
  assert.equal(d.severity, 'warning');
  assert.equal(fixAndRecheck(text, 'blank-lines'), withBody(`${FIRST}\n\n${SECOND}`));
});

test('blank-lines: four blank lines, some holding spaces, collapse to one; each run is one problem', () => {
  const text = withBody(`${FIRST}\n  \n\n\t\n\n${SECOND}\n\n\nBye.`);
  const ds = only(text, 'blank-lines');
  assert.equal(ds.length, 2);
  assert.equal(underlined(text, ds[0]), '\n\t\n\n');
  assert.match(ds[0].message, /^4 blank lines/);
  assert.equal(fixAndRecheck(text, 'blank-lines'), withBody(`${FIRST}\n  \n${SECOND}\n\n\nBye.`));
});

test('blank-lines: a comment line between blank lines stays, and the blank lines still count', () => {
  const text = withBody(`${FIRST}\n\n<!-- note -->\n\n${SECOND}`);
  const [d] = only(text, 'blank-lines');
  assert.equal(underlined(text, d), '\n');
  assert.equal(fixAndRecheck(text, 'blank-lines'), withBody(`${FIRST}\n\n<!-- note -->\n${SECOND}`));
});

test('blank-lines: blank lines around the body and in other sections are not counted', () => {
  assert.deepEqual(only(withBody(`\n\n\n${FIRST}\n\n\n\n`), 'blank-lines'), []);
  assert.deepEqual(only(template({ examples: 'first_name: Maria\n\n\n\nlast: x' }), 'blank-lines'), []);
});

test('blank-lines: CRLF files', () => {
  const text = withBody(`${FIRST}\n\n\n${SECOND}`).replace(/\n/g, '\r\n');
  const [d] = only(text, 'blank-lines');
  assert.equal(underlined(text, d), '\r\n');
  assert.equal(fixAndRecheck(text, 'blank-lines'), withBody(`${FIRST}\n\n${SECOND}`).replace(/\n/g, '\r\n'));
});
