/**
 * The category hint: which category a template's text belongs to by Meta's categorization guidelines, how sure, and why.
 * Any promotional element makes a template marketing; a utility message refers to something of the customer's (order,
 * booking, account, payment) or is an essential alert; one-time codes are authentication; a body of nothing but a
 * greeting or placeholders is unclear, which Meta treats as marketing. Without a decisive signal, the shape of the text
 * weighs too (`cues`): promotional style (repeated exclamation marks, the business talking about itself, a greeting
 * with nothing of the customer's, a placeholder standing for the whole message, a reply-STOP footer, no placeholder but
 * a name) against the customer's specifics ("your ..." before a word, record fields such as "Status: {{2}}"). Weak
 * promotion and style that outweigh the references and specifics tip the text to marketing; otherwise it reads as
 * utility, with a low confidence. Pure, and memoised for the last templates.
 */
import type { Category } from '../meta/categories';
import type { Placeholder, Template } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { Span } from '../parser/text';
import type { CompiledLexicon } from './lexicon';
import { LEXICONS, lexiconFor } from './lexicons/index';
import { findMatches, resolve, type Match } from './match';
import { classifiedText, labelPiece, MAX_CLASSIFIED, spanOf, textPiece, type Piece, type PieceKind } from './pieces';
import { categoryOf, type LexiconKind, type SignalKind, type SpecificKind, type StyleKind } from './signals';
import { findSensitive, type Finding } from './sensitive';
import { tokenizeInto, Tokens } from './tokens';
import { isUnclear } from './unclear';

export interface PhraseSettings {
  allow: readonly string[];
  marketing: readonly string[];
}

/** One phrase or feature that counted. */
export interface Reason {
  /** The text as written in the file ("20% korting"). */
  text: string;
  span: Span;
  signal: SignalKind;
  weight: number;
  /** Where it was found. */
  piece: PieceKind | 'template';
  /** Index range in the piece's message text (body, header...), for edits that need the words around it. */
  at?: { start: number; end: number };
}

export interface Classification {
  inferred: Category;
  /** In [0, 1]. */
  confidence: number;
  /** What the inferred category rests on, strongest first. */
  reasons: Reason[];
  /** Every promotional phrase and feature, in file order. */
  marketing: Reason[];
  utility: Reason[];
  /** One-time-code wording (not the OTP button). */
  otp: Reason[];
  sensitive: Finding[];
  threats: Reason[];
  /** The body says nothing but salutations, greetings and placeholders. */
  unclear: boolean;
  scores: Record<Category, number>;
  /** When no phrase decides (else empty): the shape features weighed, promotional style and the customer's specifics. */
  style: Reason[];
  specifics: Reason[];
}

const NO_PHRASES: PhraseSettings = { allow: [], marketing: [] };
/** Weight at which a category's signals decide it. */
export const DECISIVE = 1;
/** Below DECISIVE, promotional signals this strong still tip a text without a clear reference to marketing, when they outweigh the weaker references found. */
const WEAK_PROMOTION = 0.5;
/** The most confidence a text gets without a decisive phrase: below that of one decisive promotional phrase (0.76). */
const WEAK_CONFIDENCE = 0.75;

type Group = 'category' | 'sensitive' | 'threat';
const SENSITIVE_KINDS = new Set<string>(['sensitive-data', 'request', 'negation']);
const groupOf = (kind: string): Group => (SENSITIVE_KINDS.has(kind) ? 'sensitive' : kind === 'threat' ? 'threat' : 'category');
const sameGroup = (a: Match, b: Match) => groupOf(a.pattern.kind) === groupOf(b.pattern.kind);

/** Look-alikes cancel promotional, one-time-code and sensitive-data readings, never a reference to the customer's order or account. */
const cancellable = (m: Match) => categoryOf(m.pattern.kind as LexiconKind) !== 'utility';

