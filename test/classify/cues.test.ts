/**
 * The shape features weighed when no phrase decides the category (classify.ts `cues`): promotional style (repeated
 * exclamation marks, "our", a greeting leading a text with nothing of the customer's, a placeholder standing for the whole
 * message, a reply-STOP footer, no placeholder but a name) against the customer's specifics ("your ...", record fields),
 * and the one-time-code shape (a code placeholder and a validity in minutes). Each feature: a case it must catch, with
 * its reason and span, and look-alikes it must not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyTemplate, type Classification, type Reason } from '../../server/src/classify/classify';
import { describe } from '../../server/src/classify/signals';
import { parseTemplate } from '../../server/src/parser/parse';
import { template } from '../../server/src/testing/support';

type Parts = Parameters<typeof template>[0];

function classify(parts: Parts): { text: string; c: Classification } {
  const text = template({ examples: {}, ...parts });
  return { text, c: classifyTemplate(parseTemplate(text)) };
}

const signals = (rs: readonly Reason[]) => rs.map((r) => r.signal);

/** Look-alikes are checked where the cues are weighed: no phrase decides (else the cues are not computed and a test could not fail). */
function undecided(c: Classification): Classification {
  assert.ok(c.scores.marketing < 1 && c.scores.utility < 1 && c.scores.authentication < 1 && !c.unclear, JSON.stringify(c.scores));
  return c;
}

/** The reason of `signal` among the cues, checked to cover its own text in the file and to have a description. */
function cue(text: string, c: Classification, signal: string): Reason {
  const r = [...c.style, ...c.specifics].find((x) => x.signal === signal);
  assert.ok(r, `${signal} not among ${signals([...c.style, ...c.specifics]).join(', ')}`);
  assert.equal(text.slice(r.span.start, r.span.end), r.text);
  assert.ok(describe(r.signal).length > 10);
  return r;
}

test('cues: none are weighed when a phrase decides the category', () => {
  const { c } = classify({ body: 'Your order {{1}} has shipped!!! Track it in the app!', examples: { 1: '"7"' } });
  assert.equal(c.inferred, 'utility');
  assert.deepEqual([c.style, c.specifics], [[], []]);
});

test('cues: three exclamation marks are promotional style and tip a text with nothing of the customer\'s', () => {
  const { text, c } = classify({ body: 'The summer terrace is open again! Drinks by the river! Music all afternoon!' });
  assert.equal(c.inferred, 'marketing');
  const r = cue(text, c, 'exclamations');
  assert.equal(r.text, '!');
  assert.ok(c.reasons.includes(r));
});

test('cues: one exclamation mark is not style, and three do not outweigh the customer\'s own thing', () => {
  const one = undecided(classify({ body: 'Hi {{1}}! The bike has been repaired and can be collected tomorrow.', examples: { 1: 'Ann' } }).c);
  assert.ok(!signals(one.style).includes('exclamations'));
  const three = classify({ body: 'Done! Your bike is repaired! See you soon!' });
  assert.equal(cue(three.text, three.c, 'exclamations').weight, 0.5);
  assert.equal(three.c.inferred, 'utility');
  assert.equal(cue(three.text, three.c, 'customer-possessive').text, 'Your');
});

test('cues: "our" before a promotional word is the business announcing its own offer', () => {
  const { text, c } = classify({ body: 'Our new bakery in {{1}} opens its doors on Saturday.', examples: { 1: 'Leeds' } });
  assert.equal(c.inferred, 'marketing');
  const r = cue(text, c, 'business-possessive');
  assert.equal(r.text, 'Our');
  assert.equal(r.weight, 0.5);
});

test('cues: "our" alone weighs half, and "your" about the customer\'s thing outweighs it', () => {
  const { text, c } = classify({ body: 'Your laptop is back from the workshop; the charger stays with our courier until Monday.' });
  assert.equal(c.inferred, 'utility');
  assert.equal(cue(text, c, 'business-possessive').weight, 0.25);
  assert.equal(cue(text, c, 'customer-possessive').text, 'Your');
});

test('cues: "your" counts only before a word or a placeholder, and only where it can change the reading; "you" does not', () => {
  const plain = undecided(classify({ language: 'de', body: 'Ihr Laborbefund liegt im Portal bereit.' }).c);
  assert.equal(plain.inferred, 'utility');
  assert.deepEqual(plain.specifics, [], 'nothing promotional to outweigh: the search is skipped');
  const de = classify({ language: 'de', body: 'Ihr Laborbefund liegt bereit! Schauen Sie rein! Bis bald!' });
  assert.equal(de.c.inferred, 'utility');
  assert.equal(cue(de.text, de.c, 'customer-possessive').text, 'Ihr');
  // Three exclamation marks make the search worth it: it finds no "your" before a word, so the text stays marketing.
  for (const body of ['What a week! We will call you about the bike! Stay tuned!', 'What a week! The last word is your! Stay tuned!']) {
    const c = undecided(classify({ body }).c);
    assert.ok(!signals(c.specifics).includes('customer-possessive'), body);
    assert.equal(c.inferred, 'marketing', body);
  }
});

test('cues: a placeholder alone on its line stands for a message whose content is unknown', () => {
  const { text, c } = classify({ body: 'Hello {{1}},\n\n{{2}}\n\nFor any question, write to us.\n{{3}}', examples: { 1: 'Ann', 2: 'Text', 3: 'The team' } });
  assert.equal(c.inferred, 'marketing');
  assert.equal(cue(text, c, 'free-text-slot').text, '{{2}}');
  assert.ok(c.confidence >= 0.6);
});

