import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const BODY = 'Hi {{first_name}}, your order has shipped and will arrive within three working days.';

test('unknown-rule-id: a valid template, and switches naming real rules, get no diagnostic', () => {
  assert.deepEqual(only(template(), 'unknown-rule-id'), []);
  const text = template({ extra: 'disable: [blank-lines]', body: `<!-- watpl-disable-next-line placeholder-density, blank-lines -->\n${BODY}\n<!-- watpl-disable -->` });
  assert.deepEqual(only(text, 'unknown-rule-id'), []);
});

test('unknown-rule-id: an unknown id in a disable comment is a warning on the id', () => {
  const text = template({ body: `<!-- watpl-disable-next-line placeholder-densty -->\n${BODY}` });
  const [d] = only(text, 'unknown-rule-id');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), 'placeholder-densty');
  assert.match(d.message, /"placeholder-densty" is not a watpl rule, so nothing is switched off/);
});

test('unknown-rule-id: every kind of switch is checked, each id on its own', () => {
  const text = template({ body: `${BODY} <!-- watpl-disable-line foo -->\n<!-- watpl-disable blank-lines,bar -->\n<!-- watpl-enable baz -->` });
  assert.deepEqual(only(text, 'unknown-rule-id').map((d) => underlined(text, d)), ['foo', 'bar', 'baz']);
});

test('unknown-rule-id: an unknown id in the front-matter disable list is underlined in the list', () => {
  const text = template({ extra: 'disable: [blank-lines, blank, made-up]' });
  assert.deepEqual(only(text, 'unknown-rule-id').map((d) => underlined(text, d)), ['blank', 'made-up']);
  const [d] = only(text, 'unknown-rule-id');
  assert.equal(d.span.start, text.indexOf(', blank,') + 2);
  const twice = template({ extra: 'disable: [nope, nope, ""]' });
  const spans = only(twice, 'unknown-rule-id').map((x) => x.span.start);
  assert.equal(new Set(spans).size, 3);
  const block = template({ extra: 'disable:\n  - blank-lines\n  - nope' });
  assert.deepEqual(only(block, 'unknown-rule-id').map((x) => underlined(block, x)), ['nope']);
});

test('unknown-rule-id: ordinary comments and look-alike words are not switches', () => {
  const text = template({ body: `<!-- watpl-disabled foo -->\n<!-- please watpl-disable bar -->\n${BODY}` });
  assert.deepEqual(only(text, 'unknown-rule-id'), []);
});
