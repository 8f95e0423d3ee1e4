import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const url = (target: string) => template({ buttons: [`- [Open](${target})`] });

test('button-url: a valid template and valid URLs have no problem', () => {
  assert.deepEqual(only(template(), 'button-url'), []);
  for (const target of ['https://shop.example.com/track/{{1}}', 'https://example.com/?id={{1}}', 'https://www.example.com', 'https://example.com/a#b']) {
    assert.deepEqual(only(url(target), 'button-url'), [], target);
  }
});

test('button-url: a placeholder in the middle of the URL is refused', () => {
  const text = url('https://x.example.com/{{1}}/track');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), '{{1}}');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /in the middle of the URL/);
  assert.match(d.message, /"https:\/\/x\.example\.com\/track\/\{\{1\}\}"/);
  assert.equal(d.fix, undefined);
});

test('button-url: a second placeholder is reported with the count', () => {
  const text = url('https://x.example.com/t?a={{1}}&b={{2}}');
  const ds = only(text, 'button-url');
  assert.deepEqual(ds.map((d) => underlined(text, d)), ['{{1}}', '{{2}}']);
  assert.match(ds[1].message, /2 placeholders; Meta allows 1/);
});

test('button-url: a URL that does not parse is reported on the whole link', () => {
  const text = url('https://');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), 'https://');
  assert.match(d.message, /not a valid URL/);
});

test('button-url: white space in a URL is reported on the space', () => {
  const text = url('https://example.com/my page');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), ' ');
  assert.match(d.message, /%20/);
});

test('button-url: a domain without a dot is reported', () => {
  const text = url('https://examplecom/shoes');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), 'https://examplecom/shoes');
  assert.match(d.message, /"examplecom" has no dot/);
});

test('button-url: a placeholder as the domain is refused', () => {
  const text = url('https://{{1}}');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), '{{1}}');
  assert.match(d.message, /domain .* must be written out/);
  assert.equal(only(url('https://example.com{{1}}'), 'button-url').length, 1);
});

test('button-url: http:// is a warning on the scheme', () => {
  const text = url('http://example.com/track/{{1}}');
  const [d] = only(text, 'button-url');
  assert.equal(underlined(text, d), 'http');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /https:\/\//);
});

test('button-url: other button kinds are not URLs', () => {
  const text = template({ buttons: ['- [Call](tel:+31201234567)', '- Visit https://x/{{1}}/y'] });
  assert.deepEqual(only(text, 'button-url'), []);
});
