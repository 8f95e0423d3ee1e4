import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../lint/diagnostic';
import { parseTemplate } from '../parser/parse';
import { lintFiles, template, underlined } from '../testing/support';
import { contentHash, contentKey } from './duplicate-content';

const ofRule = (out: Record<string, Diagnostic[]>, path: string) => out[path].filter((d) => d.rule === 'duplicate-content');

test('duplicate-content: a valid template on its own gets no diagnostic', () => {
  assert.deepEqual(ofRule(lintFiles({ 'a.watpl': template() }), 'a.watpl'), []);
});

test('duplicate-content: two templates with the same body are reported on the body of each, naming the other', () => {
  const a = template({ name: 'order_update' });
  const b = template({ name: 'shipping_notice' });
  const out = lintFiles({ 'a.watpl': a, 'b.watpl': b });
  for (const [path, text, other] of [['a.watpl', a, 'b.watpl'], ['b.watpl', b, 'a.watpl']]) {
    const ds = out[path].filter((d) => d.rule === 'duplicate-content');
    assert.equal(ds.length, 1);
    assert.equal(underlined(text, ds[0]), 'Hi {{first_name}}, your order has shipped and will arrive within three working days.');
    assert.equal(ds[0].severity, 'information');
    assert.ok(ds[0].message.includes(other), ds[0].message);
  }
});

test('duplicate-content: white space runs and edges do not hide a duplicate, and the footer counts', () => {
  const a = template({ name: 'a_one', body: 'Your order {{id}} has   shipped.\nThanks!', footer: 'Reply STOP', examples: { id: '1' } });
  const b = template({ name: 'b_two', body: '  Your order {{id}} has shipped. Thanks!', footer: 'Reply  STOP ', examples: { id: '1' } });
  const out = lintFiles({ 'a.watpl': a, 'b.watpl': b });
  assert.equal(ofRule(out, 'a.watpl').length, 1);
  assert.match(out['a.watpl'].find((d) => d.rule === 'duplicate-content')!.message, /body and footer are the same as in b\.watpl/);
});

test('duplicate-content: a different footer, different case or different wording is not a duplicate', () => {
  const base = { body: 'Your order {{id}} has shipped.', examples: { id: '1' } };
  const out = lintFiles({
    'a.watpl': template({ ...base, name: 'a_one', footer: 'Reply STOP' }),
    'b.watpl': template({ ...base, name: 'b_two', footer: 'Reply stop' }),
    'c.watpl': template({ ...base, name: 'c_three' }),
    'd.watpl': template({ name: 'd_four', body: 'Your order {{id}} has shipped!', examples: { id: '1' } }),
  });
  for (const p of ['a.watpl', 'b.watpl', 'c.watpl', 'd.watpl']) assert.deepEqual(ofRule(out, p), [], p);
});

test('duplicate-content: the same name and language is left to duplicate-template; another language counts', () => {
  const same = lintFiles({ 'a.watpl': template(), 'b.watpl': template() });
  assert.deepEqual(ofRule(same, 'a.watpl'), []);
  const out = lintFiles({ 'a.watpl': template(), 'b.watpl': template(), 'c.watpl': template({ language: 'en_GB' }) });
  const [d] = ofRule(out, 'a.watpl');
  assert.ok(d.message.includes('c.watpl') && !d.message.includes('b.watpl'), d.message);
  assert.equal(ofRule(out, 'c.watpl').length, 1);
});

test('duplicate-content: templates without body text (authentication) are never duplicates', () => {
  const auth = (name: string) => template({ name, category: 'authentication', body: '', extra: 'code_expiration_minutes: 10', buttons: ['- [Copy code](otp:copy_code)'] });
  const out = lintFiles({ 'a.watpl': auth('login_code'), 'b.watpl': auth('signup_code') });
  assert.deepEqual(ofRule(out, 'a.watpl'), []);
  assert.deepEqual(ofRule(out, 'b.watpl'), []);
});

test('duplicate-content: comments are not part of the text compared', () => {
  const out = lintFiles({
    'a.watpl': template({ name: 'a_one', body: 'Your parcel is ready. <!-- draft -->', examples: {} }),
    'b.watpl': template({ name: 'b_two', body: 'Your parcel is ready.', examples: {} }),
  });
  assert.equal(ofRule(out, 'a.watpl').length, 1);
});

test('duplicate-content: contentHash agrees with contentKey (equal keys, equal hashes) without building the key', () => {
  const t = (body: string, footer?: string) => parseTemplate(template({ body, footer, examples: { id: '1' } }));
  const same = [t('Your order {{id}} has shipped.', 'Reply STOP'), t('  Your order\u00a0{{id}}\u2003has\n\nshipped.\t', ' Reply \u3000STOP ')];
  assert.equal(contentKey(same[0]), contentKey(same[1]));
  assert.equal(contentHash(same[0]), contentHash(same[1]));
  // Text moved between body and footer, a space added inside a word, or case changed: other keys, other hashes.
  for (const other of [t('Your order {{id}} has shipped. Reply', 'STOP'), t('Your order {{id}} has ship ped.', 'Reply STOP'), t('your order {{id}} has shipped.', 'Reply STOP')]) {
    assert.notEqual(contentKey(other), contentKey(same[0]));
    assert.notEqual(contentHash(other), contentHash(same[0]));
  }
  assert.equal(contentHash(t(' \n ')), null);
  assert.equal(contentKey(t(' \n ')), null);
});
