/** A template on its way from Meta's JSON to a `.watpl` file, and the digest that compares templates across the two forms. */
import { entry, type ButtonKind, type MediaKind, type Template } from '../parser/model';
import { exampleKey, examplesByKey } from '../rules/util/examples';

/** Something import or export changed, left out or wants the user to know; `path` is a JSON path inside one template. */
export interface Note {
  path: string;
  message: string;
  /** Left out of the file because the format has no place for it: also written as a comment in the file. */
  leftOut?: boolean;
}

export type DraftHeader = { kind: 'text'; text: string } | { kind: 'media'; media: MediaKind; source: string };

export interface DraftButton {
  kind: ButtonKind;
  label: string;
  /** As in the parser's model: the URL, the phone number, the code, the OTP type, the flow id, '' for others. */
  value: string;
}

export type Scalar = string | number | boolean;

/** Everything a `.watpl` file will hold, in file order. */
export interface Draft {
  name: string;
  language: string;
  category: string;
  /** Front-matter keys after category, in order. */
  extra: [string, Scalar][];
  /** The placeholder style of the template (declared or inferred), for the digest. */
  parameterFormat: 'named' | 'positional' | null;
  /** Comment blocks written after the front matter. */
  comments: string[];
  header: DraftHeader | null;
  body: string | null;
  footer: string | null;
  buttons: DraftButton[];
  /** Canonical example keys (name, header.1, body.N, buttonK.1) and values, in order. */
  examples: [string, string][];
}

/** What makes two templates the same template, whatever their file or JSON form. */
export interface Digest {
  name: string | null;
  language: string | null;
  category: string | null;
  parameterFormat: string | null;
  extra: Record<string, unknown>;
  header: DraftHeader | null;
  body: string | null;
  footer: string | null;
  buttons: DraftButton[];
  examples: Record<string, string>;
}

/** Front-matter keys that travel to Meta's JSON besides name, language and category (parameter_format is compared as parameterFormat). */
export const PASSED_KEYS = ['sub_category', 'message_send_ttl_seconds', 'code_expiration_minutes', 'security_recommendation'] as const;

/** The declared parameter_format, else the one the placeholders imply, else null. */
export function effectiveParameterFormat(t: Template): 'named' | 'positional' | null {
  const declared = entry(t, 'parameter_format')?.value;
  if (typeof declared === 'string' && /^(named|positional)$/i.test(declared)) return declared.toLowerCase() as 'named' | 'positional';
  if (t.placeholders.some((p) => p.style === 'named')) return 'named';
  return t.placeholders.length > 0 ? 'positional' : null;
}

/** The digest of a parsed template: only examples that a placeholder uses count. */
export function digestTemplate(t: Template): Digest {
  const extra: Record<string, unknown> = {};
  for (const key of PASSED_KEYS) {
    const e = entry(t, key);
    if (e) extra[key] = e.value;
  }
  const byKey = examplesByKey(t);
  const examples: Record<string, string> = {};
  for (const p of t.placeholders) {
    const k = exampleKey(p);
    const e = byKey.get(k);
    if (e && !(k in examples)) examples[k] = e.value;
  }
  const h = t.header;
  return {
    name: t.name,
    language: t.language,
    category: t.category,
    parameterFormat: effectiveParameterFormat(t),
    extra,
    header: h === null ? null : h.kind === 'text' ? { kind: 'text', text: h.text.text } : { kind: 'media', media: h.media, source: h.source },
    body: t.body && t.body.text.text !== '' ? t.body.text.text : null,
    footer: t.footer && t.footer.text.text !== '' ? t.footer.text.text : null,
    buttons: t.buttons.map((b) => ({ kind: b.kind, label: b.label, value: b.value })),
    examples,
  };
}

/** The digest of a draft, to check that the file written from it reads back as the same template. */
export function digestDraft(d: Draft): Digest {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of d.extra) if ((PASSED_KEYS as readonly string[]).includes(k)) extra[k] = v;
  return {
    name: d.name,
    language: d.language,
    category: d.category,
    parameterFormat: d.parameterFormat,
    extra,
    header: d.header,
    body: d.body,
    footer: d.footer,
    buttons: d.buttons,
    examples: Object.fromEntries(d.examples),
  };
}

/** The parts in which two digests differ (`body`, `buttons[1]`, `examples.first_name`...), empty when they are the same template. */
export function digestDifferences(a: Digest, b: Digest): string[] {
  const out: string[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  for (const k of ['name', 'language', 'category', 'parameterFormat', 'header', 'body', 'footer'] as const) if (!same(a[k], b[k])) out.push(k);
  for (const k of new Set([...Object.keys(a.extra), ...Object.keys(b.extra)])) if (!same(a.extra[k], b.extra[k])) out.push(k);
  const n = Math.max(a.buttons.length, b.buttons.length);
  for (let i = 0; i < n; i++) if (!same(a.buttons[i], b.buttons[i])) out.push(`buttons[${i}]`);
  for (const k of new Set([...Object.keys(a.examples), ...Object.keys(b.examples)])) if (a.examples[k] !== b.examples[k]) out.push(`examples.${k}`);
  return out;
}
