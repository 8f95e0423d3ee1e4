import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, LexiconError, parsePattern, patternsOf } from './lexicon';
import { LEXICONS, lexiconFor, lexiconLanguage } from './lexicons/index';
import { findMatches, resolve } from './match';
import { LEXICON_KINDS, MARKETING_KINDS, UTILITY_KINDS } from './signals';
import { hashOf, tokenizeInto, Tokens } from './tokens';

test('lexicons: the eight languages, every phrase parses, kinds and weights are valid', () => {
  assert.deepEqual(Object.keys(LEXICONS).sort(), ['de', 'en', 'es', 'fr', 'id', 'it', 'nl', 'pt']);
  for (const [lang, file] of Object.entries(LEXICONS)) {
    assert.equal(file.language, lang);
    const patterns = patternsOf(file, { marketing: [], allow: [] });
    assert.ok(patterns.length > 300, `${lang}: ${patterns.length} phrases`);
    for (const g of file.signals) assert.ok(LEXICON_KINDS.has(g.kind) && g.weight > 0 && g.weight <= 2, `${lang}: ${g.kind} ${g.weight}`);
    assert.ok(file.notPromotional.length >= 15, `${lang}: look-alikes`);
  }
});

test('lexicons: each language covers every promotional and utility kind that applies to it, and the other rules\' kinds', () => {
  const needed = [...MARKETING_KINDS.filter((k) => k !== 'custom'), ...UTILITY_KINDS, 'one-time-code', 'sensitive-data', 'request', 'negation', 'threat', 'salutation'];
  for (const [lang, file] of Object.entries(LEXICONS)) {
    const kinds = new Set(file.signals.map((g) => g.kind));
    assert.deepEqual(needed.filter((k) => !kinds.has(k)), [], lang);
  }
});

test('lexicons: no phrase is listed twice in one group once accents, hyphens and apostrophes are folded', () => {
  const group = (k: string) => (['sensitive-data', 'request', 'negation'].includes(k) ? 's' : k === 'threat' ? 't' : 'c');
  for (const [lang, file] of Object.entries(LEXICONS)) {
    const seen = new Map<string, string>();
    for (const g of file.signals) for (const p of g.phrases) {
      const key = `${group(g.kind)}:${JSON.stringify(parsePattern(p))}`;
      assert.ok(!seen.has(key), `${lang}: "${p}" (${g.kind}) repeats "${seen.get(key)}"`);
      seen.set(key, p);
    }
  }
});

test('lexicon: pattern syntax', () => {
  const lit = (v: string) => ({ t: 'lit', v, h: hashOf(v) });
  assert.deepEqual(parsePattern('# % off'), [{ t: 'num' }, lit('%'), lit('off')]);
  assert.deepEqual(parsePattern("Don't desCONT* {} $ .. x"), [lit('don'), lit('t'), { t: 'pre', v: 'descont' }, { t: 'ph' }, { t: 'cur' }, { t: 'gap' }, lit('x')]);
  assert.throws(() => parsePattern('ab*'), LexiconError);
  assert.throws(() => parsePattern('.. sale'), LexiconError);
  assert.throws(() => parsePattern('!!! &'), LexiconError);
});

test('lexicon: user phrases that cannot match anything are left out, not fatal', () => {
  const n = patternsOf(LEXICONS.en, { marketing: [], allow: [] }).length;
  assert.equal(patternsOf(LEXICONS.en, { marketing: ['&&', 'gold club'], allow: ['.. x'] }).length, n + 1);
});

test('lexicon: the language picks the lexicon; unknown languages use English', () => {
  assert.equal(lexiconLanguage('pt_BR'), 'pt');
  assert.equal(lexiconLanguage('en_US'), 'en');
  assert.equal(lexiconLanguage('nl'), 'nl');
  assert.equal(lexiconLanguage('sv'), 'en');
  assert.equal(lexiconLanguage(null), 'en');
  const none = { marketing: [], allow: [] };
  assert.equal(lexiconFor('es_MX', none), lexiconFor('es', none));
});

const matchTexts = (phrases: string[], allow: string[], text: string) => {
  const lex = compile('x', patternsOf({ language: 'x', signals: [{ kind: 'discount', weight: 1, phrases }], notPromotional: allow }, { marketing: [], allow: [] }));
  const toks = tokenizeInto(text, new Tokens(), 0, text.length, lex.gate);
  return resolve(findMatches(text, toks, lex), () => true, () => true).map((m) => text.slice(toks.start[m.from], toks.end[m.to - 1]));
};

test('match: prefixes, numbers, placeholders, gaps within a sentence, longest match', () => {
  assert.deepEqual(matchTexts(['descont*'], [], 'Descontos e DESCONTO'), ['Descontos', 'DESCONTO']);
  assert.deepEqual(matchTexts(['# % off'], [], '20% off and {{1}}% off'), ['20% off', '{{1}}% off']);
  assert.deepEqual(matchTexts(['renew .. save'], [], 'Renew your plan today and save. Renew. You save.'), ['Renew your plan today and save']);
  assert.deepEqual(matchTexts(['sale', 'flash sale'], [], 'Flash sale now'), ['Flash sale']);
  assert.deepEqual(matchTexts(['save $ #'], [], 'save R$ 50 or save EUR 10'), ['save R$ 50', 'save EUR 10']);
});

test('match: a look-alike cancels the matches it overlaps', () => {
  assert.deepEqual(matchTexts(['free'], ['feel free', 'free of charge'], 'Feel free to reply. It is free of charge. Free gift!'), ['Free']);
});
