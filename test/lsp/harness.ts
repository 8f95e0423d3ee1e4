/** Drives the real language server over streams, in process, as an editor would: initialize, open, change, request. */
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../server/src/lsp/server';
import type { WatplService } from '../../server/src/lsp/service';
import { nodeFs } from '../../server/src/workspace/node-fs';

export interface TestClient {
  client: MessageConnection;
  service: WatplService;
  settings: Record<string, unknown>;
  shownDocuments: string[];
  messages: string[];
  open(path: string, text: string): string;
  change(uri: string, text: string): void;
  close(uri: string): void;
  /** Waits until the latest diagnostics for `uri` satisfy `ok` (polling the notifications, with a timeout). */
  diagnostics(uri: string, ok?: (ds: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): void;
  stop(): Promise<void>;
}

export const uriOf = (path: string) => pathToFileURL(path).toString();

/** Starts a server with `folders` as workspace folders and `settings` as the client's watpl settings. */
export async function startTestServer(folders: string[] = [], settings: Record<string, unknown> = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const service = startServer(serverConnection, nodeFs);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const versions = new Map<string, number>();
  const state: TestClient = {
    client, service, settings, shownDocuments: [], messages: [],
    open(path, text) {
      const uri = uriOf(path);
      versions.set(uri, 1);
      client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'watpl', version: 1, text } });
      return uri;
    },
    change(uri, text) {
      const v = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, v);
      client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    },
    close(uri) {
      client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async diagnostics(uri, ok = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const p = latest.get(uri);
        const current = versions.get(uri);
        if (p && (current === undefined || p.version === undefined || p.version === current) && ok(p.diagnostics)) return p.diagnostics;
        if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(p?.diagnostics.map((d) => d.code))}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    request: (method, params) => client.sendRequest(method, params),
    notify: (method, params) => client.sendNotification(method, params),
    async stop() {
      await client.sendRequest('shutdown').catch(() => undefined);
      client.dispose();
      serverConnection.dispose();
    },
  };
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
  });
  client.onNotification('window/showMessage', (p: { message: string }) => {
    state.messages.push(p.message);
  });
  client.onNotification('window/logMessage', (p: { message: string }) => {
    state.messages.push(p.message);
  });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => state.settings));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/showMessageRequest', (p: { message: string }) => {
    state.messages.push(p.message);
    return null;
  });
  client.onRequest('window/showDocument', (p: { uri: string }) => {
    state.shownDocuments.push(p.uri);
    return { success: true };
  });
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f })),
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } } },
  });
  client.sendNotification('initialized', {});
  return state;
}
