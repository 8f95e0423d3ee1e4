import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../lint/diagnostic';
import { lintFiles, template, underlined, type Parts } from '../testing/support';

const RULE = 'translation-drift';
const en = (p: Parts = {}) => template({ language: 'en_US', ...p });
const nl = (p: Parts = {}) => template({ language: 'nl', body: 'Hoi {{first_name}}, je bestelling is verzonden en komt binnen drie werkdagen aan.', ...p });
const de = (p: Parts = {}) => template({ language: 'de', body: 'Hallo {{first_name}}, deine Bestellung ist unterwegs und kommt in drei Werktagen an.', ...p });

function drift(files: Record<string, string>): Record<string, Diagnostic[]> {
  const out = lintFiles(files);
  return Object.fromEntries(Object.entries(out).map(([p, ds]) => [p, ds.filter((d) => d.rule === RULE)]));
}

test('translation-drift: matching translations get no diagnostic', () => {
  const out = drift({ 'a.en_US.watpl': en(), 'a.nl.watpl': nl(), 'a.de.watpl': de() });
  assert.deepEqual(Object.values(out).flat(), []);
});

test('translation-drift: a category that differs from the majority is reported on its value, naming the others', () => {
  const odd = de({ category: 'marketing' });
  const out = drift({ 'a.en_US.watpl': en(), 'a.nl.watpl': nl(), 'a.de.watpl': odd });
  assert.deepEqual(out['a.en_US.watpl'], []);
  assert.deepEqual(out['a.nl.watpl'], []);
  const [d] = out['a.de.watpl'];
  assert.equal(underlined(odd, d), 'marketing');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /this file \(de\) has marketing, a\.en_US\.watpl, a\.nl\.watpl have utility/);
});

test('translation-drift: legacy category values are compared after mapping', () => {
  const out = drift({ 'a.en_US.watpl': en({ category: 'TRANSACTIONAL' }), 'a.nl.watpl': nl({ category: 'Utility' }) });
  assert.deepEqual(Object.values(out).flat(), []);
});

test('translation-drift: on a tie, every file but the first by path is reported', () => {
  const out = drift({ 'b.nl.watpl': nl({ category: 'marketing' }), 'a.en_US.watpl': en() });
  assert.deepEqual(out['a.en_US.watpl'], []);
  assert.equal(out['b.nl.watpl'].length, 1);
  assert.match(out['b.nl.watpl'][0].message, /has marketing, a\.en_US\.watpl has utility/);
});

test('translation-drift: a different set of named placeholders is reported on the first placeholder', () => {
  const odd = nl({ body: 'Hoi {{name}}, je bestelling is verzonden en komt binnen drie werkdagen aan.', examples: { name: 'Maria' } });
  const out = drift({ 'a.en_US.watpl': en(), 'a.nl.watpl': odd, 'a.de.watpl': de() });
  const [d] = out['a.nl.watpl'];
  assert.equal(underlined(odd, d), '{{name}}');
  assert.match(d.message, /placeholders: this file \(nl\) has \{\{name\}\}, a\.de\.watpl, a\.en_US\.watpl have \{\{first_name\}\}/);
});

test('translation-drift: named placeholders in another order are the same set', () => {
  const body = (s: string) => ({ body: s, examples: { a: 'x', b: 'y' } });
  const out = drift({ 'a.en_US.watpl': en(body('Order {{a}} for {{b}} has shipped today.')), 'a.nl.watpl': nl(body('Voor {{b}} is bestelling {{a}} vandaag verzonden.')) });
  assert.deepEqual(Object.values(out).flat(), []);
});

test('translation-drift: positional placeholders are compared by count per component', () => {
  const two = { body: 'Order {{1}} ships on {{2}} as planned.', examples: { 'body.1': 'A1', 'body.2': 'Friday' } };
  const one = { body: 'Bestelling {{1}} is verzonden, zoals gepland.', examples: { 'body.1': 'A1' } };
  const odd = nl(one);
  const out = drift({ 'a.en_US.watpl': en(two), 'a.nl.watpl': odd, 'a.de.watpl': de({ body: 'Bestellung {{1}} kommt am {{2}} wie geplant.', examples: { 'body.1': 'A1', 'body.2': 'Freitag' } }) });
  const [d] = out['a.nl.watpl'];
  assert.equal(underlined(odd, d), '{{1}}');
  assert.match(d.message, /has 1 in the body, .* have 2 in the body/);
  assert.deepEqual(out['a.en_US.watpl'], []);
});

test('translation-drift: a translation without placeholders is reported on its body heading', () => {
  const odd = nl({ body: 'Je bestelling is verzonden en komt binnen drie werkdagen aan.', examples: {} });
  const out = drift({ 'a.en_US.watpl': en(), 'a.nl.watpl': odd, 'a.de.watpl': de() });
  const [d] = out['a.nl.watpl'];
  assert.equal(underlined(odd, d), '# Body');
  assert.match(d.message, /has no placeholders/);
});

test('translation-drift: buttons that differ in number or kind are reported on the Buttons heading', () => {
  const buttons = ['- [Track](https://example.com/t)', '- Stop'];
  const odd = nl({ buttons: ['- Stop', '- [Track](https://example.com/t)'] });
  const out = drift({ 'a.en_US.watpl': en({ buttons }), 'a.nl.watpl': odd, 'a.de.watpl': de({ buttons }) });
  const [d] = out['a.nl.watpl'];
  assert.equal(underlined(odd, d), '# Buttons');
  assert.match(d.message, /has 2 buttons \(quick reply, URL\), a\.de\.watpl, a\.en_US\.watpl have 2 buttons \(URL, quick reply\)/);
  const missing = nl();
  const [m] = drift({ 'a.en_US.watpl': en({ buttons }), 'a.nl.watpl': missing, 'a.de.watpl': de({ buttons }) })['a.nl.watpl'];
  assert.equal(underlined(missing, m), 'order_update');
  assert.match(m.message, /has no buttons/);
});

test('translation-drift: the header kind is compared (none, text, media kinds), labels are not', () => {
  const odd = nl({ header: '![video](https://example.com/v.mp4)' });
  const out = drift({ 'a.en_US.watpl': en({ header: '![image](https://example.com/a.png)' }), 'a.nl.watpl': odd, 'a.de.watpl': de({ header: '![image](https://example.com/b.png)' }) });
  const [d] = out['a.nl.watpl'];
  assert.equal(underlined(odd, d), '# Header');
  assert.match(d.message, /has a video header, .* have an image header/);
  const same = drift({ 'a.en_US.watpl': en({ header: 'Your order' }), 'a.nl.watpl': nl({ header: 'Je bestelling' }) });
  assert.deepEqual(Object.values(same).flat(), []);
});

test('translation-drift: one diagnostic per kind of disagreement', () => {
  const odd = nl({ category: 'marketing', header: 'Nieuws', buttons: ['- Stop'] });
  const out = drift({ 'a.en_US.watpl': en(), 'a.nl.watpl': odd, 'a.de.watpl': de() });
  assert.deepEqual(out['a.nl.watpl'].map((d) => d.data?.aspect).sort(), ['buttons', 'category', 'header']);
});

test('translation-drift: other template names and same-language files are not translations', () => {
  const out = drift({ 'a.watpl': en(), 'b.watpl': en({ name: 'other', category: 'marketing' }), 'c.watpl': en({ category: 'marketing' }) });
  assert.deepEqual(Object.values(out).flat(), []);
});
