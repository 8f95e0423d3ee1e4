import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../parser/parse';
import { template } from '../testing/support';
import { checkNonce, escapeHtml } from './html';
import { contentSecurityPolicy, pageShell, renderPage } from './page';

const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';

test('renderPage: one self-contained page with a strict CSP, the nonce on its only style, no script', () => {
  const page = renderPage(parseTemplate(template()), { nonce: NONCE, theme: 'dark' });
  assert.ok(page.startsWith('<!DOCTYPE html>'));
  assert.ok(page.includes(`content="default-src &#39;none&#39;; style-src &#39;nonce-${NONCE}&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;"`));
  assert.equal(page.split('<style').length - 1, 1);
  assert.ok(page.includes(`<style nonce="${NONCE}">`));
  assert.ok(!page.includes('<script'));
  assert.ok(page.includes('<body class="wa wa-dark">'));
  assert.ok(page.includes('<html lang="en-US">'));
  assert.ok(!/(?:src|href)="(?:https?:)?\/\//.test(page), 'nothing loads from elsewhere');
});

test('renderPage: counts above the phone, over-limit counts flagged', () => {
  const page = renderPage(parseTemplate(template({ footer: 'x'.repeat(61) })), { nonce: NONCE, theme: 'light' });
  assert.match(page, /<div class="wa-info"><span class="wa-count">Body <b>\d+\/1,024<\/b>/);
  assert.ok(page.includes('<span class="wa-count wa-over">Footer <b>61/60</b></span>'));
});

test('contentSecurityPolicy: image sources and a script only as asked; unsafe sources and nonces refused', () => {
  assert.equal(
    contentSecurityPolicy(NONCE, ["'self' https://*.vscode-cdn.net", 'https://cdn.example.com'], true),
    `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data: 'self' https://*.vscode-cdn.net https://cdn.example.com; base-uri 'none'; form-action 'none'`,
  );
  for (const bad of ['https://a.com; script-src *', "'unsafe-inline'", 'https://a.com,b', '*']) assert.throws(() => contentSecurityPolicy(NONCE, [bad], false), /not a safe image source/);
  for (const bad of ['short', 'abc"def-ghijklmnopqr', "abcdefghijklmnop' x", '']) assert.throws(() => checkNonce(bad), /nonce/);
});

test('pageShell: the script carries the nonce; the title is escaped', () => {
  const page = pageShell({ nonce: NONCE, title: '</title><script>x</script>', language: 'xx"', theme: 'light', content: '<p>hi</p>', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js' });
  assert.ok(page.includes(`<script nonce="${NONCE}" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js"></script>`));
  assert.ok(page.includes('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>'));
  assert.ok(page.includes('<html><head>'), 'an unknown language code is left out');
});

test('escapeHtml: the five special characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.equal(escapeHtml('plain'), 'plain');
  assert.equal(escapeHtml('&'), '&amp;', 'repeated calls give the same result');
});
