/**
 * Property-based tests of the engine as a whole: the parser and the rules never throw and keep their
 * spans inside the text whatever they are given, fixes are local and make their problem go away, and
 * the fast YAML reader agrees with the YAML library. Run counts keep the file under ~20 s on 2 cores.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isMap, parseDocument } from 'yaml';
import { applyConfig } from '../server/src/config/resolve';
import type { Diagnostic } from '../server/src/lint/diagnostic';
import { applyEdits, fixAll } from '../server/src/lint/fix';
import { lintSet, lintText, type LintResult } from '../server/src/lint/lint';
import type { Fix, Template } from '../server/src/parser/model';
import { parseTemplate } from '../server/src/parser/parse';
import { readSimpleMap } from '../server/src/parser/yaml-lite';

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces that mean something to the parser, so random text often hits its edge cases. */
const TOKENS = [
  '{', '}', '{{', '}}', '{{1}}', '{{2}}', '{{first_name}}', '{1}', '{{ 1 }}', '{{First Name}}', '{{}}', '{{#1}}',
  '*', '_', '~', '`', '```', '-', '- ', '* ', '1. ', '> ', '#', '# ', '# Body', '# Header', '# Footer', '# Buttons',
  '# Examples', '# body', '<!--', '-->', '<!-- watpl-disable-next-line -->', '<!-- watpl-disable placeholder-edge -->',
  '<!-- watpl-enable -->', '---', '...', ':', ': ', '"', "'", '[', ']', '(', ')', '![image](', '![video](x)', '](https://a.example/{{1}})',
  '](tel:+31201234567)', '](otp:copy_code)', '](copy:CODE)', 'name: ', 'language: ', 'category: ', 'en_US', 'utility', 'marketing',
  'authentication', 'TRANSACTIONAL', 'Order-Update', 'allow_category_change: true', '\n', '\n', '\n', '\r\n', '\r', ' ', '  ', '\t',
  '\ud800', '\udc00', '\ud83d\ude00', 'é', 'e\u0301', '\u200b', '\ufeff', '\u2028', 'wa.me/123', 'bit.ly/x', 'free', 'code', '123456',
  // Text that fixable rules recognise.
  'en-US', 'EN_us', 'Shipping Update', 'Transactional', 'shipping_update', '<!-- watpl-disable-next-line no-such-rule -->', '-Stop', '* Stop',
  '- [Site](www.example.com)', '- [Call](tel:0031 20 123 4567)', '- [Call](tel:+31 (0)20 123 4567)', '"a\tb"', '"a     b"', '0123', 'yes',
  '{{1}}.', '\n\n\n\n', 'body.2: x', 'disable: [placeholder-edge]', 'first_name: Maria',
];

