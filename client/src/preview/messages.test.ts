import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromWebview, parseMessage, previewState, toWebview } from './messages';

const render = {
  type: 'render',
  uri: 'file:///ws/order.en_US.watpl',
  version: 3,
  name: 'order_update',
  language: 'en_US',
  category: 'utility',
  html: '<div class="wa-msg"></div>',
  counts: { header: null, body: { length: 10, limit: 1024, hydrated: 12 }, footer: { length: 5, limit: 60 }, buttons: { length: 2, limit: 10 } },
  notes: [],
  translations: [{ uri: 'file:///ws/order.nl.watpl', language: 'nl', current: false }],
  hint: { declared: 'utility', inferred: 'marketing', confidence: 0.93, reasons: ['20% off'] },
  raw: false,
  theme: 'light',
};

test('toWebview: a render and a status message pass', () => {
  assert.ok(parseMessage(toWebview, render).ok);
  assert.ok(parseMessage(toWebview, { ...render, hint: null }).ok, 'the hint may be missing');
  assert.ok(parseMessage(toWebview, { type: 'status', message: 'Open a .watpl file to preview it.', raw: true, theme: 'dark' }).ok);
});

test('toWebview: unknown types, extra or missing fields and wrong types are refused, with the reason', () => {
  const bad: [unknown, RegExp][] = [
    [{ ...render, type: 'eval' }, /invalid_union/],
    [{ ...render, script: 'alert(1)' }, /unrecognized_keys script/],
    [{ ...render, html: 42 }, /html/],
    [{ ...render, theme: 'blue' }, /theme/],
    [{ ...render, counts: { ...render.counts, body: { length: -1, limit: 1, hydrated: 0 } } }, /counts\.body\.length/],
    [{ ...render, uri: '' }, /uri/],
    [{ ...render, translations: [{ uri: 'x', language: 'nl' }] }, /translations\.0\.current/],
    [{ ...render, hint: { ...render.hint, inferred: 'spam' } }, /hint\.inferred/],
    [{ ...render, hint: { ...render.hint, confidence: 1.5 } }, /hint\.confidence/],
    [{ ...render, hint: undefined }, /hint/],
    [{ ...render, html: 'x'.repeat(4_000_001) }, /html/],
    [null, /message|expected/],
    ['render', /message|expected/],
  ];
  for (const [value, reason] of bad) {
    const r = parseMessage(toWebview, value);
    assert.equal(r.ok, false, JSON.stringify(value)?.slice(0, 80));
    if (!r.ok) assert.match(r.reason, reason);
  }
});

test('fromWebview: the four messages the pane sends, nothing else', () => {
  for (const ok of [{ type: 'ready' }, { type: 'setRaw', raw: true }, { type: 'setTheme', theme: 'dark' }, { type: 'openTranslation', uri: 'file:///ws/a.nl.watpl' }]) {
    assert.deepEqual(parseMessage(fromWebview, ok), { ok: true, value: ok });
  }
  for (const bad of [{ type: 'setRaw', raw: 'yes' }, { type: 'setTheme', theme: 'sepia' }, { type: 'openTranslation' }, { type: 'command', command: 'workbench.action.terminal.new' }, { type: 'ready', extra: 1 }, undefined, []]) {
    assert.equal(parseMessage(fromWebview, bad).ok, false, JSON.stringify(bad));
  }
});

test('previewState: restored when valid; a missing scroll position defaults to the top', () => {
  assert.deepEqual(parseMessage(previewState, { uri: 'file:///ws/a.watpl', raw: true, theme: 'dark' }), { ok: true, value: { uri: 'file:///ws/a.watpl', raw: true, theme: 'dark', scrollY: 0 } });
  assert.ok(parseMessage(previewState, { uri: null, raw: false, theme: 'light', scrollY: 120 }).ok);
  for (const bad of [{ uri: 5, raw: false, theme: 'light' }, { uri: null, raw: false, theme: 'light', scrollY: -1 }, { uri: null, theme: 'light' }, 'state']) {
    assert.equal(parseMessage(previewState, bad).ok, false, JSON.stringify(bad));
  }
});
