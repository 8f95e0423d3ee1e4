/** Protocol tests of the category hint: hover on the category value, the code lens, the status bar's facts, and the category rules' code actions. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateFile, type CodeAction, type CodeLens, type Hover, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { TEMPLATE_INFO, type TemplateInfo } from '../../server/src/lsp/protocol';
import { template } from '../../server/src/testing/support';
import { tempTree } from '../cli/helpers';
import { startTestServer, uriOf, type TestClient } from './harness';

const servers: TestClient[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(files: Record<string, string> = {}) {
  const dir = tempTree({ 'placeholder.txt': '', ...files });
  const s = await startTestServer([dir], { debounceMs: 0 });
  servers.push(s);
  return { s, dir };
}

const SALE_NL = template({ name: 'spring_sale', language: 'nl', body: 'Hoi {{first_name}}, je bestelling is onderweg. Nu 20% korting op alles, bestel nu!', examples: { first_name: 'Sanne' } });

/** Applies LSP edits to a text (edits must not overlap). */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

test('hover on the category value shows the hint and the phrases it rests on', async () => {
  const { s, dir } = await server();
  const uri = s.open(join(dir, 'spring_sale.nl.watpl'), SALE_NL);
  await s.diagnostics(uri, (d) => d.some((x) => x.code === 'marketing-wording'));
  const hover = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 12 } });
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /^\*\*Reads as Marketing, \d+%: '20% korting', 'bestel nu'/);
  assert.match(value, /Declared utility: Meta categorises a template by what it says/);
  assert.match(value, /- "20% korting" \(line 8\): a discount/);
  const elsewhere = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
  assert.ok(!elsewhere || !(elsewhere.contents as { value: string }).value.includes('Reads as'));
});

test('a code lens at the top says what the text reads as, and the status bar request carries it', async () => {
  const { s, dir } = await server();
  const uri = s.open(join(dir, 'spring_sale.nl.watpl'), SALE_NL);
  await s.diagnostics(uri);
  const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses[0].range.start, { line: 0, character: 0 });
  assert.match(lenses[0].command!.title, /^Reads as Marketing, \d+%: '20% korting', 'bestel nu'/);
  const info = await s.request<TemplateInfo>(TEMPLATE_INFO, { uri });
  assert.equal(info.category, 'utility');
  assert.equal(info.inferred?.category, 'marketing');
  assert.ok(info.inferred!.confidence > 0.6 && info.inferred!.confidence <= 1);
  assert.equal(info.inferred?.summary, lenses[0].command!.title);
});

test('marketing-wording offers: change the category, remove the phrase, allow it in a new watpl.config.json', async () => {
  const { s, dir } = await server();
  const text = template({ body: 'Your order {{order_id}} has shipped and arrives on Friday.\nUse code SAVE10 for 10% off everything!', examples: { order_id: '"4471"' } });
  const uri = s.open(join(dir, 'order_update.en_US.watpl'), text);
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'marketing-wording'));
  const d = ds.find((x) => x.code === 'marketing-wording' && String(x.message).startsWith('"10% off"'))!;
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Change category to marketing'), titles.join(' | '));
  const change = actions.find((a) => a.title === 'Change category to marketing')!;
  assert.match(apply(text, change.edit!.changes![uri]), /^category: marketing$/m);
  const remove = actions.find((a) => a.title.startsWith('Remove the sentence with this phrase'))!;
  assert.match(apply(text, remove.edit!.changes![uri]), /arrives on Friday\.\n\n# Examples/);
  const allow = actions.find((a) => a.title === 'Allow "10% off" in this project (watpl.config.json)')!;
  const [create, write] = allow.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, uriOf(join(dir, 'watpl.config.json')));
  assert.deepEqual(JSON.parse((write.edits[0] as TextEdit).newText), { phrases: { allow: ['10% off'] } });
});

test('allow adds to the phrases.allow of the config in force, keeping its other keys', async () => {
  const config = `{\n    "rules": { "placeholder-density": "off" },\n    "phrases": { "allow": ["exclusive of VAT"] }\n}\n`;
  const { s, dir } = await server({ 'templates/watpl.config.json': config });
  const text = template({ body: 'Your order {{order_id}} has shipped and arrives on Friday. Shop now for more!', examples: { order_id: '"4471"' } });
  const uri = s.open(join(dir, 'templates', 'order_update.en_US.watpl'), text);
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'marketing-wording'));
  const d = ds.find((x) => x.code === 'marketing-wording')!;
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const allow = actions.find((a) => a.title.startsWith('Allow "Shop now"'))!;
  const [write] = allow.edit!.documentChanges! as [TextDocumentEdit];
  assert.equal(write.textDocument.uri, uriOf(join(dir, 'templates', 'watpl.config.json')));
  const after = apply(readFileSync(join(dir, 'templates', 'watpl.config.json'), 'utf8'), write.edits as TextEdit[]);
  assert.deepEqual(JSON.parse(after), { rules: { 'placeholder-density': 'off' }, phrases: { allow: ['exclusive of VAT', 'Shop now'] } });
  assert.match(after, /^ {4}"rules"/m);
});
