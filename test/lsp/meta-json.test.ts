/** Protocol tests of watpl/exportTemplate and watpl/importTemplates: the real server, in process, over LSP streams. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EXPORT_TEMPLATE, IMPORT_TEMPLATES, type ExportTemplateResult, type ImportTemplatesResult } from '../../server/src/lsp/protocol';
import { templatePayload } from '../../server/src/meta-json/schema';
import { template } from '../../server/src/testing/support';
import { tempTree } from '../cli/helpers';
import { assertSameTemplate } from '../meta-json/support';
import { startTestServer, uriOf, type TestClient } from './harness';

const servers: TestClient[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(files: Record<string, string>, settings: Record<string, unknown> = {}) {
  const dir = tempTree(files);
  const s = await startTestServer([dir], { debounceMs: 0, ...settings });
  servers.push(s);
  return { s, dir };
}

test('exportTemplate: an open document\'s payload, as it is now, with a file name to suggest', async () => {
  const { s, dir } = await server({ 'a.watpl': template() });
  const uri = s.open(join(dir, 'a.watpl'), template({ name: 'order_shipped', header: '![image](https://cdn.example.com/a.jpg)' }));
  const r = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri });
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.equal(r.fileName, 'order_shipped.en_US.json');
  const payload = JSON.parse(r.json);
  assert.ok(templatePayload.safeParse(payload).success);
  assert.equal(payload.components[0].format, 'IMAGE');
  assert.match(r.notes.join('\n'), /Resumable Upload API/);
});

test('exportTemplate: a file that is not open is read from disk; a missing one gets a message', async () => {
  const { s, dir } = await server({ 'b.watpl': template({ name: 'from_disk' }) });
  const r = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri: uriOf(join(dir, 'b.watpl')) });
  assert.ok(r.ok && JSON.parse(r.json).name === 'from_disk');
  const missing = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri: uriOf(join(dir, 'none.watpl')) });
  assert.ok(!missing.ok && /none\.watpl: cannot read this file/.test(missing.message));
});

test('exportTemplate: refused while the template has errors, naming each with its line; the editor\'s rule settings apply', async () => {
  const { s, dir } = await server({});
  const uri = s.open(join(dir, 'c.watpl'), template({ name: 'Order-Update' }));
  const r = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri });
  assert.ok(!r.ok);
  assert.match(r.message, /^c\.watpl still has 1 error, so it cannot be exported for Meta:\nc\.watpl:2:7 .*\(name-format\)$/);
  const relaxed = await server({}, { rules: { 'name-format': 'warning' } });
  const uri2 = relaxed.s.open(join(relaxed.dir, 'c.watpl'), template({ name: 'Order-Update' }));
  const ok = await relaxed.s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri: uri2 });
  assert.ok(ok.ok, ok.ok ? '' : ok.message);
});

test('exportTemplate: a duplicate in the workspace (a workspace rule error) also refuses', async () => {
  const { s, dir } = await server({ 'one.watpl': template() });
  await s.diagnostics(s.open(join(dir, 'one.watpl'), template()));
  const uri = s.open(join(dir, 'two.watpl'), template());
  await s.diagnostics(uri, (ds) => ds.some((d) => d.code === 'duplicate-template'));
  const r = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri });
  assert.ok(!r.ok && /\(duplicate-template\)/.test(r.message));
});

test('importTemplates: files to create with their text, notes with JSON paths, and errors for what was refused', async () => {
  const { s } = await server({});
  const json = readFileSync('test/fixtures/meta/get-response.json', 'utf8');
  const r = await s.request<ImportTemplatesResult>(IMPORT_TEMPLATES, { json });
  assert.deepEqual(r.files.map((f) => f.fileName), ['order_delivered.en_US.watpl', 'spring_sale.en_US.watpl', 'account_notice.en_US.watpl', 'login_otp.en_US.watpl']);
  assert.deepEqual(r.errors, []);
  assert.match(r.notes.join('\n'), /^login_otp\.en_US\.watpl: data\[3\]\.components\[2\]\.buttons\[0\]: Meta's GET form of an OTP button/m);
  const bad = await s.request<ImportTemplatesResult>(IMPORT_TEMPLATES, { json: readFileSync('test/fixtures/meta/bad-schema.json', 'utf8') });
  assert.equal(bad.files.length, 2);
  assert.deepEqual(bad.errors, ['three.en_US not imported: data[2].components[1].buttons[0].type: expected one of QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, VOICE_CALL, ORDER_DETAILS (got "LINK")']);
  const broken = await s.request<ImportTemplatesResult>(IMPORT_TEMPLATES, { json: '{"name": ' });
  assert.deepEqual(broken, { files: [], notes: [], errors: ['line 1, column 10: not valid JSON: expected a value (object, array, string, number, true, false or null), found the end of the text'] });
  const wrong = await s.request<ImportTemplatesResult>(IMPORT_TEMPLATES, {});
  assert.deepEqual(wrong.errors, ['watpl/importTemplates needs the JSON text.']);
});

test('export then import over the protocol gives back the same template', async () => {
  const text = readFileSync('examples/templates/order_shipped.en_US.watpl', 'utf8');
  const { s, dir } = await server({ 'order_shipped.en_US.watpl': text });
  const out = await s.request<ExportTemplateResult>(EXPORT_TEMPLATE, { uri: uriOf(join(dir, 'order_shipped.en_US.watpl')) });
  assert.ok(out.ok);
  const back = await s.request<ImportTemplatesResult>(IMPORT_TEMPLATES, { json: out.json });
  assert.equal(back.files[0].fileName, 'order_shipped.en_US.watpl');
  assertSameTemplate(back.files[0].text, text, 'order_shipped');
});
