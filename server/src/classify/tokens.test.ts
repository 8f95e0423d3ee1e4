import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, tokenize } from './tokens';

const texts = (s: string) => tokenize(s).map((t) => t.t);

test('tokens: words are folded (lowercase, accents removed) and keep their range in the text', () => {
  const s = 'Économisez 20 % sur la CAFETIÈRE';
  const toks = tokenize(s);
  assert.deepEqual(toks.map((t) => t.t), ['economisez', '20', '%', 'sur', 'la', 'cafetiere']);
  assert.deepEqual(toks.map((t) => s.slice(t.start, t.end)), ['Économisez', '20', '%', 'sur', 'la', 'CAFETIÈRE']);
  assert.equal(fold('Straße Œuvre'), 'strase ouvre');
  assert.equal(fold('Straße').length, 'Straße'.length);
  assert.deepEqual(texts('GRÖẞE größe'), ['grose', 'grose']);
});

test('tokens: placeholders, numbers, currencies and sentence boundaries', () => {
  assert.deepEqual(tokenize('Get {{1}}% off: only R$ 1.200,50 or €10!').map((t) => `${t.k}:${t.t}`), [
    'w:get', 'p:{}', 's:%', 'w:off', 'b::', 'w:only', 'c:$', 'n:1.200,50', 'w:or', 'c:$', 'n:10', 'b:!',
  ]);
  assert.deepEqual(texts('Line one\nline two'), ['line', 'one', '\n', 'line', 'two']);
  assert.deepEqual(texts('SAVE20 and 5G'), ['save20', 'and', '5g']);
});

test('tokens: apostrophes and hyphens split words, as phrases are split', () => {
  assert.deepEqual(texts("Don't miss l'offerta check-in"), ['don', 't', 'miss', 'l', 'offerta', 'check', 'in']);
});

test('tokens: links and e-mail addresses are not message words', () => {
  assert.deepEqual(texts('Sale at https://shop.example.com/sale or shop.example.nl/sale, mail sale@example.com today.'), ['sale', 'at', 'or', 'mail', 'today', '.']);
  assert.deepEqual(texts('Visit www.example.com. Then 10.00 and 1,5.'), ['visit', '.', 'then', '10.00', 'and', '1,5', '.']);
});

test('tokens: a long run of symbols and unclosed braces is linear and yields nothing odd', () => {
  const s = `${'{{'.repeat(50_000)} x ${'€'.repeat(1000)}`;
  const toks = tokenize(s);
  assert.equal(toks.filter((t) => t.k === 'w').length, 1);
});