const token = fc.constantFrom(...TOKENS);
/** Any single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: codeUnit }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 80 }).map((a) => a.join(''));

const word = fc.constantFrom('Hi', 'your', 'order', 'has', 'shipped', 'today', 'and', 'will', 'arrive', 'soon', 'café', 'naïve', '😀', 'Thanks!', 'tomorrow.', '*soon*', '_really_', '~old~', '`code`', 'https://shop.example.com', '3', '#1');

interface Parts {
  named: boolean;
  example: string;
  name: string;
  language: string;
  category: string;
  header: string | null;
  body: string[][];
  footer: string | null;
  buttons: string[];
  crlf: boolean;
}

const BUTTONS = ['- [Site](www.example.com)', '- [Call](tel:0031 20 123)', '-Stop', '- Stop promotions', '- [Track](https://shop.example.com/t/{{1}})', '- [Call us](tel:+31201234567)', '- [Copy code](copy:SUMMER15)', '- [Code](otp:copy_code)', '- [Book](flow:123)', '- [View catalog](catalog:)', '- Yes'];

const parts: fc.Arbitrary<Parts> = fc.record({
  named: fc.boolean(),
  name: fc.constantFrom('order_update', 'promo_2', 'login_code'),
  language: fc.constantFrom('en_US', 'nl', 'pt_BR', 'en-US', 'NL'),
  category: fc.constantFrom('utility', 'marketing', 'authentication', 'UTILITY', 'TRANSACTIONAL', 'Shipping Update'),
  header: fc.option(fc.constantFrom('Order {{1}}', 'Your order', '*Sale* 😀', '![image](https://a.example/p.png)', '![document](x.pdf)', '![location]()', '![gif](x.gif)'), { nil: null }),
  example: fc.constantFrom('Maria', '"0123"', '0123', 'yes', '"a\tb"', '"a     b"', '"' + 'x'.repeat(300) + '"'),
  body: fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.constant('{{P}}') }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
  footer: fc.option(fc.constantFrom('Reply STOP to opt out', 'Thanks'), { nil: null }),
  buttons: fc.array(fc.constantFrom(...BUTTONS), { maxLength: 4 }),
  crlf: fc.boolean(),
});

/** A (mostly) valid template assembled from parts: placeholders numbered or named, with examples. */
function build(p: Parts): string {
  const examples: string[] = [];
  let n = 0;
  const bodyLines = p.body.map((line) => line.map((w) => {
    if (w !== '{{P}}') return w;
    n++;
    const key = p.named ? ['first_name', 'order_id', 'date'][n % 3] : String(n);
    const exampleKey = p.named ? key : `body.${key}`;
    if (!examples.some((e) => e.startsWith(`${exampleKey}:`))) examples.push(`${exampleKey}: ${n === 1 ? p.example : p.named ? 'Maria' : `"0${n}"`}`);
    return `{{${key}}}`;
  }).join(' '));
  const out = ['---', `name: ${p.name}`, `language: ${p.language}`, `category: ${p.category}`, '---', ''];
  if (p.header) out.push('# Header', p.header.replace('{{1}}', p.named ? '{{order_id}}' : '{{1}}'), '');
  if (p.header?.includes('{{1}}') && !p.named) examples.push('header.1: A12');
  else if (p.header?.includes('{{1}}') && !examples.some((e) => e.startsWith('order_id:'))) examples.push('order_id: A12');
  out.push('# Body', ...bodyLines, '');
  if (p.footer) out.push('# Footer', p.footer, '');
  if (p.buttons.length) out.push('# Buttons', ...p.buttons, '');
  if (examples.length) out.push('# Examples', ...examples, '');
  return out.join(p.crlf ? '\r\n' : '\n');
}

type Mutation = { op: 'insert'; at: number; text: string } | { op: 'delete'; at: number; length: number } | { op: 'line'; kind: 'delete' | 'duplicate' | 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, codeUnit) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('line' as const), kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'insert' as const), at: fc.nat(), text: token }),
);

function mutate(text: string, m: Mutation): string {
  if (m.op === 'insert') {
    const i = m.at % (text.length + 1);
    return text.slice(0, i) + m.text + text.slice(i);
  }
  if (m.op === 'delete') {
    const i = m.at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + m.length);
  }
  const lines = text.split('\n');
  const l = m.at % lines.length;
  if (m.kind === 'delete') lines.splice(l, 1);
  else if (m.kind === 'duplicate') lines.splice(l, 0, lines[l]);
  else lines.splice(l, 0, m.text);
  return lines.join('\n');
}

const validTemplate = parts.map(build);
const mutatedTemplate = fc.tuple(parts, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([p, ms]) => ms.reduce(mutate, build(p)));
/** Arbitrary strings, valid templates and mutated ones. */
const anyInput = fc.oneof({ weight: 1, arbitrary: anyText }, { weight: 1, arbitrary: validTemplate }, { weight: 3, arbitrary: mutatedTemplate });

// ---------------------------------------------------------------------------------------------
// Checks

function assertParsedCleanly(t: Template): void {
  const crash = t.issues.find((i) => i.message.includes('could not read this file'));
  assert.equal(crash, undefined, `the parser threw: ${crash?.message}`);
}

function assertNoFailures(r: LintResult): void {
  assert.deepEqual(r.failures.map((f) => `${f.rule}: ${f.error.split('\n').slice(0, 3).join(' | ')}`), []);
}

function assertSpanIn(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: span is not integral ${JSON.stringify(span)}`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: span ${JSON.stringify(span)} outside 0..${text.length}`);
}

