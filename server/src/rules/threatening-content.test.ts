import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const body = (text: string, language = 'en_US') => template({ body: text, language, examples: { first_name: 'Maria' } });

test('threatening-content: threats and shaming, in several languages', () => {
  const cases: [string, string, string][] = [
    ['Hi {{first_name}}, pay today or we will call your employer about your debt.', 'en_US', 'call your employer'],
    ['Hi {{first_name}}, pay now or we will publish your name on our website.', 'en_US', 'publish your name'],
    ['Hoi {{first_name}}, betaal vandaag of we gaan je werkgever bellen over je schuld.', 'nl', 'je werkgever bellen'],
    ['Hola {{first_name}}, paga hoy o publicaremos tu nombre en la lista negra de morosos.', 'es', 'publicaremos tu nombre'],
  ];
  for (const [text, language, phrase] of cases) {
    const t = body(text, language);
    const ds = only(t, 'threatening-content');
    assert.ok(ds.some((d) => underlined(t, d) === phrase), `${text}: ${ds.map((d) => underlined(t, d))}`);
    assert.match(ds[0].message, /Meta rejects threatening or shaming templates/);
  }
});

test('threatening-content: firm but factual reminders are not threats', () => {
  for (const text of [
    'Hi {{first_name}}, your invoice of $120 is 30 days overdue. Please pay by Friday to avoid a late fee.',
    'Hi {{first_name}}, please ask your employer to sign the enclosed form and return it by Monday.',
    'Hi {{first_name}}, your family plan renews on Friday for $40.',
  ]) assert.deepEqual(only(body(text), 'threatening-content'), [], text);
});
