import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

test('language-code: a valid template, and codes of every shape, get no diagnostic', () => {
  for (const language of ['en_US', 'nl', 'pt_BR', 'fil', 'prs_AF', '"en_GB"']) {
    assert.deepEqual(only(template({ language }), 'language-code'), [], language);
  }
});

test('language-code: a hyphen or the wrong case is an error on the value naming the exact code', () => {
  for (const [language, code] of [['en-US', 'en_US'], ['EN_us', 'en_US'], ['pt-br', 'pt_BR'], ['NL', 'nl']]) {
    const text = template({ language });
    const [d] = only(text, 'language-code');
    assert.equal(d.severity, 'error');
    assert.equal(underlined(text, d), language);
    assert.match(d.message, new RegExp(`"${language}" is not one of Meta's language codes: write "${code}"`));
  }
});

test('language-code: the fix writes the exact code and changes nothing else', () => {
  assert.equal(fixAndRecheck(template({ language: 'en-US' }), 'language-code'), template({ language: 'en_US' }));
  assert.equal(fixAndRecheck(template({ language: '"pt-br"' }), 'language-code'), template({ language: 'pt_BR' }));
});

test('language-code: an unknown code points to the list and lists codes with the same first two letters', () => {
  const text = template({ language: 'english' });
  const [d] = only(text, 'language-code');
  assert.equal(underlined(text, d), 'english');
  assert.equal(d.fix, undefined);
  assert.match(d.message, /not one of Meta's 111 template language codes/);
  assert.match(d.message, /Codes starting with "en": en, en_GB, en_US, en_AE, en_AU\.$/);
});

test('language-code: an unknown code with no near codes only points to the list', () => {
  const [d] = only(template({ language: 'xx' }), 'language-code');
  assert.match(d.message, /Supported languages/);
  assert.doesNotMatch(d.message, /Codes starting/);
});

test('language-code: a missing or non-text language is left to front-matter', () => {
  assert.deepEqual(only(template({ language: '42' }), 'language-code'), []);
  assert.deepEqual(only('---\nname: a\ncategory: utility\n---\nHello there.\n', 'language-code'), []);
});
