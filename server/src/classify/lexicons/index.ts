/** The lexicons, one JSON file per language (imported, so esbuild bundles them), and the compiled lexicon for a template's language. */
import { compile, patternsOf, type CompiledLexicon, type LexiconFile } from '../lexicon';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import id from './id.json';
import it from './it.json';
import nl from './nl.json';
import pt from './pt.json';

/** Lexicons by base language code. Unknown languages use English. */
export const LEXICONS: Readonly<Record<string, LexiconFile>> = { en, nl, es, pt, de, fr, it, id };

/** The lexicon a language code selects: `pt_BR` → pt, `en_US` → en, anything unknown → en. */
export function lexiconLanguage(language: string | null): string {
  if (language === null) return 'en';
  let base = baseOf.get(language);
  if (base === undefined) {
    const two = language.slice(0, 2).toLowerCase();
    base = (language.length === 2 || language[2] === '_' || language[2] === '-') && two in LEXICONS ? two : 'en';
    if (baseOf.size < 512) baseOf.set(language, base);
  }
  return base;
}

const baseOf = new Map<string, string>();

const compiled = new Map<string, CompiledLexicon>();
const MAX_CACHED = 64;
/** Per phrase settings object (one per config), the compiled lexicon of each language: found without building a key. */
const byPhrases = new WeakMap<object, Map<string, CompiledLexicon>>();

/** The compiled lexicon for a language and a project's phrases; compiled once per pair. */
export function lexiconFor(language: string | null, phrases: { allow: readonly string[]; marketing: readonly string[] }): CompiledLexicon {
  const base = lexiconLanguage(language);
  let forPhrases = byPhrases.get(phrases);
  const hit = forPhrases?.get(base);
  if (hit) return hit;
  const key = `${base}\u0000${phrases.marketing.join('\u0001')}\u0000${phrases.allow.join('\u0001')}`;
  let lex = compiled.get(key);
  if (!lex) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    lex = compile(base, patternsOf(LEXICONS[base], phrases));
    compiled.set(key, lex);
  }
  if (!forPhrases) byPhrases.set(phrases, (forPhrases = new Map()));
  forPhrases.set(base, lex);
  return lex;
}
