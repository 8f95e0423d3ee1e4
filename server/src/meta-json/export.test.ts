import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../lint/lint';
import { template } from '../testing/support';
import { exportLinted, type ExportOutcome, type MetaPayload } from './export';
import { templatePayload } from './schema';

function exported(text: string): { payload: MetaPayload; notes: string[] } {
  const r: ExportOutcome = exportLinted(lintText(text));
  assert.ok(r.ok, r.ok ? '' : r.problems.join('\n'));
  assert.ok(templatePayload.safeParse(r.payload).success, 'the payload validates against the schema');
  return { payload: r.payload, notes: r.notes.map((n) => `${n.path}: ${n.message}`) };
}

const component = (p: MetaPayload, type: string) => p.components.find((c) => c.type === type);

test('export: name, language, category in upper case, NAMED and body_text_named_params in order of first use', () => {
  const { payload } = exported(template({ body: 'Hi {{first_name}}, order {{order_id}} for {{first_name}} has shipped and arrives within three days.', examples: { first_name: 'Maria', order_id: '"0123"' } }));
  assert.deepEqual(Object.keys(payload), ['name', 'language', 'category', 'parameter_format', 'components']);
  assert.equal(payload.category, 'UTILITY');
  assert.equal(payload.parameter_format, 'NAMED');
  assert.deepEqual(component(payload, 'BODY'), {
    type: 'BODY',
    text: 'Hi {{first_name}}, order {{order_id}} for {{first_name}} has shipped and arrives within three days.',
    example: { body_text_named_params: [{ param_name: 'first_name', example: 'Maria' }, { param_name: 'order_id', example: '0123' }] },
  });
});

test('export: positional body and header examples in number order; POSITIONAL', () => {
  const { payload } = exported(template({ header: 'Order {{1}} update', body: 'Hi {{1}}, your order arrives on {{2}} at the latest, thank you.', examples: 'header.1: A-1\nbody.1: Maria\n2: Friday' }));
  assert.equal(payload.parameter_format, 'POSITIONAL');
  assert.deepEqual(component(payload, 'HEADER'), { type: 'HEADER', format: 'TEXT', text: 'Order {{1}} update', example: { header_text: ['A-1'] } });
  assert.deepEqual(component(payload, 'BODY')?.example, { body_text: [['Maria', 'Friday']] });
});

test('export: a named text header uses header_text_named_params; no placeholders means no example and no parameter_format', () => {
  const named = exported(template({ header: 'Order {{order_id}}', body: 'Hi {{first_name}}, order {{order_id}} is ready for pick-up at the store.', examples: { first_name: 'Maria', order_id: 'A-1' } })).payload;
  assert.deepEqual(component(named, 'HEADER')?.example, { header_text_named_params: [{ param_name: 'order_id', example: 'A-1' }] });
  const plain = exported(template({ header: 'Your order', body: 'Your order is ready for pick-up at the store on Main Street.', examples: {} })).payload;
  assert.deepEqual(component(plain, 'HEADER'), { type: 'HEADER', format: 'TEXT', text: 'Your order' });
  assert.deepEqual(component(plain, 'BODY'), { type: 'BODY', text: 'Your order is ready for pick-up at the store on Main Street.' });
  assert.equal(plain.parameter_format, undefined);
});

