import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../lint/diagnostic';
import { lintFiles, template, underlined } from '../testing/support';

const RULE = 'translation-missing';
const nlBody = 'Hoi {{first_name}}, je bestelling is verzonden en komt binnen drie werkdagen aan.';

function missing(files: Record<string, string>, requiredLanguages: string[]): Record<string, Diagnostic[]> {
  const out = lintFiles(files, { requiredLanguages });
  return Object.fromEntries(Object.entries(out).map(([p, ds]) => [p, ds.filter((d) => d.rule === RULE)]));
}

test('translation-missing: nothing is reported without requiredLanguages, or when every language exists', () => {
  assert.deepEqual(missing({ 'a.watpl': template() }, [])['a.watpl'], []);
  const out = missing({ 'a.en_US.watpl': template(), 'a.nl.watpl': template({ language: 'nl', body: nlBody }) }, ['en_US', 'nl']);
  assert.deepEqual(Object.values(out).flat(), []);
});

test('translation-missing: a missing language is reported once, on the name value, with the exact message', () => {
  const text = template();
  const out = missing({ 'a.en_US.watpl': text }, ['en_US', 'nl']);
  const [d, ...rest] = out['a.en_US.watpl'];
  assert.deepEqual(rest, []);
  assert.equal(underlined(text, d), 'order_update');
  assert.equal(d.severity, 'information');
  assert.equal(d.message, 'Template "order_update" has no nl translation; the configuration requires en_US, nl.');
});

test('translation-missing: one diagnostic per missing language, on the file in the first required language present', () => {
  const out = missing({ 'a.de.watpl': template({ language: 'de' }), 'a.nl.watpl': template({ language: 'nl', body: nlBody }) }, ['en_US', 'nl', 'fr', 'de']);
  assert.deepEqual(out['a.de.watpl'], []);
  assert.deepEqual(out['a.nl.watpl'].map((d) => d.data?.language), ['en_US', 'fr']);
});

test('translation-missing: with no required language present, the first file by path carries the diagnostics', () => {
  const out = missing({ 'b.watpl': template({ language: 'de' }), 'a.watpl': template({ language: 'fr' }) }, ['en_US']);
  assert.deepEqual(out['b.watpl'], []);
  assert.equal(out['a.watpl'].length, 1);
});

test('translation-missing: each template name is checked on its own', () => {
  const out = missing({ 'a.watpl': template(), 'b.watpl': template({ name: 'other', language: 'nl', body: nlBody }) }, ['en_US', 'nl']);
  assert.match(out['a.watpl'][0].message, /"order_update" has no nl translation/);
  assert.match(out['b.watpl'][0].message, /"other" has no en_US translation/);
});
