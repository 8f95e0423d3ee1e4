/** What the category rules share: the declared category, the classification, which promotional phrases to report, and their suggested edits. */
import { classifyTemplate, DECISIVE, type Classification, type Reason } from '../../classify/classify';
import { describe } from '../../classify/signals';
import { normalizeCategory, type Category } from '../../meta/categories';
import { entry, type Fix, type Template } from '../../parser/model';
import type { Span } from '../../parser/text';
import type { RuleContext } from '../types';

/** A promotional phrase this strong is reported wherever it is; weaker ones only when the whole text reads as marketing. */
export const STRONG_PROMOTION = 0.75;
/** Phrases weaker than this only add to the score ("new", "bonus"); they are reported only when the promotional phrases together decide the category. */
export const REPORTABLE_PROMOTION = 0.5;

/** The declared category (legacy values mapped), or null when missing or unknown. */
export function declaredCategory(t: Template): Category | null {
  return t.category === null ? null : (normalizeCategory(t.category)?.category ?? null);
}

/** The template's classification with the project's phrases (memoised: every category rule asks). */
export function classificationOf(ctx: RuleContext<unknown>): Classification {
  return classifyTemplate(ctx.template, ctx.phrases);
}

/** The promotional phrases marketing-wording reports in a utility or authentication template. */
export function reportedPromotions(c: Classification): Reason[] {
  const min = c.scores.marketing >= DECISIVE ? REPORTABLE_PROMOTION : STRONG_PROMOTION;
  const out: Reason[] = [];
  for (const r of c.marketing) if (r.weight >= min) out.push(r);
  return out;
}

/** Reasons that stand for the whole body rather than a phrase in it. */
const WHOLE_BODY = new Set(['no-reference', 'no-promotion', 'unclear-content']);

/** `'20% korting', 'bestel nu'`: the first `n` reasons' texts, quoted, without repeats. */
export function quoteReasons(reasons: readonly Reason[], n = 3): string {
  const texts = [...new Set(reasons.filter((r) => !WHOLE_BODY.has(r.signal)).map((r) => oneLine(r.text)))];
  return texts.slice(0, n).map((t) => `'${t}'`).join(', ');
}

/** "Reads as Marketing, 93%: '20% korting', 'bestel nu'" (hover, code lens, status bar). */
export function summary(c: Classification): string {
  const name = c.inferred[0].toUpperCase() + c.inferred.slice(1);
  const quoted = quoteReasons(c.reasons);
  const whole = c.reasons.find((r) => WHOLE_BODY.has(r.signal));
  const why = quoted || (whole ? describe(whole.signal) : '');
  return `Reads as ${name}, ${Math.round(c.confidence * 100)}%${why ? `: ${why}` : ''}`;
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The category value's span without trailing white space. */
export function categoryValueSpan(t: Template): Span | null {
  const e = entry(t, 'category');
  if (!e) return null;
  let end = e.valueSpan.end;
  while (end > e.valueSpan.start && /\s/.test(t.text[end - 1])) end--;
  return { start: e.valueSpan.start, end };
}

/** "Change category to marketing": replaces the front-matter value. */
export function changeCategory(t: Template, to: Category): Fix | null {
  const span = categoryValueSpan(t);
  return span ? { title: `Change category to ${to}`, edits: [{ span, newText: to }] } : null;
}
