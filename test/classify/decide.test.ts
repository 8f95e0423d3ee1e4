/** The decision below the decisive weight: weak promotion tips a text to marketing only when it outweighs the references found. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyTemplate } from '../../server/src/classify/classify';
import { parseTemplate } from '../../server/src/parser/parse';

const classify = (body: string) => classifyTemplate(parseTemplate(`---\nname: t\nlanguage: pt_BR\ncategory: utility\n---\n\n# Body\n${body}\n`));

test('decide: weak promotion with no reference to the customer reads as marketing', () => {
  const c = classify('Temos um evento na loja no sábado.');
  assert.equal(c.scores.utility, 0);
  assert.ok(c.scores.marketing >= 0.5 && c.scores.marketing < 1, JSON.stringify(c.scores));
  assert.equal(c.inferred, 'marketing');
});

test('decide: weak promotion no stronger than a weak reference to the customer reads as utility', () => {
  const c = classify('Lembrete: o evento começa às 10h.');
  assert.ok(c.scores.marketing >= 0.5 && c.scores.marketing < 1, JSON.stringify(c.scores));
  assert.ok(c.scores.utility >= c.scores.marketing && c.scores.utility < 1, JSON.stringify(c.scores));
  assert.equal(c.inferred, 'utility');
});
