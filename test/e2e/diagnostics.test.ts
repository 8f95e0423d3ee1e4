/** A broken template gets its diagnostic, and the quick fix removes it. */
import assert from 'node:assert/strict';
import { suite, test, teardown } from 'mocha';
import * as vscode from 'vscode';
import { openEditor, problemsAppear, problemsGone, revertActive } from './helpers';

const LEGACY = 'mistakes/placeholder-legacy.watpl';

suite('diagnostics and quick fixes', () => {
  teardown(revertActive);

  test('a broken template shows the rule id, the severity, the exact range and a docs link', async () => {
    const { document } = await openEditor(LEGACY);
    const [d] = await problemsAppear(document.uri, 'placeholder-legacy');
    assert.equal(document.getText(d.range), '{1}');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /\{\{1\}\}/);
    assert.ok(typeof d.code === 'object', 'the diagnostic code carries a docs link');
    assert.match(d.code.target.toString(), /rules\.md#placeholder-legacy$/);
  });

  test('the quick fix rewrites {1} to {{1}} and the diagnostic goes away', async () => {
    const { document } = await openEditor(LEGACY);
    const [d] = await problemsAppear(document.uri, 'placeholder-legacy');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `no preferred quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.title, 'Change to {{1}}');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the editor refused the edit');
    assert.match(document.getText(), /your order \{\{1\}\} has been packed/);
    await problemsGone(document.uri, 'placeholder-legacy');
  });
});
