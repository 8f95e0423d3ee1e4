import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const TRACK = '- [Track order](https://shop.example.com/track)';
const CALL = '- [Call us](tel:+31201234567)';

test('button-grouping: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'button-grouping'), []);
});

test('button-grouping: quick replies all before or all after the others are fine', () => {
  for (const buttons of [['- Yes', '- No', TRACK, CALL], [TRACK, CALL, '- Yes', '- No'], ['- Yes', '- No'], [TRACK, CALL]]) {
    assert.deepEqual(only(template({ buttons }), 'button-grouping'), [], buttons.join(' '));
  }
});

test('button-grouping: a stray quick reply is reported and moved next to the others', () => {
  const text = template({ buttons: ['- Yes', TRACK, '- No'] });
  const [d] = only(text, 'button-grouping');
  assert.equal(underlined(text, d), TRACK);
  assert.equal(d.severity, 'error');
  assert.match(d.message, /"Track order" comes between "Yes" and "No"/);
  assert.equal(d.fix?.title, 'Group quick replies');
  assert.equal(fixAndRecheck(text, 'button-grouping'), template({ buttons: ['- Yes', '- No', TRACK] }));
});

test('button-grouping: quick replies between other buttons move after them, keeping order', () => {
  const text = template({ buttons: [TRACK, '- Yes', '- No', CALL] });
  const [d] = only(text, 'button-grouping');
  assert.equal(underlined(text, d), '- Yes');
  assert.match(d.message, /"Yes" comes between "Track order" and "Call us"/);
  assert.equal(fixAndRecheck(text, 'button-grouping'), template({ buttons: [TRACK, CALL, '- Yes', '- No'] }));
});

test('button-grouping: the fix keeps the order among quick replies and among other buttons', () => {
  const text = template({ buttons: ['- A', '- B', TRACK, '- C', CALL, '- D'] });
  assert.equal(fixAndRecheck(text, 'button-grouping'), template({ buttons: ['- A', '- B', '- C', '- D', TRACK, CALL] }));
});

test('button-grouping: the fix picks the side that changes fewer lines', () => {
  const text = template({ buttons: [TRACK, '- A', CALL, '- B', '- C'] });
  assert.equal(fixAndRecheck(text, 'button-grouping'), template({ buttons: [TRACK, CALL, '- A', '- B', '- C'] }));
});

test('button-grouping: identical lines are not rewritten', () => {
  const text = template({ buttons: ['- Yes', CALL, '- Stop', '- Stop'] });
  const [d] = only(text, 'button-grouping');
  assert.equal(d.fix?.edits.length, 2);
  assert.equal(fixAndRecheck(text, 'button-grouping'), template({ buttons: ['- Yes', '- Stop', '- Stop', CALL] }));
});

test('button-grouping: a last line without a line break keeps the file end as it was', () => {
  const buttons = ['- Yes', TRACK, '- No'];
  const body = 'Your order has shipped and will arrive within three working days.';
  const text = template({ body, examples: {}, buttons }).replace(/\n$/, '');
  assert.ok(text.endsWith('- No'));
  const expected = template({ body, examples: {}, buttons: ['- Yes', '- No', TRACK] }).replace(/\n$/, '');
  assert.equal(fixAndRecheck(text, 'button-grouping'), expected);
});

test('button-grouping: CRLF line breaks, comments and blank lines stay where they are', () => {
  const buttons = ['- Yes <!-- keep -->', '', '<!-- note -->', TRACK, '- No'];
  const text = template({ buttons }).replace(/\n/g, '\r\n');
  const expected = template({ buttons: ['- Yes <!-- keep -->', '', '<!-- note -->', '- No', TRACK] }).replace(/\n/g, '\r\n');
  assert.equal(fixAndRecheck(text, 'button-grouping'), expected);
});
