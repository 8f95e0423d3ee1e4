import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../parser/parse';
import { template } from '../testing/support';
import { classifyTemplate } from './classify';
import { MAX_CLASSIFIED } from './pieces';

const classify = (parts: Parameters<typeof template>[0], phrases?: { allow: string[]; marketing: string[] }) => {
  const text = template(parts);
  return { text, c: classifyTemplate(parseTemplate(text), phrases) };
};

test('classify: an authentication template is authentication by its shape (OTP button, no body)', () => {
  const { c } = classify({ category: 'authentication', body: '', examples: {}, extra: 'code_expiration_minutes: 10', buttons: ['- [Copy code](otp:copy_code)'] });
  assert.equal(c.inferred, 'authentication');
  assert.equal(c.confidence, 0.99);
  assert.equal(c.reasons[0].signal, 'otp-button');
});

test('classify: one-time-code wording reads as authentication whatever the declared category', () => {
  const { c } = classify({ category: 'utility', body: 'Your verification code is {{1}}. Do not share this code.', examples: { 1: '"123456"' } });
  assert.equal(c.inferred, 'authentication');
  assert.deepEqual(c.reasons.map((r) => r.text), ['verification code', 'Do not share this code']);
});

test('classify: any promotional element makes it marketing, even next to an order reference', () => {
  const { text, c } = classify({ body: 'Your order {{1}} has shipped. Use code THANKS for 15% off your next order!', examples: { 1: '"4471"' } });
  assert.equal(c.inferred, 'marketing');
  assert.ok(c.confidence >= 0.6 && c.confidence <= 1);
  for (const r of c.reasons) assert.equal(text.slice(r.span.start, r.span.end), r.text);
  assert.deepEqual(c.reasons.map((r) => `${r.signal}:${r.text}`), ['discount:15% off', 'upsell:your next order', 'discount:Use code']);
  assert.ok(c.scores.utility >= 1);
});

test('classify: a reference to the customer\'s order, booking or account reads as utility', () => {
  const { c } = classify({ category: 'marketing', body: 'Hola {{1}}, tu cita con la Dra. Ruiz está confirmada para el martes a las 9:30.', language: 'es_MX', examples: { 1: 'Ana' } });
  assert.equal(c.inferred, 'utility');
  assert.ok(c.reasons.some((r) => r.text === 'tu cita'));
});

test('classify: without a decisive signal, weak promotion tips to marketing and its absence to a weak utility hint', () => {
  const weak = classify({ body: 'Hi {{1}}, come and see the mountains in our lodge, lovely this time of year.', examples: { 1: 'Ann' } }).c;
  assert.equal(weak.inferred, 'marketing');
  assert.ok(weak.confidence < 0.8);
  assert.equal(weak.reasons.at(-1)?.signal, 'no-reference');
  const quiet = classify({ body: 'Hi {{1}}, the code for the bicycle shed changes to 4411 from Monday.', examples: { 1: 'Ann' } }).c;
  assert.equal(quiet.inferred, 'utility');
  assert.ok(quiet.confidence <= 0.6);
  assert.equal(quiet.reasons.at(-1)?.signal, 'no-promotion');
});

test('classify: unclear content (only a greeting) is marketing and flagged as unclear', () => {
  const { c } = classify({ body: 'Olá {{1}}! Parabéns!', language: 'pt_BR', examples: { 1: 'Ana' } });
  assert.equal(c.unclear, true);
  assert.equal(c.inferred, 'marketing');
  assert.equal(c.reasons[0].signal, 'unclear-content');
});

test('classify: the project\'s phrases change the reading; results are memoised per template and phrases', () => {
  const text = template({ body: 'Your order {{1}} has shipped. Ask about the Gold Club at the desk.', examples: { 1: '"7"' } });
  const t = parseTemplate(text);
  const phrases = { allow: [], marketing: ['gold club'] };
  assert.equal(classifyTemplate(t).inferred, 'utility');
  const custom = classifyTemplate(t, phrases);
  assert.equal(custom.inferred, 'marketing');
  assert.equal(custom.reasons[0].signal, 'custom');
  assert.equal(classifyTemplate(t, phrases), custom);
});

