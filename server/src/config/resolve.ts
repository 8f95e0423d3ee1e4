/** Turns a config file's JSON into the settings the engine runs with, or clear errors naming each bad key. */
import type { z } from 'zod';
import { allRules, ruleById } from '../rules/index';
import type { Severity } from '../rules/types';
import { configSchema, type ConfigFile, type RuleLevel, type RuleSetting } from './schema';

export interface RuleConfig {
  level: RuleLevel;
  options: unknown;
  /** Whether the level was set by the user (then it overrides a rule's per-case severity). */
  explicit: boolean;
}

export interface ResolvedConfig {
  rules: Map<string, RuleConfig>;
  requiredLanguages: string[];
  phrases: { allow: string[]; marketing: string[] };
  /** Where the config came from, for messages. */
  source: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string | null,
    readonly problems: string[],
  ) {
    super(`${file ?? 'configuration'}: ${problems.join('; ')}`);
  }
}

function defaultsFor(): Map<string, RuleConfig> {
  const map = new Map<string, RuleConfig>();
  for (const rule of allRules) map.set(rule.meta.id, { level: rule.meta.severity, options: parseOptions(rule.meta.options, undefined), explicit: false });
  return map;
}

function parseOptions(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  return schema.parse(value ?? {});
}

let defaultConfig: ResolvedConfig | null = null;

/** The configuration when there is no config file. */
export function defaultResolvedConfig(): ResolvedConfig {
  defaultConfig ??= { rules: defaultsFor(), requiredLanguages: [], phrases: { allow: [], marketing: [] }, source: null };
  return defaultConfig;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(top level)';
}

/** Validates `json` (already parsed) and merges it over the defaults. Throws ConfigError naming each bad key. */
export function resolveConfig(json: unknown, source: string | null): ResolvedConfig {
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(source, parsed.error.issues.map((i) => `${formatPath(i.path)}: ${describeIssue(i)}`));
  }
  return applyConfig(parsed.data, source);
}

function describeIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}; allowed: $schema, rules, requiredLanguages, phrases`;
  if (i.code === 'invalid_union') return 'must be one of "error", "warning", "information", "hint", "off", or { "severity": ..., "options": {...} }';
  return i.message;
}

/** Merges a validated config over the defaults. */
export function applyConfig(cfg: ConfigFile, source: string | null): ResolvedConfig {
  const rules = defaultsFor();
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(cfg.rules ?? {})) {
    const rule = ruleById.get(id);
    if (!rule) {
      problems.push(`rules.${id}: no rule has this id; run "watpl rules" for the list`);
      continue;
    }
    const level = typeof setting === 'string' ? setting : setting.severity;
    const rawOptions = typeof setting === 'string' ? undefined : setting.options;
    let options = rules.get(id)!.options;
    if (rawOptions !== undefined) {
      if (!rule.meta.options) {
        problems.push(`rules.${id}.options: this rule takes no options`);
        continue;
      }
      const r = rule.meta.options.safeParse(rawOptions);
      if (!r.success) {
        for (const i of r.error.issues) problems.push(`rules.${id}.options.${formatPath(i.path)}: ${i.message}`);
        continue;
      }
      options = r.data;
    }
    rules.set(id, { level: level ?? rule.meta.severity, options, explicit: level !== undefined });
  }
  if (problems.length) throw new ConfigError(source, problems);
  return {
    rules,
    requiredLanguages: cfg.requiredLanguages ?? [],
    phrases: { allow: cfg.phrases?.allow ?? [], marketing: cfg.phrases?.marketing ?? [] },
    source,
  };
}

/** A config with the editor's rule settings and required languages applied over it. Throws ConfigError on unknown rules or bad options. */
export function withOverrides(base: ResolvedConfig, rules: Record<string, RuleSetting>, requiredLanguages: readonly string[]): ResolvedConfig {
  if (Object.keys(rules).length === 0 && requiredLanguages.length === 0) return base;
  const over = applyConfig({ rules }, 'settings (watpl.rules)');
  const merged = new Map(base.rules);
  for (const id of Object.keys(rules)) merged.set(id, over.rules.get(id)!);
  const languages = [...new Set([...base.requiredLanguages, ...requiredLanguages])];
  return { ...base, rules: merged, requiredLanguages: languages };
}

/** The effective severity for a report: the user's level wins; otherwise the report's own, else the default. */
export function effectiveSeverity(rc: RuleConfig, reported: Severity | undefined): Severity | null {
  if (rc.level === 'off') return null;
  return rc.explicit ? rc.level : (reported ?? rc.level);
}
