/** The `watpl/exportTemplate` and `watpl/importTemplates` requests: Meta JSON out of and into the editor, over the pure meta-json engine. */
import type { Connection } from 'vscode-languageserver';
import { lintText, type LintResult } from '../lint/lint';
import { exportLinted } from '../meta-json/export';
import { importJson } from '../meta-json/import';
import { EXPORT_TEMPLATE, IMPORT_TEMPLATES, type ExportTemplateParams, type ExportTemplateResult, type ImportTemplatesParams, type ImportTemplatesResult } from './protocol';
import type { WatplService } from './service';
import { uriToPath } from './uri';

/** Registers both requests on the connection. */
export function registerMetaJson(connection: Connection, service: WatplService): void {
  connection.onRequest(EXPORT_TEMPLATE, (params: ExportTemplateParams) => exportTemplate(service, params));
  connection.onRequest(IMPORT_TEMPLATES, (params: ImportTemplatesParams) => importTemplates(params));
}

/** The lint of an open document (workspace rules included), or of the file on disk with its config. */
async function lintOf(service: WatplService, uri: string): Promise<LintResult | string> {
  const open = await service.current(uri);
  if (open) return open.result;
  const path = uriToPath(uri);
  const text = service.fs.readFile(path);
  if (text === null) return `${path}: cannot read this file.`;
  return lintText(text, path, service.configFor(path, service.globalSettings).config);
}

/** The payload of a template, or why it cannot be exported (each error with its line). */
export async function exportTemplate(service: WatplService, params: ExportTemplateParams): Promise<ExportTemplateResult> {
  if (typeof params?.uri !== 'string') return { ok: false, message: 'watpl/exportTemplate needs the uri of a .watpl file.' };
  const lint = await lintOf(service, params.uri);
  if (typeof lint === 'string') return { ok: false, message: lint };
  const file = uriToPath(params.uri).split(/[\\/]/).pop() ?? params.uri;
  const out = exportLinted(lint);
  if (!out.ok) {
    const n = out.problems.length;
    return { ok: false, message: `${file} still has ${n} error${n === 1 ? '' : 's'}, so it cannot be exported for Meta:\n${out.problems.map((p) => `${file}:${p}`).join('\n')}` };
  }
  return {
    ok: true,
    fileName: `${out.payload.name}.${out.payload.language}.json`,
    json: `${JSON.stringify(out.payload, null, 2)}\n`,
    notes: out.notes.map((n) => `${n.path}: ${n.message}`),
  };
}

/** The files to create for Meta JSON text, with the notes of every change and the templates that could not be imported. */
export function importTemplates(params: ImportTemplatesParams): ImportTemplatesResult {
  if (typeof params?.json !== 'string') return { files: [], notes: [], errors: ['watpl/importTemplates needs the JSON text.'] };
  const r = importJson(params.json);
  const errors = r.syntaxError ? [r.syntaxError] : r.refused.map((x) => `${x.label} not imported: ${x.problems.join('; ')}`);
  return {
    files: r.templates.map((t) => ({ fileName: t.fileName, text: t.text })),
    notes: [...r.notes, ...r.templates.flatMap((t) => t.notes.map((n) => `${t.fileName}: ${n}`)), ...r.refused.flatMap((x) => x.notes.map((n) => `${x.label}: ${n}`))],
    errors,
  };
}
