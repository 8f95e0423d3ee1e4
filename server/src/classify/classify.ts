/**
 * The category hint: which category a template's text belongs to by Meta's categorization guidelines, how sure, and why.
 * Any promotional element makes a template marketing; a utility message refers to something of the customer's (order,
 * booking, account, payment) or is an essential alert; one-time codes are authentication; a body of nothing but a
 * greeting or placeholders is unclear, which Meta treats as marketing. Without a decisive signal, weak promotion that
 * outweighs the references found tips a text to marketing, and otherwise the text reads as utility, with a low
 * confidence. Pure, and memoised for the last templates.
 */
import type { Category } from '../meta/categories';
import type { Template } from '../parser/model';
import type { Span } from '../parser/text';
import type { CompiledLexicon } from './lexicon';
import { lexiconFor } from './lexicons/index';
import { findMatches, resolve, type Match } from './match';
import { classifiedLength, labelPiece, MAX_CLASSIFIED, spanOf, textPiece, type Piece, type PieceKind } from './pieces';
import { categoryOf, type LexiconKind, type SignalKind } from './signals';
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
}

const NO_PHRASES: PhraseSettings = { allow: [], marketing: [] };
/** Weight at which a category's signals decide it. */
export const DECISIVE = 1;
/** Below DECISIVE, promotional signals this strong still tip a text without a clear reference to marketing, when they outweigh the weaker references found. */
const WEAK_PROMOTION = 0.5;

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
  const found: Found = { lex: lexiconFor(t.language, phrases), marketing: [], utility: [], otp: [], threats: [], sensitive: [], unclear: false };
  if (t.header?.kind === 'text') classifyPiece(found, textPiece('header', t.text, t.header.text));
  if (t.body) classifyPiece(found, textPiece('body', t.text, t.body.text));
  if (t.footer) classifyPiece(found, textPiece('footer', t.text, t.footer.text));
  for (const b of t.buttons) if (b.kind !== 'otp' && b.label !== '') classifyPiece(found, labelPiece(t.text, b.label, b.labelSpan));
  if (tokens.hash.length > KEEP_TOKENS) tokens = new Tokens();
  addShapeSignals(t, found.marketing);
  // A survey about the customer's own order or visit is a utility message (Meta: feedback on a specific transaction); only a generic one promotes.
  if (score(found.utility) >= DECISIVE) found.marketing = found.marketing.filter(notSurvey);
  return decide(t, found);
}

interface Found extends Parts {
  lex: CompiledLexicon;
}

/** Tokenizes and matches one piece, adding what it finds. */
function classifyPiece(found: Found, piece: Piece): void {
  tokenizeInto(piece.text, tokens, piece.from, piece.to);
  const matches = resolve(findMatches(piece.text, tokens, found.lex), sameGroup, cancellable);
  for (const m of matches) {
    const kind = m.pattern.kind as LexiconKind;
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
  const read = body && body.text.length > MAX_CLASSIFIED ? body.text.slice(0, classifiedLength(body.text)) : body?.text;
  if (body && read && /[A-Z]{4}[0-9]/.test(read)) {
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

type Parts = Omit<Classification, 'inferred' | 'confidence' | 'reasons' | 'scores'>;

function result(p: Parts, scores: Record<Category, number>, inferred: Category, confidence: number, reasons: Reason[]): Classification {
  return { inferred, confidence, reasons, marketing: p.marketing, utility: p.utility, otp: p.otp, sensitive: p.sensitive, threats: p.threats, unclear: p.unclear, scores };
}

function decide(t: Template, p: Parts): Classification {
  const scores: Record<Category, number> = { marketing: score(p.marketing), utility: score(p.utility), authentication: score(p.otp) };
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
  if (m >= WEAK_PROMOTION && m > u) {
    const none: Reason = { text: body?.text ?? '', span, signal: 'no-reference', weight: 1 - u, piece: 'body' };
    return result(p, scores, 'marketing', clamp(0.5 + 0.3 * m - 0.2 * u, 0.5, 0.8), [...strongest(p.marketing), none]);
  }
  // Nothing promotional and a message with content: most likely a utility message in words the lexicon lacks, so a weak hint.
  const quiet: Reason = { text: body?.text ?? '', span, signal: 'no-promotion', weight: 1 - m, piece: 'body' };
  return result(p, scores, 'utility', clamp(0.5 + 0.1 * u - 0.2 * m, 0.5, 0.6), [...strongest(p.utility), quiet]);
}
