/** The VS Code client: starts the watpl language server, and shows the active template in the status bar. Nothing else lives here. */
import * as path from 'node:path';
import { commands, ExtensionContext, StatusBarAlignment, window, workspace, type StatusBarItem } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, TEMPLATE_INFO, type TemplateInfo } from '../../server/src/lsp/protocol';
import { registerMetaJsonCommands } from './meta-json';
import { registerPreview } from './preview/index';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'watpl', scheme: 'file' }, { language: 'watpl', scheme: 'untitled' }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{*.watpl,watpl.config.json}') },
    initializationOptions: { settings: workspace.getConfiguration('watpl') },
  };
  client = new LanguageClient('watpl', 'watpl', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('watpl.checkWorkspace', () => client?.sendRequest('workspace/executeCommand', { command: COMMANDS.lintWorkspace, arguments: [] })),
    commands.registerCommand('watpl.restartServer', () => client?.restart()),
    commands.registerCommand('watpl.showOutput', () => client?.outputChannel.show()),
    ...registerMetaJsonCommands(() => client),
    ...registerPreview(context, () => client),
  );
  await client.start();
  context.subscriptions.push(statusBar(client));
}

/** "utility · 812/1,024" for the active template, refreshed on edits; click shows the problems. */
function statusBar(lc: LanguageClient): { dispose(): void } {
  const item: StatusBarItem = window.createStatusBarItem('watpl.status', StatusBarAlignment.Right, 100);
  item.name = 'watpl template';
  item.command = 'workbench.actions.view.problems';
  let timer: NodeJS.Timeout | undefined;
  const refresh = async () => {
    const doc = window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'watpl') return item.hide();
    const info = await lc.sendRequest<TemplateInfo | null>(TEMPLATE_INFO, { uri: doc.uri.toString() }).catch(() => null);
    if (!info || window.activeTextEditor?.document !== doc) return;
    const length = `${info.bodyLength.toLocaleString('en-US')}/${info.bodyLimit.toLocaleString('en-US')}`;
    const declared = info.category?.toLowerCase() ?? null;
    const differs = info.inferred && info.inferred.category !== declared;
    item.text = `$(comment) ${info.category ?? 'no category'}${differs ? ` → reads as ${info.inferred!.category}` : ''} · ${length}`;
    item.tooltip = `${info.name ?? '(no name)'} (${info.language ?? 'no language'}): body ${length} characters; ${info.errors} errors, ${info.warnings} warnings${info.inferred ? `\n${info.inferred.summary}` : ''}`;
    item.show();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 200);
  };
  const subs = [window.onDidChangeActiveTextEditor(soon), workspace.onDidChangeTextDocument((e) => e.document === window.activeTextEditor?.document && soon())];
  soon();
  return { dispose: () => [item, ...subs].forEach((d) => d.dispose()) };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
