import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../lint/lint';
import { importJson, importValue, type ImportedTemplate } from './import';

const base = { name: 'order_update', language: 'en_US', category: 'UTILITY' };
const body = { type: 'BODY', text: 'Your order has shipped and will arrive within three working days.' };

function one(payload: unknown): ImportedTemplate {
  const r = importValue(payload);
  assert.deepEqual(r.refused, []);
  assert.equal(r.templates.length, 1);
  return r.templates[0];
}

/** The lines of a section of the written file. */
function section(text: string, name: string): string | undefined {
  return new RegExp(`^# ${name}\\n([\\s\\S]*?)(?=\\n\\n# |\\n$)`, 'm').exec(text)?.[1];
}

test('import: front matter, and the file name {name}.{language}.watpl', () => {
  const t = one({ ...base, category: 'utility', sub_category: 'ORDER_STATUS', message_send_ttl_seconds: 3600, components: [body] });
  assert.equal(t.fileName, 'order_update.en_US.watpl');
  assert.equal(t.text, '---\nname: order_update\nlanguage: en_US\ncategory: utility\nsub_category: ORDER_STATUS\nmessage_send_ttl_seconds: 3600\n---\n\n# Body\nYour order has shipped and will arrive within three working days.\n');
  assert.deepEqual(t.notes, []);
});

test('import: HEADER of each format; type and format names in any case', () => {
  const text = (header: object) => one({ ...base, components: [header, body] }).text;
  assert.equal(section(text({ type: 'header', format: 'text', text: 'Order shipped' }), 'Header'), 'Order shipped');
  assert.equal(section(text({ type: 'Header', format: 'Image', example: { header_handle: ['4::aW=:AR'] } }), 'Header'), '![image](4::aW=:AR)');
  assert.equal(section(text({ type: 'HEADER', format: 'VIDEO', example: { header_handle: ['https://x.example/v.mp4'] } }), 'Header'), '![video](https://x.example/v.mp4)');
  assert.equal(section(text({ type: 'HEADER', format: 'DOCUMENT' }), 'Header'), '![document]()');
  assert.equal(section(text({ type: 'HEADER', format: 'LOCATION' }), 'Header'), '![location]()');
});

test('import: positional examples become header.1, body.N and buttonK.1 (value cut from the example URL)', () => {
  const t = one({
    ...base,
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['A-7'] } },
      { type: 'BODY', text: 'Hi {{1}}, your order arrives on {{2}} between nine and five.', example: { body_text: [['Maria', 'Friday']] } },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'OK' }, { type: 'URL', text: 'Track', url: 'https://s.example/t/{{1}}', example: ['https://s.example/t/ZX-1'] }] },
    ],
  });
  assert.equal(section(t.text, 'Examples'), 'header.1: A-7\nbody.1: Maria\nbody.2: Friday\nbutton2.1: ZX-1');
  const extra = one({ ...base, components: [{ type: 'HEADER', format: 'TEXT', text: 'Hello', example: { header_text: ['x'] } }, { ...body, example: { body_text: [['a', 'b']] } }] });
  assert.deepEqual(extra.notes, ['components[0].example: 1 example value for a text without positional placeholders; not written.', 'components[1].example: 2 example values for a text without positional placeholders; not written.']);
  assert.deepEqual(lintText(t.text).diagnostics.filter((d) => d.severity === 'error'), []);
});

test('import: named examples from *_named_params, keyed by name; a conflict keeps the first and is noted', () => {
  const t = one({
    ...base,
    parameter_format: 'NAMED',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{order_id}}', example: { header_text_named_params: [{ param_name: 'order_id', example: 'A-7' }] } },
      { type: 'BODY', text: 'Hi {{first_name}}, order {{order_id}} arrives soon, within three days.', example: { body_text_named_params: [{ param_name: 'first_name', example: 'Maria' }, { param_name: 'order_id', example: 'B-8' }] } },
    ],
  });
  assert.equal(section(t.text, 'Examples'), 'order_id: A-7\nfirst_name: Maria');
  assert.doesNotMatch(t.text, /parameter_format/, 'implied by the placeholders');
  assert.match(t.notes.join('\n'), /components\[1\]\.example: \{\{order_id\}\} has the example "A-7" elsewhere and "B-8" here/);
});

test('import: a template without BODY text is written, with a note that body-required will flag it', () => {
  assert.deepEqual(one({ ...base, components: [{ type: 'FOOTER', text: 'Lucky Shrub' }] }).notes, ['components: no BODY text: the file will be flagged by body-required until a body is added.']);
});

