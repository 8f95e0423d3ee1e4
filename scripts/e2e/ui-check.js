#!/usr/bin/env node
// Browser-level check of what a user sees: code-server with watpl.vsix installed and examples/ open,
// as `npm start` serves it. Opens a template from the Explorer, waits for its problem in the
// Problems panel and saves a screenshot under test-artifacts/.
// Usage: node scripts/e2e/ui-check.js [VSIX]   (default watpl.vsix; run setup.sh first)
const path = require('node:path');
const editor = require('./editor');
const { browserCheck } = require('./browser');

/** What the check opens and expects: a folder and a file in the Explorer, a problem (message, then rule id) in the Problems panel. */
const DEFAULT_TARGET = { folder: 'mistakes', file: 'button-phone.watpl', expect: ['has no country code', 'button-phone'] };

/** Opens target.file from the Explorer (expanding its folder), then waits for target.expect in the Problems panel. */
async function findProblem(page, target, log) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded');
  // Quick Open races the file index right after load; the Explorer does not
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  await rows.filter({ hasText: new RegExp(`^\\s*${target.folder}\\s*$`) }).first().click({ timeout: 60_000 });
  await rows.filter({ hasText: target.file }).first().dblclick({ timeout: 30_000 });
  await page.locator('.tabs-container .tab.active', { hasText: target.file }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
  log(`opened ${target.folder}/${target.file}`);
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  const marker = target.expect.reduce((found, text) => found.filter({ hasText: text }), page.locator('.markers-panel .monaco-list-row'));
  await marker.first().waitFor({ timeout: 45_000 });
  log(`Problems panel: ${(await marker.first().innerText()).replace(/\s+/g, ' ')}`);
  // the squiggle comes from the same diagnostics, the code lens from the server too: wait for both so the screenshot shows them
  await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .codelens-decoration', { hasText: '/ 1,024 characters' }).first().waitFor({ timeout: 30_000 });
}

/**
 * Runs the check against `vsix` with `workspace` open; resolves true when the problem was found.
 * The screenshot goes to `shot` on success and on failure.
 */
function uiCheck({ target = DEFAULT_TARGET, ...run }) {
  return browserCheck('ui-check', run, (page, stamp) => findProblem(page, target, stamp));
}

module.exports = { uiCheck, DEFAULT_TARGET };

if (require.main === module) {
  editor.exitOnSignals();
  const vsix = path.resolve(process.argv[2] || path.join(editor.ROOT, 'watpl.vsix'));
  const shot = path.join(editor.ROOT, 'test-artifacts', 'ui-check.png');
  uiCheck({ vsix, workspace: path.join(editor.ROOT, 'examples'), shot }).then((ok) => {
    console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
    process.exit(ok ? 0 : 1);
  });
}
