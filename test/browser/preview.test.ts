/** The preview in a real browser: pages rendered by the CLI, loaded in headless Chromium, checked as a reader sees them. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { parseTemplate } from '../../server/src/parser/parse';
import { watpl } from '../cli/helpers';
import { chromiumMissing, openWatched, renderAllWithCli, startBrowser, watchedPage, type Browser } from './chromium';

const missing = chromiumMissing();
const ARTIFACTS = resolve('test-artifacts');
const out = mkdtempSync(join(tmpdir(), 'watpl-preview-'));
let browser: Browser | null = null;

before(async () => {
  if (!missing) browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

/** Renders a template with the CLI (a real process) and returns the page's file URL. */
function renderWithCli(file: string, ...args: string[]): string {
  const html = join(out, `${file.replace(/[^A-Za-z0-9_.-]/g, '_')}${args.join('')}.html`);
  const r = watpl(['preview', file, '--out', html, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return pathToFileURL(html).toString();
}

const examples = [
  ...readdirSync('examples/templates').filter((f) => f.endsWith('.watpl')).map((f) => `examples/templates/${f}`),
  'examples/mistakes/button-overflow.watpl',
];

test('every example: bold text is bold, struck text struck, italics italic, and the right number of buttons visible', async (t) => {
  if (missing) return t.skip(missing);
  const jobs = examples.map((file, i) => ({ file, out: join(out, `example-${i}.html`) }));
  await renderAllWithCli(jobs);
  const w = await watchedPage(browser!);
  let bold = 0;
  let struck = 0;
  for (const { file, out: html } of jobs) {
    await w.goto(pathToFileURL(html).toString());
    // No named helpers inside: the page runs this function's source, without tsx's __name.
    const seen = await w.page.evaluate(() => ({
      strong: [...document.querySelectorAll('.wa-body strong, .wa-hdr')].map((e) => Number(getComputedStyle(e).fontWeight)),
      s: [...document.querySelectorAll('.wa-body s')].map((e) => getComputedStyle(e).textDecorationLine),
      em: [...document.querySelectorAll('.wa-body em')].map((e) => getComputedStyle(e).fontStyle),
      buttons: [...document.querySelectorAll('.wa-btn')]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible')
        .map((e) => e.textContent),
    }));
    for (const weight of seen.strong) assert.ok(weight >= 600, `${file}: bold text has font-weight ${weight}`);
    for (const line of seen.s) assert.ok(line.includes('line-through'), `${file}: struck text has ${line}`);
    for (const style of seen.em) assert.equal(style, 'italic', file);
    bold += seen.strong.length;
    struck += seen.s.length;
    const n = parseTemplate(readFileSync(file, 'utf8')).buttons.length;
    assert.equal(seen.buttons.length, n > 3 ? 3 : n, `${file}: ${n} buttons`);
    if (n > 3) assert.equal(seen.buttons[2], 'See all options');
    assert.deepEqual([w.dialogs, w.requests, w.console], [[], [], []], file);
  }
  await w.page.close();
  assert.ok(bold > 10 && struck >= 3, `the examples exercise the checks (${bold} bold, ${struck} struck)`);
});

test('light and dark themes: WhatsApp wallpaper and bubble colours; a screenshot of each in test-artifacts/', async (t) => {
  if (missing) return t.skip(missing);
  mkdirSync(ARTIFACTS, { recursive: true });
  const expected = { light: ['rgb(239, 234, 226)', 'rgb(255, 255, 255)'], dark: ['rgb(11, 20, 26)', 'rgb(32, 44, 51)'] };
  for (const theme of ['light', 'dark'] as const) {
    const w = await openWatched(browser!, renderWithCli('examples/templates/summer_sale.en_US.watpl', '--theme', theme));
    const colours = await w.page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.wa-card')!).backgroundColor]);
    assert.deepEqual(colours, expected[theme]);
    const height = await w.page.evaluate(() => Math.ceil(document.querySelector('.wa-chat')!.getBoundingClientRect().bottom + 16));
    await w.page.screenshot({ path: join(ARTIFACTS, `preview-${theme}.png`), clip: { x: 0, y: 0, width: 460, height } });
    await w.page.close();
  }
});

test('--raw shows every placeholder as written; example values are marked otherwise', async (t) => {
  if (missing) return t.skip(missing);
  const file = 'examples/templates/order_shipped.en_US.watpl';
  const raw = await openWatched(browser!, renderWithCli(file, '--raw'));
  assert.deepEqual(await raw.page.locator('.wa-ph').allTextContents(), ['{{order_id}}', '{{first_name}}', '{{order_id}}', '{{delivery_date}}']);
  const filled = await openWatched(browser!, renderWithCli(file));
  assert.deepEqual(await filled.page.locator('mark.wa-ex').allTextContents(), ['40213', 'Emily', '40213', 'Friday, March 14']);
  const background = await filled.page.locator('mark.wa-ex').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'example values are highlighted');
  await raw.page.close();
  await filled.page.close();
});
