/** The server's state: open documents, the workspace index, configs and settings, and the lint that publishes diagnostics. */
import type { Connection, Diagnostic as LspDiagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, defaultResolvedConfig, withOverrides, type ResolvedConfig } from '../config/resolve';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../config/settings';
import { checkTemplate, checkWorkspace, finish, type LintResult } from '../lint/lint';
import { parseTemplate } from '../parser/parse';
import { CONFIG_FILE, ConfigResolver, findTemplates } from '../workspace/discover';
import type { FileSystem } from '../workspace/fs';
import { TemplateIndex, type IndexedTemplate } from '../workspace/index';
import { toLspDiagnostic } from './convert';
import { pathToUri, uriToPath } from './uri';

export interface DocumentLint {
  version: number;
  result: LintResult;
  config: ResolvedConfig;
}

/** Everything the handlers share. One instance per connection. */
export class WatplService {
  readonly index = new TemplateIndex();
  readonly configs: ConfigResolver;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lints = new Map<string, DocumentLint>();
  /** Config files that failed to load, with their problems, by path. */
  private readonly badConfigs = new Map<string, string[]>();
  folders: string[] = [];
  canReadConfiguration = false;
  globalSettings: Settings = DEFAULT_SETTINGS;
  /** Server time of each document lint, in ms (for the benchmark). */
  readonly timings: number[] = [];
  /** How long the first index of the workspace took, in ms, once built. */
  indexMs: number | null = null;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly fs: FileSystem,
  ) {
    this.configs = new ConfigResolver(fs);
  }

  /** Settings for a document, asked from the client once per document and cached until they change. */
  settingsFor(uri: string): Promise<Settings> {
    if (!this.canReadConfiguration) return Promise.resolve(this.globalSettings);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'watpl' }).then(
        (raw) => {
          const { settings, problems } = readSettings(raw);
          if (problems.length) this.connection.window.showWarningMessage(`watpl: invalid settings, defaults used for ${problems.join('; ')}`);
          return settings;
        },
        () => this.globalSettings,
      );
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  clearSettings(): void {
    this.settingsCache.clear();
  }

  /** The config in force for a path with the editor's overrides; a broken config falls back to the defaults and is remembered. */
  configFor(path: string, settings: Settings): { config: ResolvedConfig; error: ConfigError | null } {
    let base: ResolvedConfig;
    let error: ConfigError | null = null;
    try {
      base = this.configs.forFile(path);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      error = e;
      base = defaultResolvedConfig();
      if (e.file) this.badConfigs.set(e.file, e.problems);
    }
    try {
      return { config: withOverrides(base, settings.rules, settings.requiredLanguages), error };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return { config: base, error: error ?? e };
    }
  }

  /** Builds the index of every template in the workspace folders. */
  buildIndex(): number {
    const open = new Set(this.documents.keys().map(uriToPath));
    for (const folder of this.folders) {
      for (const path of findTemplates(this.fs, folder)) if (!open.has(path)) this.indexFromDisk(path);
    }
    return this.index.size;
  }

  /** (Re)reads one template from disk into the index; removes it when it is gone. */
  indexFromDisk(path: string): void {
    const text = this.fs.readFile(path);
    if (text === null) {
      this.index.delete(path);
      return;
    }
    this.index.set(path, text, this.configFor(path, this.globalSettings).config, undefined, true);
  }

  /** Schedules a lint of an open document after the debounce delay; a newer change cancels the pending one. */
  schedule(uri: string, delayMs?: number): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    void this.settingsFor(uri).then((s) => {
      if (!s.enable) return this.clear(uri);
      const delay = delayMs ?? s.debounceMs;
      const timer = setTimeout(() => {
        this.timers.delete(uri);
        this.lintNow(uri, s);
      }, delay);
      const previous = this.timers.get(uri);
      if (previous) clearTimeout(previous);
      this.timers.set(uri, timer);
    });
  }

  /** Lints an open document now and publishes its diagnostics, unless it changed meanwhile. */
  lintNow(uri: string, settings: Settings): DocumentLint | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const t0 = performance.now();
    const lint = this.lintDocument(doc, settings);
    const diagnostics = lint.result.diagnostics.map((d) => toLspDiagnostic(d, lint.result.template.lines, doc.version));
    const configProblem = this.configDiagnostic(uriToPath(uri), settings);
    if (configProblem) diagnostics.unshift(configProblem);
    this.timings.push(performance.now() - t0);
    if (this.timings.length > 10000) this.timings.splice(0, 5000);
    if (this.documents.get(uri)?.version !== doc.version) return lint;
    void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    return lint;
  }

  /** Parses and lints a document (template rules, then the workspace rules over its related templates). */
  lintDocument(doc: TextDocument, settings: Settings): DocumentLint {
    const cached = this.lints.get(doc.uri);
    if (cached && cached.version === doc.version && this.index.get(uriToPath(doc.uri))?.template === cached.result.template) return cached;
    const path = uriToPath(doc.uri);
    const { config } = this.configFor(path, settings);
    const entry = this.index.set(path, doc.getText(), config);
    const result = checkTemplate(entry.template, path, config);
    const related = this.index.related(entry);
    result.failures.push(...checkWorkspace(related, new Map([[path, result]])));
    finish(result);
    for (const f of result.failures) this.connection.console.error(`watpl: rule ${f.rule} failed on ${f.path}; other rules still ran.\n${f.error}`);
    const lint = { version: doc.version, result, config };
    this.lints.set(doc.uri, lint);
    return lint;
  }

  /** The latest lint of an open document, computing it if needed. */
  async current(uri: string): Promise<DocumentLint | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    return this.lintDocument(doc, await this.settingsFor(uri));
  }

  private configDiagnostic(path: string, settings: Settings): LspDiagnostic | null {
    const { error } = this.configFor(path, settings);
    if (!error) return null;
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      severity: DiagnosticSeverity.Error,
      source: 'watpl',
      code: 'config',
      message: `${error.file ?? 'watpl settings'} is invalid, so watpl uses its defaults here: ${error.problems.join('; ')}.`,
    };
  }

  /** Re-lints every open document (after settings or config changes), soon. */
  relintOpen(): void {
    this.lints.clear();
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  /** Re-lints open documents related to an index entry (translations, duplicates), except `except`. */
  relintRelated(entry: IndexedTemplate | undefined, except?: string): void {
    if (!entry) return;
    for (const other of this.index.related(entry)) {
      const uri = pathToUri(other.path);
      if (uri === except || !this.documents.get(uri)) continue;
      this.lints.delete(uri); // its own text did not change, but what the workspace rules see did
      this.schedule(uri);
    }
  }

  clear(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.lints.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** After watpl.config.json files changed: forget configs and re-resolve every indexed template. */
  reloadConfigs(): void {
    this.configs.clear();
    this.badConfigs.clear();
    this.lints.clear();
    for (const e of [...this.index.all()]) {
      if (this.documents.get(pathToUri(e.path))) continue;
      this.index.set(e.path, e.text, this.configFor(e.path, this.globalSettings).config, e.slim ? undefined : e.template, e.slim);
    }
    this.publishConfigProblems();
    this.relintOpen();
  }

  /** Publishes each broken config file's problems on that file. */
  publishConfigProblems(): void {
    for (const [file, problems] of this.badConfigs) {
      void this.connection.sendDiagnostics({
        uri: pathToUri(file),
        diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: DiagnosticSeverity.Error, source: 'watpl', code: 'config', message: problems.join('\n') }],
      });
    }
  }

  /** Lints every indexed template and publishes all diagnostics (the "lint workspace" command). Returns the number of files. */
  async lintWorkspace(): Promise<number> {
    // Files that are not open are indexed slim: parse them in full for their own rules.
    const entries = [...this.index.all()].map((e) => (e.slim ? { ...e, template: parseTemplate(e.text), slim: false } : e));
    const results = new Map<string, LintResult>();
    for (const e of entries) results.set(e.path, checkTemplate(e.template, e.path, e.config));
    checkWorkspace(entries, results);
    for (const [path, result] of results) {
      finish(result);
      const uri = pathToUri(path);
      const doc = this.documents.get(uri);
      void this.connection.sendDiagnostics({ uri, version: doc?.version, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, result.template.lines, doc?.version ?? 0)) });
    }
    return entries.length;
  }

  isConfigFile(path: string): boolean {
    return path.endsWith(`/${CONFIG_FILE}`) || path.endsWith(`\\${CONFIG_FILE}`) || path === CONFIG_FILE;
  }
}
