/** What a rule is: its metadata (the single source for docs, defaults and the CLI's `rules` list) and its check. */
import type { z } from 'zod';
import type { Fix, Template } from '../parser/model';
import type { Span } from '../parser/text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface RuleMeta {
  /** kebab-case id: the same string in config, disable comments, Diagnostic.code and docs. */
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  description: string;
  /** Where the figure or the rule comes from (Meta's page, or "providers"). */
  source: string;
  /** Whether the rule offers a safe fix. */
  fixable: boolean;
  /** Options the rule reads from the config, with their defaults. */
  options?: z.ZodType;
  /** Rules that need the whole set of templates (translations, duplicates). */
  scope?: 'template' | 'workspace';
}

/** One problem a rule reports. */
export interface Report {
  span: Span;
  message: string;
  fix?: Fix;
  /** A lower severity for this case than the rule's default (used unless the config sets one). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext<O = unknown> {
  template: Template;
  /** The rule's options, defaults filled in. */
  options: O;
  report(r: Report): void;
  /** The project's own phrases (watpl.config.json `phrases`), for the category rules; absent means none. */
  phrases?: { allow: readonly string[]; marketing: readonly string[] };
}

export interface TemplateRule<O = unknown> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

/** A template in a set, as workspace rules see it. */
export interface WorkspaceEntry {
  path: string;
  template: Template;
  /** Languages the configuration in force for this file requires. */
  requiredLanguages: readonly string[];
}

export interface WorkspaceContext {
  entries: readonly WorkspaceEntry[];
  report(entry: WorkspaceEntry, r: Report): void;
}

export interface WorkspaceRule {
  meta: RuleMeta & { scope: 'workspace' };
  checkAll(ctx: WorkspaceContext): void;
}

export type Rule = TemplateRule<any> | WorkspaceRule;

export function isWorkspaceRule(rule: Rule): rule is WorkspaceRule {
  return rule.meta.scope === 'workspace';
}

/** Declares a rule that checks one template at a time. */
export function defineRule<O = unknown>(rule: TemplateRule<O>): TemplateRule<O> {
  return rule;
}

/** Declares a rule that checks a set of templates together. */
export function defineWorkspaceRule(rule: WorkspaceRule): WorkspaceRule {
  return rule;
}

/** Reports every parser issue that belongs to `ctx`'s rule. For rules whose findings the parser makes. */
export function reportParseIssues(ctx: RuleContext, id: string): void {
  for (const issue of ctx.template.issues) {
    if (issue.rule !== id) continue;
    const severity = issue.data?.severity as Severity | undefined;
    ctx.report({ span: issue.span, message: issue.message, fix: issue.fix, severity, data: issue.data });
  }
}
