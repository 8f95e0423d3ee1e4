/** The one schema for `watpl.config.json` and the editor's settings: rule severities, options and languages. */
import { z } from 'zod';
import { isLanguageCode } from '../meta/languages';

export const ruleLevel = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type RuleLevel = z.infer<typeof ruleLevel>;

/** A rule's setting: a level, or a level with options. */
export const ruleSetting = z.union([
  ruleLevel,
  z.strictObject({
    severity: ruleLevel.optional().describe('error, warning, information, hint or off'),
    options: z.record(z.string(), z.unknown()).optional().describe("the rule's options"),
  }),
]);
export type RuleSetting = z.infer<typeof ruleSetting>;

export const languageCode = z.string().refine(isLanguageCode, { message: "not one of Meta's language codes (for example en_US, nl, pt_BR)" });

/** Phrases a project adds to or allows in the category lexicons. */
export const phraseSettings = z.strictObject({
  allow: z.array(z.string().min(1)).optional().describe('phrases never reported as promotional'),
  marketing: z.array(z.string().min(1)).optional().describe('extra phrases that read as promotional'),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), ruleSetting).optional().describe('severity or options per rule id'),
  requiredLanguages: z.array(languageCode).optional().describe('languages every template must exist in'),
  phrases: phraseSettings.optional(),
});
export type ConfigFile = z.infer<typeof configSchema>;
