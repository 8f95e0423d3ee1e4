import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const withHeader = (header: string) => template({ header, body: 'Hi there, your order has shipped today.', examples: {} });

test('header-placeholders: a valid template, and a header with one placeholder, have no problem', () => {
  assert.deepEqual(only(template(), 'header-placeholders'), []);
  assert.deepEqual(only(withHeader('Order {{1}} shipped'), 'header-placeholders'), []);
});

test('header-placeholders: reports the second and later placeholders with the count', () => {
  const text = withHeader('🎉 Order {{1}} for {{2}} on {{3}}').replace(/\n/g, '\r\n');
  const ds = only(text, 'header-placeholders');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{2}}', '{{3}}']);
  assert.match(ds[0].message, /3 placeholders; Meta allows at most 1/);
  assert.equal(ds[0].severity, 'error');
  assert.equal(ds[0].fix, undefined);
});

test('header-placeholders: a repeated placeholder counts twice; malformed ones and the body do not count', () => {
  const text = withHeader('Order {{id}} / {{id}}');
  assert.deepEqual(only(text, 'header-placeholders').map((d) => underlined(text, d)), ['{{id}}']);
  assert.deepEqual(only(withHeader('Order {{1}} for {{ 2 }}'), 'header-placeholders'), []);
  assert.deepEqual(only(template({ body: 'Hi {{1}}, order {{2}} ships today.', examples: {} }), 'header-placeholders'), []);
});
