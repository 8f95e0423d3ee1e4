/** The language server: wires LSP requests and notifications to the engine through WatplService. */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readSettings } from '../config/settings';
import { LIMITS } from '../meta/limits';
import type { FileSystem } from '../workspace/fs';
import { categoryLens, inferredInfo } from './category-hint';
import { codeActions } from './code-actions';
import { completions } from './completion';
import { hover } from './hover';
import { registerMetaJson } from './meta-json';
import { registerRender } from './render';
import { COMMANDS, FIX_ALL_KIND, SERVER_STATS, TEMPLATE_INFO, type ServerStats, type TemplateInfo, type TemplateInfoParams } from './protocol';
import { WatplService } from './service';
import { codeLenses, documentSymbols, foldingRanges } from './symbols';
import { uriToPath } from './uri';
import { docsUrl } from '../meta/product';

/** Starts serving on `connection`. Returns the service (tests and the benchmark inspect it). */
export function startServer(connection: Connection, fs: FileSystem): WatplService {
  const documents = new TextDocuments(TextDocument);
  const service = new WatplService(connection, documents, fs);
  let watchDynamically = false;
  let configurationDynamically = false;
  let folderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    service.canReadConfiguration = caps.workspace?.configuration === true;
    watchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    configurationDynamically = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    folderEvents = caps.workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? (params.rootUri ? [uriToPath(params.rootUri)] : params.rootPath ? [params.rootPath] : []);
    service.folders = folders;
    const initOptions = params.initializationOptions as { settings?: unknown } | undefined;
    if (initOptions?.settings) service.globalSettings = readSettings(initOptions.settings).settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll], resolveProvider: false },
        completionProvider: { triggerCharacters: ['{', '#', ':', ' ', '-', '(', '['], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.lintWorkspace, COMMANDS.showDocumentation] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'watpl', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationDynamically) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'watpl' });
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.watpl' }, { globPattern: '**/watpl.config.json' }] });
    }
    if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      service.folders = [...service.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri))];
      for (const entry of [...service.index.all()]) if ([...removed].some((r) => entry.path.startsWith(r))) service.index.delete(entry.path);
      service.buildIndex();
      service.relintOpen();
    });
    setImmediate(() => {
      const t0 = performance.now();
      const n = service.buildIndex();
      service.indexMs = performance.now() - t0;
      connection.console.info(`watpl: indexed ${n} templates in ${service.indexMs.toFixed(0)} ms`);
      service.publishConfigProblems();
      service.relintOpen();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { watpl?: unknown } | null)?.watpl;
    if (raw !== undefined) service.globalSettings = readSettings(raw).settings;
    service.clearSettings();
    service.reloadConfigs();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configsChanged = false;
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (service.isConfigFile(path)) {
        configsChanged = true;
        if (change.type === FileChangeType.Deleted) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        continue;
      }
      if (documents.get(change.uri)) continue; // the open document is the truth
      const before = service.index.get(path);
      service.indexFromDisk(path);
      service.relintRelated(before);
      service.relintRelated(service.index.get(path));
    }
    if (configsChanged) service.reloadConfigs();
  });

  documents.onDidOpen((e) => service.schedule(e.document.uri, 0));
  documents.onDidChangeContent(async (e) => {
    const uri = e.document.uri;
    const settings = await service.settingsFor(uri);
    if (settings.run === 'onSave' && e.document.version > 1) return;
    const before = service.index.get(uriToPath(uri));
    service.schedule(uri);
    service.relintRelated(before, uri);
  });
  documents.onDidSave(async (e) => {
    if ((await service.settingsFor(e.document.uri)).run === 'onSave') service.schedule(e.document.uri, 0);
  });
  documents.onDidClose((e) => {
    const path = uriToPath(e.document.uri);
    service.clear(e.document.uri);
    const before = service.index.get(path);
    service.indexFromDisk(path);
    service.relintRelated(before);
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const lint = await service.current(params.textDocument.uri);
    return doc && lint ? codeActions(doc, lint, params, service) : [];
  });
  connection.onCompletion(async (params) => {
    const lint = await service.current(params.textDocument.uri);
    return lint ? completions(lint.result.template, params.position) : [];
  });
  connection.onHover(async (params) => {
    const lint = await service.current(params.textDocument.uri);
    return lint ? hover(lint, params.position, service.index) : null;
  });
  connection.onDocumentSymbol(async (params) => {
    const lint = await service.current(params.textDocument.uri);
    return lint ? documentSymbols(lint.result.template) : [];
  });
  connection.onFoldingRanges(async (params) => {
    const lint = await service.current(params.textDocument.uri);
    return lint ? foldingRanges(lint.result.template) : [];
  });
  connection.onCodeLens(async (params) => {
    const settings = await service.settingsFor(params.textDocument.uri);
    const lint = settings.codeLens ? await service.current(params.textDocument.uri) : null;
    return lint ? [...categoryLens(lint), ...codeLenses(lint.result.template)] : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === COMMANDS.lintWorkspace) {
      const n = await service.lintWorkspace();
      connection.window.showInformationMessage(`watpl: checked ${n} template${n === 1 ? '' : 's'} in the workspace.`);
      return n;
    }
    if (params.command === COMMANDS.showDocumentation) {
      const rule = String(params.arguments?.[0] ?? '');
      await connection.window.showDocument({ uri: docsUrl(rule || undefined), external: true });
    }
    return null;
  });

  connection.onRequest(SERVER_STATS, (): ServerStats => {
    const sorted = [...service.timings].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
    const mem = process.memoryUsage();
    return {
      indexed: service.index.size,
      indexMs: service.indexMs,
      lints: { count: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? 0 },
      memory: { rssBytes: mem.rss, heapUsedBytes: mem.heapUsed },
    };
  });

  connection.onRequest(TEMPLATE_INFO, async (params: TemplateInfoParams): Promise<TemplateInfo | null> => {
    const lint = await service.current(params.uri);
    if (!lint) return null;
    const t = lint.result.template;
    const ds = lint.result.diagnostics;
    return {
      name: t.name,
      language: t.language,
      category: t.category,
      bodyLength: t.body?.text.codePoints ?? 0,
      bodyLimit: LIMITS.body.max,
      errors: ds.filter((d) => d.severity === 'error').length,
      warnings: ds.filter((d) => d.severity === 'warning').length,
      inferred: inferredInfo(lint),
    };
  });

  registerMetaJson(connection, service);
  registerRender(connection, service);
  documents.listen(connection);
  connection.listen();
  return service;
}
