// Launches Debian's Chromium headless through playwright-core, with the flags that keep it off the network,
// and runs a browser-level check against code-server with the extension installed.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const editor = require('./editor');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless Chromium with its profile in runDir/chromium; returns the browser context and its first page. */
async function launchBrowser(runDir, { width = 1400, height = 900 } = {}) {
  const context = await chromium.launchPersistentContext(path.join(runDir, 'chromium'), {
    executablePath: CHROMIUM, headless: true, viewport: { width, height }, args: ARGS,
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

/**
 * Installs `vsix` into a fresh code-server, opens `workspace` in Chromium and runs `drive(page, stamp)`; resolves
 * true when it did not throw. The screenshot goes to `shot` on success and on failure; the run folder (code-server's
 * log) is kept when the check fails.
 */
async function browserCheck(name, { vsix, workspace, shot, log = console.log, tmpRoot = os.tmpdir() }, drive) {
  const runDir = fs.mkdtempSync(path.join(tmpRoot, `watpl-${name}-`));
  const t0 = Date.now();
  const stamp = (msg) => log(`${name} ${((Date.now() - t0) / 1000).toFixed(1)}s ${msg}`);
  const dirs = editor.prepareRunDir(runDir);
  let server;
  let browser;
  let ok = false;
  try {
    editor.installVsix(dirs, vsix);
    server = await editor.startCodeServer(dirs, { port: await editor.freePort(), folder: workspace });
    browser = await launchBrowser(runDir);
    await browser.page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await drive(browser.page, stamp);
    ok = true;
  } catch (err) {
    log(`${name} FAIL: ${String(err.message).split('\n')[0]} (code-server log: ${dirs.log})`);
  } finally {
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await browser?.page.screenshot({ path: shot }).catch(() => {});
    await browser?.context.close().catch(() => {});
    server?.stop();
    stamp(`screenshot: ${path.relative(editor.ROOT, shot)}`);
  }
  if (ok) fs.rmSync(runDir, { recursive: true, force: true });
  return ok;
}

module.exports = { launchBrowser, browserCheck };