test('import: parameter_format is written only when the placeholders do not imply it', () => {
  const t = one({ ...base, parameter_format: 'named', components: [body] });
  assert.match(t.text, /^parameter_format: named$/m);
});

test('import: FOOTER text, and BUTTONS of every supported type', () => {
  const t = one({
    ...base,
    category: 'MARKETING',
    components: [
      body,
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'url', text: 'Shop', url: 'https://shop.example.com' },
          { type: 'phone_number', text: 'Call us', phone_number: '+31201234567' },
          { type: 'copy_code', example: 'SUMMER15' },
          { type: 'flow', text: 'Book', flow_id: 1234567890, flow_action: 'navigate' },
          { type: 'catalog', text: 'View catalog' },
          { type: 'quick_reply', text: 'Stop promotions' },
        ],
      },
    ],
  });
  assert.equal(section(t.text, 'Footer'), 'Reply STOP to opt out');
  assert.equal(section(t.text, 'Buttons'), '- [Shop](https://shop.example.com)\n- [Call us](tel:+31201234567)\n- [Copy offer code](copy:SUMMER15)\n- [Book](flow:1234567890)\n- [View catalog](catalog:)\n- Stop promotions');
  assert.deepEqual(t.notes, []);
});

test('import: a FLOW button with a screen, and OTP app fields, are written without them, as a comment and a note', () => {
  const t = one({
    ...base,
    category: 'AUTHENTICATION',
    components: [{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'ZERO_TAP', text: 'Copy', zero_tap_terms_accepted: true, supported_apps: [{ package_name: 'com.example', signature_hash: 'K8a' }] }] }],
  });
  assert.equal(section(t.text, 'Buttons'), '- [Copy](otp:zero_tap)');
  assert.match(t.text, /<!--\nLeft out by watpl import[^\n]*\n- components\[1\]\.buttons\[0\]\.supported_apps: \[\{"package_name":"com\.example","signature_hash":"K8a"\}\]\n- components\[1\]\.buttons\[0\]\.zero_tap_terms_accepted: true\n-->/);
  assert.match(t.notes.join('\n'), /^components\[1\]\.buttons\[0\]\.supported_apps: left out/m);
  const flow = one({ ...base, components: [body, { type: 'BUTTONS', buttons: [{ type: 'FLOW', text: 'Book', flow_id: '77', flow_action: 'NAVIGATE', navigate_screen: 'WELCOME' }] }] });
  assert.deepEqual(flow.notes, ['components[1].buttons[0].navigate_screen: left out (the .watpl format has no place for it): "WELCOME"']);
});

test('import: authentication BODY and FOOTER become security_recommendation and code_expiration_minutes', () => {
  const t = one({ ...base, category: 'authentication', components: [{ type: 'body', add_security_recommendation: false }, { type: 'footer', code_expiration_minutes: 15 }, { type: 'buttons', buttons: [{ type: 'otp', otp_type: 'copy_code' }] }] });
  assert.match(t.text, /^code_expiration_minutes: 15\nsecurity_recommendation: false\n---$/m);
  assert.equal(section(t.text, 'Buttons'), '- [Copy code](otp:copy_code)');
  assert.match(t.notes.join('\n'), /no label given; written as "Copy code"/);
});

