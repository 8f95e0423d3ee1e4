/**
 * `npm run eval`: the category classifier and its rules on the labelled corpus (test/fixtures/corpus, truths in labels.json):
 * accuracy, each category's precision and recall, the share of promotional utility-looking templates that get
 * marketing-wording or category-mismatch, and the share of genuine utility templates that get marketing-wording,
 * overall and per language. `--json` prints the figures as JSON.
 *
 * Another labelled folder can be named: `npm run eval -- test/fixtures/public` reports on the public templates
 * (test/fixtures/public/SOURCES.md). Labels there carry a `split` (dev or holdout); `--split dev` reports one half,
 * and without it each half is printed, then both together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyTemplate } from '../server/src/classify/classify';
import { lexiconLanguage } from '../server/src/classify/lexicons/index';
import { lintText } from '../server/src/lint/lint';
import { CATEGORIES, type Category } from '../server/src/meta/categories';

export const CORPUS = 'test/fixtures/corpus';

export type Kind = 'genuine-utility' | 'lookalike-utility' | 'promotional-utility-looking' | 'genuine-marketing' | 'unclear' | 'authentication' | 'otp-in-utility' | 'utility-declared-marketing';

export interface Label {
  truth: Category;
  kind: Kind;
  /** Public set only: the half a template belongs to (the classifier is tuned on dev, holdout is measured only). */
  split?: Split;
}

export type Split = 'dev' | 'holdout';

/** One template's outcome. */
export interface Outcome {
  file: string;
  language: string;
  truth: Category;
  kind: Kind;
  inferred: Category;
  rules: Set<string>;
}

export interface Figures {
  templates: number;
  accuracy: number;
  /** Per category: precision and recall (null when there is nothing to divide by). */
  categories: Record<Category, { precision: number | null; recall: number | null; count: number }>;
  /** Promotional utility-looking templates that get marketing-wording or category-mismatch. */
  promotionalCaught: number | null;
  /** Genuine utility templates (look-alikes included) that get a marketing-wording warning. */
  genuineFlagged: number | null;
  /** Utility templates with one-time-code wording that get otp-outside-authentication. */
  otpCaught: number | null;
  /** Templates reported by sensitive-request or threatening-content (the corpus has none that should be). */
  sensitiveOrThreat: number;
}

const GENUINE: ReadonlySet<Kind> = new Set(['genuine-utility', 'lookalike-utility']);

/** Lints and classifies every labelled template of the corpus (of one split, when given). */
export function runCorpus(dir = CORPUS, split?: Split): Outcome[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  return Object.entries(labels).filter(([, label]) => split === undefined || label.split === split).map(([file, label]) => {
    const result = lintText(readFileSync(join(dir, file), 'utf8'), file);
    const inferred = classifyTemplate(result.template).inferred;
    return { file, language: lexiconLanguage(result.template.language), truth: label.truth, kind: label.kind, inferred, rules: new Set(result.diagnostics.map((d) => d.rule)) };
  });
}

const share = (xs: readonly Outcome[], ok: (o: Outcome) => boolean): number | null => (xs.length ? xs.filter(ok).length / xs.length : null);

/** The figures for a set of outcomes. */
export function figures(outcomes: readonly Outcome[]): Figures {
  const categories = {} as Figures['categories'];
  for (const c of CATEGORIES) {
    categories[c] = {
      precision: share(outcomes.filter((o) => o.inferred === c), (o) => o.truth === c),
      recall: share(outcomes.filter((o) => o.truth === c), (o) => o.inferred === c),
      count: outcomes.filter((o) => o.truth === c).length,
    };
  }
  return {
    templates: outcomes.length,
    accuracy: share(outcomes, (o) => o.inferred === o.truth) ?? 0,
    categories,
    promotionalCaught: share(outcomes.filter((o) => o.kind === 'promotional-utility-looking'), (o) => o.rules.has('marketing-wording') || o.rules.has('category-mismatch')),
    genuineFlagged: share(outcomes.filter((o) => GENUINE.has(o.kind)), (o) => o.rules.has('marketing-wording')),
    otpCaught: share(outcomes.filter((o) => o.kind === 'otp-in-utility'), (o) => o.rules.has('otp-outside-authentication')),
    sensitiveOrThreat: outcomes.filter((o) => o.rules.has('sensitive-request') || o.rules.has('threatening-content')).length,
  };
}

/** Figures overall and per language. */
export function evaluate(dir = CORPUS, split?: Split): { overall: Figures; languages: Record<string, Figures>; misses: Outcome[] } {
  const outcomes = runCorpus(dir, split);
  const languages: Record<string, Figures> = {};
  for (const lang of [...new Set(outcomes.map((o) => o.language))].sort()) languages[lang] = figures(outcomes.filter((o) => o.language === lang));
  return { overall: figures(outcomes), languages, misses: outcomes.filter((o) => o.inferred !== o.truth) };
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function row(name: string, f: Figures): string {
  const cats = CATEGORIES.map((c) => `${pct(f.categories[c].precision)} ${pct(f.categories[c].recall)}`).join('  ');
  return `${name.padEnd(8)} ${String(f.templates).padStart(4)}  ${pct(f.accuracy)}   ${cats}   ${pct(f.promotionalCaught)}      ${pct(f.genuineFlagged)}     ${pct(f.otpCaught)}   ${f.sensitiveOrThreat}`;
}

function print(result: ReturnType<typeof evaluate>, what: string): void {
  console.log(`Category hints on ${result.overall.templates} labelled templates (${what})\n`);
  console.log('                        marketing         utility           authentication    promotional   genuine utility  OTP in   sensitive/');
  console.log('language    n  accuracy   precision recall  precision recall  precision recall  caught        flagged          utility  threat hits');
  for (const [lang, f] of Object.entries(result.languages)) console.log(row(lang, f));
  console.log(row('all', result.overall));
  if (result.misses.length) {
    console.log(`\nMisclassified (${result.misses.length}):`);
    for (const m of result.misses) console.log(`  ${m.file}: ${m.kind}, truth ${m.truth}, inferred ${m.inferred}`);
  }
}

/** The splits a folder's labels name, in order (none for the project corpus). */
function splitsOf(dir: string): Split[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const named = new Set(Object.values(labels).map((l) => l.split));
  return (['dev', 'holdout'] as const).filter((s) => named.has(s));
}

if (process.argv[1]?.endsWith('eval.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--split');
  const only = at >= 0 ? (args[at + 1] as Split) : undefined;
  if (only !== undefined && only !== 'dev' && only !== 'holdout') throw new Error(`--split takes dev or holdout, not ${only}`);
  const dir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? CORPUS;
  const runs: (Split | undefined)[] = only ? [only] : [...splitsOf(dir), undefined];
  const results = runs.map((split) => ({ split, result: evaluate(dir, split) }));
  if (args.includes('--json')) {
    const json = results.map(({ split, result }) => ({ split: split ?? 'all', overall: result.overall, languages: result.languages }));
    console.log(JSON.stringify(results.length === 1 ? { overall: json[0].overall, languages: json[0].languages } : json, null, 2));
  } else {
    results.forEach(({ split, result }, i) => {
      if (i > 0) console.log('');
      print(result, split ? `${dir}, ${split} half` : dir);
    });
  }
}
