/** The engine's entry points: lint one template, or a set of them with the workspace rules. Pure: no I/O. */
import { defaultResolvedConfig, effectiveSeverity, type ResolvedConfig, type RuleConfig } from '../config/resolve';
import type { Template } from '../parser/model';
import { parseTemplate } from '../parser/parse';
import { templateRules, workspaceRules } from '../rules/index';
import type { Report, TemplateRule, WorkspaceEntry } from '../rules/types';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { Suppressions } from './suppress';

/** A rule that threw: the engine keeps going and the adapter logs it. */
export interface RuleFailure {
  rule: string;
  path: string;
  error: string;
}

export interface LintResult {
  path: string;
  template: Template;
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
}

export interface LintInput {
  path: string;
  text: string;
  config?: ResolvedConfig;
}

function toDiagnostic(rule: string, r: Report, config: ResolvedConfig): Diagnostic | null {
  const rc = config.rules.get(rule);
  if (!rc) return null;
  const severity = effectiveSeverity(rc, r.severity);
  if (!severity) return null;
  const d: Diagnostic = { rule, severity, message: r.message, span: r.span };
  if (r.fix) d.fix = r.fix;
  if (r.data) d.data = r.data;
  return d;
}

interface ActiveRule {
  rule: TemplateRule<unknown>;
  rc: RuleConfig;
}

const activeCache = new WeakMap<ResolvedConfig, ActiveRule[]>();

/** The template rules a config switches on, with their settings (computed once per config). */
function activeRules(config: ResolvedConfig): ActiveRule[] {
  let list = activeCache.get(config);
  if (!list) {
    list = [];
    for (const rule of templateRules) {
      const rc = config.rules.get(rule.meta.id);
      if (rc && rc.level !== 'off') list.push({ rule, rc });
    }
    activeCache.set(config, list);
  }
  return list;
}

/** Runs the single-template rules on a parsed template. One report function and context serve every rule. */
export function checkTemplate(template: Template, path: string, config: ResolvedConfig = defaultResolvedConfig()): LintResult {
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  let current: ActiveRule | null = null;
  const report = (r: Report) => {
    const severity = effectiveSeverity(current!.rc, r.severity);
    if (!severity) return;
    const d: Diagnostic = { rule: current!.rule.meta.id, severity, message: r.message, span: r.span };
    if (r.fix) d.fix = r.fix;
    if (r.data) d.data = r.data;
    diagnostics.push(d);
  };
  const ctx = { template, options: undefined as unknown, report, phrases: config.phrases };
  for (const active of activeRules(config)) {
    current = active;
    ctx.options = active.rc.options;
    try {
      active.rule.check(ctx);
    } catch (e) {
      failures.push({ rule: active.rule.meta.id, path, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  return { path, template, diagnostics, failures };
}

/** Parses and lints one file on its own (no workspace rules). */
export function lintText(text: string, path = '<text>', config?: ResolvedConfig): LintResult {
  const result = checkTemplate(parseTemplate(text), path, config);
  return finish(result);
}

/** Drops what disable comments switch off and sorts. */
export function finish(result: LintResult): LintResult {
  const t = result.template;
  const switches = t.directives.length > 0 || t.frontMatter?.entries.some((e) => e.key === 'disable');
  if (switches && result.diagnostics.length) {
    const s = new Suppressions(t);
    result.diagnostics = result.diagnostics.filter((d) => !s.suppressed(d));
  }
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/**
 * Runs the workspace rules over `entries` (each already checked) and adds what they report to the
 * results of `targets` (by path). The LSP passes its whole index as entries and the open files as targets.
 */
export function checkWorkspace(entries: readonly (WorkspaceEntry & { config: ResolvedConfig })[], targets: Map<string, LintResult>): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const rule of workspaceRules) {
    const report = (entry: WorkspaceEntry, r: Report) => {
      const target = targets.get(entry.path);
      if (!target) return;
      const config = (entry as WorkspaceEntry & { config: ResolvedConfig }).config;
      const d = toDiagnostic(rule.meta.id, r, config);
      if (d) target.diagnostics.push(d);
    };
    const active = entries.filter((e) => e.config.rules.get(rule.meta.id)?.level !== 'off');
    try {
      rule.checkAll({ entries: active, report });
    } catch (e) {
      failures.push({ rule: rule.meta.id, path: '<workspace>', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  return failures;
}

/** Lints a set of files together: template rules on each, workspace rules across all. Results keep input order. */
export function lintSet(inputs: readonly LintInput[]): LintResult[] {
  const results = inputs.map((i) => checkTemplate(parseTemplate(i.text), i.path, i.config));
  const byPath = new Map(results.map((r) => [r.path, r]));
  const entries = results.map((r, k) => {
    const config = inputs[k].config ?? defaultResolvedConfig();
    return { path: r.path, template: r.template, requiredLanguages: config.requiredLanguages, config };
  });
  const failures = checkWorkspace(entries, byPath);
  if (failures.length && results.length) results[0].failures.push(...failures);
  return results.map(finish);
}