test('classify: header, footer and button labels count, media and links do not', () => {
  const { c } = classify({ header: 'Flash sale today', body: 'Your order {{1}} has shipped, see https://shop.example.com/sale for details.', footer: 'Unsubscribe anytime', buttons: ['- [Shop now](https://shop.example.com/sale)'], examples: { 1: '"7"' } });
  assert.deepEqual(c.marketing.map((r) => `${r.piece}:${r.text}`), ['header:Flash sale', 'footer:Unsubscribe', 'button:Shop now']);
});

test('classify: a body past the classifier\'s reading limit is read up to it, without cutting a word', () => {
  const filler = 'Your order has shipped and the parcel is on its way. '.repeat(100);
  const early = classify({ body: `Get 20% off today! ${filler}`, examples: {} }).c;
  assert.equal(early.inferred, 'marketing');
  assert.ok(early.marketing.some((r) => r.text === '20% off'));
  // The limit falls inside "freedom": the cut word must not be read as "free".
  const lead = 'Your order {{1}} has shipped. ';
  const cut = 'x'.repeat(MAX_CLASSIFIED - 4 - lead.length - 1);
  const late = classify({ body: `${lead}${cut} freedom ${filler} Buy now with 50% off!`, examples: { 1: '"4471"' } }).c;
  assert.equal(late.marketing.length, 0, late.marketing.map((r) => r.text).join(', '));
  assert.equal(late.inferred, 'utility');
});

test('classify: a button label with a comment cut out of it is read without the comment, at its place in the file', () => {
  const { text, c } = classify({ body: 'Your order {{1}} is ready.', buttons: ['- Shop <!-- wording from the brief --> now'], examples: { 1: '"7"' } });
  const shop = c.marketing.find((r) => r.signal === 'call-to-buy');
  assert.ok(shop, c.marketing.map((r) => r.text).join(', '));
  assert.equal(shop.piece, 'button');
  assert.equal(shop.text.replace(/\s+/g, ' '), 'Shop now');
  assert.equal(text.slice(shop.span.start, shop.span.end), 'Shop <!-- wording from the brief --> now');
});

test('classify: a button label past the reading limit is read up to it, like the body', () => {
  const label = `${'Track your parcel '.repeat(Math.ceil(MAX_CLASSIFIED / 18))} Buy now`;
  const { c } = classify({ body: 'Your order {{1}} is ready.', buttons: [`- ${label}`], examples: { 1: '"7"' } });
  assert.equal(c.marketing.length, 0, c.marketing.map((r) => r.text).join(', '));
  const short = classify({ body: 'Your order {{1}} is ready.', buttons: ['- Track your parcel. Buy now'], examples: { 1: '"7"' } }).c;
  assert.ok(short.marketing.some((r) => r.text === 'Buy now'));
});

/** Asserts that each [language, body] reads as `category` (one placeholder {{1}} with `example`). */
function readsAs(category: string, cases: [string, string][], example = 'x'): void {
  for (const [language, body] of cases) assert.equal(classify({ language, body, examples: { 1: example } }).c.inferred, category, `${language}: ${body}`);
}

test('classify: launches, picks, limited places, referrals and contests read as marketing in every language', () => {
  const cases: [string, string][] = [
    ['en_US', 'Be one of the first to try the spring menu at {{1}}.'],
    ['en_US', 'We put together {{1}} pieces picked for your style. Take a look.'],
    ['es', 'Cupos limitados para el taller de cocina del sábado en {{1}}.'],
    ['pt_BR', 'Seja um dos primeiros a experimentar o sabor {{1}}.'],
    ['fr', 'Parrainez vos proches et recevez {{1}} chacun.'],
    ['de', 'Gewinnspiel: Unter allen Teilnehmern verlosen wir {{1}}.'],
    ['nl', 'Beperkt aantal plaatsen voor de proeverij in {{1}}.'],
    ['it', 'Edizione limitata: il profumo {{1}} è disponibile in negozio.'],
    ['id', 'Jadilah yang pertama mencoba menu {{1}}.'],
  ];
  readsAs('marketing', cases);
});

test('classify: something of the customer\'s that arrived, or was asked for, stays utility', () => {
  const cases: [string, string][] = [
    ['it', 'Il tuo telefono sostitutivo è arrivato in negozio: puoi ritirarlo con il codice {{1}}.'],
    ['es', 'Tu pedido {{1}} acaba de llegar a la tienda.'],
    ['fr', 'Votre colis {{1}} est arrivé au point relais.'],
    ['en_US', 'Here is the quote you asked for: {{1}}.'],
    ['pt_BR', 'Segue o orçamento que você solicitou: {{1}}.'],
    ['en_US', 'Your laptop is back from the workshop.'],
  ];
  readsAs('utility', cases);
});

