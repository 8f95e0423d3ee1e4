import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

// 'Hi {{first_name}}, ' (19) + filler + ' and {{city}}.' (14) = 33 + filler characters as written.
// Filled in: {{first_name}} (14) → 'Maria Magdalena' (15), {{city}} (8) → 'Llanfairpwllgwyngyll' (20): 13 more.
const EXAMPLES = { first_name: 'Maria Magdalena', city: 'Llanfairpwllgwyngyll' };
const bodyOf = (raw: number) => `Hi {{first_name}}, ${'a'.repeat(raw - 33)} and {{city}}.`;
const hydrated = (text: string) => only(text, 'length-hydrated');

test('length-hydrated: a valid template has no problem', () => {
  assert.deepEqual(hydrated(template()), []);
});

test('length-hydrated: under the limit as written, over it once filled in: reported on the last placeholder', () => {
  const text = template({ body: bodyOf(1020), examples: EXAMPLES });
  const [d] = hydrated(text);
  assert.equal(underlined(text, d), '{{city}}');
  assert.equal(
    d.message,
    "With its example values filled in, the body is 1,033 characters (1,020 as written); Meta's limit is 1,024, " +
      'and a message that long is refused when it is sent (error 132005). Shorten the text by 9 characters, or the values it will carry.',
  );
  assert.equal(d.severity, 'warning');
  assert.equal(d.fix, undefined);
});

test('length-hydrated: exactly at the limit once filled in is fine', () => {
  assert.deepEqual(hydrated(template({ body: bodyOf(1011), examples: EXAMPLES })), []);
});

test('length-hydrated: a body already over the limit as written is left to length-limit', () => {
  const text = template({ body: bodyOf(1030), examples: EXAMPLES });
  assert.deepEqual(hydrated(text), []);
  assert.equal(only(text, 'length-limit').length, 1);
});

test('length-hydrated: shorter example values can bring it under; a missing example counts as written', () => {
  assert.deepEqual(hydrated(template({ body: bodyOf(1024), examples: { first_name: 'Jo', city: 'Ede' } })), []);
  assert.deepEqual(hydrated(template({ body: bodyOf(1020), examples: { first_name: 'Maria Magdalena' } })), []);
});

test('length-hydrated: positional placeholders with bare example keys', () => {
  const body = `Hi {{1}}, ${'a'.repeat(1024 - 20)} see you.`;
  const text = template({ body, examples: { 1: 'Bartholomew' } });
  const [d] = hydrated(text);
  assert.equal(underlined(text, d), '{{1}}');
  assert.match(d.message, /the body is 1,029 characters \(1,023 as written\)/);
});
