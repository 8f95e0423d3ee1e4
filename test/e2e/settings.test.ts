/** Changing watpl settings in the editor re-checks open templates. */
import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { openEditor, problems, problemsAppear, problemsGone, waitFor } from './helpers';

const NAME_FORMAT = 'mistakes/name-format.watpl';
const watpl = () => vscode.workspace.getConfiguration('watpl');
const setRules = (value: Record<string, string> | undefined) => watpl().update('rules', value, vscode.ConfigurationTarget.Workspace);

suite('settings', () => {
  suiteTeardown(() => setRules(undefined));

  test('"watpl.rules": {"name-format": "off"} removes the diagnostic; removing the setting brings it back', async () => {
    const { document } = await openEditor(NAME_FORMAT);
    const [before] = await problemsAppear(document.uri, 'name-format');
    assert.equal(before.severity, vscode.DiagnosticSeverity.Error);
    await setRules({ 'name-format': 'off' });
    await problemsGone(document.uri, 'name-format');
    await setRules(undefined);
    await problemsAppear(document.uri, 'name-format');
  });

  test('"watpl.rules": {"name-format": "warning"} turns the error into a warning', async () => {
    const { document } = await openEditor(NAME_FORMAT);
    await problemsAppear(document.uri, 'name-format');
    await setRules({ 'name-format': 'warning' });
    const [d] = await waitFor('name-format reported as a warning', () => {
      const found = problems(document.uri, 'name-format');
      return found.length && found.every((x) => x.severity === vscode.DiagnosticSeverity.Warning) ? found : undefined;
    });
    assert.match(d.message, /lowercase/);
  });
});
