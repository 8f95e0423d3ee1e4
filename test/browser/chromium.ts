/** Headless Debian Chromium for the preview's browser tests, driven by playwright-core. Test-only. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CLI } from '../cli/helpers';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium): browser tests skipped`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh user-data-dir, removed again on close. */
export async function startBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'watpl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 460, height: 800 },
    javaScriptEnabled: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did besides showing itself: dialogs, requests for anything but itself, console errors. */
export interface Watched {
  page: Page;
  dialogs: string[];
  requests: string[];
  console: string[];
}

/** A page that records every dialog, request (but for the page itself) and console message; `goto` starts a new record. */
export interface WatchedPage extends Watched {
  goto(url: string): Promise<void>;
}

/** A new page that watches what it does; open documents with `goto`. */
export async function watchedPage(b: Browser): Promise<WatchedPage> {
  const page = await b.context.newPage();
  let current = '';
  const w: WatchedPage = {
    page,
    dialogs: [],
    requests: [],
    console: [],
    async goto(url) {
      current = url;
      w.dialogs = [];
      w.requests = [];
      w.console = [];
      await page.goto(url);
    },
  };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== current) w.requests.push(r.url());
  });
  page.on('console', (m) => w.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => w.console.push(`pageerror: ${e.message}`));
  return w;
}

/** Opens `url` in a new watched page. */
export async function openWatched(b: Browser, url: string): Promise<WatchedPage> {
  const w = await watchedPage(b);
  await w.goto(url);
  return w;
}

/** Runs `watpl preview FILE --out OUT ARGS...` for each job as real processes, a few at a time. */
export async function renderAllWithCli(jobs: { file: string; out: string; args?: string[] }[]): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { file, out, args = [] } = job;
      await new Promise<void>((done, fail) => {
        execFile(process.execPath, [CLI, 'preview', file, '--out', out, ...args], (error, _stdout, stderr) => (error ? fail(new Error(`${file}: ${stderr || error.message}`)) : done()));
      });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
