/** The `watpl/render` request: the preview pane's content, rendered by the engine from the open document or the index. */
import type { Connection } from 'vscode-languageserver';
import { classifyTemplate } from '../classify/classify';
import type { ResolvedConfig } from '../config/resolve';
import type { Template } from '../parser/model';
import { parseTemplate } from '../parser/parse';
import { renderPreview } from '../render/preview';
import { RENDER, type RenderHint, type RenderParams, type RenderResult, type RenderTranslation } from './protocol';
import type { WatplService } from './service';
import { pathToUri, uriToPath } from './uri';

/** Registers the request on the connection. */
export function registerRender(connection: Connection, service: WatplService): void {
  connection.onRequest(RENDER, (params: RenderParams) => renderTemplate(service, params));
}

interface Found {
  template: Template;
  version: number | null;
  config: ResolvedConfig;
}

/** The open document's template (parsed and indexed with its lint), else the indexed file, else the file on disk. */
async function templateOf(service: WatplService, uri: string): Promise<Found | null> {
  const open = await service.current(uri);
  if (open) return { template: open.result.template, version: open.version, config: open.config };
  const path = uriToPath(uri);
  const indexed = service.index.get(path);
  // A slim entry keeps only what the workspace rules read (no examples): parse its text again.
  if (indexed) return { template: indexed.slim ? parseTemplate(indexed.text) : indexed.template, version: null, config: indexed.config };
  const text = service.fs.readFile(path);
  return text === null ? null : { template: parseTemplate(text), version: null, config: service.configFor(path, service.globalSettings).config };
}

/** Renders a template for the preview pane; null when the file cannot be read. */
export async function renderTemplate(service: WatplService, params: RenderParams): Promise<RenderResult | null> {
  if (typeof params?.uri !== 'string') return null;
  const found = await templateOf(service, params.uri);
  if (!found) return null;
  const { template, version, config } = found;
  const time = typeof params.time === 'string' && /^\d\d:\d\d$/.test(params.time) ? params.time : undefined;
  const preview = renderPreview(template, { raw: params.raw === true, allowRemoteImages: params.allowRemoteImages === true, time });
  return {
    uri: params.uri,
    version,
    name: template.name,
    language: template.language,
    category: template.category,
    html: preview.html,
    counts: preview.counts,
    notes: preview.notes,
    imageSources: preview.imageSources,
    translations: translations(service, template, params.uri),
    hint: hint(service, template, config),
  };
}

/** The classifier's reading of the text with the project's phrases; a classifier failure costs the hint, never the preview. */
function hint(service: WatplService, template: Template, config: ResolvedConfig): RenderHint | null {
  try {
    const c = classifyTemplate(template, config.phrases);
    return { declared: template.category, inferred: c.inferred, confidence: c.confidence, reasons: [...new Set(c.reasons.map((r) => r.text))].slice(0, 5) };
  } catch (e) {
    service.connection.console.error(`watpl: the category hint failed; the preview shows without it.\n${e instanceof Error ? e.stack : String(e)}`);
    return null;
  }
}

/** The templates of the index with the same name, by language; the rendered one is always in the list. */
function translations(service: WatplService, template: Template, uri: string): RenderTranslation[] {
  const self = uriToPath(uri);
  const list: RenderTranslation[] = [{ uri, language: template.language, current: true }];
  for (const path of service.index.withName(template.name)) {
    if (path === self) continue;
    list.push({ uri: pathToUri(path), language: service.index.get(path)?.template.language ?? null, current: false });
  }
  return list.sort((a, b) => (a.language ?? '').localeCompare(b.language ?? '') || a.uri.localeCompare(b.uri));
}
