/** One validated Meta template object → a draft of its `.watpl` file, with notes of what changed and problems that stop it. */
import { normalizeCategory } from '../meta/categories';
import type { MediaKind } from '../parser/model';
import { leftOutKeys, readButton } from './buttons-in';
import type { Draft, Note, Scalar } from './draft';
import { assembleExamples, placeholdersIn, type Part } from './examples-in';
import { migrateLegacyPlaceholders } from './legacy';
import { shortJson } from './paths';
import { KNOWN_TEMPLATE_KEYS, STATUS_KEYS, UNSUPPORTED_COMPONENT_TYPES, type BodyComponent, type Component, type FooterComponent, type HeaderComponent, type TemplatePayload } from './schema';

export interface Converted {
  draft: Draft | null;
  notes: Note[];
  /** Reasons the template cannot be written faithfully; any problem means it is not imported. */
  problems: Note[];
}

interface Ctx {
  d: Draft;
  auth: boolean;
  parts: Part[];
  notes: Note[];
  problems: Note[];
  security?: boolean;
  expiry?: number;
}

const COMPONENT_KEYS: Record<string, readonly string[]> = {
  HEADER: ['type', 'format', 'text', 'example'],
  BODY: ['type', 'text', 'example', 'add_security_recommendation'],
  FOOTER: ['type', 'text', 'code_expiration_minutes'],
  BUTTONS: ['type', 'buttons'],
};

/** Converts a template object that passed the schema. */
export function draftFromPayload(p: TemplatePayload): Converted {
  const notes: Note[] = [];
  const problems: Note[] = [];
  const category = readCategory(p.category, notes, problems);
  const d: Draft = { name: p.name, language: p.language, category: category ?? p.category, extra: [], parameterFormat: null, comments: [], header: null, body: null, footer: null, buttons: [], examples: [] };
  const ctx: Ctx = { d, auth: category === 'authentication', parts: [], notes, problems };
  const seen = new Map<string, number>();
  p.components.forEach((c, i) => readComponent(c, i, seen, ctx));
  if (!ctx.auth && d.body === null) notes.push({ path: 'components', message: 'no BODY text: the file will be flagged by body-required until a body is added.' });
  d.examples = assembleExamples(ctx.parts, notes);
  readFrontMatter(p, ctx);
  d.comments = comments(p, notes);
  return { draft: problems.length ? null : d, notes, problems };
}

function readCategory(value: string, notes: Note[], problems: Note[]): string | null {
  const c = normalizeCategory(value);
  if (!c) {
    problems.push({ path: 'category', message: `expected one of MARKETING, UTILITY, AUTHENTICATION or a legacy category (got ${JSON.stringify(value)}).` });
    return null;
  }
  if (c.legacy) notes.push({ path: 'category', message: `"${value}" is a legacy category; written as ${c.category}, the category Meta uses for it today.` });
  return c.category;
}

function readComponent(c: Component, index: number, seen: Map<string, number>, ctx: Ctx): void {
  const path = `components[${index}]`;
  if ((UNSUPPORTED_COMPONENT_TYPES as readonly string[]).includes(c.type)) {
    ctx.problems.push({ path: `${path}.type`, message: `${c.type} components: the .watpl format cannot hold them yet, so this template is not imported (without it the message would be a different template).` });
    return;
  }
  const first = seen.get(c.type);
  if (first !== undefined) {
    ctx.problems.push({ path, message: `a second ${c.type} component (the first is components[${first}]); a template has at most one.` });
    return;
  }
  seen.set(c.type, index);
  leftOutKeys(c, COMPONENT_KEYS[c.type] ?? ['type'], path, ctx.notes);
  if (c.type === 'HEADER') readHeader(c, path, ctx);
  else if (c.type === 'BODY') readBody(c, path, ctx);
  else if (c.type === 'FOOTER') readFooter(c, path, ctx);
  else if (c.type === 'BUTTONS') {
    c.buttons.forEach((b, i) => {
      const r = readButton(b, `${path}.buttons[${i}]`, ctx.auth, ctx.notes, ctx.problems);
      if (!r) return;
      if (r.button.kind === 'url') r.button.value = migrateLegacyPlaceholders(r.button.value, `${path}.buttons[${i}].url`, ctx.notes);
      ctx.d.buttons.push(r.button);
      if (r.button.kind === 'url') ctx.parts.push({ component: 'button', buttonIndex: ctx.d.buttons.length - 1, path: `${path}.buttons[${i}].example`, text: r.button.value, urlExample: r.urlExample });
    });
  }
}

