/**
 * The fixed text Meta puts in an authentication template (FORMAT.md §4), per language.
 * Sources: en and es word for word from Meta's message_template_previews example response (Graph API reference,
 * WhatsApp Business Account > message_template_previews; es_ES); pt from Meta's Portuguese page on copy code
 * authentication templates. nl, de, fr and it: Meta publishes no wording we could find, so these are watpl's
 * own translations, and the preview says so.
 */
import { LANGUAGES } from '../meta/languages';

export interface AuthenticationText {
  /** The body, with `{{1}}` where the code goes. */
  body: string;
  /** The optional security recommendation, appended to the body. */
  security: string;
  /** The optional expiry line, shown as the footer. */
  expiry: (minutes: number) => string;
  /** Meta's default label of the copy code button. */
  copyCode: string;
  /** meta: Meta's own wording; watpl: watpl's translation. */
  source: 'meta' | 'watpl';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEXTS: Record<string, AuthenticationText> = {
  en: {
    body: '*{{1}}* is your verification code.',
    security: 'For your security, do not share this code.',
    expiry: (n) => `This code expires in ${plural(n, 'minute', 'minutes')}.`,
    copyCode: 'Copy code',
    source: 'meta',
  },
  es: {
    body: 'Tu código de verificación es *{{1}}*.',
    security: 'Por tu seguridad, no lo compartas.',
    expiry: (n) => `Este código caduca en ${plural(n, 'minuto', 'minutos')}.`,
    copyCode: 'Copiar código',
    source: 'meta',
  },
  pt: {
    body: '*{{1}}* é seu código de verificação.',
    security: 'Para sua segurança, não compartilhe este código.',
    expiry: (n) => `Este código expira em ${plural(n, 'minuto', 'minutos')}.`,
    copyCode: 'Copiar código',
    source: 'meta',
  },
  nl: {
    body: '*{{1}}* is je verificatiecode.',
    security: 'Deel deze code voor je veiligheid met niemand.',
    expiry: (n) => `Deze code verloopt over ${plural(n, 'minuut', 'minuten')}.`,
    copyCode: 'Code kopiëren',
    source: 'watpl',
  },
  de: {
    body: '*{{1}}* ist dein Bestätigungscode.',
    security: 'Teile diesen Code zu deiner Sicherheit mit niemandem.',
    expiry: (n) => `Dieser Code läuft in ${plural(n, 'Minute', 'Minuten')} ab.`,
    copyCode: 'Code kopieren',
    source: 'watpl',
  },
  fr: {
    body: '*{{1}}* est votre code de vérification.',
    security: 'Pour votre sécurité, ne communiquez ce code à personne.',
    expiry: (n) => `Ce code expire dans ${plural(n, 'minute', 'minutes')}.`,
    copyCode: 'Copier le code',
    source: 'watpl',
  },
  it: {
    body: '*{{1}}* è il tuo codice di verifica.',
    security: 'Per la tua sicurezza, non condividere questo codice.',
    expiry: (n) => `Questo codice scade tra ${plural(n, 'minuto', 'minuti')}.`,
    copyCode: 'Copia codice',
    source: 'watpl',
  },
};

/** The example code shown in authentication previews (Meta's own previews use 123456). */
export const EXAMPLE_CODE = '123456';

/** Languages with built-in fixed text (base codes: `pt` serves pt_BR and pt_PT). */
export const AUTHENTICATION_LANGUAGES = Object.keys(TEXTS);

/** Meta's fixed text for a template language (`pt_BR` → pt), English when watpl has none; `note` explains any approximation. */
export function authenticationText(language: string | null): { text: AuthenticationText; note: string | null } {
  const base = (language ?? '').split('_')[0];
  const text = TEXTS[base];
  const name = (language && LANGUAGES[language]) || language || 'this language';
  if (!text) return { text: TEXTS.en, note: `watpl does not know Meta's fixed authentication text in ${name}: shown in English. The phone shows it in ${name}.` };
  if (text.source === 'watpl') return { text, note: `Meta fills in this text; this ${name} wording is watpl's translation and may differ slightly from Meta's.` };
  return { text, note: null };
}
