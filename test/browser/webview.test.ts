/**
 * The preview pane's webview page (client/src/preview: shell + dist/preview.js) in Chromium, with a stand-in for
 * VS Code's webview API: messages in and out, updates without reload or lost scroll, state, links, CSP.
 * What needs the real editor (commands, following editors, the serializer) is for the editor's end-to-end tests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { RenderMessage } from '../../client/src/preview/messages';
import { previewHtml } from '../../client/src/preview/shell';
import { parseTemplate } from '../../server/src/parser/parse';
import { renderPreview } from '../../server/src/render/preview';
import { chromiumMissing, startBrowser, watchedPage, type Browser, type WatchedPage } from './chromium';

const missing = chromiumMissing();
const dir = mkdtempSync(join(tmpdir(), 'watpl-webview-'));
const pageFile = join(dir, 'preview.html');
let browser: Browser | null = null;

before(async () => {
  if (missing) return;
  const script = pathToFileURL(resolve('dist/preview.js')).toString();
  writeFileSync(pageFile, previewHtml({ nonce: 'd2VidmlldyB0ZXN0IG5vbmNl', cspSource: "'self'", scriptUri: script, allowRemoteImages: false, theme: 'light' }));
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

/** A render message for an example template, as the extension sends it. */
function renderOf(file: string, extra: Partial<RenderMessage> = {}): RenderMessage {
  const t = parseTemplate(readFileSync(file, 'utf8'));
  const p = renderPreview(t);
  return {
    type: 'render', uri: pathToFileURL(resolve(file)).toString(), version: 1, name: t.name, language: t.language, category: t.category,
    html: p.html, counts: p.counts, notes: p.notes, translations: [], hint: null, raw: false, theme: 'light', ...extra,
  };
}

/** The page with a stand-in acquireVsCodeApi that records what the script sends and saves. */
async function openPane(savedState: unknown = undefined): Promise<WatchedPage> {
  const w = await watchedPage(browser!);
  await w.page.setViewportSize({ width: 420, height: 300 });
  // A string, not a function: tsx would name the arrow functions with a helper the page does not have.
  await w.page.addInitScript(`
    window.sent = [];
    window.saved = ${JSON.stringify(savedState ?? null)} ?? undefined;
    window.acquireVsCodeApi = function () {
      return { postMessage: function (m) { window.sent.push(m); }, getState: function () { return window.saved; }, setState: function (s) { window.saved = s; } };
    };`);
  await w.goto(pathToFileURL(pageFile).toString());
  return w;
}

const post = (w: WatchedPage, message: unknown) => w.page.evaluate((m) => window.postMessage(m, '*'), message);
const sent = (w: WatchedPage) => w.page.evaluate(() => (window as unknown as { sent: unknown[] }).sent);
const saved = (w: WatchedPage) => w.page.evaluate(() => (window as unknown as { saved: unknown }).saved);

test('webview: says it is ready, shows a render with counts, title and translations, under its CSP', async (t) => {
  if (missing) return t.skip(missing);
  const w = await openPane();
  await w.page.waitForFunction(() => (window as unknown as { sent: unknown[] }).sent.length > 0);
  assert.deepEqual(await sent(w), [{ type: 'ready' }]);
  const en = renderOf('examples/templates/order_shipped.en_US.watpl', {
    translations: [
      { uri: 'file:///ws/order_shipped.de.watpl', language: 'de', current: false },
      { uri: 'file:///ws/order_shipped.en_US.watpl', language: 'en_US', current: true },
    ],
  });
  await post(w, en);
  await w.page.locator('#wp-chat .wa-bubble').waitFor();
  assert.equal(await w.page.locator('#wp-title').textContent(), 'order_shipped en_US · utility');
  assert.deepEqual(await w.page.locator('#wp-counts span').allTextContents(), [`Body ${en.counts.body.length}/1,024 (${en.counts.body.hydrated} with examples)`, `Header ${en.counts.header!.length}/60`, `Footer ${en.counts.footer!.length}/60`, 'Buttons 2/10']);
  assert.deepEqual(await w.page.locator('#wp-lang option').allTextContents(), ['de', 'en_US']);
  assert.equal(await w.page.locator('#wp-lang').inputValue(), 'file:///ws/order_shipped.en_US.watpl');
  assert.ok(await w.page.locator('#wp-status').isHidden());
  assert.ok(await w.page.locator('#wp-hint').isHidden(), 'no hint, no line');
  await post(w, { ...en, version: 2, hint: { declared: 'utility', inferred: 'marketing', confidence: 0.934, reasons: ['25% off', 'shop now'] } });
  await w.page.locator('#wp-hint.wp-over').waitFor();
  assert.equal(await w.page.locator('#wp-hint').textContent(), 'Category hint: marketing (93%), not utility: 25% off, shop now');
  await post(w, { ...en, version: 3, hint: { declared: 'utility', inferred: 'utility', confidence: 0.8, reasons: [] } });
  await w.page.locator('#wp-hint:not(.wp-over)').waitFor();
  assert.equal(await w.page.locator('#wp-hint').textContent(), 'Category hint: utility (80%)');
  assert.deepEqual([w.dialogs, w.requests.filter((u) => !u.endsWith('/dist/preview.js')), w.console], [[], [], []]);
  await w.page.close();
});

