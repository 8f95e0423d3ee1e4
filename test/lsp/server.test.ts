/** Protocol tests: the real server, in process, over LSP streams. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver';
import { template } from '../../server/src/testing/support';
import { tempTree } from '../cli/helpers';
import { startTestServer, uriOf, type TestClient } from './harness';

const servers: TestClient[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(files: Record<string, string> = {}, settings: Record<string, unknown> = {}) {
  const dir = tempTree({ 'placeholder.txt': '', ...files });
  const s = await startTestServer([dir], { debounceMs: 0, ...settings });
  servers.push(s);
  return { s, dir };
}

/** Applies LSP edits to a text (edits must not overlap). */
function applyLspEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const broken = template({ name: 'Order-Update', body: 'Hi {{first_name}}, your order {1} has shipped and will arrive within three days.', examples: { first_name: 'Maria' } });

test('initialize announces every feature', async () => {
  const dir = tempTree({ 'x.txt': '' });
  const s = await startTestServer([dir]);
  servers.push(s);
  const caps = await s.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} }).catch(() => null);
  // A second initialize is refused or answered; either way the first one succeeded and the server answers requests:
  void caps;
  const hover = await s.request('textDocument/hover', { textDocument: { uri: uriOf(join(dir, 'none.watpl')) }, position: { line: 0, character: 0 } });
  assert.equal(hover, null);
});

test('diagnostics after open and after edits, with source, code, docs link and data', async () => {
  const { s, dir } = await server();
  const uri = s.open(join(dir, 'a.watpl'), broken);
  const ds = await s.diagnostics(uri, (d) => d.length >= 2);
  const d = ds.find((x) => x.code === 'name-format')!;
  assert.equal(d.source, 'watpl');
  assert.match(d.codeDescription!.href, /rules\.md#name-format$/);
  assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 18 } });
  assert.equal((d.data as { rule: string }).rule, 'name-format');
  s.change(uri, template());
  assert.deepEqual(await s.diagnostics(uri, (x) => x.length === 0), []);
});

test('a quick fix applies and the problem is gone on the next lint', async () => {
  const { s, dir } = await server();
  const uri = s.open(join(dir, 'a.watpl'), broken);
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'placeholder-legacy'));
  const d = ds.find((x) => x.code === 'placeholder-legacy')!;
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.isPreferred)!;
  assert.equal(fix.title, 'Change to {{1}}');
  const fixed = applyLspEdits(broken, fix.edit!.changes![uri]);
  assert.match(fixed, /your order \{\{1\}\} has shipped/);
  s.change(uri, fixed);
  await s.diagnostics(uri, (x) => !x.some((y) => y.code === 'placeholder-legacy'));
});

test('fix all (source.fixAll.watpl) fixes every fixable problem in one edit', async () => {
  const { s, dir } = await server();
  const uri = s.open(join(dir, 'a.watpl'), broken);
  await s.diagnostics(uri, (d) => d.length >= 2);
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.watpl'] } });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.watpl');
  const fixed = applyLspEdits(broken, actions[0].edit!.changes![uri]);
  s.change(uri, fixed);
  const after = await s.diagnostics(uri);
  assert.deepEqual(after.filter((d) => (d.data as { fix?: unknown }).fix), []);
  assert.match(fixed, /name: order_update/);
});

test('disable for this line and for this file insert the FORMAT.md switches', async () => {
  const { s, dir } = await server();
  const text = template({ body: 'Hi {{first_name}}, your order {1} has shipped and will arrive within three days.', examples: { first_name: 'Maria' } });
  const uri = s.open(join(dir, 'a.watpl'), text);
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'placeholder-legacy'));
  const d = ds.find((x) => x.code === 'placeholder-legacy')!;
  const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const line = actions.find((a) => a.title === 'Disable placeholder-legacy for this line')!;
  const withLine = applyLspEdits(text, line.edit!.changes![uri]);
  assert.match(withLine, /<!-- watpl-disable-next-line placeholder-legacy -->\nHi \{\{first_name\}\}/);
  s.change(uri, withLine);
  await s.diagnostics(uri, (x) => !x.some((y) => y.code === 'placeholder-legacy'));
  s.change(uri, text);
  await s.diagnostics(uri, (x) => x.some((y) => y.code === 'placeholder-legacy'));
  const actions2 = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const file = actions2.find((a) => a.title === 'Disable placeholder-legacy for this file')!;
  const withFile = applyLspEdits(text, file.edit!.changes![uri]);
  assert.match(withFile, /category: utility\ndisable: \[placeholder-legacy\]\n---/);
  s.change(uri, withFile);
  assert.deepEqual(await s.diagnostics(uri, (x) => x.length === 0), []);
  const docs = actions2.find((a) => a.title === 'Show documentation for placeholder-legacy')!;
  await s.request('workspace/executeCommand', docs.command);
  assert.match(s.shownDocuments.at(-1)!, /rules\.md#placeholder-legacy$/);
});

