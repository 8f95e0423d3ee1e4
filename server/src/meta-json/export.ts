/**
 * Template → the body of `POST /<WABA_ID>/message_templates`, exactly as Meta's template pages show it:
 * category and type names in upper case, `parameter_format`, and an `example` block for every placeholder
 * (`*_named_params` for named ones; the URL button's example is the whole URL with the value filled in).
 */
import type { LintResult } from '../lint/lint';
import { normalizeCategory } from '../meta/categories';
import { entry, type Button, type Placeholder, type PlaceholderComponent, type Template } from '../parser/model';
import { exampleKey, examplesByKey } from '../rules/util/examples';
import { effectiveParameterFormat, type Note } from './draft';

export type JsonObject = Record<string, unknown>;

/** A create payload as export writes it. */
export interface MetaPayload {
  name: string;
  language: string;
  category: string;
  parameter_format?: string;
  sub_category?: string;
  message_send_ttl_seconds?: number;
  components: JsonObject[];
}

export type ExportOutcome = { ok: true; payload: MetaPayload; notes: Note[] } | { ok: false; problems: string[] };

/** The label Meta itself shows on copy-code buttons (translated on the phone); the payload carries none. */
export const COPY_CODE_LABEL = 'Copy offer code';

interface Ctx {
  t: Template;
  named: boolean;
  values: ReadonlyMap<string, { value: string }>;
  problems: string[];
  notes: Note[];
}

/** Exports a linted template, refusing it (with each error's line, column, message and rule) when it still has errors. */
export function exportLinted(result: LintResult): ExportOutcome {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return exportTemplate(result.template);
  return {
    ok: false,
    problems: errors.map((d) => {
      const p = result.template.lines.positionAt(d.span.start);
      return `${p.line + 1}:${p.character + 1} ${d.message} (${d.rule})`;
    }),
  };
}

/** The payload of a template that lints clean; names what is missing when the template cannot be exported at all. */
export function exportTemplate(t: Template): ExportOutcome {
  const problems: string[] = [];
  const category = t.category === null ? null : normalizeCategory(t.category);
  if (!t.name) problems.push('the front matter has no name');
  if (!t.language) problems.push('the front matter has no language');
  if (!category) problems.push('the front matter has no category Meta knows (marketing, utility or authentication)');
  const format = effectiveParameterFormat(t);
  const ctx: Ctx = { t, named: format === 'named', values: examplesByKey(t), problems, notes: [] };
  const components = category?.category === 'authentication' ? authenticationComponents(ctx) : messageComponents(ctx);
  if (problems.length || !category) return { ok: false, problems };
  // Keys in the order of Meta's examples.
  const head: Omit<MetaPayload, 'components'> = { name: t.name!, language: t.language!, category: category.category.toUpperCase() };
  if (format) head.parameter_format = format.toUpperCase();
  const sub = entry(t, 'sub_category')?.value;
  if (typeof sub === 'string') head.sub_category = sub;
  const ttl = entry(t, 'message_send_ttl_seconds')?.value;
  if (typeof ttl === 'number') head.message_send_ttl_seconds = ttl;
  noteUnusedExamples(ctx);
  return { ok: true, payload: { ...head, components }, notes: ctx.notes };
}

