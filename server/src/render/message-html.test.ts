import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hydrate, type Slot } from './hydrate';
import { messageHtml, plainHtml } from './message-html';

/** Slots for every `{{name}}` of a text, valued from `values` (a missing key: no example). */
function slots(text: string, values: Record<string, string>): Slot[] {
  return [...text.matchAll(/\{\{([a-z0-9_]+)\}\}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: values[m[1]] ?? null }));
}

const body = (text: string, values: Record<string, string> = {}, raw = false) => messageHtml(hydrate(text, slots(text, values), raw));
const L = (html: string) => `<div class="wa-l" dir="auto">${html}</div>`;
const LI = (marker: string, html: string) => `<div class="wa-l wa-li" dir="auto"><span class="wa-mk">${marker}</span><span class="wa-lc">${html}</span></div>`;
const Q = (...lines: string[]) => `<div class="wa-q">${lines.join('')}</div>`;
const EX = (name: string, value: string) => `<mark class="wa-ex" title="Example value of {{${name}}}">${value}</mark>`;
const PH = (name: string) => `<span class="wa-ph">{{${name}}}</span>`;
const GAP = (name: string) => `<span class="wa-gap" title="{{${name}}} has no example value">${name}</span>`;
const A = (url: string, html = url) => `<a class="wa-a" title="${url}">${html}</a>`;

/** WhatsApp's behaviour: marks hug a word, never span a line break, nest, and stay literal when unmatched. */
const CASES: [string, Record<string, string>, boolean, string][] = [
  ['plain text', {}, false, L('plain text')],
  ['*bold*', {}, false, L('<strong>bold</strong>')],
  ['_italic_', {}, false, L('<em>italic</em>')],
  ['~strike~', {}, false, L('<s>strike</s>')],
  ['```mono```', {}, false, L('<code class="wa-mono">mono</code>')],
  ['`code`', {}, false, L('<code class="wa-code">code</code>')],
  ['*bold _and italic_ text*', {}, false, L('<strong>bold <em>and italic</em> text</strong>')],
  ['~_*all three*_~', {}, false, L('<s><em><strong>all three</strong></em></s>')],
  ['5*3*2', {}, false, L('5*3*2')],
  ['a *b c * d', {}, false, L('a *b c * d')],
  ['un*bold*ed', {}, false, L('un*bold*ed')],
  ['snake_case_name', {}, false, L('snake_case_name')],
  ['*lonely', {}, false, L('*lonely')],
  ['*one\ntwo*', {}, false, L('*one') + L('two*')],
  ['*a _b* c_', {}, false, L('<strong>a _b</strong> c_')],
  ['`*not bold*`', {}, false, L('<code class="wa-code">*not bold*</code>')],
  ['```*not _bold_*```', {}, false, L('<code class="wa-mono">*not _bold_*</code>')],
  ['(*aside*).', {}, false, L('(<strong>aside</strong>).')],
  ['a\n\nb', {}, false, L('a') + L('<br>') + L('b')],
  ['> quoted *text*', {}, false, Q(L('quoted <strong>text</strong>'))],
  ['> a\n> b\nc', {}, false, Q(L('a'), L('b')) + L('c')],
  ['>no space', {}, false, L('&gt;no space')],
  ['- one\n* two', {}, false, LI('•', 'one') + LI('•', 'two')],
  ['* not bold*', {}, false, LI('•', 'not bold*')],
  ['1. first\n2. *second*', {}, false, LI('1.', 'first') + LI('2.', '<strong>second</strong>')],
  ['10. ten', {}, false, LI('10.', 'ten')],
  ['1.5 kg', {}, false, L('1.5 kg')],
  ['Hi {{name}}!', { name: 'Maria' }, false, L(`Hi ${EX('name', 'Maria')}!`)],
  ['*{{name}}*', { name: 'Maria' }, false, L(`<strong>${EX('name', 'Maria')}</strong>`)],
  ['_{{name}}', { name: 'Maria' }, false, L(`_${EX('name', 'Maria')}`)],
  ['Code {{code}}', { code: '*A1*' }, false, L(`Code <strong>${EX('code', 'A1')}</strong>`)],
  ['Hi {{name}}, bye', {}, false, L(`Hi ${GAP('name')}, bye`)],
  ['*{{name}}*', {}, false, L(`<strong>${GAP('name')}</strong>`)],
  ['Hi *{{name}}*', { name: 'Maria' }, true, L(`Hi <strong>${PH('name')}</strong>`)],
  ['_{{a_b}}_', {}, true, L(`<em>${PH('a_b')}</em>`)],
  ['_{{a_b}}_', { a_b: 'V' }, false, L(`<em>${EX('a_b', 'V')}</em>`)],
  ['{{a}}*{{b}}*', { a: 'x', b: 'y' }, true, L(`${PH('a')}*${PH('b')}*`)],
  ['See https://example.com/a_b_c.', {}, false, L(`See ${A('https://example.com/a_b_c')}.`)],
  ['www.example.com/*x* and _y_', {}, false, L(`${A('www.example.com/*x')}* and <em>y</em>`)],
  ['*https://example.com*', {}, false, L(`<strong>${A('https://example.com')}</strong>`)],
  ['Track https://x.com/t/{{code}} now', { code: 'ZX81-9' }, false, L(`Track ${A('https://x.com/t/ZX81-9', `https://x.com/t/${EX('code', 'ZX81-9')}`)} now`)],
  ['Track https://x.com/t/{{code}}', {}, true, L(`Track ${A('https://x.com/t/{{code}}', `https://x.com/t/${PH('code')}`)}`)],
  ['`https://example.com`', {}, false, L('<code class="wa-code">https://example.com</code>')],
  ['javascript:alert(1)', {}, false, L('javascript:alert(1)')],
  ['<b>&amp;</b>', {}, false, L('&lt;b&gt;&amp;amp;&lt;/b&gt;')],
  [`say "hi" it's`, {}, false, L('say &quot;hi&quot; it&#39;s')],
  ['Hi {{name}}', { name: '<img src=x onerror=alert(1)>' }, false, L(`Hi ${EX('name', '&lt;img src=x onerror=alert(1)&gt;')}`)],
];

for (const [input, values, raw, expected] of CASES) {
  test(`messageHtml: ${JSON.stringify(input)}${raw ? ' (raw)' : ''} ${JSON.stringify(values)}`, () => {
    assert.equal(body(input, values, raw), expected);
  });
}

test('plainHtml: header and footer text is escaped and marked, never formatted', () => {
  const text = 'Order {{id}} *now* <b>';
  assert.equal(plainHtml(hydrate(text, slots(text, { id: '0123' }), false)), `Order ${EX('id', '0123')} *now* &lt;b&gt;`);
  assert.equal(plainHtml(hydrate(text, slots(text, {}), false)), `Order ${GAP('id')} *now* &lt;b&gt;`);
});

test('hydrate: values, gaps and raw placeholders with their places in the new text', () => {
  const text = 'Hi {{a}} and {{b}}.';
  assert.deepEqual(hydrate(text, slots(text, { a: 'Ann' }), false), {
    text: 'Hi Ann and {{b}}.',
    marks: [
      { start: 3, end: 6, kind: 'value', placeholder: '{{a}}' },
      { start: 11, end: 16, kind: 'gap', placeholder: '{{b}}' },
    ],
  });
  assert.equal(hydrate(text, slots(text, { a: '' }), false).marks[0].kind, 'gap');
  assert.deepEqual(hydrate(text, slots(text, { a: 'Ann', b: 'Bo' }), true).marks.map((m) => m.kind), ['raw', 'raw']);
});