test('webview: an update swaps the bubble without reloading and keeps the scroll position', async (t) => {
  if (missing) return t.skip(missing);
  const w = await openPane();
  await post(w, renderOf('examples/templates/summer_sale.en_US.watpl'));
  await w.page.locator('#wp-chat .wa-bubble').waitFor();
  await w.page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
    window.scrollTo(0, 150);
  });
  const edited = renderOf('examples/templates/summer_sale.en_US.watpl');
  edited.html = edited.html.replace('Some favorites:', 'Some <strong>new</strong> favorites:');
  await post(w, { ...edited, version: 2 });
  await w.page.locator('#wp-chat strong', { hasText: 'new' }).waitFor();
  assert.deepEqual(await w.page.evaluate(() => [(window as unknown as { marker: number }).marker, Math.round(window.scrollY)]), [42, 150]);
  await w.page.waitForFunction(() => (window as unknown as { saved: { scrollY: number } }).saved?.scrollY === 150);
  assert.deepEqual(await saved(w), { uri: edited.uri, raw: false, theme: 'light', scrollY: 150 });
  await w.page.close();
});

test('webview: the toggles and the translation list send validated messages; links do not navigate', async (t) => {
  if (missing) return t.skip(missing);
  const w = await openPane();
  await post(w, renderOf('examples/templates/order_shipped.en_US.watpl', { translations: [{ uri: 'file:///ws/a.nl.watpl', language: 'nl', current: false }, { uri: 'file:///ws/a.en_US.watpl', language: 'en_US', current: true }] }));
  await w.page.locator('#wp-chat .wa-bubble').waitFor();
  await w.page.click('#wp-raw');
  await w.page.click('#wp-theme');
  await w.page.selectOption('#wp-lang', 'file:///ws/a.nl.watpl');
  assert.deepEqual((await sent(w)).slice(1), [{ type: 'setRaw', raw: true }, { type: 'setTheme', theme: 'dark' }, { type: 'openTranslation', uri: 'file:///ws/a.nl.watpl' }]);
  await post(w, { ...renderOf('examples/templates/order_shipped.en_US.watpl'), html: '<div class="wa-msg"><a class="wa-a" title="https://evil.example">https://evil.example</a></div>', theme: 'dark', raw: true });
  const url = w.page.url();
  await w.page.click('.wa-a');
  assert.equal(w.page.url(), url);
  assert.deepEqual(await w.page.evaluate(() => [document.body.className, document.querySelector('#wp-raw')!.getAttribute('aria-pressed')]), ['wa wa-dark', 'true']);
  await w.page.close();
});

test('webview: invalid messages are ignored; markup that is not the engine\'s cannot run script', async (t) => {
  if (missing) return t.skip(missing);
  const w = await openPane();
  const good = renderOf('examples/templates/order_shipped.en_US.watpl');
  await post(w, good);
  await w.page.locator('#wp-chat .wa-bubble').waitFor();
  for (const bad of [{ ...good, html: '<p id="bad">x</p>', script: 'alert(1)' }, { ...good, html: '<p id="bad">x</p>', type: 'eval' }, { type: 'render' }, 'render']) await post(w, bad);
  await w.page.waitForTimeout(100);
  assert.equal(await w.page.locator('#bad').count(), 0);
  assert.equal(w.console.filter((c) => c.includes('ignored a message')).length, 4);
  // Even if the server sent hostile markup, the page's CSP runs no inline script or handler.
  await post(w, { ...good, html: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><svg><a onclick="window.pwned=3"><text>x</text></a></svg>' });
  await w.page.waitForTimeout(200);
  assert.equal(await w.page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  assert.equal(w.dialogs.length, 0);
  await w.page.close();
});

test('webview: a reloaded pane restores its scroll position from the saved state', async (t) => {
  if (missing) return t.skip(missing);
  const message = renderOf('examples/templates/summer_sale.en_US.watpl');
  const w = await openPane({ uri: message.uri, raw: false, theme: 'light', scrollY: 120 });
  await post(w, message);
  await w.page.locator('#wp-chat .wa-bubble').waitFor();
  assert.equal(await w.page.evaluate(() => Math.round(window.scrollY)), 120);
  await w.page.close();
});
