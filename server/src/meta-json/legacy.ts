/**
 * Legacy forms (RULES.md, "Legacy forms"): single-brace `{1}` placeholders, and the old HSM shape of the
 * On-Premises API (`element_name`, `namespace`, `language: {policy, code}`, `localizable_params`), read as
 * today's template object with a note of every change. Legacy categories are mapped by `normalizeCategory`.
 */
import type { Note } from './draft';
import { shortJson } from './paths';

const LEGACY_PLACEHOLDER = /(?<!\{)\{[ \t]*([1-9][0-9]*)[ \t]*\}(?!\})/g;

/** `{1}` → `{{1}}`, with a note naming what was changed. */
export function migrateLegacyPlaceholders(text: string, path: string, notes: Note[]): string {
  const found: string[] = [];
  const out = text.replace(LEGACY_PLACEHOLDER, (m, n: string) => {
    found.push(m);
    return `{{${Number(n)}}}`;
  });
  if (found.length) notes.push({ path, message: `legacy placeholder${found.length === 1 ? '' : 's'} ${found.join(', ')} written as ${found.map((m) => `{{${/\d+/.exec(m)![0]}}}`).join(', ')}.` });
  return out;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `v` is an old HSM object (bare, or wrapped as `{"type": "hsm", "hsm": {...}}`). */
export function isHsm(v: unknown): v is Obj {
  return isObject(v) && ('element_name' in v || isObject(v.hsm));
}

/** The value a localizable parameter shows when it cannot be localised. */
function paramValue(p: unknown): string | null {
  if (!isObject(p)) return typeof p === 'string' ? p : null;
  if (typeof p.default === 'string') return p.default;
  for (const k of ['currency', 'date_time']) {
    const inner = p[k];
    if (isObject(inner) && typeof inner.fallback_value === 'string') return inner.fallback_value;
  }
  return null;
}

function language(h: Obj, at: string, notes: Note[]): unknown {
  const l = h.language;
  if (isObject(l)) {
    if (l.policy !== undefined) notes.push({ path: `${at}language.policy`, message: `language policy ${shortJson(l.policy)} dropped: Cloud API templates have one language each.` });
    return l.code;
  }
  if (l === undefined && typeof h.fallback === 'string') {
    notes.push({ path: `${at}fallback`, message: 'the old fallback / fallback_lc language written as one language code.' });
    return typeof h.fallback_lc === 'string' ? `${h.fallback}_${h.fallback_lc}` : h.fallback;
  }
  return l;
}

/** Reads an HSM object as a template object; `problems` when it holds no template text. */
export function fromHsm(v: Obj): { payload: Obj; notes: Note[]; problems: Note[] } {
  const notes: Note[] = [];
  const problems: Note[] = [];
  const wrapped = isObject(v.hsm);
  const h = wrapped ? (v.hsm as Obj) : v;
  const at = wrapped ? 'hsm.' : '';
  if (wrapped) for (const k of Object.keys(v)) if (k !== 'hsm' && k !== 'type') notes.push({ path: k, message: 'part of the old send request, not of the template; dropped.' });
  const payload: Obj = { name: h.element_name, language: language(h, at, notes), category: h.category ?? 'UTILITY' };
  notes.push({ path: `${at}element_name`, message: 'the old HSM shape: element_name read as the template name.' });
  if (h.category === undefined) notes.push({ path: at ? 'hsm' : '(root)', message: 'an HSM has no category; written as utility, what Meta calls the transactional HSMs of that time. Check it.' });
  if (h.namespace !== undefined) notes.push({ path: `${at}namespace`, message: 'dropped: Cloud API templates have no namespace.' });
  const text = typeof h.text === 'string' ? migrateLegacyPlaceholders(h.text, `${at}text`, notes) : null;
  const components = Array.isArray(h.components) ? h.components : text !== null ? [{ type: 'BODY', text }] : null;
  if (!components) {
    problems.push({ path: at ? 'hsm' : '(root)', message: 'an HSM message holds only its parameter values, not the template text: add "components" (or "text") to import it.' });
    return { payload, notes, problems };
  }
  payload.components = components;
  const params = Array.isArray(h.localizable_params) ? h.localizable_params.map(paramValue) : [];
  const body = components.find((c: unknown) => isObject(c) && typeof c.type === 'string' && c.type.toUpperCase() === 'BODY') as Obj | undefined;
  if (params.length && body && body.example === undefined && params.every((p): p is string => p !== null)) {
    body.example = { body_text: [params] };
    notes.push({ path: `${at}localizable_params`, message: 'the parameter values written as the body examples.' });
  } else if (params.length) notes.push({ path: `${at}localizable_params`, message: 'not written: the body already has examples, or a value has no default or fallback_value.' });
  for (const k of ['message_send_ttl_seconds', 'sub_category', 'parameter_format']) if (h[k] !== undefined) payload[k] = h[k];
  const known = new Set(['element_name', 'namespace', 'language', 'fallback', 'fallback_lc', 'category', 'components', 'text', 'localizable_params', 'message_send_ttl_seconds', 'sub_category', 'parameter_format']);
  for (const k of Object.keys(h)) if (!known.has(k)) notes.push({ path: `${at}${k}`, message: `${shortJson(h[k])}: not part of a template; dropped.` });
  return { payload, notes, problems };
}