test('export: media headers carry their source as header_handle (noted unless it is a media handle); location has none', () => {
  const image = exported(template({ header: '![image](https://cdn.example.com/a.jpg)' }));
  assert.deepEqual(component(image.payload, 'HEADER'), { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://cdn.example.com/a.jpg'] } });
  assert.match(image.notes.join('\n'), /Resumable Upload API/);
  const handle = exported(template({ header: '![video](4::dmlkZW8=:ARb)' }));
  assert.deepEqual(component(handle.payload, 'HEADER'), { type: 'HEADER', format: 'VIDEO', example: { header_handle: ['4::dmlkZW8=:ARb'] } });
  assert.deepEqual(handle.notes, []);
  assert.deepEqual(component(exported(template({ header: '![document](x.pdf)' })).payload, 'HEADER')?.format, 'DOCUMENT');
  assert.deepEqual(component(exported(template({ header: '![location]()' })).payload, 'HEADER'), { type: 'HEADER', format: 'LOCATION' });
  const empty = exported(template({ header: '![image]()' }));
  assert.deepEqual(component(empty.payload, 'HEADER'), { type: 'HEADER', format: 'IMAGE' });
  assert.match(empty.notes.join('\n'), /the image header has no source/);
});

test('export: footer text, and every button type in Meta\'s shape', () => {
  const { payload, notes } = exported(template({
    category: 'marketing',
    footer: 'Reply STOP to opt out',
    buttons: [
      '- [Track](https://shop.example.com/t/{{tracking_code}})',
      '- [Call us](tel:+31201234567)',
      '- [Copy offer code](copy:SUMMER15)',
      '- [Book](flow:1234567890)',
      '- [View catalog](catalog:)',
      '- Stop promotions',
    ],
    examples: { first_name: 'Maria', tracking_code: 'ZX81-9' },
  }));
  assert.deepEqual(component(payload, 'FOOTER'), { type: 'FOOTER', text: 'Reply STOP to opt out' });
  assert.deepEqual(component(payload, 'BUTTONS')?.buttons, [
    { type: 'URL', text: 'Track', url: 'https://shop.example.com/t/{{tracking_code}}', example: ['https://shop.example.com/t/ZX81-9'] },
    { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+31201234567' },
    { type: 'COPY_CODE', example: 'SUMMER15' },
    { type: 'FLOW', text: 'Book', flow_id: '1234567890' },
    { type: 'CATALOG', text: 'View catalog' },
    { type: 'QUICK_REPLY', text: 'Stop promotions' },
  ]);
  assert.deepEqual(notes, []);
});

test('export: a URL without placeholder has no example; a positional URL example uses buttonK.1', () => {
  const { payload } = exported(template({ body: 'Hi {{1}}, your order has shipped and will arrive within three days.', buttons: ['- [Site](https://shop.example.com/help)', '- [Track](https://shop.example.com/t/{{1}})'], examples: 'body.1: Maria\nbutton2.1: ZX81' }));
  assert.deepEqual(component(payload, 'BUTTONS')?.buttons, [
    { type: 'URL', text: 'Site', url: 'https://shop.example.com/help' },
    { type: 'URL', text: 'Track', url: 'https://shop.example.com/t/{{1}}', example: ['https://shop.example.com/t/ZX81'] },
  ]);
});

test('export: a copy-code label other than Meta\'s own is noted, as it is not sent', () => {
  const { notes } = exported(template({ category: 'marketing', buttons: ['- [Get code](copy:SUMMER15)', '- Stop promotions'] }));
  assert.match(notes.join('\n'), /"Get code" is not sent/);
});

test('export: authentication is BODY with add_security_recommendation, FOOTER with code_expiration_minutes, BUTTONS with the OTP button', () => {
  const text = '---\nname: login_code\nlanguage: en_US\ncategory: authentication\nmessage_send_ttl_seconds: 120\ncode_expiration_minutes: 10\nsecurity_recommendation: true\n---\n\n# Buttons\n- [Copy code](otp:copy_code)\n';
  const { payload, notes } = exported(text);
  assert.deepEqual(payload, {
    name: 'login_code', language: 'en_US', category: 'AUTHENTICATION', message_send_ttl_seconds: 120,
    components: [
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 10 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ],
  });
  assert.deepEqual(notes, []);
  const oneTap = exported(text.replace('otp:copy_code', 'otp:one_tap').replace('code_expiration_minutes: 10\nsecurity_recommendation: true\n', ''));
  assert.deepEqual(oneTap.payload.components, [{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'ONE_TAP', text: 'Copy code' }] }]);
  assert.match(oneTap.notes.join('\n'), /supported_apps.*package_name.*signature_hash/);
});

test('export: sub_category and message_send_ttl_seconds pass through; an unused example is noted', () => {
  const { payload, notes } = exported(template({ extra: 'sub_category: ORDER_DETAILS\nmessage_send_ttl_seconds: 3600', examples: { first_name: 'Maria', nickname: 'M' } }));
  assert.equal(payload.sub_category, 'ORDER_DETAILS');
  assert.equal(payload.message_send_ttl_seconds, 3600);
  assert.match(notes.join('\n'), /"nickname" belongs to no placeholder/);
});

test('export: a template with lint errors is refused with each error\'s line, column and rule', () => {
  const r = exportLinted(lintText(template({ name: 'Order-Update' })));
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.problems.join('\n'), /^2:7 .*\(name-format\)$/m);
});