test('import: what the format cannot hold refuses the template, by name and JSON path; the others are still written', () => {
  const r = importValue([
    { ...base, components: [body, { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Expiring!' } }] },
    { ...base, name: 'other', components: [body, { type: 'BUTTONS', buttons: [{ type: 'MPM', text: 'View items' }] }] },
    { ...base, name: 'product', components: [{ type: 'HEADER', format: 'PRODUCT' }, body] },
    { ...base, name: 'fine', components: [body] },
  ]);
  assert.deepEqual(r.templates.map((t) => t.fileName), ['fine.en_US.watpl']);
  assert.deepEqual(r.refused.map((x) => x.problems[0].replace(/:.*/, '')), ['[0].components[1].type', '[1].components[1].buttons[0].type', '[2].components[0].format']);
  assert.match(r.refused[0].problems[0], /LIMITED_TIME_OFFER components: the \.watpl format cannot hold them/);
});

test('import: a schema failure names the JSON path of the bad field', () => {
  const r = importValue({ data: [{ ...base, components: [body] }, { ...base, name: 'x', components: [{ type: 'BODY', text: 3 }, { type: 'BUTTONS', buttons: [] }] }] });
  assert.equal(r.templates.length, 1);
  assert.deepEqual(r.refused[0].problems, ['data[1].components[0].text: expected a string, got a number 3', 'data[1].components[1].buttons: Too small: expected array to have >=1 items']);
  assert.deepEqual(importValue({ name: 'x', language: 'en', components: [] }).refused[0].problems, ['category: missing (expected a string)']);
  assert.match(importValue(42).refused[0].problems[0], /^\(root\): expected a template object/);
});

test('import: malformed JSON names its line and column', () => {
  assert.equal(importJson('{\n  "name": "x",\n  "language": en_US\n}').syntaxError, 'line 3, column 15: not valid JSON: expected a value (object, array, string, number, true, false or null), found "en_US"');
  assert.match(importJson('[1, 2').syntaxError ?? '', /^line 1, column 6: .*found the end of the text$/);
  assert.equal(importJson('{"a": 1} x').syntaxError, 'line 1, column 10: not valid JSON: expected the end of the text after the value, found "x"');
  // Nesting too deep to locate still gets a message, never a crash.
  assert.match(importJson(`${'['.repeat(100000)}x`).syntaxError ?? '', /not valid JSON/);
});

test('import: legacy {1} placeholders, legacy categories and allow_category_change, each with a note', () => {
  const t = one({ ...base, category: 'SHIPPING_UPDATE', allow_category_change: true, components: [{ type: 'BODY', text: 'Hi {1}, your parcel {2} ships today from our store.', example: { body_text: [['Maria', 'P-1']] } }] });
  assert.equal(section(t.text, 'Body'), 'Hi {{1}}, your parcel {{2}} ships today from our store.');
  assert.match(t.text, /^category: utility$/m);
  assert.deepEqual(t.notes, [
    'category: "SHIPPING_UPDATE" is a legacy category; written as utility, the category Meta uses for it today.',
    'components[0].text: legacy placeholders {1}, {2} written as {{1}}, {{2}}.',
    'allow_category_change: obsolete since April 2025 (Meta re-categorises templates itself); not written.',
  ]);
});

test('import: the old HSM shape is converted; without text it is refused', () => {
  const t = one({ namespace: 'abc_123', element_name: 'parcel_ready', language: { policy: 'deterministic', code: 'nl' }, text: 'Hoi {1}, je pakket ligt klaar in onze winkel aan de Hoofdstraat.', localizable_params: [{ default: 'Sanne' }] });
  assert.equal(t.fileName, 'parcel_ready.nl.watpl');
  assert.equal(section(t.text, 'Examples'), 'body.1: Sanne');
  assert.match(t.notes.join('\n'), /namespace: dropped/);
  const r = importValue({ type: 'hsm', hsm: { element_name: 'x', language: { code: 'en' }, localizable_params: [] } });
  assert.match(r.refused[0].problems[0], /^hsm: an HSM message holds only its parameter values/);
});

test('import: a GET response keeps Meta\'s status as a comment and notes a next page', () => {
  const r = importValue({ data: [{ ...base, id: '123', status: 'REJECTED', rejected_reason: 'INVALID_FORMAT', quality_score: { score: 'UNKNOWN' }, components: [body] }], paging: { cursors: {}, next: 'https://graph.facebook.com/next' } });
  assert.match(r.templates[0].text, /<!--\nMeta: id: 123, status: REJECTED, quality_score: UNKNOWN, rejected_reason: INVALID_FORMAT\n-->/);
  assert.match(r.notes[0], /^paging\.next: Meta has more templates/);
});

test('import: unknown keys are written as left out, never dropped silently', () => {
  const t = one({ ...base, cta_url_link_tracking_opted_out: true, components: [{ ...body, extra_field: 1 }] });
  assert.deepEqual(t.notes.map((n) => n.replace(/:.*/, '')), ['components[0].extra_field', 'cta_url_link_tracking_opted_out']);
});

test('import: text a .watpl file cannot hold faithfully, a duplicate, or an unsafe file name is refused', () => {
  const refusedFor = (payload: object) => importValue(payload).refused[0]?.problems[0] ?? '';
  assert.match(refusedFor({ ...base, components: [{ type: 'BODY', text: 'Line one\n# Footer\nline two of the message.' }] }), /: body, footer would not read back the same/);
  assert.match(refusedFor({ ...base, components: [body, { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: '[Yes]' }] }] }), /buttons\[0\] would not read back/);
  assert.match(refusedFor({ ...base, name: '../evil', components: [body] }), /cannot be used as a file name/);
  const twice = importValue([{ ...base, components: [body] }, { ...base, components: [body] }]);
  assert.match(twice.refused[0].problems[0], /^\[1\]: order_update in en_US is already imported from \[0\]/);
});