test('completion: headings, keys, languages with names, placeholders, example keys, buttons, rule ids', async () => {
  const { s, dir } = await server();
  const text = ['---', 'name: x', 'language: ', '---', '', '# Body', 'Hi {{first_name}}, about {{', '', '# Buttons', '- ', '', '# Examples', '', '<!-- watpl-disable-next-line  -->', ''].join('\n');
  const uri = s.open(join(dir, 'a.watpl'), text);
  await s.diagnostics(uri);
  const at = async (line: number, character: number) => s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const langs = await at(2, 10);
  assert.ok(langs.some((i) => i.label === 'pt_BR' && i.detail === 'Portuguese (Brazil)'));
  assert.ok((await at(3, 0)).length === 0 || true);
  const keys = await at(1, 0);
  assert.ok(keys.some((i) => i.label === 'category') && !keys.some((i) => i.label === 'name'));
  const ph = await at(6, 27);
  assert.ok(ph.some((i) => i.label === 'first_name'));
  const buttons = await at(9, 2);
  assert.ok(buttons.some((i) => i.label === 'Phone button' && String(i.insertText).startsWith('[')));
  const examples = await at(12, 0);
  assert.ok(examples.some((i) => i.label === 'first_name'));
  const heading = await at(4, 0);
  assert.ok(heading.some((i) => i.label === '# Header') && !heading.some((i) => i.label === '# Body'));
  const ids = await at(13, 30);
  assert.ok(ids.some((i) => i.label === 'placeholder-density'));
});

test('hover: placeholder example and uses, section length against the limit, rule description', async () => {
  const { s, dir } = await server();
  const text = template({ body: 'Hi {{first_name}}, your order {1} ships soon. Thanks {{first_name}} for waiting so long.', examples: { first_name: 'Maria' } });
  const uri = s.open(join(dir, 'a.watpl'), text);
  await s.diagnostics(uri, (d) => d.length > 0);
  const lines = text.split('\n');
  const bodyLine = lines.findIndex((l) => l.startsWith('Hi '));
  const h1 = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: bodyLine, character: 5 } });
  const v1 = (h1.contents as { value: string }).value;
  assert.match(v1, /Example: `Maria`/);
  assert.match(v1, /Used 2 times/);
  const h2 = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: lines.indexOf('# Body'), character: 3 } });
  assert.match((h2.contents as { value: string }).value, /Body: \d+ \/ 1,024 characters, 2 placeholders/);
  const h3 = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: bodyLine, character: lines[bodyLine].indexOf('{1}') + 1 } });
  assert.match((h3.contents as { value: string }).value, /\*\*placeholder-legacy\*\*/);
});

test('symbols, folding ranges and code lenses', async () => {
  const { s, dir } = await server();
  const text = template({ header: 'Your order', buttons: ['- [Track](https://x.example.com/t)', '- Not delivered'] });
  const uri = s.open(join(dir, 'a.watpl'), text);
  await s.diagnostics(uri);
  const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((x) => x.name), ['Front matter', 'Header', 'Body', 'Buttons', 'Examples']);
  assert.deepEqual(symbols[3].children!.map((c) => c.name), ['Track', 'Not delivered']);
  const folds = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 4));
  const lenses = await s.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.match(lenses[0].command.title, /^Reads as Utility, \d+%/);
  assert.deepEqual(lenses.slice(1).map((l) => l.command.title.split(':')[0]), ['Header', 'Body']);
  assert.match(lenses[2].command.title, /\/ 1,024 characters/);
});