/** Line breaks as `\n`, and no blank lines at the edges (a .watpl section never holds them). */
function cleanText(text: string, path: string, notes: Note[]): string {
  let s = text.replace(/\r\n?/g, '\n');
  if (s !== text) notes.push({ path, message: 'carriage returns written as plain line breaks.' });
  const trimmed = s.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
  if (trimmed !== s) notes.push({ path, message: 'blank lines at the start or end removed.' });
  s = trimmed;
  return migrateLegacyPlaceholders(s, path, notes);
}

function readHeader(c: HeaderComponent, path: string, ctx: Ctx): void {
  if (c.format === 'PRODUCT') {
    ctx.problems.push({ path: `${path}.format`, message: 'PRODUCT headers (single-product templates): the .watpl format cannot hold them yet, so this template is not imported.' });
    return;
  }
  const example = c.example ?? {};
  leftOutKeys(example, c.format === 'TEXT' ? ['header_text', 'header_text_named_params'] : ['header_handle'], `${path}.example`, ctx.notes);
  if (c.format === 'TEXT') {
    const text = c.text === undefined ? '' : cleanText(c.text, `${path}.text`, ctx.notes);
    if (text === '') return void ctx.notes.push({ path, message: 'a TEXT header without text; no header written.' });
    ctx.d.header = { kind: 'text', text };
    ctx.parts.push({ component: 'header', buttonIndex: null, path: `${path}.example`, text, positional: example.header_text, named: example.header_text_named_params });
    return;
  }
  if (c.text !== undefined) ctx.notes.push({ path: `${path}.text`, message: shortJson(c.text), leftOut: true });
  const handles = example.header_handle ?? [];
  if (handles.length > 1) ctx.notes.push({ path: `${path}.example.header_handle`, message: `only the first media handle is kept (${handles.length} given).` });
  const media = c.format.toLowerCase() as MediaKind;
  ctx.d.header = { kind: 'media', media, source: media === 'location' ? '' : (handles[0] ?? '').trim() };
}

function readBody(c: BodyComponent, path: string, ctx: Ctx): void {
  if (ctx.auth) {
    if (c.add_security_recommendation !== undefined) ctx.security = c.add_security_recommendation;
    if (c.text !== undefined) ctx.notes.push({ path: `${path}.text`, message: "Meta's fixed authentication text is not written: an authentication file has no body, and Meta adds the text itself." });
    if (c.add_security_recommendation === undefined && c.text !== undefined && /for your security/i.test(c.text)) {
      ctx.security = true;
      ctx.notes.push({ path: `${path}.text`, message: 'the text holds the security line, so security_recommendation: true is written.' });
    }
    return;
  }
  if (c.add_security_recommendation !== undefined) ctx.notes.push({ path: `${path}.add_security_recommendation`, message: shortJson(c.add_security_recommendation), leftOut: true });
  if (c.text === undefined) return;
  const text = cleanText(c.text, `${path}.text`, ctx.notes);
  ctx.d.body = text === '' ? null : text;
  const rows = c.example?.body_text;
  if (rows && rows.length > 1) ctx.notes.push({ path: `${path}.example.body_text`, message: `only the first set of example values is kept (${rows.length} given).` });
  ctx.parts.push({ component: 'body', buttonIndex: null, path: `${path}.example`, text, positional: rows?.[0], named: c.example?.body_text_named_params });
}

