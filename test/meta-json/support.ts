/** Helpers for the Meta JSON tests: export a template text, import a payload, compare templates. Test-only. */
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/lint/lint';
import { digestDifferences, digestTemplate, type Digest } from '../../server/src/meta-json/draft';
import { exportLinted, type MetaPayload } from '../../server/src/meta-json/export';
import { importValue, type ImportedTemplate } from '../../server/src/meta-json/import';
import { parseTemplate } from '../../server/src/parser/parse';

/** The payload of a template text that must lint clean of errors. */
export function toPayload(text: string, label = 'template'): MetaPayload {
  const r = exportLinted(lintText(text));
  assert.ok(r.ok, `${label} was refused:\n${r.ok ? '' : r.problems.join('\n')}`);
  return r.payload;
}

/** The one file imported from `payload`. */
export function toFile(payload: unknown, label = 'payload'): ImportedTemplate {
  const r = importValue(payload);
  assert.deepEqual(r.refused, [], `${label} was refused`);
  assert.equal(r.templates.length, 1, label);
  return r.templates[0];
}

export const digest = (text: string): Digest => digestTemplate(parseTemplate(text));

/** Asserts two template texts are the same template (name, language, category, header, body, footer, buttons, examples...). */
export function assertSameTemplate(actual: string, expected: string, label: string): void {
  const differences = digestDifferences(digest(actual), digest(expected));
  assert.deepEqual(differences, [], `${label} differs in ${differences.join(', ')}:\n--- got\n${actual}\n--- expected\n${expected}`);
}

const CASED_KEYS = new Set(['type', 'format', 'otp_type', 'parameter_format', 'category']);

/** A copy of `value` with `type`, `format`, `otp_type`, `parameter_format` and `category` in upper case, as export writes them. */
export function upperCased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upperCased);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, CASED_KEYS.has(k) && typeof v === 'string' ? v.toUpperCase() : upperCased(v)]));
}