/** The last few classifications: the category rules, the hover and the code lens all ask about the template just linted. A short list, not a WeakMap: weak maps with many keys slow every garbage collection. */
const recent: { template: Template; phrases: PhraseSettings; result: Classification }[] = [];
const RECENT = 8;

/** Classifies a template (its declared category plays no part). Memoised for the last few templates and phrase settings. */
export function classifyTemplate(t: Template, phrases: PhraseSettings = NO_PHRASES): Classification {
  for (const r of recent) if (r.template === t && r.phrases === phrases) return r.result;
  const result = classify(t, phrases);
  if (recent.length >= RECENT) recent.pop();
  recent.unshift({ template: t, phrases, result });
  return result;
}

/** One token buffer for every classification: pieces are tokenized and matched one at a time. */
let tokens = new Tokens();
/** A buffer grown past this by a huge text is dropped afterwards, so the server does not keep the memory. */
const KEEP_TOKENS = 1 << 16;

function classify(t: Template, phrases: PhraseSettings): Classification {
  const found: Found = { lex: lexiconFor(t.language, phrases), marketing: [], utility: [], otp: [], threats: [], sensitive: [], unclear: false, named: null };
  if (t.header?.kind === 'text') classifyPiece(found, textPiece('header', t.text, t.header.text));
  if (t.body) classifyPiece(found, textPiece('body', t.text, t.body.text));
  if (t.footer) classifyPiece(found, textPiece('footer', t.text, t.footer.text));
  for (const b of t.buttons) if (b.kind !== 'otp' && b.label !== '') classifyPiece(found, labelPiece(t.text, b));
  if (tokens.hash.length > KEEP_TOKENS) tokens = new Tokens();
  addShapeSignals(t, found.marketing);
  // A survey about the customer's own order or visit is a utility message (Meta: feedback on a specific transaction); only a generic one promotes.
  const utility = score(found.utility);
  if (utility >= DECISIVE && !found.marketing.every(notSurvey)) found.marketing = found.marketing.filter(notSurvey);
  return decide(t, found, utility);
}

interface Found extends Parts {
  lex: CompiledLexicon;
  /** Body-text offsets where a salutation ends ("Hi" in "Hi {{1}},"): a placeholder right after one is a name. */
  named: number[] | null;
}

/** Tokenizes and matches one piece, adding what it finds. */
function classifyPiece(found: Found, piece: Piece): void {
  tokenizeInto(piece.text, tokens, piece.from, piece.to, found.lex.gate);
  const matches = resolve(findMatches(piece.text, tokens, found.lex), sameGroup, cancellable);
  for (const m of matches) {
    const kind = m.pattern.kind as LexiconKind;
    if (kind === 'salutation') {
      if (piece.kind === 'body' && (found.named ??= []).length < 8) found.named.push(tokens.end[m.to - 1] - piece.from);
      continue;
    }
    const category = categoryOf(kind);
    if (category === 'marketing') found.marketing.push(toReason(piece, m));
    else if (category === 'utility') found.utility.push(toReason(piece, m));
    else if (kind === 'one-time-code') found.otp.push(toReason(piece, m));
    else if (kind === 'threat') found.threats.push(toReason(piece, m));
    else if (kind === 'sensitive-data') {
      const f = findSensitive(piece, tokens, matches, m);
      if (f) found.sensitive.push(f);
    }
  }
  if (piece.kind === 'body') found.unclear = isUnclear(tokens, matches);
}

function toReason(piece: Piece, m: Match): Reason {
  const start = tokens.start[m.from];
  const end = tokens.end[m.to - 1];
  const at = { start: start - piece.from, end: end - piece.from };
  return { text: piece.text.slice(start, end), span: spanOf(piece, start, end), signal: m.pattern.kind as LexiconKind, weight: m.pattern.weight, piece: piece.kind, at };
}

/** A coupon code as marketing writes them: 4 to 9 capitals and 1 to 3 digits (SAVE10, WELCOME15, GRACIAS10). */
const PROMO_CODE = /(?<![\p{L}\p{N}-])[A-Z]{4,9}[0-9]{1,3}(?![\p{L}\p{N}-])/gu;