test('classify: a code with words between "your code" and "is" still reads as a one-time code, in each language', () => {
  const cases: [string, string][] = [
    ['es', 'Tu código para verificar tu cuenta es: {{1}}. No lo compartas con nadie.'],
    ['pt_BR', 'Seu código de acesso é {{1}}. Ele expira em 10 minutos.'],
    ['fr', 'Votre code pour le compte Dupont est {{1}}.'],
    ['de', 'Ihr Code für das Kundenkonto lautet {{1}}.'],
    ['nl', 'Je code voor de app is {{1}}.'],
    ['it', 'Il tuo codice per l\'app è {{1}}.'],
    ['id', 'Kode masuk Anda adalah {{1}}.'],
  ];
  readsAs('authentication', cases, '"123456"');
});

test('classify: a coupon already applied, a free trial ending and a registration confirmed are the customer\'s own, not promotion', () => {
  const cases = [
    'Your coupon code {{1}} was applied to order {{2}}. You saved {{3}}.',
    'Your free trial ends on {{1}}. After that your plan costs {{2}} per month; cancel anytime in settings.',
    'Thanks for registering for the webinar "{{1}}". It starts on {{2}}; join with this link: {{3}}',
    'Reminder: the webinar you registered for starts in 1 hour. Join us live here: {{1}}',
  ];
  for (const body of cases) {
    const { c } = classify({ body, examples: { 1: 'a', 2: 'b', 3: 'c' } });
    assert.equal(c.inferred, 'utility', body);
  }
});

test('classify: promotional-looking words in service messages stay utility (contest a fine, claim a refund, register for an exam, check out of a hotel)', () => {
  readsAs('utility', [
    ['en_US', 'To contest penalty notice {{1}}, reply within 28 days.'],
    ['en_US', 'Your parcel could not be delivered. Claim your parcel at the post office with code {{1}}.'],
    ['en_US', 'Please register for the exam before {{1}}; your student number is needed.'],
    ['en_US', 'You are running low on data: {{1}} left this month on your plan.'],
    ['en_US', 'Your router is offline. Have you tried restarting it? Ticket {{1}} stays open until it works.'],
    ['en_US', 'You check out today, {{1}}. Please stop by the front desk to finish checking out; service charges for room {{2}} are settled there.'],
    ['fr', 'Votre inscription au concours {{1}} est confirmée.'],
    ['es', 'Te esperamos el {{1}} para tu cita con la Dra. Ruiz.'],
  ]);
});

test('classify: asking to order or buy again reads as marketing in every language; placing a failed order again does not', () => {
  readsAs('marketing', [
    ['en_US', 'Running low on {{1}}? Order it again in one tap and we ship it today.'],
    ['nl', 'Is je {{1}} bijna op? Bestel hem eenvoudig opnieuw via de app.'],
    ['de', 'Ist Ihr {{1}} bald leer? Jetzt nachbestellen und morgen geliefert bekommen.'],
    ['fr', 'Votre {{1}} est bientôt fini ? Commandez-le à nouveau en un clic.'],
    ['es', '¿Se te acaba el {{1}}? Vuelve a pedir con un solo toque.'],
    ['pt_BR', 'Seu {{1}} está acabando? Peça novamente com um toque.'],
    ['it', 'Il tuo {{1}} sta finendo? Ordina di nuovo con un tocco.'],
    ['id', '{{1}} kamu hampir habis? Pesan lagi sekarang lewat aplikasi.'],
  ]);
  readsAs('utility', [['en_US', 'The payment for order {{1}} failed and the order was cancelled. Please place your order again with another card.']]);
});

test('classify: a place or slot for whoever answers first is scarcity, in English too', () => {
  readsAs('marketing', [
    ['en_US', 'Hi {{1}}, two seats opened up for Saturday\'s class. First come, first served!'],
    ['en_US', 'Hi {{1}}, a table for four is free tonight at 8. Whoever replies first gets it.'],
  ]);
});

