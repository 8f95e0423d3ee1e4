import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, only, template, underlined } from '../testing/support';

const withBody = (body: string, examples: Record<string, string> = { first_name: 'Maria' }) => template({ body, examples });

test('placeholder-name: a valid template has no problem', () => {
  assert.deepEqual(only(template(), 'placeholder-name'), []);
});

test('placeholder-name: catches spaces, camelCase and capitals, underlining the placeholder', () => {
  for (const [raw, suggestion] of [['{{First Name}}', '{{first_name}}'], ['{{firstName}}', '{{first_name}}'], ['{{Naam}}', '{{naam}}']]) {
    const text = withBody(`Hi ${raw}, your order has shipped today.`);
    const ds = only(text, 'placeholder-name');
    assert.equal(ds.length, 1, raw);
    assert.equal(underlined(text, ds[0]), raw);
    assert.equal(ds[0].severity, 'error');
    assert.ok(ds[0].message.includes(suggestion), ds[0].message);
  }
});

test('placeholder-name: fix renames to snake_case and changes nothing else', () => {
  const text = withBody('Hi {{First Name}}, your order has shipped today.');
  assert.equal(fixAndRecheck(text, 'placeholder-name'), withBody('Hi {{first_name}}, your order has shipped today.'));
});

test('placeholder-name: a digit in a valid name is only a warning, without a fix', () => {
  const text = withBody('Your {{item2}} has shipped and arrives within three days.', { item2: 'parcel' });
  const [d] = only(text, 'placeholder-name');
  assert.equal(underlined(text, d), '{{item2}}');
  assert.equal(d.severity, 'warning');
  assert.equal(d.fix, undefined);
  assert.match(d.message, /providers disagree/);
  assert.match(d.message, /letters and underscores/);
});

test('placeholder-name: does not catch snake_case names, positional or malformed ones', () => {
  for (const body of ['Hi {{first_name}}, your order has shipped.', 'Hi {{1}}, your order has shipped.', 'Hi {{ 1 }}, your order has shipped.']) {
    assert.deepEqual(only(withBody(body), 'placeholder-name'), [], body);
  }
});

test('placeholder-name: exact ranges after emoji and with CRLF, in buttons too', () => {
  const text = template({
    body: '👋🏽 Hi {{firstName}}, your order has shipped today.',
    buttons: ['- [Track](https://x.com/t/{{Track Code}})'],
    examples: {},
  }).replace(/\n/g, '\r\n');
  assert.deepEqual(only(text, 'placeholder-name').map((d) => underlined(text, d)), ['{{firstName}}', '{{Track Code}}']);
});
