/** watpl's own LSP methods and commands, declared once for the server and the client (names only and types: no runtime imports). */

/** Request: facts about a template for the status bar. */
export const TEMPLATE_INFO = 'watpl/templateInfo';

export interface TemplateInfoParams {
  uri: string;
}

export interface TemplateInfo {
  name: string | null;
  language: string | null;
  category: string | null;
  bodyLength: number;
  bodyLimit: number;
  errors: number;
  warnings: number;
  /** The category the text reads as (the category hint), absent from servers that do not classify. */
  inferred?: InferredCategory;
}

/** The category hint: what the text reads as, how sure, and the one-line summary shown to writers. */
export interface InferredCategory {
  category: 'marketing' | 'utility' | 'authentication';
  confidence: number;
  /** "Reads as Marketing, 93%: '20% korting', 'bestel nu'" */
  summary: string;
}

/** Request: the server's own figures (index size and build time, lint times, memory), for the benchmark and for bug reports. */
export const SERVER_STATS = 'watpl/serverStats';

export interface ServerStats {
  indexed: number;
  indexMs: number | null;
  lints: { count: number; p50Ms: number; p99Ms: number; maxMs: number };
  memory: { rssBytes: number; heapUsedBytes: number };
}

/** Server commands (workspace/executeCommand). */
export const COMMANDS = {
  lintWorkspace: 'watpl.lintWorkspace',
  showDocumentation: 'watpl.showDocumentation',
} as const;

/** The code action kind of "fix all watpl problems", usable in editor.codeActionsOnSave. */
export const FIX_ALL_KIND = 'source.fixAll.watpl';

/** Request: Meta's create payload for a template ("Export as Meta JSON"); refused while the template has errors. */
export const EXPORT_TEMPLATE = 'watpl/exportTemplate';

export interface ExportTemplateParams {
  uri: string;
}

export type ExportTemplateResult =
  | {
      ok: true;
      /** `{name}.{language}.json`, a name to suggest when saving. */
      fileName: string;
      /** The payload as pretty-printed JSON. */
      json: string;
      /** What the user should know (a media handle to upload, a label Meta does not send...). */
      notes: string[];
    }
  | { ok: false; message: string };

/** Request: `.watpl` files for Meta JSON ("Import templates from JSON"): one payload, a list, or a GET response. */
export const IMPORT_TEMPLATES = 'watpl/importTemplates';

export interface ImportTemplatesParams {
  /** The JSON text. */
  json: string;
}

export interface ImportTemplatesResult {
  /** Files to create, by file name (the client picks the folder and never overwrites without asking). */
  files: { fileName: string; text: string }[];
  /** Everything changed or left out, `path: note`. */
  notes: string[];
  /** Templates not imported and why, and a JSON syntax error; empty when everything was imported. */
  errors: string[];
}

/** Request: the preview of a template (the phone's chat bubble as HTML), its counts and its translations. */
export const RENDER = 'watpl/render';

export interface RenderParams {
  uri: string;
  /** Show `{{placeholders}}` instead of example values. */
  raw: boolean;
  /** Show https header images (watpl.preview.allowRemoteImages). */
  allowRemoteImages: boolean;
  /** The bubble's time stamp, HH:MM (the client's clock). */
  time?: string;
}

export interface RenderCount {
  length: number;
  limit: number;
}

/** One translation of the template: the same `name` in another (or this) language. */
export interface RenderTranslation {
  uri: string;
  language: string | null;
  current: boolean;
}

export interface RenderResult {
  uri: string;
  /** The version of the open document that was rendered, or null for a file on disk. */
  version: number | null;
  name: string | null;
  language: string | null;
  category: string | null;
  /** The `div.wa-msg` fragment; every piece of template text escaped. */
  html: string;
  counts: { header: RenderCount | null; body: RenderCount & { hydrated: number }; footer: RenderCount | null; buttons: RenderCount };
  notes: string[];
  /** Image origins the fragment loads (only with allowRemoteImages). */
  imageSources: string[];
  /** Every translation, sorted by language, this one included. */
  translations: RenderTranslation[];
  /** The category hint (the classifier's reading of the text), or null when it could not be computed. */
  hint: RenderHint | null;
}

export interface RenderHint {
  declared: string | null;
  inferred: 'marketing' | 'utility' | 'authentication';
  /** In [0, 1]. */
  confidence: number;
  /** The phrases the hint rests on, as written, strongest first. */
  reasons: string[];
}