test('classify: a missed appointment to rebook and a delivery waiting in the customer\'s portal are service; a match for what a lead looks for and "still considering" are sales', () => {
  readsAs('utility', [
    ['en_US', 'We missed you at your appointment today. Reply to book a new time, {{1}}.'],
    ['en_US', 'We were expecting you today and missed you. Reply to book a new time for your appointment {{1}}.'],
    ['pt_BR', 'Olá {{1}}, hoje ficamos te esperando na clínica e sentimos a sua falta. Vamos remarcar sua consulta?'],
    ['nl', 'Goed nieuws, {{1}}! Er staat een nieuwe versie van je ontwerp klaar. Neem een kijkje in je klantenportaal.'],
  ]);
  readsAs('marketing', [
    ['en_US', 'Hi {{1}}, we found a flat that matches what you\'re looking for. Want the photos?'],
    ['en_US', 'Hi {{1}}, still considering the Pro plan? Here is what our customers say about it.'],
    ['pt_BR', 'Olá {{1}}, surgiu um apartamento que tem tudo a ver com o que você procura. Posso te mandar as fotos?'],
    ['id', 'Halo {{1}}, kalau kamu masih menimbang kelas desain kami, aku siap bantu jawab pertanyaanmu.'],
  ]);
});

test('classify: a sales follow-up or pitch to a prospect is marketing; following up on the customer\'s own request is not', () => {
  readsAs('marketing', [
    ['en_US', 'Hi {{1}}, did you get a chance to look at the proposal we sent? Happy to answer any questions.'],
    ['en_US', 'Hi {{1}}, we help companies like yours cut their energy costs. Would you have 15 minutes this week?'],
    ['en_US', 'Hello {{1}}, book a demo of {{2}} and see how it fits your team. No obligation.'],
    ['en_US', 'Hello {{1}}! Thanks for your interest in our sofas. We carry a wide range of fabrics; shall we book you a visit to the showroom?'],
  ]);
  readsAs('utility', [
    ['en_US', 'Hi {{1}}, we are still looking for your parcel {{2}} and will update you by tomorrow.'],
    ['en_US', 'Your statement {{1}} is ready. You are under no obligation to pay the disputed amount until we reply.'],
    ['en_US', 'Thank you for your interest in our apprenticeship programme. Your application {{1}} was received and is under review.'],
  ]);
});

test('classify: a renewal reminder for the customer\'s own subscription stays utility; renewing to save is marketing', () => {
  readsAs('utility', [
    ['en_US', 'Reminder: your {{1}} subscription ends in 3 days. Renew now to keep your deliveries coming.'],
    ['nl', 'Je abonnement {{1}} loopt over 3 dagen af. Verleng nu om je leveringen te behouden.'],
    ['es', 'Tu suscripción {{1}} vence en 3 días. Renueva ahora para no perder tus entregas.'],
    ['pt_BR', 'Sua assinatura {{1}} vence em 3 dias. Renove agora para continuar recebendo suas entregas.'],
  ]);
  readsAs('marketing', [
    ['en_US', 'Your {{1}} subscription ends soon. Renew today and save 20% on a full year.'],
    ['de', 'Ihr Abo {{1}} endet bald. Jetzt verlängern und 20% sparen.'],
  ]);
});

test('classify: a recall to book the next visit, a free survey to book and a cut in the customer\'s bill read as marketing', () => {
  readsAs('marketing', [
    ['en_US', 'Hi {{1}}, it has been a year since your last check-up. Book your next visit whenever it suits you.'],
    ['en_US', 'Hello {{1}}, shall we book a free home survey for you this week?'],
    ['en_US', 'Solar panels from {{1}} can cut your electricity bill by as much as 90%.'],
  ]);
  readsAs('utility', [['en_US', 'Your visit on {{1}} is booked. We will send the results of your check-up by e-mail.']]);
});

test('classify: general verbs that service messages use too are weak signals, as their English counterparts are', () => {
  readsAs('utility', [
    ['es', 'No pudimos procesar el pago del pedido {{1}}. Vuelve a ingresar los datos de tu tarjeta en la app.'],
    ['es', 'Tu cita {{1}} fue reprogramada. Te invitamos a confirmar el nuevo horario en el enlace.'],
    ['pt_BR', 'Sua consulta {{1}} é amanhã às 9h. Não perca o horário: chegue 15 minutos antes.'],
    ['id', 'Kode tiket {{1}} berlaku hingga pukul 18.00 hari ini. Tunjukkan di pintu masuk.'],
    ['id', 'Hasil pemeriksaan {{1}} sudah keluar. Rekomendasi dokter dapat dilihat di aplikasi.'],
  ]);
});