function placeholdersOf(ctx: Ctx, component: PlaceholderComponent, buttonIndex: number | null = null): Placeholder[] {
  const seen = new Set<string>();
  const out: Placeholder[] = [];
  for (const p of ctx.t.placeholders) {
    if (p.component !== component || (buttonIndex !== null && p.buttonIndex !== buttonIndex) || seen.has(p.key)) continue;
    seen.add(p.key);
    out.push(p);
  }
  // Positional examples go in number order; named ones in order of first use.
  return out.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

function valueOf(ctx: Ctx, p: Placeholder, where: string): string {
  const v = ctx.values.get(exampleKey(p));
  if (v) return v.value;
  ctx.problems.push(`{{${p.key}}} in the ${where} has no example value: Meta requires one for every placeholder (add "${exampleKey(p)}: ..." under # Examples)`);
  return '';
}

function textExample(ctx: Ctx, component: 'header' | 'body'): JsonObject | null {
  const ps = placeholdersOf(ctx, component);
  if (ps.length === 0) return null;
  if (ctx.named) return { [`${component}_text_named_params`]: ps.map((p) => ({ param_name: p.key, example: valueOf(ctx, p, component) })) };
  const values = ps.map((p) => valueOf(ctx, p, component));
  return { [`${component}_text`]: component === 'body' ? [values] : values };
}

function headerComponent(ctx: Ctx): JsonObject | null {
  const h = ctx.t.header;
  if (!h) return null;
  if (h.kind === 'media') {
    const c: JsonObject = { type: 'HEADER', format: h.media.toUpperCase() };
    if (h.media !== 'location' && h.source === '') ctx.notes.push({ path: 'components[0]', message: `the ${h.media} header has no source: Meta needs a sample media handle ("example": {"header_handle": [...]}) to review it.` });
    if (h.media !== 'location' && h.source !== '') {
      c.example = { header_handle: [h.source] };
      if (!/^\d+::/.test(h.source)) ctx.notes.push({ path: 'components[0].example.header_handle', message: `"${h.source}" is sent as the header_handle: Meta's create API expects a media handle from its Resumable Upload API ("4::..."); upload the file and use its handle.` });
    }
    return c;
  }
  const c: JsonObject = { type: 'HEADER', format: 'TEXT', text: h.text.text };
  const example = textExample(ctx, 'header');
  if (example) c.example = example;
  return c;
}

function messageComponents(ctx: Ctx): JsonObject[] {
  const out: JsonObject[] = [];
  const header = headerComponent(ctx);
  if (header) out.push(header);
  const body: JsonObject = { type: 'BODY', text: ctx.t.body?.text.text ?? '' };
  const example = textExample(ctx, 'body');
  if (example) body.example = example;
  out.push(body);
  const footer = ctx.t.footer?.text.text;
  if (footer) out.push({ type: 'FOOTER', text: footer });
  if (ctx.t.buttons.length) out.push({ type: 'BUTTONS', buttons: ctx.t.buttons.map((b) => exportButton(ctx, b, out.length)) });
  return out;
}

/** Meta writes an authentication message itself: the body only says whether to add the security line, the footer only the expiry. */
function authenticationComponents(ctx: Ctx): JsonObject[] {
  const body: JsonObject = { type: 'BODY' };
  const security = entry(ctx.t, 'security_recommendation')?.value;
  if (typeof security === 'boolean') body.add_security_recommendation = security;
  const out: JsonObject[] = [body];
  const expiry = entry(ctx.t, 'code_expiration_minutes')?.value;
  if (typeof expiry === 'number') out.push({ type: 'FOOTER', code_expiration_minutes: expiry });
  if (ctx.t.buttons.length) out.push({ type: 'BUTTONS', buttons: ctx.t.buttons.map((b) => exportButton(ctx, b, out.length)) });
  return out;
}

function exportButton(ctx: Ctx, b: Button, componentIndex: number): JsonObject {
  const path = `components[${componentIndex}].buttons[${b.index}]`;
  switch (b.kind) {
    case 'quick_reply':
      return { type: 'QUICK_REPLY', text: b.label };
    case 'url':
      return urlButton(ctx, b);
    case 'phone_number':
      return { type: 'PHONE_NUMBER', text: b.label, phone_number: b.value };
    case 'copy_code':
      if (b.label !== COPY_CODE_LABEL) ctx.notes.push({ path, message: `Meta shows its own label on copy-code buttons ("${COPY_CODE_LABEL}", translated), so "${b.label}" is not sent.` });
      return { type: 'COPY_CODE', example: b.value };
    case 'otp':
      if (b.value !== 'copy_code') ctx.notes.push({ path, message: `Meta requires your Android app for otp:${b.value} ("supported_apps": [{"package_name", "signature_hash"}]${b.value === 'zero_tap' ? ' and "zero_tap_terms_accepted": true' : ''}); the .watpl format has no place for it: add it to this JSON before submitting.` });
      return { type: 'OTP', otp_type: b.value.toUpperCase(), text: b.label };
    case 'flow':
      return { type: 'FLOW', text: b.label, flow_id: b.value };
    case 'catalog':
      return { type: 'CATALOG', text: b.label };
  }
}

/** A URL button; with a placeholder, its example is the whole URL with the example value in the placeholder's place. */
function urlButton(ctx: Ctx, b: Button): JsonObject {
  const c: JsonObject = { type: 'URL', text: b.label, url: b.value };
  const ps = ctx.t.placeholders.filter((p) => p.component === 'button' && p.buttonIndex === b.index);
  if (ps.length === 0) return c;
  let full = b.value;
  for (const p of [...ps].sort((x, y) => y.textStart - x.textStart)) full = full.slice(0, p.textStart) + valueOf(ctx, p, `URL of button ${b.index + 1}`) + full.slice(p.textEnd);
  c.example = [full];
  return c;
}

function noteUnusedExamples(ctx: Ctx): void {
  const used = new Set(ctx.t.placeholders.map(exampleKey));
  for (const [key] of ctx.values) {
    if (!used.has(key)) ctx.notes.push({ path: 'components', message: `The example "${key}" belongs to no placeholder, so it is not exported.` });
  }
}
