/** `watpl classify` through the real process: CLI.md's JSON and text, files without a category, the project's phrases, exit codes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempTree, watpl } from './helpers';

const SALE_NL = '---\nname: spring_sale\nlanguage: nl\ncategory: utility\n---\n\n# Body\nHoi {{voornaam}}, nu 20% korting op de hele collectie.\nBestel nu en betaal later!\n\n# Examples\nvoornaam: Sanne\n';
const SHIPPED_NO_CATEGORY = '---\nname: order_shipped\nlanguage: en_US\n---\n\n# Body\nHi {{first_name}}, your order {{order_id}} has shipped and arrives on Friday.\n\n# Examples\nfirst_name: Maria\norder_id: "4471"\n';
const LOGIN = '---\nname: login_code\nlanguage: de\ncategory: authentication\ncode_expiration_minutes: 10\n---\n\n# Buttons\n- [Code kopieren](otp:copy_code)\n';

interface Entry {
  file: string;
  declared: string | null;
  inferred: string;
  confidence: number;
  reasons: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; signal: string }[];
}

test('classify --format json: one entry per file in path order, as CLI.md specifies', () => {
  const dir = tempTree({ 'templates/spring_sale.nl.watpl': SALE_NL, 'templates/order_shipped.en_US.watpl': SHIPPED_NO_CATEGORY, 'templates/auth/login_code.de.watpl': LOGIN });
  const r = watpl(['classify', 'templates', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const entries = JSON.parse(r.stdout) as Entry[];
  assert.deepEqual(entries.map((e) => e.file), ['templates/auth/login_code.de.watpl', 'templates/order_shipped.en_US.watpl', 'templates/spring_sale.nl.watpl']);
  assert.deepEqual(Object.keys(entries[0]), ['file', 'declared', 'inferred', 'confidence', 'reasons']);
  const [login, shipped, sale] = entries;
  assert.deepEqual([login.declared, login.inferred, login.confidence], ['authentication', 'authentication', 0.99]);
  assert.deepEqual([shipped.declared, shipped.inferred], [null, 'utility']);
  assert.deepEqual([sale.declared, sale.inferred], ['utility', 'marketing']);
  assert.ok(sale.confidence > 0.6 && sale.confidence <= 1);
  const korting = sale.reasons.find((x) => x.text === '20% korting');
  assert.deepEqual(korting, { text: '20% korting', range: { start: { line: 7, character: 21 }, end: { line: 7, character: 32 } }, signal: 'discount' });
  assert.ok(sale.reasons.some((x) => x.text === 'Bestel nu' && x.signal === 'call-to-buy'));
});

test('classify (text): the declared category, the reading, and each reason with its 1-based position', () => {
  const dir = tempTree({ 'spring_sale.nl.watpl': SALE_NL, 'order_shipped.en_US.watpl': SHIPPED_NO_CATEGORY });
  const r = watpl(['classify'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^order_shipped\.en_US\.watpl {2}no category · reads as utility \(\d+%\)$/m);
  assert.match(r.stdout, /^spring_sale\.nl\.watpl {2}utility → reads as marketing \(\d+%\)$/m);
  assert.match(r.stdout, /^ {2}8:22 +discount +"20% korting"$/m);
  assert.match(r.stdout, /2 templates classified, 1 reads as another category than declared\.\n?$/);
});

test('classify: the nearest watpl.config.json\'s phrases count, and --stdin works', () => {
  const dir = tempTree({ 'watpl.config.json': JSON.stringify({ phrases: { allow: ['20% korting', 'bestel nu'] } }), 'spring_sale.nl.watpl': SALE_NL });
  const allowed = JSON.parse(watpl(['classify', '--format', 'json'], { cwd: dir }).stdout) as Entry[];
  assert.equal(allowed[0].reasons.some((x) => x.text === '20% korting'), false);
  const r = watpl(['classify', '--stdin', '--stdin-filename', 'x.watpl', '--format', 'json'], { cwd: dir, input: SHIPPED_NO_CATEGORY });
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as Entry[])[0].file, 'x.watpl');
});

test('classify: exit 2 with one line on stderr when it cannot run', () => {
  const dir = tempTree({ 'a.watpl': SALE_NL, 'bad.json': '{ "phrases": { "allow": "nope" } }' });
  for (const args of [['classify', 'missing'], ['classify', '--format', 'sarif'], ['classify', '--nope'], ['classify', '--config', 'bad.json']]) {
    const r = watpl(args, { cwd: dir });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
  }
});
