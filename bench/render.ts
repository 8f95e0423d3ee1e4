/** The preview's figures for `npm run bench`: rendering one template in process (target: under 1 ms), and a keystroke to its fragment over LSP. */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { RENDER, type RenderResult } from '../server/src/lsp/protocol';
import { parseTemplate } from '../server/src/parser/parse';
import type { Template } from '../server/src/parser/model';
import { renderPreview } from '../server/src/render/preview';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of 3 runs over every item, in µs per item. */
function perItem<T>(items: readonly T[], run: (item: T) => unknown): number {
  for (let i = 0; i < Math.min(2000, items.length); i++) run(items[i]);
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const item of items) run(item);
    runs.push(performance.now() - t0);
  }
  return (median(runs) / items.length) * 1000;
}

/** Prints the render time of a parsed template, and of parse + render (what a keystroke in the pane costs the engine). */
export function measureRender(texts: readonly string[]): void {
  const templates: Template[] = texts.map(parseTemplate);
  const render = perItem(templates, (t) => renderPreview(t));
  const raw = perItem(templates, (t) => renderPreview(t, { raw: true }));
  const both = perItem(texts, (text) => renderPreview(parseTemplate(text)));
  const each = templates.map((t) => {
    const t0 = performance.now();
    renderPreview(t);
    return (performance.now() - t0) * 1000;
  }).sort((a, b) => a - b);
  const n = texts.length.toLocaleString('en-US');
  console.log(`preview, one template rendered:      ${render.toFixed(1)} µs (raw placeholders: ${raw.toFixed(1)} µs; median of 3 runs of ${n})`);
  console.log(`preview, slowest renders:            p99 ${each[Math.floor(each.length * 0.99)].toFixed(0)} µs, max ${each[each.length - 1].toFixed(0)} µs (each of ${n} timed alone)`);
  console.log(`preview, parse + render:             ${both.toFixed(1)} µs per template (target for render: under 1,000 µs)`);
}

const KEYSTROKES = 300;

/** The server's part of "the pane updates after a keystroke": didChange, then watpl/render, until the fragment arrives (built dist/server.js over stdio). */
export async function measureRenderOverLsp(texts: readonly string[]): Promise<void> {
  const dir = resolve('.bench/render-workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const text = texts[0].replace(/^name: .*$/m, 'name: bench_preview');
  for (const lang of ['en_US', 'nl', 'de']) writeFileSync(join(dir, `bench_preview.${lang}.watpl`), text.replace(/^language: .*$/m, `language: ${lang}`));
  texts.slice(1, 200).forEach((t, i) => writeFileSync(join(dir, `t_${i}.watpl`), t));
  const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onNotification('textDocument/publishDiagnostics', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }], capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const uri = pathToFileURL(join(dir, 'bench_preview.en_US.watpl')).toString();
  let current = readyText(text);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'watpl', version: 1, text: current } });
  const times: number[] = [];
  let translations = 0;
  for (let v = 2; v <= KEYSTROKES + 1; v++) {
    current = current.replace('\n\n# Footer', 'x\n\n# Footer'); // one more letter at the end of the body
    const t0 = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: current }] });
    const r = await conn.sendRequest<RenderResult | null>(RENDER, { uri, raw: false, allowRemoteImages: false });
    times.push(performance.now() - t0);
    if (r?.version !== v) throw new Error(`watpl/render answered version ${r?.version} for ${v}`);
    translations = r.translations.length;
  }
  conn.dispose();
  child.kill();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2);
  console.log(`preview over LSP, keystroke -> fragment: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (${KEYSTROKES} edits of a template with ${translations} translations; the editor's hops to the extension host and the webview come on top)`);
}

/** The template with a Footer section after a blank line, to type just before it. */
function readyText(text: string): string {
  const t = text.includes('\n\n# Footer') ? text : text.replace('\n\n# Buttons', '\n\n# Footer\nThanks\n\n# Buttons');
  if (!t.includes('\n\n# Footer')) throw new Error('the benchmark template has no place to type');
  return t;
}
