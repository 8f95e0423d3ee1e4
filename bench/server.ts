/** The language server's figures: index build time for 5,000 templates, keystroke-to-diagnostics server time, memory. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { SERVER_STATS, type ServerStats } from '../server/src/lsp/protocol';
import { corpusTemplate } from './corpus';

const FILES = 5000;
const KEYSTROKES = 400;

/** A realistic 1 KB template the benchmark types into. */
function oneKilobyte(): string {
  const body = 'Hi {{first_name}}, thank you for your order {{order_id}} at Greenleaf Books. Your parcel left our warehouse today and is now with the carrier. It should reach you on {{delivery_date}} between 9:00 and 17:00; the driver will ring twice. '.repeat(3);
  return `---\nname: bench_typing\nlanguage: en_US\ncategory: utility\n---\n\n# Header\nOrder {{order_id}} shipped\n\n# Body\n${body}You can follow it at any time.\n\n# Footer\nGreenleaf Books customer service\n\n# Buttons\n- [Track order](https://shop.example.com/track/{{tracking_code}})\n- Not delivered yet\n\n# Examples\nfirst_name: Maria\norder_id: "0123"\ndelivery_date: Friday 14 March\ntracking_code: ZX81-9\n`;
}

/** Peak resident memory of a process, from /proc (Linux). */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export async function measureServer(): Promise<void> {
  const dir = resolve('.bench/workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `t_${i}.watpl`), corpusTemplate(i + 20000));
  const child = spawn(process.execPath, [...(process.env.SERVER_FLAGS ? process.env.SERVER_FLAGS.split(' ') : []), resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<number, () => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.get(p.version ?? -1)?.());
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }], capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  let stats = await conn.sendRequest<ServerStats>(SERVER_STATS);
  while (stats.indexMs === null) {
    await new Promise((r) => setTimeout(r, 20));
    stats = await conn.sendRequest<ServerStats>(SERVER_STATS);
  }
  const uri = pathToFileURL(join(dir, 'bench_typing.en_US.watpl')).toString();
  let text = oneKilobyte();
  const wait = (v: number) => new Promise<void>((r) => published.set(v, r));
  let done = wait(1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'watpl', version: 1, text } });
  await done;
  const bodyAt = text.indexOf('You can follow');
  for (let v = 2; v <= KEYSTROKES + 1; v++) {
    const line = text.slice(0, bodyAt).split('\n').length - 1;
    const character = bodyAt - text.lastIndexOf('\n', bodyAt - 1) - 1;
    text = `${text.slice(0, bodyAt)}x${text.slice(bodyAt)}`;
    done = wait(v);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
    await done;
  }
  stats = await conn.sendRequest<ServerStats>(SERVER_STATS);
  const peak = peakRss(child.pid!);
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  conn.dispose();
  console.log(`server: index of ${stats.indexed.toLocaleString('en-US')} templates built in ${(stats.indexMs ?? 0).toFixed(0)} ms`);
  console.log(`server: keystroke to diagnostics (server time, 1 KB template, ${KEYSTROKES} keystrokes): p50 ${stats.lints.p50Ms.toFixed(2)} ms, p99 ${stats.lints.p99Ms.toFixed(2)} ms, max ${stats.lints.maxMs.toFixed(2)} ms`);
  console.log(`server: memory after indexing and typing: ${(stats.memory.rssBytes / 1048576).toFixed(0)} MB resident (peak ${(peak / 1048576).toFixed(0)} MB), heap ${(stats.memory.heapUsedBytes / 1048576).toFixed(0)} MB`);
}
