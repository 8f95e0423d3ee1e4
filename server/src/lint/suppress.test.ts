import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, only, template, underlined } from '../testing/support';

/** A body with a legacy `{N}` placeholder on each given line; the placeholder-legacy findings are what we switch off. */
function withBody(lines: string[], extra?: string): string {
  return template({ body: lines.join('\n'), examples: {}, extra });
}

const legacyLines = (text: string) => only(text, 'placeholder-legacy').map((d) => underlined(text, d));

test('suppress: without switches every finding is reported', () => {
  assert.deepEqual(legacyLines(withBody(['Your code {1} is ready.', 'Order {2} has shipped.'])), ['{1}', '{2}']);
});

test('suppress: disable-next-line switches the rule off on the next line only', () => {
  const text = withBody(['<!-- watpl-disable-next-line placeholder-legacy -->', 'Your code {1} is ready.', 'Order {2} has shipped.']);
  assert.deepEqual(legacyLines(text), ['{2}']);
});

test('suppress: disable-next-line for another rule switches nothing off', () => {
  const text = withBody(['<!-- watpl-disable-next-line placeholder-density -->', 'Your code {1} is ready.']);
  assert.deepEqual(legacyLines(text), ['{1}']);
});

test('suppress: disable-line switches the rule off on its own line', () => {
  const text = withBody(['Your code {1} is ready. <!-- watpl-disable-line placeholder-legacy -->', 'Order {2} has shipped.']);
  assert.deepEqual(legacyLines(text), ['{2}']);
});

test('suppress: a list of rules, separated by commas or spaces, switches each off', () => {
  const lines = ['#Footer', 'Your code {1} is ready.'];
  const plain = withBody(lines);
  assert.equal(only(plain, 'section-structure').length + only(plain, 'placeholder-legacy').length, 2);
  for (const sep of [', ', ' ', ',']) {
    const text = withBody([`<!-- watpl-disable section-structure${sep}placeholder-legacy -->`, ...lines]);
    assert.deepEqual(only(text, 'section-structure').concat(only(text, 'placeholder-legacy')), [], sep);
  }
});

test('suppress: disable ... enable switches a rule off between the two', () => {
  const text = withBody([
    'Order {1} has shipped.',
    '<!-- watpl-disable placeholder-legacy -->',
    'Your code {2} is ready.',
    'It expires in {3} minutes.',
    '<!-- watpl-enable placeholder-legacy -->',
    'Reply {4} to stop.',
  ]);
  assert.deepEqual(legacyLines(text), ['{1}', '{4}']);
});

test('suppress: disable without enable lasts to the end of the file', () => {
  const text = withBody(['Order {1} has shipped.', '<!-- watpl-disable placeholder-legacy -->', 'Your code {2} is ready.', 'Reply {3} to stop.']);
  assert.deepEqual(legacyLines(text), ['{1}']);
});

test('suppress: enable of one rule leaves the others switched off', () => {
  const text = withBody([
    '<!-- watpl-disable placeholder-legacy section-structure -->',
    '#Footer',
    'Your code {1} is ready.',
    '<!-- watpl-enable section-structure -->',
    'Reply {2} to stop.',
    '#Examples',
  ]);
  assert.deepEqual(legacyLines(text), []);
  assert.deepEqual(only(text, 'section-structure').map((d) => underlined(text, d)), ['#Examples']);
});

test('suppress: no rule list means every rule', () => {
  const next = withBody(['<!-- watpl-disable-next-line -->', '#Footer', '<!-- watpl-disable-next-line -->', 'Your code {1} is ready.', 'Order {2} has shipped.']);
  assert.deepEqual(legacyLines(next), ['{2}']);
  assert.deepEqual(only(next, 'section-structure'), []);
  const line = withBody(['Your code {1} is ready. <!-- watpl-disable-line -->', 'Order {2} has shipped.']);
  assert.deepEqual(legacyLines(line), ['{2}']);
  const block = withBody(['<!-- watpl-disable -->', '#Footer', 'Your code {1} is ready.', '<!-- watpl-enable -->', 'Order {2} has shipped.', '#Buttons']);
  assert.deepEqual(legacyLines(block), ['{2}']);
  assert.deepEqual(only(block, 'section-structure').map((d) => underlined(block, d)), ['#Buttons']);
});

test('suppress: enable without a list closes every open block', () => {
  const text = withBody(['<!-- watpl-disable placeholder-legacy -->', 'Order {1} has shipped.', '<!-- watpl-enable -->', 'Reply {2} to stop.']);
  assert.deepEqual(legacyLines(text), ['{2}']);
});

test('suppress: the front-matter disable list switches rules off for the whole file', () => {
  const text = withBody(['Your code {1} is ready.', '#Footer'], 'disable: [placeholder-legacy]');
  assert.deepEqual(legacyLines(text), []);
  assert.equal(only(text, 'section-structure').length, 1);
  const block = withBody(['Your code {1} is ready.'], 'disable:\n  - section-structure\n  - placeholder-legacy');
  assert.deepEqual(legacyLines(block), []);
});

test('suppress: problems with the switches themselves are never switched off', () => {
  const text = withBody(['<!-- watpl-disable-next-line -->', 'Your code {1} is ready. <!-- watpl-disable-line no-such-rule -->'], 'disable: [unknown-rule-id, made-up]');
  const ds = lint(text).filter((d) => d.rule === 'unknown-rule-id');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['made-up', 'no-such-rule']);
});
