/** Completion offers the template's placeholders; hover on a heading shows the character count. */
import assert from 'node:assert/strict';
import { suite, test, teardown } from 'mocha';
import * as vscode from 'vscode';
import { openEditor, revertActive, waitFor } from './helpers';

const SHIPPED = 'templates/order_shipped.en_US.watpl';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('completion and hover', () => {
  teardown(revertActive);

  test('typing {{ in the body offers the placeholders the template uses', async () => {
    const editor = await openEditor(SHIPPED);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('You can follow'));
    const end = editor.document.lineAt(line).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, ' Ref {{')));
    const at = editor.document.lineAt(line).range.end;
    // only watpl's items: the editor's word-based suggestions offer the same words as plain text
    const fromWatpl = (item: vscode.CompletionItem) => item.kind === vscode.CompletionItemKind.Variable && item.detail === 'placeholder used in this template';
    const labels = await waitFor('placeholder completions from watpl', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at, '{');
      const found = list.items.filter(fromWatpl).map(labelOf);
      return found.length ? found : undefined;
    });
    assert.deepEqual([...labels].sort(), ['delivery_date', 'first_name', 'order_id', 'tracking_code']);
  });

  test('hover on "# Body" shows its length against the 1,024 character limit', async () => {
    const { document } = await openEditor(SHIPPED);
    const text = document.getText();
    const heading = document.positionAt(text.indexOf('# Body') + 2);
    const body = text.slice(text.indexOf('# Body\n') + '# Body\n'.length, text.indexOf('# Footer')).trim();
    const placeholders = body.match(/\{\{[a-z_]+\}\}/g)?.length ?? 0;
    const expected = `Body: ${[...body].length} / 1,024 characters, ${placeholders} placeholders`;
    const shown = await waitFor('a hover with the body length', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, heading);
      const value = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return value.includes('/ 1,024 characters') ? value : undefined;
    });
    assert.ok(shown.includes(expected), `expected "${expected}" in: ${shown}`);
  });
});
