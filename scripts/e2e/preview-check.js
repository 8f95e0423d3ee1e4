#!/usr/bin/env node
// Browser-level check of the preview pane as a user drives it: code-server with watpl.vsix installed and a
// copy of examples/ open. Opens a template, runs "Open Preview to the Side" with its keybinding (Ctrl+K V),
// finds the pane's webview (nested iframes) and checks title, counts and bubble; types in the body and
// waits for the pane to show each keystroke without reloading its page (and prints the keystroke → pane
// latency: figures only, no assertion on time); switches editors and translations; reloads the window and
// checks the pane comes back with its template. Saves test-artifacts/preview-e2e.png.
// Usage: node scripts/e2e/preview-check.js [VSIX]   (default watpl.vsix; run setup.sh first). Works on a copy of examples/.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const editor = require('./editor');
const { browserCheck } = require('./browser');

/**
 * What the check opens: a template with translations (folder and file in the Explorer, its name and a piece of
 * its body with the examples filled in), another template to switch to, and a translation to pick in the pane.
 */
const DEFAULT_TARGET = {
  folder: 'templates',
  file: 'order_shipped.en_US.watpl',
  name: 'order_shipped',
  language: 'en_US',
  body: 'Hi Emily, your order 40213 has left our warehouse.',
  bodyLine: 'Hi {{first_name}}, your order', // the editor line the check types into (at its start)
  typed: 'pqwbxzkjvmfy', // one keystroke each, lower case letters: no auto-closing, no commit characters
  other: { file: 'summer_sale.en_US.watpl', name: 'summer_sale', body: 'Hi Emma, our Summer Sale has started!' },
  translation: { language: 'de', file: 'order_shipped.de.watpl', body: 'Hallo Jonas, deine Bestellung 40213' },
};

/** An error that ends a waitFor at once (the other errors of a probe count as "not yet"). */
class Fatal extends Error {}

/** Polls `probe` every 50 ms until it returns a truthy value; after timeoutMs throws saying what never happened. */
async function waitFor(what, probe, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
    } catch (err) {
      if (err instanceof Fatal) throw err;
      last = `error: ${String(err.message).split('\n')[0]}`;
    }
    if (last && !String(last).startsWith('error: ')) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await editor.delay(50);
  }
}

/**
 * The preview's webview frame: VS Code puts each webview in an iframe whose page holds the content in a nested
 * iframe; the preview's is the one with the pane's chat area (#wp-chat).
 */
async function previewFrame(page, timeoutMs) {
  return waitFor('the preview pane\'s webview frame (#wp-chat)', async () => {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      if (await frame.evaluate(() => document.getElementById('wp-chat') !== null).catch(() => false)) return frame;
    }
    return null;
  }, timeoutMs);
}

/** What the pane shows: title, counts, body and the translation picker. */
function paneView(frame) {
  return frame.evaluate(() => ({
    title: document.getElementById('wp-title')?.textContent ?? '',
    counts: [...document.querySelectorAll('#wp-counts span')].map((s) => s.textContent),
    body: document.querySelector('#wp-chat .wa-bubble .wa-body')?.textContent ?? null,
    langs: [...document.querySelectorAll('#wp-lang option')].map((o) => o.textContent),
    langShown: !document.getElementById('wp-lang')?.hidden,
    status: document.getElementById('wp-status')?.hidden ? null : document.getElementById('wp-status')?.textContent,
  }));
}

/** Waits until the pane (found afresh each time: a reloaded webview is a new frame) satisfies `test`; returns the frame and view. */
async function paneShows(page, what, test, timeoutMs) {
  let last;
  try {
    return await waitFor(what, async () => {
      const frame = await previewFrame(page, 2000);
      last = await paneView(frame);
      return test(last) ? { frame, view: last } : null;
    }, timeoutMs);
  } catch (err) {
    throw new Error(`${err.message.split(' (last value')[0]}; the pane showed ${JSON.stringify(last)}`);
  }
}

/** "Body 164/1,024 (...)" → 164. */
function bodyLength(view) {
  const m = /^Body ([\d,]+)\//.exec(view.counts[0] ?? '');
  return m ? Number(m[1].replace(/,/g, '')) : NaN;
}

/** Runs a command from the Command Palette (F1), picking the entry whose label is `label`. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Double-clicks a file in the Explorer (Quick Open races the file index right after load) and waits for its editor. */
async function openFromExplorer(page, file) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().dblclick({ timeout: 30_000 });
  await page.locator('.tabs-container .tab.active', { hasText: file }).first().waitFor({ timeout: 30_000 });
}

