import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineBlock, lineBlocks, parseInline, urlEnd, type InlineNode } from './formatting';

/** A compact picture of a tree: text as "quoted", formatting as kind(children). */
function show(text: string, nodes: InlineNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? JSON.stringify(text.slice(n.start, n.end)) : `${n.kind}(${show(text, n.children)})`)).join(' ');
}

const CASES: [string, string][] = [
  ['plain text', '"plain text"'],
  ['', ''],
  ['*bold*', 'bold("bold")'],
  ['_italic_', 'italic("italic")'],
  ['~strike~', 'strike("strike")'],
  ['```mono```', 'monospace("mono")'],
  ['`code`', 'code("code")'],
  ['hi *there* you', '"hi " bold("there") " you"'],
  ['*_both_*', 'bold(italic("both"))'],
  ['_*both*_', 'italic(bold("both"))'],
  ['*bold _and italic_ text*', 'bold("bold " italic("and italic") " text")'],
  ['*two words*', 'bold("two words")'],
  ['(*aside*)', '"(" bold("aside") ")"'],
  ['*done*.', 'bold("done") "."'],
  ['5*3*2', '"5*3*2"'],
  ['a * b * c', '"a * b * c"'],
  ['* not bold*', '"* not bold*"'],
  ['*not bold *', '"*not bold *"'],
  ['snake_case_name', '"snake_case_name"'],
  ['un*bold*ed', '"un*bold*ed"'],
  ['*lonely', '"*lonely"'],
  ['**', '"**"'],
  ['***', '"***"'],
  ['*a*b*', 'bold("a*b")'],
  ['*one\ntwo*', '"*one\\ntwo*"'],
  ['*one*\n*two*', 'bold("one") "\\n" bold("two")'],
  ['*a _b* c_', 'bold("a _b") " c_"'],
  ['`*not bold*`', 'code("*not bold*")'],
  ['```*not _bold_*```', 'monospace("*not _bold_*")'],
  ['*a `b` c*', 'bold("a " code("b") " c")'],
  ['`unclosed *bold*', '"`unclosed " bold("bold")'],
  ['{{first_name}}', '"{{first_name}}"'],
  ['_{{first_name}}_', 'italic("{{first_name}}")'],
  ['Hi {{first_name}}, _{{last_name}}', '"Hi {{first_name}}, _{{last_name}}"'],
  ['*{{order_id}}*', 'bold("{{order_id}}")'],
  ['`{{a`b}}`', 'code("{{a`b}}")'],
  ['~*~', 'strike("*")'],
  ['*🎉*', 'bold("🎉")'],
  ['é*gras*', '"é*gras*"'],
  ['«*gras*»', '"«" bold("gras") "»"'],
  ['{{a}}*{{b}}*', '"{{a}}*{{b}}*"'],
  ['*a*{{b}}', '"*a*{{b}}"'],
  ['{{a}}_b_ _c_', '"{{a}}_b_ " italic("c")'],
  ['*{{a}}* *{{b}}*', 'bold("{{a}}") " " bold("{{b}}")'],
  ['https://example.com/_a_b_', '"https://example.com/_a_b_"'],
  ['see www.example.com/*sale* now', '"see www.example.com/*sale* now"'],
  ['*https://example.com*', 'bold("https://example.com")'],
  ['_visit https://example.com/a_b_', 'italic("visit https://example.com/a_b")'],
  ['(https://example.com/~x~)', '"(https://example.com/~x~)"'],
  ['xhttps://a.com/_b_', '"xhttps://a.com/" italic("b")'],
  ['https://example.com/{{code}}_x_', '"https://example.com/{{code}}_x_"'],
];

for (const [input, expected] of CASES) {
  test(`parseInline: ${JSON.stringify(input)} → ${expected || '(nothing)'}`, () => {
    assert.equal(show(input, parseInline(input)), expected);
  });
}

test('parseInline: nodes carry exact offsets, marks included, and their content range', () => {
  assert.deepEqual(parseInline('a *_b_*'), [
    { kind: 'text', start: 0, end: 2, contentStart: 0, contentEnd: 2, children: [] },
    {
      kind: 'bold', start: 2, end: 7, contentStart: 3, contentEnd: 6, children: [
        { kind: 'italic', start: 3, end: 6, contentStart: 4, contentEnd: 5, children: [
          { kind: 'text', start: 4, end: 5, contentStart: 4, contentEnd: 5, children: [] },
        ] },
      ],
    },
  ]);
  const [mono] = parseInline('```x```');
  assert.deepEqual([mono.start, mono.contentStart, mono.contentEnd, mono.end], [0, 3, 4, 7]);
});

// Speed on such input is measured by npm run bench; here: it finishes and covers the whole text.
test('parseInline: 1 MB of pathological marks parses to nodes covering the text', () => {
  for (const unit of ['*_*_*_', '*_~', '`x', '*a _b ~c ', '{{a', '```*_']) {
    const s = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const nodes = parseInline(s);
    assert.ok(nodes.length > 0);
    assert.equal(nodes[0].start, 0);
    assert.equal(nodes[nodes.length - 1].end, s.length);
  }
});

test('urlEnd: where WhatsApp ends a web address', () => {
  const end = (s: string, i = 0) => { const e = urlEnd(s, i); return e === -1 ? null : s.slice(i, e); };
  assert.equal(end('https://example.com/a.'), 'https://example.com/a');
  assert.equal(end('http://example.com, then'), 'http://example.com');
  assert.equal(end('www.example.com/x?q=1!'), 'www.example.com/x?q=1');
  assert.equal(end('https://en.wikipedia.org/wiki/Foo_(bar)'), 'https://en.wikipedia.org/wiki/Foo_(bar)');
  assert.equal(end('(https://example.com)', 1), 'https://example.com');
  assert.equal(end('https://shop.example.com/track/{{code}}.'), 'https://shop.example.com/track/{{code}}');
  assert.equal(end('https://example.com/a{b'), 'https://example.com/a');
  assert.equal(end('HTTPS://EXAMPLE.COM'), 'HTTPS://EXAMPLE.COM');
  assert.equal(end('xwww.example.com', 1), null);
  assert.equal(end('https:// example.com'), null);
  assert.equal(end('wwwexample'), null);
});

test('lineBlock: quotes, bullets, numbered items and paragraphs', () => {
  assert.deepEqual(lineBlock('> quoted'), { kind: 'quote', markerLength: 2, number: null });
  assert.deepEqual(lineBlock('* item'), { kind: 'bullet', markerLength: 2, number: null });
  assert.deepEqual(lineBlock('- item'), { kind: 'bullet', markerLength: 2, number: null });
  assert.deepEqual(lineBlock('12. item'), { kind: 'numbered', markerLength: 4, number: 12 });
  assert.deepEqual(lineBlock('*bold* line'), { kind: 'paragraph', markerLength: 0, number: null });
  assert.deepEqual(lineBlock('1.5 kg'), { kind: 'paragraph', markerLength: 0, number: null });
  assert.deepEqual(lineBlock('>no space'), { kind: 'paragraph', markerLength: 0, number: null });
});

test('lineBlocks: every line with offsets in the text', () => {
  assert.deepEqual(lineBlocks('Hi\n- a\n1. b'), [
    { kind: 'paragraph', start: 0, end: 2, contentStart: 0, number: null },
    { kind: 'bullet', start: 3, end: 6, contentStart: 5, number: null },
    { kind: 'numbered', start: 7, end: 11, contentStart: 10, number: 1 },
  ]);
});
