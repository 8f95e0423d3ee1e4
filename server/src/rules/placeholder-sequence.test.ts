import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../parser/parse';
import { fixAndRecheck, only, template, underlined } from '../testing/support';
import { canonicalExampleKey, exampleKey } from './util/examples';

/** example-missing and example-unused findings, plus a direct check that placeholders and example keys match one to one. */
function exampleRules(text: string): unknown[] {
  const t = parseTemplate(text);
  const used = new Set(t.placeholders.map(exampleKey));
  const given = new Set(t.examples.map((e) => canonicalExampleKey(e.key)));
  assert.deepEqual([...used].sort(), [...given].sort());
  return [...only(text, 'example-missing'), ...only(text, 'example-unused')];
}

/** Fixes, and checks that the result has no sequence or example problem left. */
function fixClean(text: string, left = 0): string {
  const edits = [...only(text, 'placeholder-sequence')[0].fix!.edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end <= edits[i].span.start, 'edits overlap');
  const out = fixAndRecheck(text, 'placeholder-sequence');
  assert.equal(only(out, 'placeholder-sequence').length, left);
  assert.deepEqual(exampleRules(out), []);
  return out;
}

test('placeholder-sequence: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-sequence'), []);
  const text = template({ body: 'Hi {{1}}, order {{2}} ships on {{3}}; {{1}} can track it online.', examples: { '1': 'Maria', '2': '42', '3': 'Friday' } });
  assert.deepEqual(only(text, 'placeholder-sequence'), []);
});

test("placeholder-sequence: Meta's listed rejection {{1}} {{2}} {{5}} {{4}} is caught on {{5}}", () => {
  const text = template({ body: 'Hi {{1}}, a {{2}} b {{5}} c {{4}} d.', examples: { '1': 'a', '2': 'b', '5': 'c', '4': 'd' } });
  const ds = only(text, 'placeholder-sequence');
  assert.equal(ds.length, 1);
  assert.equal(underlined(text, ds[0]), '{{5}}');
  assert.match(ds[0].message, /is used but \{\{3\}\} is missing/);
});

test('placeholder-sequence: order of first use, and gaps, with the message naming both numbers', () => {
  const swapped = template({ body: 'Hi {{1}}, order {{3}} ships on {{2}} today.' });
  const [d] = only(swapped, 'placeholder-sequence');
  assert.equal(underlined(swapped, d), '{{3}}');
  assert.match(d.message, /Placeholder \{\{3\}\} comes before \{\{2\}\}: Meta rejects numbers that are not sequential/);
  const gap = template({ body: 'Hi {{1}}, your order ships on {{3}} today.' });
  const [g] = only(gap, 'placeholder-sequence');
  assert.equal(underlined(gap, g), '{{3}}');
  assert.match(g.message, /\{\{3\}\} is used but \{\{2\}\} is missing/);
  const start = template({ body: 'Hi {{2}}, your order ships today.' });
  assert.match(only(start, 'placeholder-sequence')[0].message, /\{\{2\}\} is used but \{\{1\}\} is missing/);
});

test('placeholder-sequence: fix renumbers all placeholders in order of first use and renames bare example keys', () => {
  const text = template({ body: 'Hi {{1}}, order {{3}} ships on {{2}}; {{3}} is paid.', examples: '1: Maria\n2: Friday\n3: "42"' });
  const want = template({ body: 'Hi {{1}}, order {{2}} ships on {{3}}; {{2}} is paid.', examples: '1: Maria\n3: Friday\n2: "42"' });
  assert.equal(fixClean(text), want);
});

test('placeholder-sequence: fix closes gaps and keeps the body.N key style', () => {
  const text = template({ body: 'Hi {{1}}, a {{2}} b {{5}} c {{4}} d.', examples: { 'body.1': 'a', 'body.2': 'b', 'body.5': 'c', 'body.4': 'd' } });
  const want = template({ body: 'Hi {{1}}, a {{2}} b {{3}} c {{4}} d.', examples: { 'body.1': 'a', 'body.2': 'b', 'body.3': 'c', 'body.4': 'd' } });
  assert.equal(fixClean(text), want);
});

test('placeholder-sequence: header, body and each URL button count separately', () => {
  const ok = template({
    header: 'Order {{1}}',
    body: 'Hi {{1}}, order {{2}} has shipped today.',
    buttons: ['- [Track](https://x.com/{{1}})', '- [Invoice](https://x.com/invoice/{{1}})'],
    examples: { 'header.1': '42', '1': 'Maria', '2': '42', 'button1.1': 'a', 'button2.1': 'b' },
  });
  assert.deepEqual(only(ok, 'placeholder-sequence'), []);
  const text = template({
    header: 'Order {{2}}',
    body: 'Hi {{1}}, order {{2}} has shipped today.',
    buttons: ['- Stop', '- [Track](https://x.com/{{3}})'],
    examples: { 'header.2': '42', '1': 'Maria', '2': '42', 'button2.3': 'abc' },
  });
  const ds = only(text, 'placeholder-sequence');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{2}}', '{{3}}']);
  assert.match(ds[0].message, /the header/);
  assert.match(ds[1].message, /button 2's URL/);
  const header = fixClean(text, 1);
  assert.equal(header, text.replace('Order {{2}}', 'Order {{1}}').replace('header.2:', 'header.1:'));
  const both = fixClean(header);
  assert.equal(both, header.replace('x.com/{{3}}', 'x.com/{{1}}').replace('button2.3:', 'button2.1:'));
});

test('placeholder-sequence: no fix when a renamed example key would collide with an unused one', () => {
  const text = template({ body: 'Hi {{1}}, your order ships on {{3}} today.', examples: { '1': 'a', '2': 'b', '3': 'c' } });
  const [d] = only(text, 'placeholder-sequence');
  assert.equal(d.fix, undefined);
});

test('placeholder-sequence: named placeholders and the footer are not its business', () => {
  assert.deepEqual(only(template({ body: 'Hi {{name}}, order {{order_id}} has shipped.' }), 'placeholder-sequence'), []);
  assert.deepEqual(only(template({ body: 'Hi {{1}}, your order has shipped.', footer: 'Ref {{3}} here' }), 'placeholder-sequence'), []);
});

test('placeholder-sequence: exact ranges and fix with emoji, comments and CRLF', () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  const text = crlf(template({ body: '🎉 Hi {{1}},\n<!-- why -->your order {{3}} <!-- x --> ships on {{2}}.', examples: '1: a\n2: b\n3: c' }));
  const [d] = only(text, 'placeholder-sequence');
  assert.equal(underlined(text, d), '{{3}}');
  const want = crlf(template({ body: '🎉 Hi {{1}},\n<!-- why -->your order {{2}} <!-- x --> ships on {{3}}.', examples: '1: a\n3: b\n2: c' }));
  assert.equal(fixClean(text), want);
});
