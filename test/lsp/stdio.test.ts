/** The standalone server (node dist/server.js --stdio), as Neovim, Helix or Zed start it. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { template } from '../../server/src/testing/support';

test('dist/server.js --stdio answers initialize, didOpen and publishes diagnostics', async () => {
  const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const got = new Promise<PublishDiagnosticsParams>((ok) => conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => ok(p)));
  conn.listen();
  try {
    const init = await conn.sendRequest<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'watpl');
    assert.ok(init.capabilities.codeActionProvider && init.capabilities.completionProvider && init.capabilities.hoverProvider);
    conn.sendNotification('initialized', {});
    const uri = 'file:///tmp/stdio-check.watpl';
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'watpl', version: 1, text: template({ language: 'en-US' }) } });
    const p = await Promise.race([got, new Promise<never>((_, no) => setTimeout(() => no(new Error('no diagnostics within 10 s')), 10000))]);
    assert.equal(p.uri, uri);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['language-code']);
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    assert.equal(code, 0);
  } finally {
    conn.dispose();
    child.kill();
  }
});