/** A fix's edits are inside the text and do not overlap one another (two insertions at one point are fine). */
function assertFixWellFormed(text: string, d: Diagnostic): void {
  const edits = [...d.fix!.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (const e of edits) assertSpanIn(text, e.span, `${d.rule} fix`);
  for (let i = 1; i < edits.length; i++) {
    assert.ok(edits[i].span.start >= edits[i - 1].span.end, `${d.rule}: fix "${d.fix!.title}" has overlapping edits`);
  }
}

/** The text outside a fix's edits, in order: what the fix must keep. */
function untouched(text: string, fix: Fix): string[] {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  const out: string[] = [];
  let pos = 0;
  for (const e of edits) {
    out.push(text.slice(pos, e.span.start));
    pos = e.span.end;
  }
  out.push(text.slice(pos));
  return out;
}

function lintChecked(text: string): LintResult {
  const r = lintText(text);
  assertParsedCleanly(r.template);
  assertNoFailures(r);
  return r;
}

const sameFix = (a: Fix | undefined, b: Fix) => a !== undefined && a.title === b.title && JSON.stringify(a.edits) === JSON.stringify(b.edits);

/**
 * Whether the same fix may rightly be offered again after it ran: when it replaced or removed text and
 * identical text now sits in the same place (two identical lines, each a problem of its own).
 */
function sameTextAgain(before: string, after: string, fix: Fix): boolean {
  return fix.edits.every((e) => e.span.end > e.span.start && after.slice(e.span.start, e.span.end) === before.slice(e.span.start, e.span.end));
}

// ---------------------------------------------------------------------------------------------
// Properties

test('property: parseTemplate and lintText never throw and no rule fails, on any input', () => {
  fc.assert(
    fc.property(anyInput, (text) => {
      assertParsedCleanly(parseTemplate(text));
      lintChecked(text);
    }),
    { numRuns: 700 },
  );
});

test('property: every diagnostic span and fix edit lies within the text, start <= end', () => {
  fc.assert(
    fc.property(anyInput, (text) => {
      for (const d of lintChecked(text).diagnostics) {
        assertSpanIn(text, d.span, d.rule);
        if (d.fix) assertFixWellFormed(text, d);
      }
    }),
    { numRuns: 500 },
  );
});

test('property: each fix on its own keeps all other text and removes its own problem', () => {
  fc.assert(
    fc.property(anyInput, (text) => {
      for (const d of lintChecked(text).diagnostics) {
        if (!d.fix) continue;
        assertFixWellFormed(text, d);
        const out = applyEdits(text, d.fix.edits);
        // Every piece of text outside the edits is still there, in order.
        let pos = 0;
        for (const piece of untouched(text, d.fix)) {
          const at = out.indexOf(piece, pos);
          assert.ok(at !== -1, `${d.rule}: fix "${d.fix.title}" lost text ${JSON.stringify(piece)}`);
          pos = at + piece.length;
        }
        if (sameTextAgain(text, out, d.fix)) continue;
        const again = lintChecked(out).diagnostics.find((e) => e.rule === d.rule && sameFix(e.fix, d.fix!));
        assert.equal(again, undefined, `${d.rule}: fix "${d.fix.title}" did not remove its problem:\n${JSON.stringify(out)}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: fixAll terminates, never throws, and leaves no fix behind', () => {
  fc.assert(
    fc.property(anyInput, (text) => {
      const result = fixAll(text, (t) => lintChecked(t).diagnostics);
      assert.ok(result.passes < 10, `fixAll did not settle in 10 passes: ${JSON.stringify(text)}`);
      // fixAll stops when no fix is left or when its fixes change nothing: a fix still offered is one that does not work.
      const left = lintChecked(result.text).diagnostics.filter((d) => d.fix).map((d) => `${d.rule}: ${d.fix!.title}`);
      assert.deepEqual(left, [], `fixes left after fixAll on ${JSON.stringify(text)}`);
    }),
    { numRuns: 200 },
  );
});

test('property: the workspace rules never fail and keep their spans in their file, on sets of templates', () => {
  const file = fc.oneof(validTemplate, mutatedTemplate, validTemplate.map((t) => t.replace('language: en_US', 'language: nl')));
  fc.assert(
    fc.property(fc.array(file, { minLength: 1, maxLength: 4 }), (texts) => {
      const config = applyConfig({ requiredLanguages: ['en_US', 'nl'] }, null);
      const results = lintSet(texts.map((text, i) => ({ path: `t${i}.watpl`, text, config })));
      results.forEach((r, i) => {
        assertNoFailures(r);
        for (const d of r.diagnostics) assertSpanIn(texts[i], d.span, d.rule);
      });
    }),
    { numRuns: 150 },
  );
});

test('property: a 1 MB file of random printable text, line breaks and braces lints without throwing', () => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;!?*_~`-#<>[]()"\'';
  const chunks: string[] = ['---\nname: big\nlanguage: en_US\ncategory: utility\n---\n'];
  let size = chunks[0].length;
  while (size < 1_000_000) {
    const r = next();
    const piece = r < 0.05 ? '\n' : r < 0.08 ? '{{' : r < 0.11 ? '}}' : r < 0.12 ? '{' : r < 0.13 ? '}' : r < 0.135 ? '<!--' : r < 0.14 ? '-->' : r < 0.145 ? '\n# Buttons\n- ' : alphabet[Math.floor(next() * alphabet.length)];
    chunks.push(piece);
    size += piece.length;
  }
  const text = chunks.join('');
  const r = lintChecked(text);
  for (const d of r.diagnostics) assertSpanIn(text, d.span, d.rule);
});

// ---------------------------------------------------------------------------------------------
// The fast YAML reader against the YAML library

const yamlKey = fc.constantFrom('name', 'language', 'first_name', 'body.1', 'button1.1', '_x', 'Key2', 'a', 'b', 'true', 'null', 'True', 'NULL', 'yes', 'n');
const yamlValue = fc.oneof(
  fc.constantFrom(
    'Maria', 'order_update', 'en_US', 'Friday 14 March', '42', '0123', '-7', '+5', '007', '1e3', '1.5', '.5', '0x1F', '0o17', 'true', 'True', 'FALSE',
    'yes', 'no', 'on', '~', 'null', 'Null', '.inf', '-.inf', '.nan', 'NaN', '"0123"', '"quoted # not a comment"', '"with \\"escape\\""', '"tab\\there"',
    "'single'", "'it''s'", "''", '""', '[a, b]', '[]', '[ a ,b ]', '[a, 1]', '[a, true]', '[-]', '[a-b, c_d]', '[a,]', '', 'a#b', 'a # comment',
    'a: b', 'http://x.example/a:b', 'x:y', 'a, b', 'a]', 'a}', '-a', '- a', '? a', '@x', '`x`', '%x', '!tag', '&anchor', '*alias', '|', '>',
    'Maria  ', 'a\tb', 'a\t#b', 'a :b', 'ends with:', 'café', '12:30', '2025-03-14', '0.', '+', '-', '+.5', '1_000', '0b101', '0:30',
  ),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ':', '#', '"', "'", '\\', '-', ',', '[', ']', '{', '}', '.', '\t', '~', 'é', '\r', '\u00a0', '\u0085', '\u2028', '\ufeff', '\ud800'), maxLength: 10 }),
);
const yamlLine = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(yamlKey, fc.constantFrom(': ', ':', ':  ', ':\t'), yamlValue).map(([k, sep, v]) => `${k}${sep}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('# a comment', '  # indented comment', '', '   ', 'key:', 'nested:', '  child: x', '- item', '---', 'plain sentence', '\u00a0', '\ufeff# c', '\u00a0# c', '\t# tab comment') },
);
const yamlBlock = fc.tuple(fc.array(yamlLine, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, nl, final]) => lines.join(nl) + (final && lines.length ? nl : ''));

test('property: readSimpleMap agrees with the YAML library whenever it answers', () => {
  fc.assert(
    fc.property(yamlBlock, (text) => {
      const lite = readSimpleMap(text, 0, text.length);
      if (lite === null) return;
      const doc = parseDocument(text, { uniqueKeys: true, strict: true });
      assert.deepEqual(doc.errors.map((e) => e.message), [], 'the library refuses what the fast reader accepted');
      const json = doc.toJSON() as Record<string, unknown> | null;
      const expected = json ?? {};
      const got = Object.fromEntries(lite.map((p) => [p.key, p.value]));
      assert.deepEqual(got, expected);
      const items = isMap(doc.contents) ? doc.contents.items : [];
      lite.forEach((p, i) => {
        assert.equal(text.slice(p.keyStart, p.keyStart + p.key.length), p.key);
        assert.ok(p.valueStart <= p.valueEnd && p.valueEnd <= p.lineEnd && p.lineStart <= p.keyStart);
        // Where the library has a value node, both readers put the value at the same place.
        const range = (items[i]?.value as { range?: number[] } | null)?.range;
        if (p.valueEnd > p.valueStart && range) assert.deepEqual([p.valueStart, p.valueEnd], range.slice(0, 2), `value span of ${p.key}`);
      });
    }),
    { numRuns: 3000 },
  );
});