function readFooter(c: FooterComponent, path: string, ctx: Ctx): void {
  if (ctx.auth) {
    if (c.code_expiration_minutes !== undefined) ctx.expiry = c.code_expiration_minutes;
    else if (c.text !== undefined && /\d+/.test(c.text)) {
      ctx.expiry = Number(/\d+/.exec(c.text)![0]);
      ctx.notes.push({ path: `${path}.text`, message: `code_expiration_minutes: ${ctx.expiry} read from Meta's footer text.` });
    }
    if (c.text !== undefined) ctx.notes.push({ path: `${path}.text`, message: "Meta's fixed expiry line is not written: Meta adds it from code_expiration_minutes." });
    return;
  }
  if (c.code_expiration_minutes !== undefined) ctx.notes.push({ path: `${path}.code_expiration_minutes`, message: shortJson(c.code_expiration_minutes), leftOut: true });
  if (c.text === undefined) return;
  const text = cleanText(c.text, `${path}.text`, ctx.notes);
  ctx.d.footer = text === '' ? null : text;
}

function inferredFormat(parts: readonly Part[]): 'named' | 'positional' | null {
  const ps = parts.flatMap(placeholdersIn);
  if (ps.some((p) => p.style === 'named')) return 'named';
  return ps.length ? 'positional' : null;
}

/** Front-matter keys after category; parameter_format only when the placeholders would not imply it. */
function readFrontMatter(p: TemplatePayload, ctx: Ctx): void {
  const declared = p.parameter_format?.toLowerCase() as 'named' | 'positional' | undefined;
  const inferred = inferredFormat(ctx.parts);
  ctx.d.parameterFormat = declared ?? inferred;
  const extra: [string, Scalar][] = [];
  if (declared && declared !== inferred && ctx.auth) {
    ctx.d.parameterFormat = inferred;
    ctx.notes.push({ path: 'parameter_format', message: 'not written: an authentication file has no placeholders of its own (Meta writes its text).' });
  } else if (declared && declared !== inferred) extra.push(['parameter_format', declared]);
  if (p.sub_category !== undefined) extra.push(['sub_category', p.sub_category]);
  if (p.message_send_ttl_seconds !== undefined) extra.push(['message_send_ttl_seconds', p.message_send_ttl_seconds]);
  if (ctx.expiry !== undefined) extra.push(['code_expiration_minutes', ctx.expiry]);
  if (ctx.security !== undefined) extra.push(['security_recommendation', ctx.security]);
  ctx.d.extra = extra;
  if (p.allow_category_change !== undefined) ctx.notes.push({ path: 'allow_category_change', message: 'obsolete since April 2025 (Meta re-categorises templates itself); not written.' });
  leftOutKeys(p, KNOWN_TEMPLATE_KEYS, '', ctx.notes);
}

/** The comments written into the file: Meta's status of the template, and everything left out. */
function comments(p: TemplatePayload, notes: Note[]): string[] {
  const out: string[] = [];
  const status: string[] = [];
  for (const k of STATUS_KEYS) {
    const v = p[k];
    if (v === undefined || v === 'NONE') continue;
    const shown = k === 'quality_score' && typeof v === 'object' && v !== null ? (v as { score?: string }).score : v;
    if (shown !== undefined) status.push(`${k}: ${typeof shown === 'string' || typeof shown === 'number' ? shown : shortJson(shown)}`);
  }
  if (status.length) out.push(`Meta: ${status.join(', ')}`);
  const left = notes.filter((n) => n.leftOut);
  if (left.length) out.push(['Left out by watpl import (the .watpl format has no place for these; add them to the exported JSON by hand):', ...left.map((n) => `- ${n.path}: ${n.message}`)].join('\n'));
  return out;
}
