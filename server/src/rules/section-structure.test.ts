import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAndRecheck, lineOf, only, template, underlined } from '../testing/support';

const FM = '---\nname: order_update\nlanguage: en_US\ncategory: utility\n---\n';

test('section-structure: a valid template with every section gets no diagnostic', () => {
  const text = template({ header: 'Your order', footer: 'Reply STOP to opt out', buttons: ['- Track order'] });
  assert.deepEqual(only(text, 'section-structure'), []);
  assert.deepEqual(only(template(), 'section-structure'), []);
});

test('section-structure: a section twice is an error on the second heading', () => {
  const text = `${FM}# Body\nHello there.\n\n# Footer\nThanks\n\n# Body\nMore text.\n`;
  const [d] = only(text, 'section-structure');
  assert.equal(d.severity, 'error');
  assert.equal(underlined(text, d), '# Body');
  assert.equal(lineOf(text, d), 11);
  assert.match(d.message, /A second Body section/);
});

test('section-structure: text before the first heading already is the body', () => {
  const text = `${FM}Hello there.\n\n# Body\nMore text.\n`;
  const [d] = only(text, 'section-structure');
  assert.equal(underlined(text, d), '# Body');
  assert.match(d.message, /text before the first heading is already the body/);
});

test('section-structure: sections out of order are a warning', () => {
  const text = `${FM}# Footer\nThanks\n\n# Body\nHello there.\n`;
  const [d] = only(text, 'section-structure');
  assert.equal(d.severity, 'warning');
  assert.equal(underlined(text, d), '# Body');
  assert.match(d.message, /Body comes after Footer/);
});

test('section-structure: an unknown header media kind is an error on the kind', () => {
  const text = template({ header: '![gif](https://example.com/a.gif)' });
  const [d] = only(text, 'section-structure');
  assert.equal(underlined(text, d), 'gif');
  assert.match(d.message, /image, video, document or location/);
  assert.deepEqual(only(template({ header: '![Image](https://example.com/a.png)' }), 'section-structure'), []);
});

test('section-structure: a header or footer over one line is an error on the extra lines', () => {
  const header = template({ header: 'Your order\nhas shipped' });
  const [h] = only(header, 'section-structure');
  assert.equal(underlined(header, h), 'has shipped');
  assert.match(h.message, /A header is one line/);
  const footer = template({ footer: 'Thanks\nThe shop team' });
  const [f] = only(footer, 'section-structure');
  assert.equal(underlined(footer, f), 'The shop team');
  assert.match(f.message, /A footer is one line/);
});

test('section-structure: near-miss headings are a warning on the whole line', () => {
  for (const line of ['#Body', '## Body', '  # body', '#FOOTER', '###examples']) {
    const text = template().replace('# Body', line);
    const ds = only(text, 'section-structure').filter((d) => /did you mean/.test(d.message));
    assert.equal(ds.length, 1, line);
    assert.equal(ds[0].severity, 'warning');
    assert.equal(underlined(text, ds[0]), line);
  }
  const [d] = only(template().replace('# Body', '#Body'), 'section-structure');
  assert.match(d.message, /This line is message text, not a section heading; did you mean "# Body"\?/);
});

test('section-structure: the near-miss fix writes the exact heading and changes nothing else', () => {
  assert.equal(fixAndRecheck(template().replace('# Body', '##body'), 'section-structure'), template());
  const withFooter = template({ footer: 'Thanks' });
  assert.equal(fixAndRecheck(withFooter.replace('# Footer', '  #Footer'), 'section-structure'), withFooter);
});

test('section-structure: look-alikes are not near misses', () => {
  const lines = ['# Bodies', '# Body text', '#hashtag', '#1 customer', '# Footer please', '#  FOOTER', '#\tFOOTER'];
  const text = `${FM}Hello there.\n${lines.join('\n')}\nBye.\n`;
  assert.deepEqual(only(text, 'section-structure').filter((d) => /did you mean/.test(d.message)), []);
});

test('section-structure: lines in comments and the front matter are not near misses', () => {
  const text = `---\nname: order_update\n#body\nlanguage: en_US\ncategory: utility\n---\nHello there.\n<!--\n#Body\n-->\nBye.\n`;
  assert.deepEqual(only(text, 'section-structure'), []);
});