/** Clicks the editor line that contains `text` and moves the cursor to its start (the check's lines have no indentation). */
async function cursorToLineStart(page, text) {
  await page.locator('.editor-instance .view-line', { hasText: text }).first().click({ timeout: 10_000 });
  await page.keyboard.press('Home');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Types `typed` one key at a time at the start of the body line and waits after each for the pane to show the text
 * so far. Timestamps: the keydown in the workbench page, and the first change of the pane's bubble that holds the
 * text (DOM) and the animation frame after it (paint). Both pages read the same clock (performance.timeOrigin + now()).
 * Returns the latencies in ms per keystroke.
 */
async function typeAndMeasure(page, frame, target, token) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__wpKeys = [];
    window.addEventListener('keydown', (e) => w.__wpKeys.push({ key: e.key, t: performance.timeOrigin + performance.now() }), true);
  });
  await frame.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__wpSeen = [];
    const chat = document.getElementById('wp-chat');
    new MutationObserver(() => {
      const entry = { body: chat.querySelector('.wa-body')?.textContent ?? '', t: performance.timeOrigin + performance.now(), painted: 0 };
      w.__wpSeen.push(entry);
      requestAnimationFrame(() => (entry.painted = performance.timeOrigin + performance.now()));
    }).observe(chat, { childList: true, subtree: true, characterData: true });
  });
  await cursorToLineStart(page, target.bodyLine);
  await page.evaluate(() => (/** @type {any} */ (window).__wpKeys = []));
  for (let i = 0; i < target.typed.length; i++) {
    await page.keyboard.press(target.typed[i]);
    const expected = target.typed.slice(0, i + 1) + target.body.slice(0, 12);
    await waitFor(`the pane to show "${expected}" after keystroke ${i + 1}`, async () => {
      const shown = frame.isDetached() ? 'reloaded' : await frame.evaluate(([text, t]) => {
        const w = /** @type {any} */ (window);
        return w.__wpMarker !== t ? 'reloaded' : w.__wpSeen.some((e) => e.body.includes(text) && e.painted);
      }, [expected, token]).catch((err) => (frame.isDetached() ? 'reloaded' : Promise.reject(err)));
      if (shown === 'reloaded') throw new Fatal(`the pane reloaded its page after keystroke ${i + 1} (its window lost the marker set before typing)`);
      return shown;
    }, 5000);
  }
  const keys = await page.evaluate(() => /** @type {any} */ (window).__wpKeys);
  const seen = await frame.evaluate(() => /** @type {any} */ (window).__wpSeen);
  const typedKeys = keys.filter((k) => target.typed.includes(k.key));
  if (typedKeys.length !== target.typed.length) throw new Error(`expected ${target.typed.length} keydown events in the workbench, saw ${JSON.stringify(keys.map((k) => k.key))}`);
  return typedKeys.map((k, i) => {
    const expected = target.typed.slice(0, i + 1) + target.body.slice(0, 12);
    const first = seen.find((e) => e.body.includes(expected));
    return { dom: first.t - k.t, paint: first.painted - k.t };
  });
}

