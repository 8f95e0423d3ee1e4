/**
 * The injection corpus (test/fixtures/injection): hostile templates rendered by the CLI and loaded in Chromium.
 * Nothing executes or loads, no element or attribute comes from template text, the text reads exactly as written,
 * and nothing escapes the bubble (layout, or Unicode direction overrides).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { parseTemplate } from '../../server/src/parser/parse';
import { componentSlots, hydrate } from '../../server/src/render/hydrate';
import { chromiumMissing, renderAllWithCli, startBrowser, watchedPage, type Browser, type WatchedPage } from './chromium';

const missing = chromiumMissing();
const CORPUS = 'test/fixtures/injection';
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.watpl')).sort();
const out = mkdtempSync(join(tmpdir(), 'watpl-injection-'));
const jobs = files.flatMap((f) => [
  { file: join(CORPUS, f), out: join(out, `${f}.html`) },
  { file: join(CORPUS, f), out: join(out, `${f}.raw.dark.html`), args: ['--raw', '--theme', 'dark'] },
]);
let browser: Browser | null = null;
let page: WatchedPage;

before(async () => {
  if (missing) return;
  browser = await startBrowser();
  page = await watchedPage(browser);
  await renderAllWithCli(jobs);
});
after(async () => {
  await browser?.close();
});

const TAGS = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'MAIN', 'DIV', 'SPAN', 'P', 'B', 'BR', 'STRONG', 'EM', 'S', 'CODE', 'MARK', 'A', 'svg', 'path']);
const ATTRIBUTES = new Set(['class', 'dir', 'title', 'data-kind', 'lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'viewBox', 'aria-hidden', 'focusable', 'fill', 'fill-rule', 'd']);

/** Tags and attributes that are not the renderer's own, and the page's scripts, style sheets and images. */
async function foreignMarkup(w: WatchedPage) {
  return w.page.evaluate(
    ([tags, attributes]) => ({
      elements: [...document.querySelectorAll('*')].filter((e) => !tags.includes(e.tagName)).map((e) => e.tagName),
      attributes: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => !attributes.includes(a)).map((a) => `${e.tagName}[${a}]`)),
      scripts: document.scripts.length,
      styleSheets: document.styleSheets.length,
      metas: document.querySelectorAll('meta').length,
      structure: [...document.body.children].map((e) => e.className).join() + '|' + [...document.querySelector('main')!.children].map((e) => e.className).join(),
    }),
    [[...TAGS], [...ATTRIBUTES]] as const,
  );
}

