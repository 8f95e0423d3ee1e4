/** watpl/render over LSP: the preview pane's fragment, counts and translations come from the server's engine and index. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { RENDER, type RenderResult } from '../../server/src/lsp/protocol';
import { template } from '../../server/src/testing/support';
import { tempTree } from '../cli/helpers';
import { startTestServer, uriOf, type TestClient } from './harness';

const servers: TestClient[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function workspace(files: Record<string, string>) {
  const dir = tempTree(files);
  const s = await startTestServer([dir], { debounceMs: 0 });
  servers.push(s);
  for (let i = 0; s.service.index.size < Object.keys(files).length && i < 200; i++) await new Promise((r) => setTimeout(r, 10));
  return { s, dir };
}

const en = template({ name: 'order_update', language: 'en_US', body: 'Hi {{first_name}}, your *order* has shipped and arrives soon.', examples: { first_name: 'Maria' } });
const nl = template({ name: 'order_update', language: 'nl', body: 'Hoi {{first_name}}, je *bestelling* is verzonden en komt snel.', examples: { first_name: 'Sanne' } });
const other = template({ name: 'other_template' });

test('watpl/render: the fragment, counts and every translation of an open template', async () => {
  const { s, dir } = await workspace({ 'order.en_US.watpl': en, 'order.nl.watpl': nl, 'other.en_US.watpl': other });
  const uri = s.open(join(dir, 'order.en_US.watpl'), en);
  const r = (await s.request<RenderResult>(RENDER, { uri, raw: false, allowRemoteImages: false, time: '09:41' }))!;
  assert.equal(r.version, 1);
  assert.deepEqual([r.name, r.language, r.category], ['order_update', 'en_US', 'utility']);
  assert.ok(r.html.startsWith('<div class="wa-msg">'));
  assert.ok(r.html.includes('<strong>order</strong>') && r.html.includes('>Maria</mark>') && r.html.includes('>09:41<'));
  assert.deepEqual(r.counts.body, { length: 61, limit: 1024, hydrated: 52 });
  assert.deepEqual([r.hint?.declared, r.hint?.inferred], ['utility', 'utility']);
  assert.ok(r.hint!.confidence >= 0 && r.hint!.confidence <= 1);
  assert.deepEqual(r.translations, [
    { uri, language: 'en_US', current: true },
    { uri: uriOf(join(dir, 'order.nl.watpl')), language: 'nl', current: false },
  ]);
});

test('watpl/render: the category hint reads the text, with the reasons as written', async () => {
  const sale = template({ name: 'spring_sale', body: 'Hi {{first_name}}, enjoy 20% off everything this weekend only. Shop now before the sale ends!', examples: { first_name: 'Ann' } });
  const { s, dir } = await workspace({ 'sale.en_US.watpl': sale });
  const uri = s.open(join(dir, 'sale.en_US.watpl'), sale);
  const r = (await s.request<RenderResult>(RENDER, { uri, raw: false, allowRemoteImages: false }))!;
  assert.deepEqual([r.hint?.declared, r.hint?.inferred], ['utility', 'marketing']);
  assert.ok(r.hint!.reasons.length > 0 && r.hint!.reasons.every((reason) => sale.includes(reason)), JSON.stringify(r.hint));
});

test('watpl/render: follows edits at once, with the version it rendered', async () => {
  const { s, dir } = await workspace({ 'order.en_US.watpl': en });
  const uri = s.open(join(dir, 'order.en_US.watpl'), en);
  s.change(uri, en.replace('*order*', '~parcel~'));
  const r = (await s.request<RenderResult>(RENDER, { uri, raw: true, allowRemoteImages: false }))!;
  assert.equal(r.version, 2);
  assert.ok(r.html.includes('<s>parcel</s>') && r.html.includes('<span class="wa-ph">{{first_name}}</span>'));
});

test('watpl/render: a translation that is not open comes from the index; an unreadable file is null', async () => {
  const { s, dir } = await workspace({ 'order.en_US.watpl': en, 'order.nl.watpl': nl });
  const r = (await s.request<RenderResult>(RENDER, { uri: uriOf(join(dir, 'order.nl.watpl')), raw: false, allowRemoteImages: false }))!;
  assert.equal(r.version, null);
  assert.ok(r.html.includes('<strong>bestelling</strong>') && r.html.includes('>Sanne</mark>'));
  assert.deepEqual(r.translations.map((t) => [t.language, t.current]), [['en_US', false], ['nl', true]]);
  assert.equal(await s.request(RENDER, { uri: uriOf(join(dir, 'missing.watpl')), raw: false, allowRemoteImages: false }), null);
  assert.equal(await s.request(RENDER, { raw: false }), null);
});
