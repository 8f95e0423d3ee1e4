/** A deterministic generator of varied templates for benchmarks: categories, languages, both placeholder styles, every header and button kind, some mistakes. */

/** A small seeded PRNG (mulberry32), so every run lints the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = ['en_US', 'nl', 'es', 'de', 'pt_BR', 'fr', 'it', 'id'];
const WORDS = 'your order has shipped and will arrive soon please check the details below we are happy to help with any question about the delivery of the parcel appointment payment account invoice booking on the date you chose thank for waiting'.split(' ');
const HEADERS = ['', 'Order {{x}} update', '![image](https://cdn.example.com/a.png)', '![document](https://cdn.example.com/invoice.pdf)', '![video](https://cdn.example.com/v.mp4)', '![location]()', 'Your delivery'];
/** Button sets as real templates use them (quick replies grouped; marketing ones end with an opt-out). */
const UTILITY_BUTTONS = [[], ['- [Track order](https://shop.example.com/track/{{x}})'], ['- [Track order](https://shop.example.com/track/{{x}})', '- [Call us](tel:+31201234567)'], ['- Yes, confirm', '- No, reschedule'], ['- [Call us](tel:+31201234567)', '- Not delivered yet']];
const MARKETING_BUTTONS = [['- Stop promotions'], ['- [Shop now](https://shop.example.com/sale/{{x}})', '- Stop promotions'], ['- [Copy code](copy:SAVE10)', '- Stop promotions'], ['- [Call us](tel:+31201234567)', '- Interested', '- Stop promotions']];

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  return out.join(' ');
}

/** The `i`-th template of the corpus. */
export function corpusTemplate(i: number): string {
  const r = rng(i * 7919 + 1);
  const named = r() < 0.6;
  const language = LANGS[i % LANGS.length];
  const category = r() < 0.1 ? 'authentication' : r() < 0.5 ? 'marketing' : 'utility';
  const ph = (k: number, name: string) => (named ? `{{${name}}}` : `{{${k}}}`);
  const lines = ['---', `name: template_${i}`, `language: ${language}`, `category: ${category}`];
  if (category === 'authentication') {
    lines.push('code_expiration_minutes: 10', 'security_recommendation: true', '---', '', '# Buttons', '- [Copy code](otp:copy_code)', '');
    return lines.join('\n');
  }
  lines.push('---', '');
  const header = HEADERS[Math.floor(r() * HEADERS.length)].replace('{{x}}', ph(1, 'order_id'));
  if (header) lines.push('# Header', header, '');
  const n = 1 + Math.floor(r() * 4);
  const paragraphs: string[] = [];
  const names = ['first_name', 'order_id', 'delivery_date', 'amount'];
  for (let k = 1; k <= n; k++) paragraphs.push(`${words(r, 3 + Math.floor(r() * 25))} ${ph(k, names[k - 1])} ${words(r, 3 + Math.floor(r() * 25))}.`);
  if (r() < 0.3) paragraphs.push(`*${words(r, 3)}* and _${words(r, 2)}_ ~${words(r, 2)}~`);
  // About one template in ten carries mistakes, as a real repository under review does.
  if (r() < 0.1) paragraphs.push(`a mistake {1} here ${ph(9, 'Bad Name')} end ${ph(n + 2, 'x_y')}`);
  lines.push('# Body', paragraphs.join(r() < 0.5 ? '\n' : '\n\n'), '');
  if (r() < 0.5) lines.push('# Footer', words(r, 5), '');
  const sets = category === 'marketing' ? MARKETING_BUTTONS : UTILITY_BUTTONS;
  const buttons = sets[Math.floor(r() * sets.length)].map((b) => b.replace('{{x}}', named ? '{{tracking_code}}' : '{{1}}'));
  if (buttons.length) lines.push('# Buttons', ...buttons, '');
  lines.push('# Examples');
  for (let k = 1; k <= n; k++) lines.push(named ? `${names[k - 1]}: ${words(r, 2)}` : `body.${k}: ${words(r, 2)}`);
  if (header.includes('{{') && !named) lines.push('header.1: A-123');
  buttons.forEach((b, k) => { if (b.includes('{{')) lines.push(named ? 'tracking_code: ZX81' : `button${k + 1}.1: ZX81`); });
  lines.push('');
  return lines.join('\n');
}
