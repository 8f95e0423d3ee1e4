/** Meta's 111 template language codes with their English names (Meta: supported languages). */

export const LANGUAGES: Record<string, string> = {
  af: 'Afrikaans', sq: 'Albanian', ar: 'Arabic', ar_EG: 'Arabic (Egypt)', ar_AE: 'Arabic (UAE)',
  ar_LB: 'Arabic (Lebanon)', ar_MA: 'Arabic (Morocco)', ar_QA: 'Arabic (Qatar)', az: 'Azerbaijani',
  be_BY: 'Belarusian', bn: 'Bengali', bn_IN: 'Bengali (India)', bg: 'Bulgarian', ca: 'Catalan',
  zh_CN: 'Chinese (China)', zh_HK: 'Chinese (Hong Kong)', zh_TW: 'Chinese (Taiwan)', hr: 'Croatian',
  cs: 'Czech', da: 'Danish', prs_AF: 'Dari', nl: 'Dutch', nl_BE: 'Dutch (Belgium)', en: 'English',
  en_GB: 'English (UK)', en_US: 'English (US)', en_AE: 'English (UAE)', en_AU: 'English (Australia)',
  en_CA: 'English (Canada)', en_GH: 'English (Ghana)', en_IE: 'English (Ireland)', en_IN: 'English (India)',
  en_JM: 'English (Jamaica)', en_MY: 'English (Malaysia)', en_NZ: 'English (New Zealand)',
  en_QA: 'English (Qatar)', en_SG: 'English (Singapore)', en_UG: 'English (Uganda)',
  en_ZA: 'English (South Africa)', et: 'Estonian', fil: 'Filipino', fi: 'Finnish', fr: 'French',
  fr_BE: 'French (Belgium)', fr_CA: 'French (Canada)', fr_CH: 'French (Switzerland)',
  fr_CI: "French (Côte d'Ivoire)", fr_MA: 'French (Morocco)', ka: 'Georgian', de: 'German',
  de_AT: 'German (Austria)', de_CH: 'German (Switzerland)', el: 'Greek', gu: 'Gujarati', ha: 'Hausa',
  he: 'Hebrew', hi: 'Hindi', hu: 'Hungarian', id: 'Indonesian', ga: 'Irish', it: 'Italian',
  ja: 'Japanese', kn: 'Kannada', kk: 'Kazakh', rw_RW: 'Kinyarwanda', ko: 'Korean', ky_KG: 'Kyrgyz',
  lo: 'Lao', lv: 'Latvian', lt: 'Lithuanian', mk: 'Macedonian', ms: 'Malay', ml: 'Malayalam',
  mr: 'Marathi', nb: 'Norwegian', ps_AF: 'Pashto', fa: 'Persian', pl: 'Polish',
  pt_BR: 'Portuguese (Brazil)', pt_PT: 'Portuguese (Portugal)', pa: 'Punjabi', ro: 'Romanian',
  ru: 'Russian', sr: 'Serbian', si_LK: 'Sinhala', sk: 'Slovak', sl: 'Slovenian', es: 'Spanish',
  es_AR: 'Spanish (Argentina)', es_CL: 'Spanish (Chile)', es_CO: 'Spanish (Colombia)',
  es_CR: 'Spanish (Costa Rica)', es_DO: 'Spanish (Dominican Republic)', es_EC: 'Spanish (Ecuador)',
  es_HN: 'Spanish (Honduras)', es_MX: 'Spanish (Mexico)', es_PA: 'Spanish (Panama)', es_PE: 'Spanish (Peru)',
  es_ES: 'Spanish (Spain)', es_UY: 'Spanish (Uruguay)', sw: 'Swahili', sv: 'Swedish', ta: 'Tamil',
  te: 'Telugu', th: 'Thai', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', uz: 'Uzbek', vi: 'Vietnamese',
  zu: 'Zulu',
};

/** Whether `code` is one of Meta's language codes (case-sensitive, underscore form). */
export function isLanguageCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code);
}

/** The Meta code a near miss most likely means (`en-US`, `EN_us`, `pt-br` → `en_US`, `pt_BR`), or null. */
export function suggestLanguageCode(value: string): string | null {
  const norm = value.trim().replace(/-/g, '_').toLowerCase();
  for (const code of Object.keys(LANGUAGES)) if (code.toLowerCase() === norm) return code;
  return null;
}
