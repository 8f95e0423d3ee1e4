import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined, type Parts } from '../testing/support';

const SALE = 'Our summer sale starts today: all sandals are 20% off until Sunday.';
const marketing = (parts: Parts = {}) => template({ name: 'summer_sale', category: 'marketing', body: SALE, examples: {}, ...parts });

test('opt-out-missing: a valid utility template has no problem', () => {
  assert.deepEqual(only(template(), 'opt-out-missing'), []);
  assert.deepEqual(only(template({ buttons: ['- Yes'] }), 'opt-out-missing'), []);
});

test('opt-out-missing: a marketing template without buttons is reported on the category, as information', () => {
  const text = marketing();
  const [d] = only(text, 'opt-out-missing');
  assert.equal(underlined(text, d), 'marketing');
  assert.equal(d.severity, 'information');
  assert.match(d.message, /"Stop promotions"/);
});

test('opt-out-missing: opt-out labels in several languages, any case and accents, are recognised', () => {
  for (const label of ['Stop promotions', 'STOP', 'Unsubscribe', 'Opt-out', 'opt out', 'Afmelden', 'Darse de baja', 'Cancelar inscricao', 'Keine Werbung', 'Se desabonner', 'Arrêter', 'Berhenti langganan', 'Werbung abbestellen', 'Interrompi promozioni', 'Stop, thanks']) {
    assert.deepEqual(only(marketing({ buttons: ['- Shop now', `- ${label}`] }), 'opt-out-missing'), [], label);
  }
});

test('opt-out-missing: with a Buttons section, the heading is underlined', () => {
  const text = marketing({ buttons: ['- Tell me more'] });
  const [d] = only(text, 'opt-out-missing');
  assert.equal(underlined(text, d), '# Buttons');
});

test('opt-out-missing: look-alikes are not opt-outs', () => {
  for (const buttons of [['- Stopwatch deals'], ['- Non-stop deals'], ['- [Stop](https://example.com/stop)']]) {
    assert.equal(only(marketing({ buttons }), 'opt-out-missing').length, 1, buttons[0]);
  }
});

test('opt-out-missing: fix creates the Buttons section before Examples', () => {
  const text = template({ category: 'marketing' });
  assert.equal(fixAndRecheck(text, 'opt-out-missing'), template({ category: 'marketing', buttons: ['- Stop promotions'] }));
});

test('opt-out-missing: fix creates the Buttons section at the end when there are no Examples', () => {
  assert.equal(fixAndRecheck(marketing(), 'opt-out-missing'), marketing({ buttons: ['- Stop promotions'] }));
  const noBreak = marketing().replace(/\n$/, '');
  assert.equal(fixAndRecheck(noBreak, 'opt-out-missing'), marketing({ buttons: ['- Stop promotions'] }));
});

test('opt-out-missing: fix adds the quick reply as the last button', () => {
  const buttons = ['- [Shop](https://example.com/shop)', '- Tell me more'];
  assert.equal(fixAndRecheck(marketing({ buttons }), 'opt-out-missing'), marketing({ buttons: [...buttons, '- Stop promotions'] }));
});

test('opt-out-missing: fix keeps the quick replies in one group', () => {
  const buttons = ['- Tell me more', '- [Shop](https://example.com/shop)'];
  const expected = marketing({ buttons: ['- Tell me more', '- Stop promotions', '- [Shop](https://example.com/shop)'] });
  assert.equal(fixAndRecheck(marketing({ buttons }), 'opt-out-missing'), expected);
});

test('opt-out-missing: fix after a last line without a line break', () => {
  const text = marketing({ buttons: ['- Tell me more'] }).replace(/\n$/, '');
  assert.equal(fixAndRecheck(text, 'opt-out-missing'), marketing({ buttons: ['- Tell me more', '- Stop promotions'] }).replace(/\n$/, ''));
});

test('opt-out-missing: fix uses the template language', () => {
  const nl = marketing({ language: 'nl', body: 'Onze zomeruitverkoop begint vandaag: alle sandalen zijn tot zondag 20% goedkoper.' });
  assert.equal(fixAndRecheck(nl, 'opt-out-missing'), marketing({ language: 'nl', body: 'Onze zomeruitverkoop begint vandaag: alle sandalen zijn tot zondag 20% goedkoper.', buttons: ['- Stop promoties'] }));
  const pt = marketing({ language: 'pt_BR', body: 'Nossa liquidação de verão começa hoje: todas as sandálias com 20% de desconto.' });
  assert.match(fixAndRecheck(pt, 'opt-out-missing'), /\n- Parar promoções\n/);
  assert.match(fixAndRecheck(marketing({ language: 'ja' }), 'opt-out-missing'), /\n- Stop promotions\n/);
});

test('opt-out-missing: no fix when one more button would exceed the limits', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `- Option ${i + 1}`);
  const [d] = only(marketing({ buttons: ten }), 'opt-out-missing');
  assert.equal(d.fix, undefined);
});
