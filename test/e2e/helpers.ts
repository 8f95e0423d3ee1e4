/** Helpers for the end-to-end suites: they run inside VS Code's extension host, against the packaged extension. */
import * as vscode from 'vscode';

/** The extension id (publisher.name in package.json). */
export const EXTENSION_ID = 'watpl.watpl';

/**
 * Polls `probe` every 50 ms until it returns a truthy value and resolves with it; after `timeoutMs`
 * rejects with `what` and the last value seen, so a failure says what never happened.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The URI of a file in the test workspace (a copy of examples/). */
export function fileUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder (a copy of examples/)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openEditor(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(doc);
}

/** The rule id of a watpl diagnostic (its `code`, which carries a link to the rule's docs). */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** watpl's diagnostics for `uri`, only those of rule `rule` when given. */
export function problems(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'watpl' && (rule === undefined || ruleOf(d) === rule));
}

/** Waits until `uri` has at least one diagnostic of `rule` and returns them. */
export function problemsAppear(uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${rule} diagnostic on ${vscode.workspace.asRelativePath(uri)}`, () => {
    const found = problems(uri, rule);
    return found.length ? found : undefined;
  }, timeoutMs);
}

/** Waits until `uri` has no diagnostic of `rule`. */
export async function problemsGone(uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<void> {
  await waitFor(`the ${rule} diagnostic on ${vscode.workspace.asRelativePath(uri)} to go away`, () => problems(uri, rule).length === 0, timeoutMs);
}

/** Discards unsaved changes of the active editor and waits until it matches the file on disk again. */
export async function revertActive(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc?.isDirty) return;
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${vscode.workspace.asRelativePath(doc.uri)} to be reverted`, () => !doc.isDirty);
}
