/** opt-out-missing: a marketing template without an opt-out quick reply draws blocks and reports, which lower the number's quality rating (Meta, marketing templates: opt-out button recommended). */
import { normalizeCategory } from '../meta/categories';
import { LIMITS } from '../meta/limits';
import { entry, type Fix, type Template } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule } from './types';

/** Labels that let a customer opt out, in the languages watpl knows. */
const OPT_OUT = [
  'Stop', 'Unsubscribe', 'Stop promotions', 'Opt out', 'Opt-out', 'Stop marketing',
  'Afmelden', 'Uitschrijven', 'Geen berichten meer', 'Detener', 'Darse de baja', 'No me interesa', 'Cancelar suscripción',
  'Parar', 'Cancelar inscrição', 'Parar promoções', 'Descadastrar', 'Abmelden', 'Abbestellen', 'Stopp', 'Keine Werbung',
  'Se désabonner', 'Se désinscrire', 'Désinscription', 'Arrêter', 'Annulla iscrizione', 'Disiscriviti', 'Interrompi',
  'Interrompi promozioni', 'Detener promociones', 'Stop promoties', 'Werbung stoppen',
  'Berhenti', 'Berhenti langganan', 'Berhenti berlangganan',
].map(normalize);

/** The label the fix adds, by language (the part before `_`). */
const LABEL: Record<string, string> = {
  en: 'Stop promotions', nl: 'Stop promoties', es: 'Detener promociones', pt: 'Parar promoções', de: 'Keine Werbung',
  fr: 'Se désabonner', it: 'Interrompi promozioni', id: 'Berhenti langganan',
};

/** Lowercase, accents removed, punctuation but `-` as spaces (so "Non-stop deals" has no word "stop"): what whole-word matching compares. */
function normalize(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase().replace(/[^a-z0-9-]+/g, ' ').trim();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
}

/** Whether a label holds an opt-out phrase as whole words. */
function isOptOut(label: string): boolean {
  const words = ` ${normalize(label)} `;
  return OPT_OUT.some((p) => words.includes(` ${p} `));
}

export default defineRule({
  meta: {
    id: 'opt-out-missing',
    severity: 'information',
    description: 'A marketing template with no quick reply that lets the customer opt out.',
    source: 'Meta, marketing templates (an opt-out button is recommended; blocks and reports lower the quality rating)',
    fixable: true,
  },
  check({ template, report }) {
    const category = template.category === null ? null : normalizeCategory(template.category)?.category;
    if (category !== 'marketing') return;
    const quick = template.buttons.filter((b) => b.kind === 'quick_reply');
    if (quick.some((b) => isOptOut(b.label))) return;
    const span = template.sections.buttons?.headingSpan ?? valueSpan(template);
    if (!span) return;
    const label = LABEL[(template.language ?? 'en').split('_')[0]] ?? LABEL.en;
    const fits = template.buttons.length < LIMITS.buttonsTotal.max && quick.length < LIMITS.quickReplies.max;
    report({
      span,
      message: `This marketing template has no opt-out quick reply: customers who cannot stop promotions block or report the business, which lowers its quality rating. Add a quick reply such as "${label}".`,
      fix: fits ? addButton(template, label) : undefined,
    });
  },
});

/** Adds `- label` as the last button (after the last quick reply when other buttons follow them, to keep the group). */
function addButton(t: Template, label: string): Fix {
  const eol = t.text.includes('\r\n') ? '\r\n' : '\n';
  const line = `- ${label}`;
  const title = `Add a "${label}" quick reply`;
  const quick = t.buttons.filter((b) => b.kind === 'quick_reply');
  const last = t.buttons[t.buttons.length - 1];
  const after = last && last.kind !== 'quick_reply' && quick.length ? quick[quick.length - 1] : last;
  const section = t.sections.buttons;
  const lineEnd = after ? after.lineSpan.end : section?.headingSpan ? t.lines.lineEndWithBreak(t.lines.lineAt(section.headingSpan.start)) : null;
  if (lineEnd !== null) {
    const atBreak = lineEnd > 0 && t.text.charCodeAt(lineEnd - 1) === 10;
    return { title, edits: [{ span: { start: lineEnd, end: lineEnd }, newText: atBreak ? line + eol : eol + line }] };
  }
  const examples = t.sections.examples?.headingSpan;
  if (examples) return { title, edits: [{ span: { start: examples.start, end: examples.start }, newText: `# Buttons${eol}${line}${eol}${eol}` }] };
  const end = t.text.length;
  const lead = t.text.endsWith(eol + eol) ? '' : t.text.endsWith(eol) ? eol : eol + eol;
  return { title, edits: [{ span: { start: end, end }, newText: `${lead}# Buttons${eol}${line}${eol}` }] };
}

/** The category value's span without trailing white space. */
function valueSpan(t: Template): Span | null {
  const e = entry(t, 'category');
  if (!e) return null;
  let end = e.valueSpan.end;
  while (end > e.valueSpan.start && /\s/.test(t.text[end - 1])) end--;
  return { start: e.valueSpan.start, end };
}
