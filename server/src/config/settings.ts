/** The editor settings (`watpl.*`), one zod schema: it validates what the client sends and generates package.json's contributes.configuration. */
import { z } from 'zod';
import { languageCode, ruleSetting } from './schema';

export const settingsSchema = z.object({
  enable: z.boolean().default(true).describe('Check .watpl templates and report problems.'),
  run: z.enum(['onType', 'onSave']).default('onType').describe('Check templates while typing (onType) or only when saved (onSave).'),
  debounceMs: z.number().int().min(0).max(5000).default(120).describe('How long to wait after a keystroke before checking, in milliseconds.'),
  rules: z.record(z.string(), ruleSetting).default({}).describe('Severity per rule id ("error", "warning", "information", "hint", "off"), over watpl.config.json. Example: { "placeholder-density": "off" }.'),
  requiredLanguages: z.array(languageCode).default([]).describe("Languages every template must exist in, added to watpl.config.json's requiredLanguages (for example [\"en_US\", \"nl\"])."),
  codeLens: z.boolean().default(true).describe('Show character counts above the Header and Body sections.'),
  preview: z.object({
    allowRemoteImages: z.boolean().default(false).describe('Show https images of media headers in the preview. Off by default: loading them tells the image host that you opened the template. A user setting only, so a workspace cannot switch it on.'),
  }).default({ allowRemoteImages: false }),
  trace: z.object({
    server: z.enum(['off', 'messages', 'verbose']).default('off').describe('Trace the communication between VS Code and the watpl language server.'),
  }).default({ server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads settings sent by the client; invalid values fall back to their default, and each is named in `problems`. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  const problems: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = settingsSchema.safeParse(input);
    if (r.success) return { settings: r.data, problems };
    const key = r.error.issues[0].path[0];
    problems.push(`watpl.${r.error.issues.map((i) => i.path.join('.')).join(', watpl.')}: ${r.error.issues[0].message}`);
    if (typeof key !== 'string' || !(key in input)) break;
    delete input[key];
  }
  return { settings: DEFAULT_SETTINGS, problems };
}

/** JSON-schema properties for package.json's contributes.configuration, generated from the schema. */
export function configurationProperties(): Record<string, unknown> {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = {};
  const add = (prefix: string, props: Record<string, Record<string, unknown>>) => {
    for (const [key, value] of Object.entries(props)) {
      if (value.type === 'object' && value.properties && (key === 'trace' || key === 'preview')) {
        add(`${prefix}${key}.`, value.properties as Record<string, Record<string, unknown>>);
        continue;
      }
      const { $schema: _s, ...rest } = value;
      out[`${prefix}${key}`] = { scope: prefix.includes('trace') ? 'window' : prefix.includes('preview') ? 'application' : 'resource', ...rest };
    }
  };
  add('watpl.', json.properties);
  return out;
}
