/** The packaged extension activates on a .watpl file and its language server answers. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openEditor, waitFor } from './helpers';

suite('activation', () => {
  test('opening a .watpl file activates the extension from the .vsix contents', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    // the runner unpacks watpl.vsix: no sources there, only the bundles the package ships
    assert.ok(existsSync(join(ext.extensionPath, 'dist', 'server.js')), 'dist/server.js is missing from the package');
    assert.ok(!existsSync(join(ext.extensionPath, 'server', 'src')), `running from a source tree (${ext.extensionPath}), not the .vsix`);
    const editor = await openEditor('templates/order_shipped.en_US.watpl');
    assert.equal(editor.document.languageId, 'watpl');
    await waitFor('the extension to be active', () => ext.isActive);
    await ext.activate(); // rejects when activate() threw
  });

  test('the language server answers: document symbols of a template', async () => {
    const editor = await openEditor('templates/order_shipped.en_US.watpl');
    const uri = editor.document.uri;
    const symbols = await waitFor('document symbols from the server', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found?.length ? found : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), ['Front matter', 'Header', 'Body', 'Footer', 'Buttons', 'Examples']);
  });
});