/** Coupon and catalog buttons, and coupon codes in the text, are promotional whatever the words around them say. */
function addShapeSignals(t: Template, marketing: Reason[]): void {
  let added = false;
  const body = t.body?.text;
  const read = body ? classifiedText(body.text) : '';
  if (body && /[A-Z]{4}[0-9]/.test(read)) {
    for (const m of read.matchAll(PROMO_CODE)) {
      marketing.push({ text: m[0], span: body.fileSpan(m.index, m.index + m[0].length), signal: 'coupon-code', weight: 0.6, piece: 'body', at: { start: m.index, end: m.index + m[0].length } });
      added = true;
    }
  }
  for (const b of t.buttons) {
    if (b.kind === 'copy_code') marketing.push({ text: b.label || b.value, span: b.span, signal: 'coupon-button', weight: 1, piece: 'button' });
    else if (b.kind === 'catalog') marketing.push({ text: b.label, span: b.span, signal: 'catalog-button', weight: 0.8, piece: 'button' });
    else continue;
    added = true;
  }
  if (added) marketing.sort(byPosition);
}

function notSurvey(r: Reason): boolean {
  return r.signal !== 'generic-survey';
}

function byPosition(a: Reason, b: Reason): number {
  return a.span.start - b.span.start;
}

/** Sum of weights, each distinct phrase counted once (a phrase repeated is not more promotional). */
function score(reasons: readonly Reason[]): number {
  let sum = 0;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    let repeat = false;
    for (let j = 0; j < i && !repeat; j++) repeat = reasons[j].signal === r.signal && reasons[j].weight >= r.weight && sameText(reasons[j].text, r.text);
    if (!repeat) sum += r.weight;
  }
  return Math.round(sum * 100) / 100;
}

const sameText = (a: string, b: string) => a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());