test('cues: a placeholder on its own line after a label (a link, a code) is not free text', () => {
  const c = undecided(classify({ body: 'Here is the link we mentioned:\n\n{{1}}\n\nWrite to us with any question.', examples: { 1: 'x' } }).c);
  assert.ok(!signals(c.style).includes('free-text-slot'), signals(c.style).join());
  const inline = undecided(classify({ body: 'Hello {{1}}, the details are {{2}} as discussed.', examples: { 1: 'a', 2: 'b' } }).c);
  assert.ok(!signals(inline.style).includes('free-text-slot'));
});

test('cues: a reply keyword in capitals in the footer is an opt-out, as marketing messages carry', () => {
  const { text, c } = classify({ language: 'fr', body: 'Bonjour {{1}}, un petit mot de l’équipe cette semaine.', footer: 'Répondez STOP pour ne plus recevoir nos messages', examples: { 1: 'Ana' } });
  assert.equal(c.inferred, 'marketing');
  assert.equal(cue(text, c, 'opt-out-footer').text, 'STOP');
});

test('cues: a brand in capitals in the footer is not an opt-out', () => {
  for (const footer of ['ACME Services - envoyé par notre équipe', 'Envoyé par ACME', 'Propulsé par ACME SAS']) {
    const c = undecided(classify({ language: 'fr', body: 'Bonjour {{1}}, un petit mot de l’équipe cette semaine.', footer, examples: { 1: 'Ana' } }).c);
    assert.ok(!signals(c.style).includes('opt-out-footer'), footer);
  }
});

test('cues: when the only placeholders are names after a salutation, nothing in the text is the customer\'s', () => {
  const { text, c } = classify({ body: 'Hi {{1}}, a lovely afternoon at the Riverside climbing hall.', examples: { 1: 'Ann' } });
  const r = cue(text, c, 'name-only');
  assert.equal(r.text, '{{1}}');
  assert.equal(r.weight, 0.25);
  assert.equal(c.inferred, 'utility', 'name-only alone stays below the weak-promotion level');
});

test('cues: a placeholder that is not a name, or no placeholder at all, is not name-only', () => {
  const other = undecided(classify({ body: '{{1}}, a lovely afternoon at the Riverside climbing hall, see {{2}}.', examples: { 1: 'a', 2: 'b' } }).c);
  assert.ok(!signals(other.style).includes('name-only'));
  const none = undecided(classify({ body: 'A lovely afternoon at the Riverside climbing hall.' }).c);
  assert.ok(!signals(none.style).includes('name-only'));
});

test('cues: a greeting leading a text with no reference to the customer tips it to marketing', () => {
  const { text, c } = classify({ body: 'Welcome to {{1}}! We are a family-run garden centre on the edge of town.', examples: { 1: 'Greenway' } });
  assert.equal(c.inferred, 'marketing');
  assert.equal(cue(text, c, 'greeting-led').text, 'Welcome to');
});

test('cues: a greeting late in the text does not lead it', () => {
  const c = undecided(classify({ body: 'The climbing hall reopens after the floods on Monday, good news for everyone.' }).c);
  assert.ok(c.marketing.some((r) => r.signal === 'greeting'));
  assert.ok(!signals(c.style).includes('greeting-led'));
  assert.equal(c.inferred, 'utility');
});

test('cues: two "Label: {{n}}" lines are a record\'s fields, the customer\'s specifics', () => {
  const { text, c } = classify({ body: 'Ticket update\nStatus: {{1}}\nAssigned to: {{2}}', examples: { 1: 'a', 2: 'b' } });
  assert.equal(c.inferred, 'utility');
  assert.equal(cue(text, c, 'record-fields').text, 'Status: {{1}}');
});

test('cues: one field, or a link after a call to act inside a sentence, is not a record', () => {
  const one = undecided(classify({ body: 'Something changed.\nStatus: {{1}}', examples: { 1: 'a' } }).c);
  assert.ok(!signals(one.specifics).includes('record-fields'));
  const link = undecided(classify({ body: 'Hi {{1}}, something changed. See it here: {{2}} today. Or there: {{3}}.', examples: { 1: 'a', 2: 'b', 3: 'c' } }).c);
  assert.ok(!signals(link.specifics).includes('record-fields'));
});

test('one-time code: a code placeholder and a validity in minutes read as authentication', () => {
  const { c } = classify({ body: 'Confirm your number with code {{1}}. Expires in {{2}} min.', examples: { 1: '"123456"', 2: '"5"' } });
  assert.equal(c.inferred, 'authentication');
  assert.deepEqual(c.otp.map((r) => r.text), ['code {{1}}', '{{2}} min']);
  const es = classify({ language: 'es', body: 'Tu código: {{1}}. Vence en {{2}} minutos.', examples: { 1: '"123456"', 2: '"5"' } }).c;
  assert.equal(es.inferred, 'authentication');
});

test('one-time code: a coupon code, or minutes alone, is not authentication', () => {
  const coupon = classify({ body: 'Enter code {{1}} at checkout for 20% off.', examples: { 1: 'SPRING' } }).c;
  assert.equal(coupon.inferred, 'marketing');
  const minutes = classify({ body: 'Your table will be ready in 10 min.' }).c;
  assert.equal(minutes.inferred, 'utility');
  assert.ok(minutes.scores.authentication < 1);
});
