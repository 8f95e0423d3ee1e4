import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../parser/parse';
import { template } from '../testing/support';
import { renderPreview, type PreviewOptions } from './preview';

const render = (text: string, o: PreviewOptions = {}) => renderPreview(parseTemplate(text), o);
const count = (html: string, needle: string) => html.split(needle).length - 1;
const kinds = (html: string) => [...html.matchAll(/class="wa-btn[^"]*" data-kind="([a-z_]+)"/g)].map((m) => m[1]);

test('buttons: one row per button with the icon of its kind, in order', () => {
  const { html } = render(template({ buttons: ['- [Track](https://x.com/t)', '- [Call](tel:+31201234567)', '- Stop'] }));
  assert.deepEqual(kinds(html), ['url', 'phone_number', 'quick_reply']);
  assert.equal(count(html, '<svg class="wa-i"'), 3);
  assert.ok(!html.includes('See all options'));
  assert.ok(html.includes('title="https://x.com/t"'), 'a URL button shows where it leads on hover');
});

test('buttons: more than 3 shows the first 2 and "See all options"', () => {
  const four = render(template({ buttons: ['- One', '- Two', '- Three', '- Four'] })).html;
  assert.deepEqual(kinds(four), ['quick_reply', 'quick_reply', 'all']);
  assert.ok(four.includes('>One<') && four.includes('>Two<') && !four.includes('>Three<') && four.includes('See all options'));
  const ten = render(template({ buttons: Array.from({ length: 10 }, (_, i) => `- Reply ${i + 1}`) })).html;
  assert.equal(kinds(ten).length, 3);
});

test('buttons: copy code, flow and catalog kinds, and Meta\'s default OTP label', () => {
  const { html } = render(template({ buttons: ['- [Copy](copy:SAVE10)', '- [Book](flow:123)', '- [View catalog](catalog:)'] }));
  assert.deepEqual(kinds(html), ['copy_code', 'flow', 'catalog']);
  const auth = render(template({ category: 'authentication', body: '', extra: 'code_expiration_minutes: 5', buttons: ['- [](otp:copy_code)'], language: 'es' })).html;
  assert.ok(auth.includes('>Copiar código<'));
});

test('media headers: a box with the kind; a document with its file name', () => {
  const box = (h: string) => render(template({ header: h })).html;
  assert.match(box('![image](https://cdn.example.com/a.jpg)'), /data-kind="image"[^>]*>.*<span class="wa-kind">Image<\/span>/);
  assert.match(box('![video](https://cdn.example.com/a.mp4)'), /<span class="wa-kind">Video<\/span>/);
  assert.match(box('![location]()'), /<span class="wa-kind">Location<\/span>/);
  const doc = box('![document](https://files.example.com/invoices/F%202025.pdf?x=1)');
  assert.match(doc, /<span class="wa-file" dir="auto">F 2025\.pdf<\/span><span class="wa-kind">Document<\/span>/);
  assert.ok(!box('![image](https://cdn.example.com/a.jpg)').includes('<img'), 'no remote image without the option');
});

test('media headers: an https image loads only when allowed, and its origin is reported for the CSP', () => {
  const text = (src: string) => template({ header: `![image](${src})` });
  const p = render(text('https://cdn.example.com/a.jpg'), { allowRemoteImages: true });
  assert.ok(p.html.includes('<img class="wa-img" alt="Header image" src="https://cdn.example.com/a.jpg">'));
  assert.deepEqual(p.imageSources, ['https://cdn.example.com']);
  for (const src of ['http://cdn.example.com/a.jpg', 'images/a.jpg', 'https://a;script-src*.com/x.jpg', 'https://user:pw@cdn.example.com/a.jpg']) {
    const q = render(text(src), { allowRemoteImages: true });
    assert.ok(!q.html.includes('<img'), src);
    assert.deepEqual(q.imageSources, [], src);
  }
});

test('gaps: a placeholder without an example is a visible box with its name, never blank', () => {
  const { html } = render(template({ body: 'Hi {{first_name}}, your order {{order_id}} has shipped today.', examples: { first_name: 'Maria' } }));
  assert.ok(html.includes('<mark class="wa-ex" title="Example value of {{first_name}}">Maria</mark>'));
  assert.ok(html.includes('<span class="wa-gap" title="{{order_id}} has no example value">order_id</span>'));
  const raw = render(template({ body: 'Hi {{first_name}}, your order has shipped today.' }), { raw: true }).html;
  assert.ok(raw.includes('<span class="wa-ph">{{first_name}}</span>') && !raw.includes('Maria'));
});

test('header text: example values filled in; positional header and body examples kept apart', () => {
  const text = template({ header: 'Order {{1}}', body: 'Hi {{1}}, your order has shipped and arrives soon.', examples: { 'header.1': '"0123"', 'body.1': 'Ann' } });
  const { html } = render(text);
  assert.ok(html.includes('<div class="wa-hdr" dir="auto">Order <mark class="wa-ex" title="Example value of {{1}}">0123</mark></div>'));
  assert.ok(html.includes('Hi <mark class="wa-ex" title="Example value of {{1}}">Ann</mark>,'));
});

const AUTH: [string, string, string, string][] = [
  ['en_US', '<strong>123456</strong> is your verification code. For your security, do not share this code.', 'This code expires in 10 minutes.', ''],
  ['es_MX', 'Tu código de verificación es <strong>123456</strong>. Por tu seguridad, no lo compartas.', 'Este código caduca en 10 minutos.', ''],
  ['pt_BR', '<strong>123456</strong> é seu código de verificação. Para sua segurança, não compartilhe este código.', 'Este código expira em 10 minutos.', ''],
  ['nl', '<strong>123456</strong> is je verificatiecode. Deel deze code voor je veiligheid met niemand.', 'Deze code verloopt over 10 minuten.', "watpl's translation"],
  ['de', '<strong>123456</strong> ist dein Bestätigungscode. Teile diesen Code zu deiner Sicherheit mit niemandem.', 'Dieser Code läuft in 10 Minuten ab.', "watpl's translation"],
  ['fr', '<strong>123456</strong> est votre code de vérification. Pour votre sécurité, ne communiquez ce code à personne.', 'Ce code expire dans 10 minutes.', "watpl's translation"],
  ['it', '<strong>123456</strong> è il tuo codice di verifica. Per la tua sicurezza, non condividere questo codice.', 'Questo codice scade tra 10 minuti.', "watpl's translation"],
  ['sv', '<strong>123456</strong> is your verification code. For your security, do not share this code.', 'This code expires in 10 minutes.', 'shown in English'],
];

for (const [language, body, footer, note] of AUTH) {
  test(`authentication (${language}): Meta's fixed text, security line and expiry`, () => {
    const text = template({ category: 'authentication', language, body: '', extra: 'code_expiration_minutes: 10\nsecurity_recommendation: true', buttons: ['- [Copy code](otp:copy_code)'] });
    const p = render(text);
    const plain = p.html.replace(/<mark class="wa-ex"[^>]*>|<\/mark>/g, '');
    assert.ok(plain.includes(`<div class="wa-l" dir="auto">${body}</div>`), plain);
    assert.ok(plain.includes(`<div class="wa-ftr" dir="auto">${footer}</div>`));
    if (note) assert.ok(p.notes.some((n) => n.includes(note)) && p.html.includes('class="wa-note"'), p.notes.join());
    else assert.deepEqual(p.notes, []);
  });
}

test('authentication: without the options, only the code line; 1 minute is singular; raw shows {{1}}', () => {
  const bare = render(template({ category: 'authentication', body: '', buttons: ['- [Copy code](otp:copy_code)'] })).html;
  assert.ok(bare.includes('is your verification code.</div>') && !bare.includes('For your security') && !bare.includes('wa-ftr'));
  const one = render(template({ category: 'authentication', body: '', extra: 'code_expiration_minutes: 1', buttons: ['- [Copy code](otp:copy_code)'] })).html;
  assert.ok(one.includes('This code expires in 1 minute.'));
  const raw = render(template({ category: 'authentication', body: '', buttons: ['- [Copy code](otp:copy_code)'] }), { raw: true }).html;
  assert.ok(raw.includes('<strong><span class="wa-ph">{{1}}</span></strong> is your verification code.'));
});

test('escaping: no template text reaches the page as markup', () => {
  const evil = '<script>alert(1)</script>';
  const text = template({
    header: `Hi ${evil}`,
    body: `Body ${evil} "quoted" 'single' &amp; </style><img src=x onerror=alert(1)> text here.`,
    footer: `</div>${evil}`,
    buttons: [`- [${'"><svg onload=alert(1)>'}](https://x.com/"onmouseover="alert(1))`, `- [x](javascript:alert(1))`, `- ${evil}`],
  });
  const { html } = render(text, { time: '<b>12</b>' });
  for (const bad of ['<script', '<img', '<svg onload', '</style', 'onerror=alert(1)>', '"onmouseover="', '<b>12']) assert.ok(!html.includes(bad), bad);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&amp;amp;'));
  assert.ok(!/href=/.test(html), 'nothing in the preview can navigate');
});

test('counts: lengths in code points with their limits, the body also with its examples', () => {
  const { counts } = render(template({ header: 'Hi 👋', body: 'Hi {{first_name}}, your order has shipped.', footer: 'Thanks', examples: { first_name: 'Maria' } }));
  assert.deepEqual(counts, {
    header: { length: 4, limit: 60 },
    body: { length: 42, limit: 1024, hydrated: 33 },
    footer: { length: 6, limit: 60 },
    buttons: { length: 0, limit: 10 },
  });
});

test('a template without body text still renders, with a note', () => {
  const p = render('---\nname: x\nlanguage: en\ncategory: utility\n---\n');
  assert.ok(p.html.startsWith('<div class="wa-msg">'));
  assert.deepEqual(p.notes, ['The template has no body text yet.']);
  assert.ok(render('').html.includes('wa-bubble'), 'even an empty file');
});