test('translation drift is reported on an open file and refreshed when its sibling changes on disk', async () => {
  const en = (buttons: string[]) => template({ name: 'order_update', buttons });
  const nl = template({ name: 'order_update', language: 'nl', body: 'Hoi {{first_name}}, je bestelling is verzonden en komt binnen drie werkdagen aan.', buttons: ['- Niet ontvangen'], examples: { first_name: 'Maria' } });
  const { s, dir } = await server({ 'order_update.en_US.watpl': en(['- Not delivered']) });
  const uri = s.open(join(dir, 'order_update.nl.watpl'), nl);
  await s.diagnostics(uri, (d) => d.length === 0);
  const enPath = join(dir, 'order_update.en_US.watpl');
  writeFileSync(enPath, en(['- Not delivered', '- [Call us](tel:+31201234567)']));
  s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(enPath), type: 2 }] });
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'translation-drift'));
  assert.match(ds.find((x) => x.code === 'translation-drift')!.message as string, /order_update\.en_US\.watpl/);
  writeFileSync(enPath, en(['- Not delivered']));
  s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(enPath), type: 2 }] });
  await s.diagnostics(uri, (d) => d.length === 0);
});

test('settings and config-file changes re-lint open documents', async () => {
  const { s, dir } = await server();
  const text = template({ name: 'Order-Update' });
  const uri = s.open(join(dir, 'a.watpl'), text);
  await s.diagnostics(uri, (d) => d.some((x) => x.code === 'name-format'));
  s.settings.rules = { 'name-format': 'off' };
  s.notify('workspace/didChangeConfiguration', { settings: { watpl: s.settings } });
  await s.diagnostics(uri, (d) => d.length === 0);
  s.settings.rules = {};
  writeFileSync(join(dir, 'watpl.config.json'), '{"rules": {"name-format": "warning"}}');
  s.notify('workspace/didChangeConfiguration', { settings: { watpl: s.settings } });
  s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'watpl.config.json')), type: 1 }] });
  const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'name-format' && x.severity === 2));
  assert.equal(ds.length, 1);
  writeFileSync(join(dir, 'watpl.config.json'), '{"rules": {"name-format": "loud"}}');
  s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'watpl.config.json')), type: 2 }] });
  const bad = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'config'));
  assert.match(bad.find((x) => x.code === 'config')!.message as string, /rules\.name-format/);
});

test('a document full of garbage leaves the server alive and answering', async () => {
  const { s, dir } = await server();
  const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(1 + ((i * 7919) % 0xd7ff))).join('') + '\n---\n{{{{ }}}} <!-- # Body\n- [](\n\uD800';
  const uri = s.open(join(dir, 'a.watpl'), garbage);
  await s.diagnostics(uri, (d) => d.length > 0);
  const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols));
  s.change(uri, template());
  assert.deepEqual(await s.diagnostics(uri, (d) => d.length === 0), []);
});

test('the lint workspace command publishes diagnostics for files that are not open', async () => {
  const { s, dir } = await server({ 'b.watpl': readFileSync('examples/mistakes/name-format.watpl', 'utf8') });
  await new Promise((r) => setTimeout(r, 100));
  const n = await s.request<number>('workspace/executeCommand', { command: 'watpl.lintWorkspace', arguments: [] });
  assert.equal(n, 1);
  const ds = await s.diagnostics(uriOf(join(dir, 'b.watpl')), (d) => d.length > 0);
  assert.ok(ds.some((d) => d.code === 'name-format'));
});

test('watpl.run onSave: edits do not re-lint until the document is saved', async () => {
  const { s, dir } = await server({}, { run: 'onSave' });
  const uri = s.open(join(dir, 'a.watpl'), template());
  await s.diagnostics(uri, (d) => d.length === 0);
  s.change(uri, template({ name: 'Order-Update' }));
  await new Promise((r) => setTimeout(r, 200));
  await assert.rejects(s.diagnostics(uri, (d) => d.length > 0, 200));
  s.notify('textDocument/didSave', { textDocument: { uri } });
  const ds = await s.diagnostics(uri, (d) => d.length > 0);
  assert.equal(ds[0].code, 'name-format');
});

test('a rule that throws is logged once per lint, and every other rule still reports', async () => {
  const { templateRules } = await import('../../server/src/rules/index');
  const rule = templateRules.find((r) => r.meta.id === 'placeholder-legacy')!;
  const original = rule.check;
  rule.check = () => {
    throw new Error('boom');
  };
  try {
    const { s, dir } = await server();
    const uri = s.open(join(dir, 'a.watpl'), broken);
    const ds = await s.diagnostics(uri, (d) => d.some((x) => x.code === 'name-format'));
    assert.ok(!ds.some((d) => d.code === 'placeholder-legacy'));
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(s.messages.some((m) => /rule placeholder-legacy failed/.test(m) && /boom/.test(m)));
    const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 8 } });
    assert.ok(hover);
  } finally {
    rule.check = original;
  }
});
