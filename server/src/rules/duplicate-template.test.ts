import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintFiles, template } from '../testing/support';

test('duplicate-template: the same name and language in two files is reported on both', () => {
  const out = lintFiles({ 'a.watpl': template(), 'b.watpl': template({ body: 'Hi {{first_name}}, your parcel is at the depot and will be delivered tomorrow.', examples: { first_name: 'Maria' } }) });
  for (const [path, other] of [['a.watpl', 'b.watpl'], ['b.watpl', 'a.watpl']]) {
    const ds = out[path].filter((d) => d.rule === 'duplicate-template');
    assert.equal(ds.length, 1);
    assert.match(ds[0].message, new RegExp(other.replace('.', '\\.')));
  }
});

test('duplicate-template: translations (same name, other language) are not duplicates', () => {
  const out = lintFiles({ 'a.watpl': template(), 'b.watpl': template({ language: 'nl', body: 'Hoi {{first_name}}, je bestelling is verzonden en komt binnen drie werkdagen aan.', examples: { first_name: 'Maria' } }) });
  assert.deepEqual(out['a.watpl'].filter((d) => d.rule === 'duplicate-template'), []);
});
