/**
 * Meta's JSON → `.watpl` files. Accepts one template object, an array of them, a `GET message_templates`
 * response (`{"data": [...], "paging": ...}`) or the old HSM shape. Each template is converted on its own:
 * one that fails the schema, or holds what the format cannot (a carousel, a limited-time offer...), is
 * refused by name and JSON path, and the others are still written. Pure: no I/O.
 */
import { parseTemplate } from '../parser/parse';
import { digestDifferences, digestDraft, digestTemplate, type Note } from './draft';
import { draftFromPayload } from './from-payload';
import { fromHsm, isHsm } from './legacy';
import { describeError, joinPath, parseJson } from './paths';
import { getResponse, templatePayload } from './schema';
import { writeTemplate } from './write';

export interface ImportedTemplate {
  /** JSON path of the template object ('' for a single object at the root). */
  path: string;
  name: string;
  language: string;
  /** `{name}.{language}.watpl`. */
  fileName: string;
  text: string;
  /** `path: what changed`, one per line, paths from the root of the JSON. */
  notes: string[];
}

export interface RefusedTemplate {
  path: string;
  /** `name.language` when known, else the path. */
  label: string;
  /** Why it is not imported, `path: reason`. */
  problems: string[];
  notes: string[];
}

export interface ImportResult {
  /** Set when the text is not JSON at all: `line L, column C: ...`. */
  syntaxError: string | null;
  templates: ImportedTemplate[];
  refused: RefusedTemplate[];
  /** Notes about the JSON as a whole (more pages to fetch...). */
  notes: string[];
}

const SAFE_FILE_PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Imports JSON text. */
export function importJson(text: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { syntaxError: parsed.message, templates: [], refused: [], notes: [] };
  return importValue(parsed.value);
}

/** Imports an already parsed JSON value. */
export function importValue(value: unknown): ImportResult {
  const result: ImportResult = { syntaxError: null, templates: [], refused: [], notes: [] };
  for (const [path, item] of items(value, result)) importItem(item, path, result);
  return result;
}

function items(value: unknown, result: ImportResult): [string, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [`[${i}]`, v]);
  if (value !== null && typeof value === 'object' && 'data' in value) {
    const r = getResponse.safeParse(value);
    if (!r.success) {
      result.refused.push({ path: '', label: '(root)', problems: describeError(r.error, value, ''), notes: [] });
      return [];
    }
    if (r.data.paging?.next) result.notes.push(`paging.next: Meta has more templates on the next page (${r.data.paging.next}); fetch it and import it too.`);
    return r.data.data.map((v, i) => [`data[${i}]`, v]);
  }
  if (value === null || typeof value !== 'object') {
    result.refused.push({ path: '', label: '(root)', problems: [`(root): expected a template object, a list of them, or a GET message_templates response {"data": [...]} (got ${JSON.stringify(value)})`], notes: [] });
    return [];
  }
  return [['', value]];
}

const shown = (prefix: string, n: Note) => {
  const path = joinPath(prefix, n.path === '(root)' ? '' : n.path) || '(root)';
  return n.leftOut ? `${path}: left out (the .watpl format has no place for it): ${n.message}` : `${path}: ${n.message}`;
};

function importItem(item: unknown, path: string, result: ImportResult): void {
  const notes: Note[] = [];
  let raw = item;
  if (isHsm(item)) {
    const legacy = fromHsm(item);
    notes.push(...legacy.notes);
    if (legacy.problems.length) return refuse(result, path, item, legacy.problems, notes);
    raw = legacy.payload;
  }
  const parsed = templatePayload.safeParse(raw);
  if (!parsed.success) {
    result.refused.push({ path, label: labelOf(raw, path), problems: describeError(parsed.error, raw, path), notes: notes.map((n) => shown(path, n)) });
    return;
  }
  const converted = draftFromPayload(parsed.data);
  notes.push(...converted.notes);
  const d = converted.draft;
  if (!d) return refuse(result, path, raw, converted.problems, notes);
  const fileName = `${d.name}.${d.language}.watpl`;
  if (!SAFE_FILE_PART.test(d.name) || !SAFE_FILE_PART.test(d.language)) {
    return refuse(result, path, raw, [{ path: 'name', message: `"${fileName}" cannot be used as a file name (name and language must be letters, digits, "_", "." or "-").` }], notes);
  }
  const text = writeTemplate(d);
  const differences = digestDifferences(digestTemplate(parseTemplate(text)), digestDraft(d));
  if (differences.length) {
    return refuse(result, path, raw, [{ path: '(root)', message: `${differences.join(', ')} would not read back the same from a .watpl file (a line that looks like a section heading, "<!--", a label with "[" or "]", or a line break in a one-line part).` }], notes);
  }
  const twin = result.templates.find((t) => t.fileName === fileName);
  if (twin) return refuse(result, path, raw, [{ path: '(root)', message: `${d.name} in ${d.language} is already imported from ${twin.path || '(root)'}.` }], notes);
  result.templates.push({ path, name: d.name, language: d.language, fileName, text, notes: notes.map((n) => shown(path, n)) });
}

function labelOf(raw: unknown, path: string): string {
  const o = raw as { name?: unknown; language?: unknown } | null;
  if (o && typeof o === 'object' && typeof o.name === 'string') return typeof o.language === 'string' ? `${o.name}.${o.language}` : o.name;
  return path || '(root)';
}

function refuse(result: ImportResult, path: string, raw: unknown, problems: Note[], notes: Note[]): void {
  result.refused.push({ path, label: labelOf(raw, path), problems: problems.map((n) => shown(path, n)), notes: notes.map((n) => shown(path, n)) });
}
