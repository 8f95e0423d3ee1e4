import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fix, TextEdit } from '../parser/model';
import type { Diagnostic } from './diagnostic';
import { applyEdits, compatibleFixes, fixAll } from './fix';
import { lintText } from './lint';
import { template } from '../testing/support';

const edit = (start: number, end: number, newText: string): TextEdit => ({ span: { start, end }, newText });
const fix = (title: string, ...edits: TextEdit[]): Fix => ({ title, edits });

test('applyEdits: no edits gives the text back', () => {
  assert.equal(applyEdits('abc', []), 'abc');
});

test('applyEdits: replaces, inserts and deletes, whatever order the edits come in', () => {
  assert.equal(applyEdits('hello world', [edit(6, 11, 'there'), edit(0, 0, '> '), edit(5, 6, '')]), '> hellothere');
});

test('applyEdits: edits at the very start and end, and a whole-text replacement', () => {
  assert.equal(applyEdits('abc', [edit(3, 3, '!'), edit(0, 1, 'A')]), 'Abc!');
  assert.equal(applyEdits('abc', [edit(0, 3, 'xyz')]), 'xyz');
});

test('applyEdits: an edit overlapping one already taken is skipped', () => {
  assert.equal(applyEdits('abcdef', [edit(1, 4, 'X'), edit(2, 5, 'Y')]), 'aXef');
  assert.equal(applyEdits('abcdef', [edit(2, 3, 'Y'), edit(1, 4, 'X')]), 'aXef', 'the earlier start wins');
});

test('applyEdits: touching edits are both applied, and an insertion before a replacement at the same point too', () => {
  assert.equal(applyEdits('abcd', [edit(1, 2, 'X'), edit(2, 3, 'Y')]), 'aXYd');
  assert.equal(applyEdits('abcd', [edit(1, 3, 'X'), edit(1, 1, '[')]), 'a[Xd');
});

test('applyEdits: two insertions at one point keep their given order', () => {
  assert.equal(applyEdits('ab', [edit(1, 1, '1'), edit(1, 1, '2')]), 'a12b');
});

test('applyEdits: does not change the edits it is given', () => {
  const edits = [edit(2, 3, 'x'), edit(0, 1, 'y')];
  const copy = structuredClone(edits);
  applyEdits('abcd', edits);
  assert.deepEqual(edits, copy);
});

test('compatibleFixes: keeps fixes in order and drops a whole fix when any of its edits overlaps a taken one', () => {
  const a = fix('a', edit(0, 2, 'A'));
  const b = fix('b', edit(5, 6, 'B'), edit(1, 3, 'B'));
  const c = fix('c', edit(3, 4, 'C'), edit(6, 6, 'C'));
  assert.deepEqual(compatibleFixes([a, b, c]).map((f) => f.title), ['a', 'c']);
});

test('compatibleFixes: touching fixes are compatible; two insertions at one point are not', () => {
  assert.equal(compatibleFixes([fix('a', edit(0, 2, 'A')), fix('b', edit(2, 4, 'B'))]).length, 2);
  assert.equal(compatibleFixes([fix('a', edit(2, 2, 'A')), fix('b', edit(2, 2, 'B'))]).length, 1);
  assert.equal(compatibleFixes([fix('a', edit(2, 2, 'A')), fix('b', edit(2, 4, 'B'))]).length, 2, 'an insertion at the start of a replacement');
  assert.equal(compatibleFixes([fix('a', edit(3, 3, 'A')), fix('b', edit(2, 4, 'B'))]).length, 1, 'an insertion inside a replacement');
});

test('compatibleFixes: a fix with no edits and an empty list', () => {
  assert.deepEqual(compatibleFixes([]), []);
  assert.equal(compatibleFixes([fix('empty'), fix('a', edit(0, 1, 'A'))]).length, 2);
});

const diag = (f?: Fix): Diagnostic => ({ rule: 'test', severity: 'warning', message: 'm', span: { start: 0, end: 0 }, fix: f });

test('fixAll: applies fixes in passes until none is left', () => {
  // Each pass fixes the first "x" only, so three passes are needed, and one more finds nothing.
  const lint = (t: string) => {
    const i = t.indexOf('x');
    return i === -1 ? [diag()] : [diag(fix('x', edit(i, i + 1, 'y')))];
  };
  assert.deepEqual(fixAll('axbxcx', lint), { text: 'aybycy', passes: 3 });
});

test('fixAll: overlapping fixes of one pass are applied in a later pass', () => {
  const lint = (t: string) => {
    const ds: Diagnostic[] = [];
    if (t.startsWith('ab')) ds.push(diag(fix('ab', edit(0, 2, 'AB'))));
    if (t.slice(1, 3) === 'bc') ds.push(diag(fix('bc', edit(1, 3, 'BC'))));
    return ds;
  };
  assert.equal(fixAll('abc', lint).text, 'ABc', 'the second fix no longer applies once the first has run');
});

test('fixAll: stops when a fix changes nothing, and after 10 passes at most', () => {
  assert.deepEqual(fixAll('abc', () => [diag(fix('same', edit(0, 1, 'a')))]), { text: 'abc', passes: 0 });
  const grow = fixAll('', (t) => [diag(fix('grow', edit(t.length, t.length, '+')))]);
  assert.deepEqual(grow, { text: '+'.repeat(10), passes: 10 });
});

test('fixAll: with the real engine, a valid template is left as it is', () => {
  const text = template();
  assert.deepEqual(fixAll(text, (t) => lintText(t).diagnostics), { text, passes: 0 });
});

test('fixAll: with the real engine, a fixable problem is fixed and stays fixed', () => {
  const text = template({ name: 'orderUpdate' });
  const out = fixAll(text, (t) => lintText(t).diagnostics);
  assert.equal(out.text, template({ name: 'order_update' }));
  assert.deepEqual(lintText(out.text).diagnostics.filter((d) => d.fix), []);
});
