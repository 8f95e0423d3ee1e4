/** front-matter: the `---` block must exist, be valid YAML and hold name, language and category of the right types (FORMAT.md §1; Meta's create-template API requires all three). */
import { normalizeCategory } from '../meta/categories';
import { entry, type FrontMatterEntry, type Template } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule, reportParseIssues, type Report } from './types';

/** Required keys, with the line the message suggests adding. */
const REQUIRED: Record<string, string> = { name: 'name: order_update', language: 'language: en_US', category: 'category: utility' };
/** Keys Meta only reads in authentication templates. */
const AUTH_ONLY = ['code_expiration_minutes', 'security_recommendation'];

const isString = (v: unknown) => typeof v === 'string';
const isInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

/** The value each typed key takes, and how messages describe it. */
const TYPES: Record<string, { ok: (v: unknown) => boolean; expected: string }> = {
  name: { ok: isString, expected: 'a text value such as order_update' },
  language: { ok: isString, expected: 'a language code such as en_US' },
  category: { ok: isString, expected: 'marketing, utility or authentication' },
  code_expiration_minutes: { ok: isInteger, expected: 'a whole number of minutes, such as 10' },
  security_recommendation: { ok: (v) => typeof v === 'boolean', expected: 'true or false' },
  message_send_ttl_seconds: { ok: isInteger, expected: 'a whole number of seconds, such as 600' },
  parameter_format: { ok: (v) => v === 'named' || v === 'positional', expected: 'named or positional' },
  disable: { ok: (v) => Array.isArray(v) && v.every(isString), expected: 'a list of rule ids, such as [placeholder-density]' },
};

type ReportFn = (r: Report) => void;

export default defineRule({
  meta: {
    id: 'front-matter',
    severity: 'error',
    description: 'No front matter, unreadable YAML, or a required key missing or of the wrong type.',
    source: "watpl format (FORMAT.md, front matter); Meta, message templates API (name, language and category are required)",
    fixable: false,
  },
  check(ctx) {
    reportParseIssues(ctx, 'front-matter');
    const { template, report } = ctx;
    const fm = template.frontMatter;
    if (!fm) return;
    // Keys read from YAML the parser could not read are guesses: report the YAML problem alone.
    const yamlIssues = template.issues.filter((i) => i.rule === 'front-matter').length - (fm.closed ? 0 : 1);
    if (yamlIssues > 0) return;
    checkRequired(template, report);
    for (const e of fm.entries) checkType(template, e, report);
    const format = entry(template, 'parameter_format');
    if (format) checkParameterFormat(template, format, report);
    checkAuthOnly(template, report);
  },
});

/** A missing required key, reported on the opening `---`. */
function checkRequired(t: Template, report: ReportFn): void {
  const start = t.frontMatter!.span.start;
  for (const [key, example] of Object.entries(REQUIRED)) {
    if (entry(t, key)) continue;
    report({
      span: { start, end: start + 3 },
      message: `The front matter has no "${key}": Meta needs a name, a language and a category for every template. Add a line such as "${example}".`,
    });
  }
}

/** A value present but of the wrong type, reported on the value. */
function checkType(t: Template, e: FrontMatterEntry, report: ReportFn): void {
  const type = TYPES[e.key];
  if (!type || type.ok(e.value)) return;
  const span = trimmed(t.text, e.valueSpan);
  const source = t.text.slice(span.start, span.end);
  // The parser reads `name: 123` as the name "123"; only a number YAML rewrites (0123, 1e3) is wrong.
  if (e.key === 'name' && typeof e.value === 'number' && String(e.value) === source) return;
  report({
    span: span.end > span.start ? span : e.keySpan,
    message: `"${e.key}" must be ${type.expected}; here it is ${describe(e.value, source)}.${quoteHint(e, source)}`,
  });
}

/** Advice when quotes make the difference: `name: 0123` needs them, `code_expiration_minutes: "10"` must lose them. */
function quoteHint(e: FrontMatterEntry, source: string): string {
  if (REQUIRED[e.key] && (typeof e.value === 'number' || typeof e.value === 'boolean')) {
    return ` YAML reads ${source} as a ${typeof e.value}: put it in quotes ("${source}").`;
  }
  if (typeof e.value !== 'string') return '';
  const unquoted = e.value === 'true' ? true : e.value === 'false' ? false : /^-?[0-9]+$/.test(e.value) ? Number(e.value) : undefined;
  return unquoted !== undefined && TYPES[e.key].ok(unquoted) ? ' Remove the quotes.' : '';
}

/** `parameter_format` that the placeholders contradict: Meta rejects the mismatch. */
function checkParameterFormat(t: Template, e: FrontMatterEntry, report: ReportFn): void {
  if (e.value !== 'named' && e.value !== 'positional') return;
  const other = e.value === 'named' ? 'positional' : 'named';
  const p = t.placeholders.find((x) => x.style === other);
  if (!p) return;
  report({
    span: trimmed(t.text, e.valueSpan),
    message: `parameter_format is ${e.value}, but the template uses the ${other} placeholder {{${p.key}}}: Meta rejects placeholders that do not match parameter_format. Use ${e.value} placeholders only, or set parameter_format: ${other}.`,
  });
}

/** Authentication-only keys in another category: Meta ignores them there. */
function checkAuthOnly(t: Template, report: ReportFn): void {
  const category = t.category === null ? null : normalizeCategory(t.category)?.category;
  if (!category || category === 'authentication') return;
  for (const key of AUTH_ONLY) {
    const e = entry(t, key);
    if (!e) continue;
    report({
      span: e.keySpan,
      severity: 'warning',
      message: `${key} only applies to authentication templates: Meta ignores it in a ${category} template. Remove it, or use category authentication if this message sends a one-time code.`,
    });
  }
}

function describe(value: unknown, source: string): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${source}`;
  return Array.isArray(value) ? 'a list' : 'a nested map';
}

/** `span` without trailing white space (block values end with their line break). */
function trimmed(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
