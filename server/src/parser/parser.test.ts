import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from './parse';

test('parser: an unclosed {{ followed by punctuation or long text is a syntax problem on the braces alone', () => {
  const text = '---\nname: a\nlanguage: en\ncategory: utility\n---\nHi {{name, welcome and {{ there\n';
  const t = parseTemplate(text);
  assert.deepEqual(t.malformed.map((m) => [m.problem, m.raw, text.slice(m.span.start, m.span.end), m.suggestion]), [
    ['syntax', '{{', '{{', null],
    ['syntax', '{{ there', '{{ there', '{{there}}'],
  ]);
  assert.deepEqual(t.placeholders, []);
});

test('parser: the fast YAML reader leaves keys YAML reads as booleans or null to the library (found by test/property.test.ts)', () => {
  const text = '---\nname: a\nlanguage: en\ncategory: utility\n---\nHi {{x}}, thanks.\n\n# Examples\nTrue: Maria\nx: 1\n';
  const t = parseTemplate(text);
  // The YAML library reads `True` as the boolean true, so the key is "true", not "True".
  assert.deepEqual(t.examples.map((e) => e.key), ['true', 'x']);
});

test('parser: a flow list item "-" is not read as a plain string by the fast YAML reader (found by test/property.test.ts)', () => {
  const t = parseTemplate('---\nname: a\nlanguage: en\ncategory: utility\ndisable: [-]\n---\nHi there.\n');
  assert.ok(t.issues.some((i) => i.rule === 'front-matter' && /not valid YAML/.test(i.message)), JSON.stringify(t.issues));
});

test('parser: a lone \\r at the very end of a YAML block is part of the value, as the YAML library reads it (found by test/property.test.ts)', () => {
  const t = parseTemplate('---\nname: a\nlanguage: en\ncategory: utility\n---\nHi {{x}}, thanks.\n\n# Examples\nx: Maria\r');
  assert.deepEqual(t.examples.map((e) => e.value), ['Maria\r']);
});

test('parser: the fast YAML reader strips only spaces and tabs, as YAML does, not U+FEFF (found by test/property.test.ts)', () => {
  const t = parseTemplate('---\nname: a\nlanguage: en\ncategory: utility\ndisable: [\ufeff]\n---\nHi there.\n');
  assert.deepEqual(t.frontMatter?.entries.find((e) => e.key === 'disable')?.value, ['\ufeff']);
});
