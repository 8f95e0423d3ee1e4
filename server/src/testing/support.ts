/** Helpers for rule tests: build a template from parts, lint it, apply a rule's fix. Test-only. */
import assert from 'node:assert/strict';
import { classifyTemplate } from '../classify/classify';
import { applyConfig } from '../config/resolve';
import type { ConfigFile } from '../config/schema';
import type { Diagnostic } from '../lint/diagnostic';
import { applyEdits } from '../lint/fix';
import { lintSet, lintText } from '../lint/lint';
import { parseTemplate } from '../parser/parse';
import { LineIndex } from '../parser/text';

export interface Parts {
  name?: string;
  language?: string;
  category?: string;
  /** Extra front-matter lines. */
  extra?: string;
  header?: string;
  body?: string;
  footer?: string;
  buttons?: string[];
  examples?: Record<string, string> | string;
}

/** A valid utility template, with the given parts replaced. Omit a section by passing ''. */
export function template(parts: Parts = {}): string {
  const fm = [
    '---',
    `name: ${parts.name ?? 'order_update'}`,
    `language: ${parts.language ?? 'en_US'}`,
    `category: ${parts.category ?? 'utility'}`,
    ...(parts.extra ? [parts.extra] : []),
    '---',
    '',
  ];
  const out = [...fm];
  if (parts.header) out.push('# Header', parts.header, '');
  const body = parts.body ?? 'Hi {{first_name}}, your order has shipped and will arrive within three working days.';
  if (body) out.push('# Body', body, '');
  if (parts.footer) out.push('# Footer', parts.footer, '');
  if (parts.buttons?.length) out.push('# Buttons', ...parts.buttons, '');
  const examples = parts.examples ?? (parts.body === undefined ? { first_name: 'Maria' } : {});
  const exText = typeof examples === 'string' ? examples : Object.entries(examples).map(([k, v]) => `${k}: ${v}`).join('\n');
  if (exText) out.push('# Examples', exText, '');
  return out.join('\n');
}

/** Lints `text` with an optional config; returns every diagnostic. */
export function lint(text: string, config: ConfigFile = {}): Diagnostic[] {
  return lintText(text, 'test.watpl', applyConfig(config, null)).diagnostics;
}

/** The diagnostics of one rule. */
export function only(text: string, rule: string, config: ConfigFile = {}): Diagnostic[] {
  return lint(text, config).filter((d) => d.rule === rule);
}

/** Lints several files together (workspace rules included); returns diagnostics per path. */
export function lintFiles(files: Record<string, string>, config: ConfigFile = {}): Record<string, Diagnostic[]> {
  const cfg = applyConfig(config, null);
  const results = lintSet(Object.entries(files).map(([path, text]) => ({ path, text, config: cfg })));
  return Object.fromEntries(results.map((r) => [r.path, r.diagnostics]));
}

/** The file text a diagnostic underlines. */
export function underlined(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end);
}

/** The 0-based line where a diagnostic starts. */
export function lineOf(text: string, d: Diagnostic): number {
  return new LineIndex(text).positionAt(d.span.start).line;
}

/** Applies the fix of the (single) diagnostic of `rule` and returns the new text. */
export function fixed(text: string, rule: string, config: ConfigFile = {}): string {
  const ds = only(text, rule, config).filter((d) => d.fix);
  assert.ok(ds.length > 0, `expected a fixable ${rule} diagnostic`);
  return applyEdits(text, ds[0].fix!.edits);
}

/** Asserts that applying the first fix removes that diagnostic and returns the fixed text. */
export function fixAndRecheck(text: string, rule: string, config: ConfigFile = {}): string {
  const before = only(text, rule, config).length;
  const out = fixed(text, rule, config);
  assert.ok(only(out, rule, config).length < before, `fix for ${rule} did not remove the problem:\n${out}`);
  return out;
}

/** The category a template with this body reads as in `language` (its one placeholder {{1}} with the example "x"). */
export function readsAs(language: string, body: string): string {
  return classifyTemplate(parseTemplate(template({ language, body, examples: { 1: 'x' } }))).inferred;
}
