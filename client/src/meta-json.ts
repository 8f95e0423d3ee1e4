/** "Export as Meta JSON" and "Import templates from JSON": editor commands over the server's watpl/exportTemplate and watpl/importTemplates. */
import { commands, env, Uri, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_TEMPLATE, IMPORT_TEMPLATES, type ExportTemplateResult, type ImportTemplatesResult } from '../../server/src/lsp/protocol';

type GetClient = () => LanguageClient | undefined;

const COPY = 'Copy to Clipboard';
const SAVE = 'Save as JSON File...';
const SHOW = 'Show Output';

/** Registers watpl.exportMetaJson and watpl.importMetaJson. */
export function registerMetaJsonCommands(getClient: GetClient): Disposable[] {
  return [
    commands.registerCommand('watpl.exportMetaJson', (uri?: Uri) => withClient(getClient, (c) => exportMetaJson(c, uri))),
    commands.registerCommand('watpl.importMetaJson', (uri?: Uri) => withClient(getClient, (c) => importMetaJson(c, uri))),
  ];
}

async function withClient(getClient: GetClient, run: (c: LanguageClient) => Promise<void>): Promise<void> {
  const c = getClient();
  if (!c) return void window.showErrorMessage('watpl: the language server is not running (watpl: Restart the Language Server).');
  try {
    await run(c);
  } catch (e) {
    void window.showErrorMessage(`watpl: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Writes a title and indented lines to the watpl output channel (nothing when there are no lines). */
function log(c: LanguageClient, title: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  c.outputChannel.appendLine(title);
  for (const l of lines) c.outputChannel.appendLine(`  ${l}`);
}

/** Shows a message, with a button that opens the output when it holds more. */
async function tell(c: LanguageClient, kind: 'info' | 'warning' | 'error', message: string, withOutput: boolean): Promise<void> {
  const items = withOutput ? [SHOW] : [];
  const answer = kind === 'error' ? await window.showErrorMessage(message, ...items) : kind === 'warning' ? await window.showWarningMessage(message, ...items) : await window.showInformationMessage(message, ...items);
  if (answer === SHOW) c.outputChannel.show(true);
}

/** Exports the given or active template: copies the payload or saves it next to the template. */
async function exportMetaJson(c: LanguageClient, uri: Uri | undefined): Promise<void> {
  const active = window.activeTextEditor?.document;
  const target = uri ?? (active?.languageId === 'watpl' ? active.uri : undefined);
  if (!target || (uri && !uri.path.endsWith('.watpl'))) return void window.showErrorMessage('watpl: open a .watpl template to export it as Meta JSON.');
  const r = await c.sendRequest<ExportTemplateResult>(EXPORT_TEMPLATE, { uri: target.toString() });
  if (!r.ok) {
    const [first, ...rest] = r.message.split('\n');
    log(c, first, rest);
    return tell(c, 'error', `watpl: ${first} See the output for each error.`, true);
  }
  log(c, `Notes on ${r.fileName}:`, r.notes);
  const pick = await window.showQuickPick([COPY, SAVE], { placeHolder: `Meta JSON of ${r.fileName}` });
  if (pick === COPY) {
    await env.clipboard.writeText(r.json);
    return tell(c, r.notes.length ? 'warning' : 'info', `watpl: copied the Meta JSON of ${r.fileName}${noteCount(r.notes)}.`, r.notes.length > 0);
  }
  if (pick !== SAVE) return;
  const folder = target.scheme === 'file' ? Uri.joinPath(target, '..') : workspace.workspaceFolders?.[0]?.uri;
  const dest = await window.showSaveDialog({ defaultUri: folder && Uri.joinPath(folder, r.fileName), filters: { JSON: ['json'] }, saveLabel: 'Export' });
  if (!dest) return;
  await workspace.fs.writeFile(dest, new TextEncoder().encode(r.json));
  return tell(c, r.notes.length ? 'warning' : 'info', `watpl: saved ${workspace.asRelativePath(dest)}${noteCount(r.notes)}.`, r.notes.length > 0);
}

function noteCount(notes: readonly string[]): string {
  return notes.length ? `; ${notes.length} note${notes.length === 1 ? '' : 's'} in the output` : '';
}

/** Imports a JSON file into .watpl files in a folder the user picks, asking before it overwrites anything. */
async function importMetaJson(c: LanguageClient, uri: Uri | undefined): Promise<void> {
  const source = uri ?? (await window.showOpenDialog({ canSelectMany: false, filters: { 'Meta JSON': ['json'] }, openLabel: 'Import' }))?.[0];
  if (!source) return;
  const json = new TextDecoder().decode(await workspace.fs.readFile(source));
  const r = await c.sendRequest<ImportTemplatesResult>(IMPORT_TEMPLATES, { json });
  const name = source.path.split('/').pop();
  log(c, `Import of ${name}: not imported`, r.errors);
  log(c, `Import of ${name}: notes`, r.notes);
  if (r.files.length === 0) return tell(c, 'error', `watpl: no template imported from ${name}: ${r.errors[0] ?? 'it holds no templates'}`, r.errors.length > 1);
  const folder = (await window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, defaultUri: workspace.workspaceFolders?.[0]?.uri ?? Uri.joinPath(source, '..'), openLabel: 'Import Here' }))?.[0];
  if (!folder) return;
  const targets = r.files.map((f) => ({ ...f, uri: Uri.joinPath(folder, f.fileName) }));
  const existing = (await Promise.all(targets.map(async (t) => ((await exists(t.uri)) ? t : null)))).filter((t) => t !== null);
  let skip = new Set<string>();
  if (existing.length) {
    const answer = await window.showWarningMessage(`${existing.length} of ${targets.length} files already exist: ${existing.map((t) => t.fileName).join(', ')}.`, { modal: true }, 'Overwrite', 'Skip Existing');
    if (answer === undefined) return;
    if (answer === 'Skip Existing') skip = new Set(existing.map((t) => t.fileName));
  }
  const written = targets.filter((t) => !skip.has(t.fileName));
  for (const t of written) await workspace.fs.writeFile(t.uri, new TextEncoder().encode(t.text));
  if (written[0]) await window.showTextDocument(written[0].uri, { preview: false });
  const parts = [`imported ${written.length} template${written.length === 1 ? '' : 's'}`];
  if (skip.size) parts.push(`${skip.size} skipped`);
  if (r.errors.length) parts.push(`${r.errors.length} not imported`);
  if (r.notes.length) parts.push(`${r.notes.length} note${r.notes.length === 1 ? '' : 's'}`);
  const more = r.errors.length + r.notes.length > 0;
  return tell(c, more ? 'warning' : 'info', `watpl: ${parts.join(', ')}${more ? ' (see the output)' : ''}.`, more);
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
