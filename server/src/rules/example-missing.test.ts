import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fixAll } from '../lint/fix';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const BODY = 'Hi {{first_name}}, your order {{order_id}} has shipped and will arrive within three working days.';
const missing = (text: string) => only(text, 'example-missing');

test('example-missing: a valid template has no problem', () => {
  assert.deepEqual(missing(template()), []);
});

test('example-missing: a placeholder without an example is reported on the placeholder', () => {
  const text = template({ body: BODY, examples: { first_name: 'Maria' } });
  const [d, ...rest] = missing(text);
  assert.deepEqual(rest, []);
  assert.equal(underlined(text, d), '{{order_id}}');
  assert.equal(d.severity, 'error');
  assert.equal(d.message, '{{order_id}} in the body has no example: Meta refuses a template unless every placeholder has a sample value. Add "order_id: <value>" under # Examples.');
});

test('example-missing: the fix adds an empty example after the last one', () => {
  const text = template({ body: BODY, examples: { first_name: 'Maria' } });
  const out = fixAndRecheck(text, 'example-missing');
  assert.equal(out, template({ body: BODY, examples: 'first_name: Maria\norder_id: ' }));
  // The empty value is then example-value's to report, so the writer is not left with a silent stub.
  assert.equal(only(out, 'example-value').length, 1);
});

test('example-missing: without an Examples section the first fix creates it with every missing key', () => {
  const text = template({ body: BODY, examples: {} });
  const ds = missing(text);
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{first_name}}', '{{order_id}}']);
  assert.equal(ds[0].fix!.title, 'Add missing examples');
  assert.equal(ds[1].fix!.title, 'Add an example for order_id');
  const expected = template({ body: BODY, examples: 'first_name: \norder_id: ' });
  assert.equal(applyEdits(text, ds[0].fix!.edits), expected);
  assert.equal(applyEdits(text, ds[1].fix!.edits), template({ body: BODY, examples: 'order_id: ' }));
  const all = fixAll(text, (t) => missing(t));
  assert.deepEqual(all, { text: expected, passes: 1 });
});

test('example-missing: a key used twice is reported once, on its first use', () => {
  const body = 'Hi {{first_name}}, your order has shipped. Thanks again, {{first_name}}, see you soon.';
  const text = template({ body, examples: {} });
  const ds = missing(text);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].span.start, text.indexOf('{{first_name}}'));
});

test('example-missing: positional keys in canonical form, for header, body, footer and URL buttons', () => {
  const text = template({
    header: 'Order {{1}}',
    body: 'Hi {{1}}, your order {{2}} has shipped and will arrive within three working days.',
    footer: 'Ref {{1}}',
    buttons: ['- Stop', '- [Track](https://example.com/track/{{1}})'],
    examples: { 1: 'Maria' },
  });
  const ds = missing(text);
  assert.deepEqual(ds.map((d) => d.data?.key), ['header.1', 'body.2', 'footer.1', 'button2.1']);
  assert.match(ds[3].message, /^\{\{1\}\} in button 2's URL has no example/);
  assert.equal(
    applyEdits(text, ds[0].fix!.edits),
    text.replace('1: Maria\n', '1: Maria\nheader.1: \nbody.2: \nfooter.1: \nbutton2.1: \n'),
  );
});

test('example-missing: an empty Examples section gets the lines under its heading', () => {
  const text = template({ body: BODY, examples: {} }) + '\n# Examples\n';
  assert.equal(fixAndRecheck(text, 'example-missing'), text + 'first_name: \norder_id: \n');
});

test('example-missing: a file ending without a line break, and CRLF files', () => {
  const bare = template({ body: BODY, examples: { first_name: 'Maria' } }).replace(/\n$/, '');
  assert.equal(fixAndRecheck(bare, 'example-missing'), bare + '\norder_id: \n');
  const crlf = template({ body: BODY, examples: {} }).replace(/\n/g, '\r\n');
  assert.equal(fixed(crlf), template({ body: BODY, examples: 'first_name: \norder_id: ' }).replace(/\n/g, '\r\n'));
});

test('example-missing: an example with an empty value counts as present (example-value reports it)', () => {
  assert.deepEqual(missing(template({ body: BODY, examples: 'first_name:\norder_id: ""' })), []);
});

test('example-missing: an Examples section that is not a map is left to example-syntax', () => {
  assert.deepEqual(missing(template({ body: BODY, examples: '- Maria\n- 0123' })), []);
});

function fixed(text: string): string {
  return fixAll(text, (t) => missing(t)).text;
}

test('example-missing: a misspelled key is pointed out and not duplicated by a fix (example-syntax renames it)', () => {
  const text = template({ body: BODY, examples: 'First Name: Maria' });
  const ds = missing(text);
  assert.equal(ds.length, 2);
  assert.match(ds[0].message, /"First Name" is not an example key: rename it to "first_name"\.$/);
  assert.equal(ds[0].fix, undefined);
  assert.equal(ds[1].fix!.title, 'Add an example for order_id');
  const body = 'Hi {{1}}, your order {{2}} has shipped and will arrive within three working days.';
  const positional = template({ body, examples: 'Body 1: Maria' });
  const all = fixAll(positional, (t) => only(t, 'example-missing').concat(only(t, 'example-syntax')));
  assert.equal(all.text, template({ body, examples: 'body.1: Maria\nbody.2: ' }));
});
