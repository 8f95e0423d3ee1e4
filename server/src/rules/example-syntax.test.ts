import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const POSITIONAL = 'Hi {{1}}, your order {{2}} has shipped and will arrive within three working days.';

test('example-syntax: a valid template gets no diagnostic', () => {
  assert.deepEqual(only(template(), 'example-syntax'), []);
});

test('example-syntax: every key form of the format is accepted', () => {
  const examples = 'first_name: Maria\norder_2: A1\n1: Maria\nbody.2: "0123"\nheader.1: X\nbutton1.1: abc\nbutton12.3: def';
  assert.deepEqual(only(template({ body: POSITIONAL, examples }), 'example-syntax'), []);
});

test('example-syntax: an Examples section that is not a map is an error', () => {
  const text = template({ examples: '- Maria\n- 0123' });
  const ds = only(text, 'example-syntax');
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'error');
  assert.equal(underlined(text, ds[0]), '- Maria\n- 0123');
  assert.match(ds[0].message, /"key: value" lines/);
});

test('example-syntax: invalid YAML in Examples is an error', () => {
  const text = template({ examples: 'first_name: "Maria' });
  const ds = only(text, 'example-syntax');
  assert.ok(ds.length >= 1);
  assert.match(ds[0].message, /not valid YAML/);
});

test('example-syntax: a key that names no placeholder is an error on the key', () => {
  for (const key of ['button.1', 'First Name', '0', 'footer.1', 'body.x']) {
    const text = template({ examples: `${key}: Maria\nfirst_name: Maria` });
    const [d] = only(text, 'example-syntax');
    assert.equal(underlined(text, d), key, key);
    assert.match(d.message, new RegExp(`"${key}" is not an example key`));
    assert.equal(d.fix, undefined, key);
  }
});

test('example-syntax: near misses name the key meant, and the fix writes it', () => {
  const text = template({ body: POSITIONAL, examples: 'Body 1: Maria\nBODY_2: "0123"' });
  const ds = only(text, 'example-syntax');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['Body 1', 'BODY_2']);
  assert.match(ds[0].message, /Did you mean "body\.1"\?/);
  const once = fixAndRecheck(text, 'example-syntax');
  assert.equal(fixAndRecheck(once, 'example-syntax'), template({ body: POSITIONAL, examples: 'body.1: Maria\nbody.2: "0123"' }));
  const braced = template({ examples: '"{{first_name}}": Maria' });
  assert.equal(fixAndRecheck(braced, 'example-syntax'), template());
});

test('example-syntax: no fix when the key meant already has an example', () => {
  const text = template({ body: POSITIONAL, examples: '1: Maria\nBody 1: Jan\n2: A1' });
  const [d] = only(text, 'example-syntax');
  assert.match(d.message, /"body\.1" already has an example/);
  assert.equal(d.fix, undefined);
});
