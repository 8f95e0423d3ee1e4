/** language-code: the language must be one of Meta's template language codes (Meta, supported languages: 111 codes, underscore form). */
import { LANGUAGES, isLanguageCode, suggestLanguageCode } from '../meta/languages';
import { entry } from '../parser/model';
import { formatCount } from '../parser/text';
import { defineRule } from './types';

const MAX_LISTED = 5;

export default defineRule({
  meta: {
    id: 'language-code',
    severity: 'error',
    description: "The language is not one of Meta's template language codes.",
    source: 'Meta, WhatsApp Business Platform: supported languages',
    fixable: true,
  },
  check({ template, report }) {
    const e = entry(template, 'language');
    if (!e || typeof e.value !== 'string' || isLanguageCode(e.value)) return;
    const value = e.value;
    const span = e.valueSpan;
    const suggestion = suggestLanguageCode(value);
    if (suggestion) {
      report({
        span,
        message: `"${value}" is not one of Meta's language codes: write "${suggestion}" (${LANGUAGES[suggestion]}). Meta's codes use an underscore and exact case, and it rejects any other spelling.`,
        fix: { title: `Change to ${suggestion}`, edits: [{ span, newText: suggestion }] },
      });
      return;
    }
    report({ span: span.end > span.start ? span : e.keySpan, message: unknownMessage(value) });
  },
});

/** The message for a value that matches no code, listing codes that share its first two letters. */
function unknownMessage(value: string): string {
  const count = formatCount(Object.keys(LANGUAGES).length);
  const prefix = value.trim().slice(0, 2).toLowerCase();
  const similar = prefix.length === 2 ? Object.keys(LANGUAGES).filter((c) => c.toLowerCase().startsWith(prefix)).slice(0, MAX_LISTED) : [];
  const hint = similar.length ? ` Codes starting with "${prefix}": ${similar.join(', ')}.` : '';
  return `"${value}" is not one of Meta's ${count} template language codes, so Meta rejects the template. Pick one from Meta's "Supported languages" list (en_US, nl, pt_BR...).${hint}`;
}