/** The whole scenario; throws on the first thing the pane does not do. */
async function drivePreview(page, target, log) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded');
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  await rows.filter({ hasText: new RegExp(`^\\s*${target.folder}\\s*$`) }).first().click({ timeout: 60_000 });
  await openFromExplorer(page, target.file);
  await page.locator('.editor-instance .view-line', { hasText: target.bodyLine }).first().waitFor({ timeout: 30_000 });
  log(`opened ${target.folder}/${target.file}`);

  // the server's code lens says the extension is active: from then on the command runs at once
  await page.locator('.editor-instance .codelens-decoration', { hasText: '/ 1,024 characters' }).first().waitFor({ timeout: 45_000 });
  log('language server ready (code lens)');

  // 1. Open Preview to the Side: the keybinding, as a user presses it; the Command Palette if the chord did nothing
  await page.locator('.editor-instance .view-line', { hasText: target.bodyLine }).first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  // the pane's tab is "Preview" until its first render (which waits for the language server) names the template
  const tab = page.locator('.tabs-container .tab', { hasText: /^\s*Preview\b/ });
  const byChord = await tab.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
  if (!byChord) {
    log('note: Ctrl+K V opened no preview within 5 s; running "watpl: Open Preview to the Side" from the Command Palette');
    await runCommand(page, 'watpl: Open Preview to the Side');
    await tab.first().waitFor({ timeout: 15_000 });
  }
  const groups = await page.locator('.editor-group-container').count();
  if (groups < 2) throw new Error(`the preview did not open beside the template (${groups} editor group)`);
  log(`preview opened to the side (${byChord ? 'Ctrl+K V' : 'Command Palette'})`);

  // 2. the webview shows the template: title, counts, bubble, translations
  let { frame, view } = await paneShows(page, `the pane to show ${target.file}`, (v) => v.body?.includes(target.body), 30_000);
  if (!view.title.startsWith(`${target.name} ${target.language}`)) throw new Error(`title "${view.title}", expected "${target.name} ${target.language} …"`);
  if (!/^Body [\d,]+\/1,024/.test(view.counts[0] ?? '') || !view.counts.some((c) => /^Buttons \d+\/10$/.test(c))) throw new Error(`counts ${JSON.stringify(view.counts)}`);
  if (!view.langShown || !view.langs.includes(target.translation.language)) throw new Error(`translation picker ${JSON.stringify(view.langs)}, expected ${target.translation.language} among them`);
  const length0 = bodyLength(view);
  log(`pane: "${view.title}" | ${view.counts.join(' | ')} | translations ${view.langs.join(', ')}`);

  // 3. typing updates the same page (no reload), every keystroke
  const token = `wp-${Date.now()}`;
  await frame.evaluate((t) => (/** @type {any} */ (window).__wpMarker = t), token);
  const lat = await typeAndMeasure(page, frame, target, token);
  ({ frame, view } = await paneShows(page, 'the pane to show the edited body', (v) => v.body?.includes(target.typed + target.body)));
  const marker = await frame.evaluate(() => /** @type {any} */ (window).__wpMarker);
  if (marker !== token) throw new Error('the pane reloaded its page while the template was edited (its window lost the marker set before typing)');
  if (bodyLength(view) !== length0 + target.typed.length) throw new Error(`body count ${view.counts[0]} after typing ${target.typed.length} characters into ${length0}`);
  const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  log(`typing: ${lat.length} keystrokes each shown without reloading the pane; keystroke → pane DOM ${fmt(lat.map((l) => l.dom))}; → next frame ${fmt(lat.map((l) => l.paint))}`);
  log(`  per keystroke (DOM, ms): ${lat.map((l) => l.dom.toFixed(0)).join(' ')}`);

  // 4. the pane follows the active .watpl editor, and its translation picker
  await openFromExplorer(page, target.other.file);
  ({ view } = await paneShows(page, `the pane to follow ${target.other.file}`, (v) => v.title.startsWith(target.other.name) && v.body?.includes(target.other.body)));
  log(`pane followed to ${target.other.file}: "${view.title}"`);
  await page.locator('.tabs-container .tab', { hasText: target.file }).first().click();
  ({ frame } = await paneShows(page, `the pane to follow back to ${target.file}`, (v) => v.title.startsWith(`${target.name} ${target.language}`) && v.body?.includes(target.typed + target.body)));
  // take the typed text out again (VS Code in the browser saves after a delay by default: reverting would not undo it)
  await cursorToLineStart(page, target.typed + target.bodyLine);
  for (let i = 0; i < target.typed.length; i++) await page.keyboard.press('Delete');
  ({ frame } = await paneShows(page, 'the pane to show the body without the typed text', (v) => v.body?.includes(target.body) && !v.body.includes(target.typed)));
  log(`pane followed back to ${target.file}; typed text deleted`);
  await frame.selectOption('#wp-lang', { label: target.translation.language });
  ({ view } = await paneShows(page, `the pane to switch to the ${target.translation.language} translation`,
    (v) => v.title.startsWith(`${target.name} ${target.translation.language}`) && v.body?.includes(target.translation.body)));
  await page.locator('.tabs-container .tab.active', { hasText: target.translation.file }).first().waitFor({ timeout: 10_000 });
  log(`translation picker: pane shows "${view.title}", ${target.translation.file} opened beside it`);

  // 5. Developer: Reload Window brings the pane back with its template
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('window reloaded');
  ({ frame, view } = await paneShows(page, 'the pane to come back after the reload with its template',
    (v) => v.title.startsWith(`${target.name} ${target.translation.language}`) && v.body?.includes(target.translation.body), 60_000));
  log(`after reload the pane shows "${view.title}" | ${view.counts.join(' | ')}`);
  // the restored pane is live: it follows the editors again
  await page.locator('.tabs-container .tab', { hasText: target.file }).first().click({ timeout: 15_000 });
  ({ frame, view } = await paneShows(page, `the restored pane to follow ${target.file}`,
    (v) => v.title.startsWith(`${target.name} ${target.language}`) && v.body?.includes(target.body)));
  log(`the restored pane followed to ${target.file}`);
  return frame;
}

/**
 * Runs the check against `vsix` with `workspace` open (it edits files there: give it a copy); resolves true when
 * every step passed. The screenshot goes to `shot` on success and on failure.
 */
function previewCheck({ target = DEFAULT_TARGET, ...run }) {
  return browserCheck('preview-check', run, async (page, stamp) => {
    const frame = await drivePreview(page, target, stamp);
    // two animation frames of the pane: the restored content is painted before the screenshot
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  });
}

module.exports = { previewCheck, DEFAULT_TARGET };

if (require.main === module) {
  editor.exitOnSignals();
  const vsix = path.resolve(process.argv[2] || path.join(editor.ROOT, 'watpl.vsix'));
  const shot = path.join(editor.ROOT, 'test-artifacts', 'preview-e2e.png');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'watpl-preview-e2e-'));
  process.on('exit', () => process.env.KEEP_E2E_LOGS || fs.rmSync(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(editor.ROOT, 'examples'), workspace, { recursive: true });
  previewCheck({ vsix, workspace, shot, tmpRoot: tmp }).then((ok) => {
    console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
    process.exit(ok ? 0 : 1);
  });
}