for (const job of jobs) {
  const name = `${job.file}${job.args ? ' --raw --theme dark' : ''}`;

  test(`injection corpus, ${name}: nothing executes, loads or becomes markup`, async (t) => {
    if (missing) return t.skip(missing);
    await page.goto(pathToFileURL(job.out).toString());
    assert.deepEqual({ dialogs: page.dialogs, requests: page.requests, console: page.console }, { dialogs: [], requests: [], console: [] });
    assert.doesNotMatch(await page.page.title(), /pwned/);
    assert.equal(page.page.url(), pathToFileURL(job.out).toString());
    assert.deepEqual(await foreignMarkup(page), { elements: [], attributes: [], scripts: 0, styleSheets: 1, metas: 3, structure: 'wa-screen|wa-info,wa-chat' });
    await page.page.locator('.wa-a').first().click({ timeout: 2000 }).catch(() => undefined);
    await page.page.locator('.wa-btn').first().click({ timeout: 2000 }).catch(() => undefined);
    assert.equal(page.page.url(), pathToFileURL(job.out).toString(), 'links and buttons go nowhere');
  });

  test(`injection corpus, ${name}: the text reads exactly as written`, async (t) => {
    if (missing) return t.skip(missing);
    const template = parseTemplate(readFileSync(job.file, 'utf8'));
    const slots = componentSlots(template, 'body');
    if (slots.some((s) => s.value === null)) return; // layout.watpl (a gap, formatting) only checks layout
    const body = hydrate(template.body?.text.text ?? '', slots, job.args !== undefined);
    await page.goto(pathToFileURL(job.out).toString());
    const lines = await page.page.locator('.wa-body .wa-l').allTextContents();
    assert.deepEqual(lines, body.text.split('\n'));
    const labels = await page.page.locator('.wa-btn .wa-bl').allTextContents();
    const expected = template.buttons.map((b) => b.label);
    assert.deepEqual(labels, expected.length > 3 ? [...expected.slice(0, 2), 'See all options'] : expected);
    if (template.footer) assert.equal(await page.page.locator('.wa-ftr').textContent(), template.footer.text.text);
  });

  test(`injection corpus, ${name}: nothing escapes the bubble`, async (t) => {
    if (missing) return t.skip(missing);
    await page.goto(pathToFileURL(job.out).toString());
    // Inline code only: the page runs this function's source, where tsx's __name helper does not exist.
    const layout = await page.page.evaluate(() => {
      const bubble = document.querySelector('.wa-bubble')!.getBoundingClientRect();
      const card = document.querySelector('.wa-card')!.getBoundingClientRect();
      const outside: string[] = [];
      const boxes: [Element | Text, DOMRect, DOMRect][] = [];
      for (const e of document.querySelectorAll('.wa-bubble *')) boxes.push([e, e.getBoundingClientRect(), bubble]);
      for (const b of document.querySelectorAll('.wa-btn')) {
        boxes.push([b, b.getBoundingClientRect(), card]);
        for (const e of b.querySelectorAll('*')) boxes.push([e, e.getBoundingClientRect(), b.getBoundingClientRect()]);
      }
      const walker = document.createTreeWalker(document.querySelector('.wa-bubble')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        boxes.push([n as Text, range.getBoundingClientRect(), bubble]);
      }
      for (const [node, r, box] of boxes) {
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          outside.push(node instanceof Element ? `${node.tagName}.${node.getAttribute('class')}` : JSON.stringify(node.textContent!.slice(0, 30)));
        }
      }
      const time = document.querySelector('.wa-time')!;
      const tr = time.getBoundingClientRect();
      return { outside, time: time.textContent, timeGap: Math.round(bubble.right - tr.right), timeBelow: tr.top >= document.querySelector('.wa-body')!.getBoundingClientRect().bottom - 1, cardWidth: card.width };
    });
    assert.deepEqual(layout.outside, []);
    assert.match(layout.time!, /^\d\d:\d\d$/);
    assert.ok(layout.timeGap >= 0 && layout.timeGap <= 12 && layout.timeBelow, `the time stays bottom right (${layout.timeGap}px from the edge)`);
    assert.ok(layout.cardWidth <= 340, `the bubble keeps its width (${layout.cardWidth}px)`);
  });
}

test('injection corpus: a direction override ends with its line, label or value', async (t) => {
  if (missing) return t.skip(missing);
  await page.goto(pathToFileURL(join(out, 'bidi.watpl.html')).toString());
  const seen = await page.page.evaluate(() => {
    const lines = [...document.querySelectorAll('.wa-body .wa-l')];
    const first = document.createRange();
    const text = lines[1].firstChild!;
    first.setStart(text, 0);
    first.setEnd(text, 1);
    const button = document.querySelector('.wa-btn')!;
    return {
      isolated: [...document.querySelectorAll('.wa-l, .wa-hdr, .wa-ftr, .wa-bl')].map((e) => getComputedStyle(e).unicodeBidi),
      secondLineStart: Math.round(first.getBoundingClientRect().left - lines[1].getBoundingClientRect().left),
      iconBeforeLabel: button.querySelector('svg')!.getBoundingClientRect().right <= button.querySelector('.wa-bl')!.getBoundingClientRect().left,
    };
  });
  assert.deepEqual(new Set(seen.isolated), new Set(['isolate']));
  assert.equal(seen.secondLineStart, 0, 'the line after an unclosed override starts at the left, as written');
  assert.ok(seen.iconBeforeLabel, 'an override in a label does not move the icon');
});
