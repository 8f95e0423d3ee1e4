import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const BODY = 'Hi {{first_name}}, your order {{order_id}} has shipped and will arrive within three working days.';
const withExamples = (examples: string) => template({ body: BODY, examples });
const values = (text: string) => only(text, 'example-value');

test('example-value: a valid template has no problem', () => {
  assert.deepEqual(values(template()), []);
  assert.deepEqual(values(withExamples('first_name: Maria van der Berg\norder_id: "0123"')), []);
});

test('example-value: a tab or 5+ spaces is underlined exactly, and the fix makes it one space', () => {
  const text = withExamples('first_name: Maria\tJansen\norder_id: A     12    3');
  const ds = values(text);
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['\t', '     ']);
  assert.match(ds[0].message, /^The example for first_name holds a tab: Meta refuses a parameter with a newline, a tab or more than 4 consecutive spaces \(error 132018\)/);
  assert.match(ds[1].message, /holds 5 spaces in a row/);
  assert.equal(ds[0].severity, 'warning');
  assert.equal(fixAndRecheck(text, 'example-value'), withExamples('first_name: Maria Jansen\norder_id: A     12    3'));
});

test('example-value: inside quotes the offsets still point at the characters', () => {
  const text = withExamples('first_name: "Maria      Jansen"\norder_id: "0123"');
  const [d] = values(text);
  assert.equal(underlined(text, d), '      ');
  assert.equal(fixAndRecheck(text, 'example-value'), withExamples('first_name: "Maria Jansen"\norder_id: "0123"'));
});

test('example-value: a line break (block scalar or escape) is reported on the whole value, without a fix', () => {
  const block = withExamples('first_name: |\n  Maria\n  Jansen\norder_id: "0123"');
  const [d] = values(block);
  assert.equal(underlined(block, d), '|\n  Maria\n  Jansen\n');
  assert.match(d.message, /holds a line break: /);
  assert.equal(d.fix, undefined);
  const escaped = withExamples('first_name: "Maria\\nJansen\\tX"\norder_id: "0123"');
  const [e] = values(escaped);
  assert.equal(underlined(escaped, e), '"Maria\\nJansen\\tX"');
  assert.match(e.message, /holds a line break and a tab: /);
});

test('example-value: four spaces, or a folded multi-line plain value, can be sent', () => {
  assert.deepEqual(values(withExamples('first_name: Maria    Jansen\norder_id: "0123"')), []);
  assert.deepEqual(values(withExamples('first_name: Maria\n  Jansen\norder_id: "0123"')), []);
});

test('example-value: an empty example is reported on its key, an empty quoted one on the quotes', () => {
  const text = withExamples('first_name:\norder_id: ""');
  const ds = values(text);
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['first_name', '""']);
  assert.equal(ds[0].message, 'The example for first_name is empty: Meta requires a sample value for every placeholder. Write a realistic value after "first_name:".');
  assert.equal(ds[0].fix, undefined);
});

test('example-value: a value YAML turns into another number gets quoted as written', () => {
  const text = withExamples('first_name: Maria\norder_id: 0123');
  const [d] = values(text);
  assert.equal(underlined(text, d), '0123');
  assert.equal(d.message, 'YAML reads 0123 as the number 123, so Meta would get "123" instead of "0123". Quote it: "0123".');
  assert.equal(fixAndRecheck(text, 'example-value'), withExamples('first_name: Maria\norder_id: "0123"'));
});

test('example-value: floats, yes/no values and null written another way are quoted too', () => {
  for (const [source, read] of [['1.50', /the number 1\.5,/], ['True', /the yes\/no value true,/], ['~', /nothing \(null\)/]] as const) {
    const text = withExamples(`first_name: Maria\norder_id: ${source}`);
    const [d] = values(text);
    assert.match(d.message, read, source);
    assert.equal(fixAndRecheck(text, 'example-value'), withExamples(`first_name: Maria\norder_id: "${source}"`));
  }
});

test('example-value: a number or yes/no that YAML keeps as written is sent unchanged and not reported', () => {
  assert.deepEqual(values(withExamples('first_name: Maria\norder_id: 12345')), []);
  assert.deepEqual(values(withExamples('first_name: true\norder_id: 12')), []);
});
