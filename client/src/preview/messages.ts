/**
 * Every message between the preview webview and the extension, and the webview's saved state, as zod schemas.
 * Both sides parse what they receive (and the extension what it sends): anything else is dropped.
 * zod/mini: the same checks as zod in a fraction of the webview script's size.
 */
import * as z from 'zod/mini';

const MAX_HTML = 4_000_000;
const uri = z.string().check(z.minLength(1), z.maxLength(8192));
const text = z.string().check(z.maxLength(4096));
const count = z.strictObject({ length: z.int().check(z.minimum(0)), limit: z.int().check(z.minimum(0)) });
export const theme = z.enum(['light', 'dark']);

/** The rendered template: the server's fragment and facts, and how the pane shows them. */
export const renderMessage = z.strictObject({
  type: z.literal('render'),
  uri,
  version: z.nullable(z.int()),
  name: z.nullable(text),
  language: z.nullable(text),
  category: z.nullable(text),
  html: z.string().check(z.maxLength(MAX_HTML)),
  counts: z.strictObject({
    header: z.nullable(count),
    body: z.strictObject({ ...count.shape, hydrated: z.int().check(z.minimum(0)) }),
    footer: z.nullable(count),
    buttons: count,
  }),
  notes: z.array(text).check(z.maxLength(50)),
  translations: z.array(z.strictObject({ uri, language: z.nullable(text), current: z.boolean() })).check(z.maxLength(500)),
  hint: z.nullable(z.strictObject({
    declared: z.nullable(text),
    inferred: z.enum(['marketing', 'utility', 'authentication']),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    reasons: z.array(text).check(z.maxLength(20)),
  })),
  raw: z.boolean(),
  theme,
});

/** Nothing to show, and why ("Open a .watpl file...", "cannot read..."). */
export const statusMessage = z.strictObject({ type: z.literal('status'), message: text, raw: z.boolean(), theme });

/** Extension → webview. */
export const toWebview = z.discriminatedUnion('type', [renderMessage, statusMessage]);

/** Webview → extension. */
export const fromWebview = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('setRaw'), raw: z.boolean() }),
  z.strictObject({ type: z.literal('setTheme'), theme }),
  z.strictObject({ type: z.literal('openTranslation'), uri }),
]);

/** What survives a reload: the template shown, the toggles and the scroll position. */
export const previewState = z.strictObject({
  uri: z.nullable(uri),
  raw: z.boolean(),
  theme,
  scrollY: z._default(z.number().check(z.minimum(0), z.maximum(10_000_000)), 0),
});

export type ToWebview = z.infer<typeof toWebview>;
export type RenderMessage = z.infer<typeof renderMessage>;
export type FromWebview = z.infer<typeof fromWebview>;
export type PreviewState = z.infer<typeof previewState>;
export type Theme = z.infer<typeof theme>;

/** A valid message of `schema`, or null (the reason is for the log). */
export function parseMessage<T>(schema: z.ZodMiniType<T>, value: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  const keys = 'keys' in issue ? ` ${(issue.keys as string[]).join(', ')}` : '';
  return { ok: false, reason: `${issue.path.join('.') || 'message'}: ${issue.code}${keys}` };
}
