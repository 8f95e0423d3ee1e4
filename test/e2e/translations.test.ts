/** Editing a translation's sibling on disk (not in the editor) updates the open file's diagnostics. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { suite, suiteTeardown, test } from 'mocha';
import { fileUri, openEditor, problemsAppear, problemsGone } from './helpers';

const NL = 'mistakes/translation-drift/pickup_ready.nl.watpl';
const EN = 'mistakes/translation-drift/pickup_ready.en_US.watpl';

suite('translations', () => {
  const enPath = fileUri(EN).fsPath;
  const original = readFileSync(enPath, 'utf8');
  suiteTeardown(() => writeFileSync(enPath, original));

  test('translation-drift follows the sibling file as it changes on disk', async () => {
    const { document } = await openEditor(NL);
    const [drift] = await problemsAppear(document.uri, 'translation-drift');
    assert.match(drift.message, /pickup_ready\.en_US\.watpl/);
    // make the en_US buttons match nl's (two URL buttons): the drift is gone
    const phone = '- [Call the store](tel:+31201234567)';
    assert.ok(original.includes(phone));
    writeFileSync(enPath, original.replace(phone, '- [Contact](https://www.example.com/contact)'));
    await problemsGone(document.uri, 'translation-drift');
    writeFileSync(enPath, original);
    await problemsAppear(document.uri, 'translation-drift');
  });
});
