/**
 * The category classifier on the labelled corpus (test/fixtures/corpus): keeps accuracy, the share of promotional
 * utility-looking templates caught and the share of genuine utility templates wrongly flagged at the levels reached
 * (`npm run eval` prints them). When a change moves a figure, update the table deliberately and say why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { evaluate, type Label } from '../../scripts/eval';

/** Levels reached: accuracy and promotional caught may not fall below these; genuine flagged may not rise above. */
const LEVELS: Record<string, { accuracy: number; caught: number; flagged: number }> = {
  all: { accuracy: 0.998, caught: 1, flagged: 0.003 },
  de: { accuracy: 1, caught: 1, flagged: 0 },
  en: { accuracy: 1, caught: 1, flagged: 0 },
  es: { accuracy: 1, caught: 1, flagged: 0 },
  fr: { accuracy: 1, caught: 1, flagged: 0 },
  id: { accuracy: 1, caught: 1, flagged: 0 },
  it: { accuracy: 1, caught: 1, flagged: 0 },
  nl: { accuracy: 1, caught: 1, flagged: 0 },
  pt: { accuracy: 0.986, caught: 1, flagged: 0.028 },
};

const result = evaluate();

test('eval: the corpus holds at least 400 templates, all three categories, eight languages, and the borderline kinds', () => {
  const labels = JSON.parse(readFileSync('test/fixtures/corpus/labels.json', 'utf8')) as Record<string, Label>;
  assert.ok(Object.keys(labels).length >= 400);
  assert.deepEqual(Object.keys(result.languages), ['de', 'en', 'es', 'fr', 'id', 'it', 'nl', 'pt']);
  for (const f of Object.values(result.languages)) for (const c of ['marketing', 'utility', 'authentication'] as const) assert.ok(f.categories[c].count > 0);
  const kinds = new Set(Object.values(labels).map((l) => l.kind));
  for (const k of ['genuine-utility', 'lookalike-utility', 'promotional-utility-looking', 'genuine-marketing', 'unclear', 'authentication', 'otp-in-utility', 'utility-declared-marketing']) assert.ok(kinds.has(k as Label['kind']), k);
});

test('eval: the targets hold (accuracy >= 92%, promotional caught >= 90%, genuine utility flagged <= 5%)', () => {
  const f = result.overall;
  assert.ok(f.accuracy >= 0.92, `accuracy ${f.accuracy}`);
  assert.ok((f.promotionalCaught ?? 0) >= 0.9, `caught ${f.promotionalCaught}`);
  assert.ok((f.genuineFlagged ?? 1) <= 0.05, `flagged ${f.genuineFlagged}`);
});

test('eval: no figure falls below the level reached, overall and per language', () => {
  for (const [name, level] of Object.entries(LEVELS)) {
    const f = name === 'all' ? result.overall : result.languages[name];
    assert.ok(f, name);
    assert.ok(f.accuracy >= level.accuracy, `${name}: accuracy ${f.accuracy} < ${level.accuracy}; misclassified: ${result.misses.map((m) => m.file).join(', ')}`);
    assert.ok((f.promotionalCaught ?? 0) >= level.caught, `${name}: promotional caught ${f.promotionalCaught} < ${level.caught}`);
    assert.ok((f.genuineFlagged ?? 0) <= level.flagged, `${name}: genuine flagged ${f.genuineFlagged} > ${level.flagged}`);
  }
});

test('eval: every one-time code in a utility template is caught, and no template is reported as a threat or a sensitive request', () => {
  assert.equal(result.overall.otpCaught, 1);
  assert.equal(result.overall.sensitiveOrThreat, 0);
});
