import assert from 'node:assert/strict';
import { test } from 'node:test';
import { only, template, underlined } from '../testing/support';

const BODY = 'Hi {{first_name}}, your order has shipped and will arrive within three working days.';

test('comment-syntax: a valid template, and closed comments anywhere, get no diagnostic', () => {
  assert.deepEqual(only(template(), 'comment-syntax'), []);
  const text = template({ body: `<!-- note -->\n${BODY} <!-- inline -->\n<!--\nmulti\nline\n-->` });
  assert.deepEqual(only(text, 'comment-syntax'), []);
});

test('comment-syntax: an unclosed comment is a warning on its "<!--"', () => {
  const text = template({ body: `${BODY}\n<!-- remember to update the date` });
  const [d] = only(text, 'comment-syntax');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), '<!--');
  assert.match(d.message, /never closed, so it is kept as message text: add "-->"/);
  assert.equal(d.fix, undefined);
});

test('comment-syntax: only the first unclosed comment is reported, after the closed ones', () => {
  const text = template({ body: `<!-- ok -->${BODY}\n<!-- open\n<!-- also open` });
  const ds = only(text, 'comment-syntax');
  assert.equal(ds.length, 1);
  assert.equal(ds[0].span.start, text.indexOf('<!-- open'));
});

test('comment-syntax: "<!--" inside the front matter and a lone "-->" are not reported', () => {
  const text = template({ extra: 'sub_category: "<!--"', body: `${BODY} -->` });
  assert.deepEqual(only(text, 'comment-syntax'), []);
});
