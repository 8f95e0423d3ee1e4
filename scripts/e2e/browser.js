// Launches Debian's Chromium headless through playwright-core, with the flags that keep it off the network.
const path = require('node:path');
const { chromium } = require('playwright-core');

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

module.exports = { launchBrowser };