const clamp = (x: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
function byWeight(a: Reason, b: Reason): number {
  return b.weight - a.weight || a.span.start - b.span.start;
}

const strongest = (rs: readonly Reason[]) => (rs.length < 2 ? rs.slice() : rs.slice().sort(byWeight));

type Parts = Omit<Classification, 'inferred' | 'confidence' | 'reasons' | 'scores' | 'style' | 'specifics'>;

/** The shape features weighed when no phrase decides (see `cues`), as Classification names them. */
type Cues = Pick<Classification, 'style' | 'specifics'>;
/** Shared by the decided classifications (frozen: nothing may add to them). */
const NONE: Cues = Object.freeze({ style: Object.freeze([]) as unknown as Reason[], specifics: Object.freeze([]) as unknown as Reason[] });

function result(p: Parts, scores: Record<Category, number>, inferred: Category, confidence: number, reasons: Reason[], c = NONE): Classification {
  return { inferred, confidence, reasons, marketing: p.marketing, utility: p.utility, otp: p.otp, sensitive: p.sensitive, threats: p.threats, unclear: p.unclear, scores, style: c.style, specifics: c.specifics };
}

/** `utility`: the score of p.utility (computed by the caller). */
function decide(t: Template, p: Found, utility: number): Classification {
  const scores: Record<Category, number> = { marketing: score(p.marketing), utility, authentication: score(p.otp) };
  let otpButton: Template['buttons'][number] | undefined;
  for (const b of t.buttons) if (b.kind === 'otp') otpButton ??= b;
  const m = scores.marketing;
  const u = scores.utility;
  const a = scores.authentication;
  if (otpButton && m < DECISIVE) {
    const reason: Reason = { text: otpButton.label || otpButton.value, span: otpButton.span, signal: 'otp-button', weight: 3, piece: 'button' };
    return result(p, scores, 'authentication', 0.99, [reason, ...strongest(p.otp)]);
  }
  if (a >= DECISIVE && m < DECISIVE) return result(p, scores, 'authentication', clamp(0.6 + 0.15 * a - 0.05 * u, 0.55, 0.97), strongest(p.otp));
  if (m >= DECISIVE) return result(p, scores, 'marketing', clamp(0.64 + 0.12 * (m - 1) + (u < DECISIVE ? 0.12 : 0), 0.6, 0.98), strongest(p.marketing));
  if (u >= DECISIVE) return result(p, scores, 'utility', clamp(0.56 + 0.1 * u - 0.3 * m, 0.5, 0.95), strongest(p.utility));
  const body = t.body?.text;
  const span = body ? body.span : { start: 0, end: 0 };
  if (p.unclear) return result(p, scores, 'marketing', 0.8, [{ text: body?.text ?? '', span, signal: 'unclear-content', weight: 1, piece: 'body' }, ...strongest(p.marketing)]);
  const c = cues(t, p, m, u);
  const promo = m + weigh(c.style);
  const refs = u + weigh(c.specifics);
  if (promo >= WEAK_PROMOTION && promo > refs) {
    const none: Reason = { text: body?.text ?? '', span, signal: 'no-reference', weight: clamp(1 - refs, 0, 1), piece: 'body' };
    return result(p, scores, 'marketing', clamp(0.5 + 0.3 * promo - 0.2 * refs, 0.5, WEAK_CONFIDENCE), [...strongest([...p.marketing, ...c.style]), none], c);
  }
  // Nothing promotional that outweighs the customer's specifics: most likely a utility message in words the lexicon lacks, so a weak hint.
  const quiet: Reason = { text: body?.text ?? '', span, signal: 'no-promotion', weight: clamp(1 - promo, 0, 1), piece: 'body' };
  return result(p, scores, 'utility', clamp(0.5 + 0.1 * refs - 0.2 * promo, 0.5, 0.6), [...strongest([...p.utility, ...c.specifics]), quiet], c);
}

const weigh = (rs: readonly Reason[]) => {
  let sum = 0;
  for (const r of rs) sum += r.weight;
  return sum;
};

/** Weights of the shape features (signals.ts STYLE_KINDS, SPECIFIC_KINDS): each alone stays below WEAK_PROMOTION but a weak phrase, or another feature, tips the text. */
const CUE_WEIGHT: Record<StyleKind | SpecificKind, number> = {
  exclamations: 0.25,
  'business-possessive': 0.25,
  'customer-possessive': 0.5,
  'free-text-slot': 0.5,
  'opt-out-footer': 0.5,
  'name-only': 0.25,
  'greeting-led': 0.25,
  'record-fields': 0.5,
};
/** A greeting within the body's first units leads the message ("Welcome to {{1}}!", "Bonjour {{1}}, bienvenue chez..."). */
const LEAD = 40;
/** Two exclamation marks in the header and body are style; three and more, twice as much. */
const EXCLAMATIONS = 2;
/** A footer instruction with a reply keyword in capitals: "Reply STOP to opt out", "Responda SAIR para...". */
const REPLY_KEYWORD = /\S[^\S\n]+["'«“]?(\p{Lu}{3,})["'»”]?[^\S\n]+\p{Ll}/u;

/**
 * The shape features of a text no phrase decides: promotional style against the customer's specifics, each a reason with
 * its span. Computed only then (most templates are decided by their phrases), from what the classification kept (where
 * salutations end, the phrases found), the parser's placeholders and a few native string searches. `m` and `u` are the
 * phrases' scores.
 */
function cues(t: Template, p: Found, m: number, u: number): Cues {
  const style: Reason[] = [];
  const specific: Reason[] = [];
  const body = t.body?.text;
  const header = t.header?.kind === 'text' ? t.header.text : null;
  if (p.utility.length === 0) {
    const greeting = p.marketing.find((r) => r.signal === 'greeting' && (r.piece === 'header' || (r.piece === 'body' && r.at !== undefined && r.at.start < LEAD)));
    if (greeting) style.push({ ...greeting, signal: 'greeting-led', weight: CUE_WEIGHT['greeting-led'] });
  }
  let marks = 0;
  let firstMark: SourceText | null = null;
  let firstAt = -1;
  for (const st of [header, body]) {
    if (!st) continue;
    for (let i = st.text.indexOf('!'); i !== -1 && i < MAX_CLASSIFIED && marks <= EXCLAMATIONS; i = st.text.indexOf('!', i + 1)) {
      if (marks++ === 0) {
        firstMark = st;
        firstAt = i;
      }
    }
  }
  if (firstMark && marks >= EXCLAMATIONS) style.push(cue('exclamations', firstMark, firstAt, firstAt + 1, firstMark === body ? 'body' : 'header', marks > EXCLAMATIONS ? 2 : 1));
  const footer = t.footer?.text;
  if (footer) {
    const k = REPLY_KEYWORD.exec(footer.text);
    if (k) {
      const at = k.index + k[0].indexOf(k[1], 1);
      style.push(cue('opt-out-footer', footer, at, at + k[1].length, 'footer'));
    }
  }
  if (body) placeholderCues(body, t.placeholders, p.named ?? [], style, specific);
  // The possessives last, and only where they can change the reading (the searches cost more than the rest): "our" when
  // it could tip the text to marketing, "your" when the text would read as marketing.
  const words = possessives(p.lex.language);
  if (words) {
    const promo = m + weigh(style);
    const refs = u + weigh(specific);
    const oursAtMost = CUE_WEIGHT['business-possessive'] * (p.marketing.length > 0 ? 2 : 1);
    if (promo + oursAtMost >= WEAK_PROMOTION && promo + oursAtMost > refs) {
      const ours = firstMatch(words.business, 'business-possessive', header, body);
      if (ours) style.push(announces(ours, p.marketing) ? { ...ours, weight: 2 * ours.weight } : ours);
    }
    const withOurs = m + weigh(style);
    if (withOurs >= WEAK_PROMOTION && withOurs > refs) {
      const yours = firstMatch(words.customer, 'customer-possessive', header, body);
      if (yours) specific.push(yours);
    }
  }
  return { style, specifics: specific };
}

const LATIN = 'A-Za-z0-9\\u00C0-\\u024F';
/** Each lexicon's possessives as two searches, built on first use: "your" (before a word or a placeholder) and "our". */
const possessiveSearches = new Map<string, { customer: RegExp; business: RegExp } | null>();

function possessives(language: string): { customer: RegExp; business: RegExp } | null {
  let found = possessiveSearches.get(language);
  if (found === undefined) {
    const lists = (LEXICONS[language] as { possessives?: { customer: string[]; business: string[] } } | undefined)?.possessives;
    const words = (ws: string[]) => ws.slice().sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // ASCII \b and Latin letters rather than Unicode classes: the possessives are ASCII words, and these searches run twice as fast.
    found = lists ? {
      customer: new RegExp(`\\b(?:${words(lists.customer)})(?=[ \\t\\u00a0]+[${LATIN}]|[ \\t\\u00a0]*\\{\\{)`, 'i'),
      business: new RegExp(`\\b(?:${words(lists.business)})(?![${LATIN}])`, 'i'),
    } : null;
    possessiveSearches.set(language, found);
  }
  return found;
}

/** The first match of `search` in the header, else the body (their first MAX_CLASSIFIED units), as a reason. */
function firstMatch(search: RegExp, signal: 'business-possessive' | 'customer-possessive', header: SourceText | null, body: SourceText | undefined): Reason | null {
  for (const st of [header, body]) {
    if (!st) continue;
    const m = search.exec(classifiedText(st.text));
    if (m) return cue(signal, st, m.index, m.index + m[0].length, st === body ? 'body' : 'header');
  }
  return null;
}

/** "our" right before a promotional phrase ("our new collection", "nuestras ofertas"): the business announcing its own offer, twice the weight. */
function announces(ours: Reason, marketing: readonly Reason[]): boolean {
  const end = ours.span.end;
  for (const r of marketing) if (r.span.start >= end && r.span.start <= end + 2) return true;
  return false;
}

/** A shape reason over `st.text[start, end)`; `times` scales the weight. */
function cue(signal: StyleKind | SpecificKind, st: SourceText, start: number, end: number, piece: PieceKind, times = 1): Reason {
  return { text: st.text.slice(start, end), span: st.fileSpan(start, end), signal, weight: CUE_WEIGHT[signal] * times, piece, at: { start, end } };
}

/**
 * What the body's placeholders say: one alone on its line (not after a "label:") stands for free text; two or more after
 * a "Label:" at the start of their lines are a record's fields; when each follows a salutation, all the text has of the
 * customer is a name.
 */
function placeholderCues(body: SourceText, placeholders: readonly Placeholder[], named: readonly number[], style: Reason[], specific: Reason[]): void {
  const s = body.text;
  let count = 0;
  let names = 0;
  let fields = 0;
  let firstField = -1;
  let slot: Placeholder | null = null;
  let first: Placeholder | null = null;
  for (const ph of placeholders) {
    if (ph.component !== 'body') continue;
    first ??= ph;
    count++;
    // The character before the placeholder on its line, past blanks (a '#' too: "Order: #{{1}}").
    let i = ph.textStart - 1;
    while (i >= 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i--;
    const lead = i < 0 || s.charCodeAt(i) === 10;
    if (lead) {
      if (slot === null && aloneToLineEnd(s, ph.textEnd) && !afterLabel(s, i)) slot = ph;
    } else {
      if (s.charCodeAt(i) === 35) i--;
      if (s.charCodeAt(i) === 58) {
        const label = labelStart(s, i);
        if (label >= 0 && fields++ === 0) firstField = label;
      }
    }
    if (isName(s, ph, named)) names++;
  }
  if (slot) style.push(cue('free-text-slot', body, slot.textStart, slot.textEnd, 'body'));
  if (first && names === count) style.push(cue('name-only', body, first.textStart, first.textEnd, 'body'));
  if (fields >= 2) {
    const e = s.indexOf('\n', firstField);
    specific.push(cue('record-fields', body, firstField, e === -1 ? s.length : e, 'body'));
  }
}

/** Whether only blanks follow `i` up to the end of its line. */
function aloneToLineEnd(s: string, i: number): boolean {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Whether the last non-blank character before `i` (a line break or -1 before a line) is a colon: the line is that label's value (a link, a code). */
function afterLabel(s: string, i: number): boolean {
  while (i >= 0 && (s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && s.charCodeAt(i) === 58;
}

/** Where the label ending at the colon `colon` starts, when it opens its line and is 2 to 30 units without a colon or a brace ("Status:"); else -1. */
function labelStart(s: string, colon: number): number {
  for (let i = colon - 1; i >= 0 && colon - i <= 31; i--) {
    const c = s.charCodeAt(i);
    if (c === 10) return colon - i - 1 >= 2 ? i + 1 : -1;
    if (c === 58 || c === 123 || c === 125) return -1;
    if (i === 0) return colon >= 2 ? 0 : -1;
  }
  return -1;
}

/** Whether only blanks and commas lie in `s[from, to)`. */
function onlyCommasBetween(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** A placeholder right after a salutation ("Hi {{1}}", "Hola, {{1}}"), or opening the body before a comma ("{{1}}, your..."), is the customer's name. */
function isName(s: string, ph: Placeholder, named: readonly number[]): boolean {
  for (const end of named) if (end <= ph.textStart && onlyCommasBetween(s, end, ph.textStart)) return true;
  if (!onlyCommasBetween(s, 0, ph.textStart)) return false;
  let i = ph.textEnd;
  while (s.charCodeAt(i) === 32) i++;
  return s.charCodeAt(i) === 44;
}
