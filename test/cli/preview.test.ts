/** `watpl preview` through a real process, as CLI.md promises it. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempTree, watpl } from './helpers';

const EXAMPLE = 'examples/templates/order_shipped.en_US.watpl';
const nonceOf = (html: string) => /<style nonce="([^"]+)">/.exec(html)?.[1];

test('preview --out writes one self-contained page and prints nothing', () => {
  const dir = tempTree({});
  const out = join(dir, 'x.html');
  const r = watpl(['preview', EXAMPLE, '--out', out]);
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  const html = readFileSync(out, 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes('Content-Security-Policy'));
  assert.ok(html.includes('<body class="wa wa-light">'));
  assert.ok(html.includes('<mark class="wa-ex" title="Example value of {{first_name}}">Emily</mark>'));
  assert.ok(!/<(?:script|link|img|iframe)\b/.test(html), 'no script, no external resource');
});

test('preview without --out prints the page; --theme dark and --raw', () => {
  const r = watpl(['preview', EXAMPLE, '--theme', 'dark', '--raw']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes('<body class="wa wa-dark">'));
  assert.ok(r.stdout.includes('<span class="wa-ph">{{first_name}}</span>') && !r.stdout.includes('Emily'));
});

test('preview: a fresh random nonce for each page', () => {
  const a = nonceOf(watpl(['preview', EXAMPLE]).stdout);
  const b = nonceOf(watpl(['preview', EXAMPLE]).stdout);
  assert.ok(a && b && a !== b && a.length >= 16, `${a} ${b}`);
});

test('preview renders every example template', () => {
  for (const f of readdirSync('examples/templates').filter((n) => n.endsWith('.watpl'))) {
    const r = watpl(['preview', `examples/templates/${f}`]);
    assert.equal(r.code, 0, `${f}: ${r.stderr}`);
    assert.ok(r.stdout.includes('class="wa-bubble"'), f);
  }
});

test('preview renders a template with errors, and even a file that is not a template', () => {
  const dir = tempTree({ 'bad.watpl': '---\nname: Bad Name\n---\nHi {{1}} and {{first}}\n# Buttons\n- [x](nope:1)\n', 'text.watpl': 'just text' });
  for (const f of ['bad.watpl', 'text.watpl']) {
    const r = watpl(['preview', f], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('class="wa-bubble"'));
  }
});

test('preview: exit 2 with one line on stderr when it cannot run', () => {
  const dir = tempTree({ 'a.watpl': 'x', 'sub/b.watpl': 'x' });
  const cases: [string[], RegExp][] = [
    [['preview'], /needs one \.watpl file/],
    [['preview', 'a.watpl', 'sub/b.watpl'], /takes one file \(got 2\)/],
    [['preview', 'missing.watpl'], /missing\.watpl: no such file or folder/],
    [['preview', 'sub'], /sub: is a folder/],
    [['preview', 'a.watpl', '--theme', 'blue'], /--theme must be one of light, dark/],
    [['preview', 'a.watpl', '--format', 'json'], /unknown option --format/],
    [['preview', 'a.watpl', '--out', 'no/such/dir/x.html'], /no\/such\/dir\/x\.html: cannot write it/],
  ];
  for (const [args, message] of cases) {
    const r = watpl(args, { cwd: dir });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  assert.ok(!existsSync(join(dir, 'no')));
});
