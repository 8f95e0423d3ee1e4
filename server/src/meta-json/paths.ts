/** JSON paths (`data[2].components[1].buttons[0].type`) and readable messages for JSON that is malformed or fails the schema. */
import type { z } from 'zod';
import { findJsonError } from './json-syntax';

export type PathPart = string | number;

/** `data`, `[2]`, `components` → `data[2].components`; an empty list is the root, written `(root)` by callers. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

/** `prefix` and `rest` joined into one path. */
export function joinPath(prefix: string, rest: string): string {
  if (prefix === '') return rest;
  if (rest === '') return prefix;
  return rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`;
}

/** The value at `parts` inside `value`, or undefined. */
function valueAt(value: unknown, parts: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of parts) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** JSON for a message, cut at `max` characters; never throws (a value nested too deep to print is named as such). */
export function shortJson(v: unknown, max = 200): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    return 'a value nested too deeply to show';
  }
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

function shown(v: unknown): string {
  return v === undefined ? 'nothing' : shortJson(v, 40);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** One schema problem as `path: what was expected (what was found)`. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, prefix: string): string {
  const path = joinPath(prefix, jsonPath(issue.path)) || '(root)';
  const found = valueAt(input, issue.path);
  const raw = issue as unknown as { code: string; options?: unknown[]; values?: unknown[]; expected?: string; note?: string };
  if (raw.code === 'invalid_union' && raw.note === 'No matching discriminator' && raw.options) {
    return `${path}: expected one of ${raw.options.join(', ')} (got ${shown(found)})`;
  }
  if (raw.code === 'invalid_value' && raw.values) {
    return `${path}: expected one of ${raw.values.join(', ')} (got ${shown(found)})`;
  }
  if (raw.code === 'invalid_type') {
    const expected = raw.expected === 'array' || raw.expected === 'object' ? `an ${raw.expected}` : `a ${raw.expected}`;
    return found === undefined ? `${path}: missing (expected ${expected})` : `${path}: expected ${expected}, got ${typeName(found)} ${shown(found)}`;
  }
  return `${path}: ${issue.message}`;
}

/** Every problem of a failed parse, one line each (at most `max`, then a count). */
export function describeError(error: z.ZodError, input: unknown, prefix: string, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((i) => describeIssue(i, input, prefix));
  if (error.issues.length > max) lines.push(`... and ${error.issues.length - max} more problems`);
  return lines;
}

/** JSON.parse with a message that gives the line and column of a syntax error and what was expected there. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(clean) };
  } catch (e) {
    const where = findJsonError(clean);
    if (!where) return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
    const before = clean.slice(0, where.offset);
    const line = before.split('\n').length;
    const column = where.offset - before.lastIndexOf('\n');
    const found = where.offset >= clean.length ? 'the end of the text' : JSON.stringify(/^\S{1,12}/.exec(clean.slice(where.offset))?.[0] ?? clean[where.offset]);
    return { ok: false, message: `line ${line}, column ${column}: not valid JSON: expected ${where.expected}, found ${found}` };
  }
}
