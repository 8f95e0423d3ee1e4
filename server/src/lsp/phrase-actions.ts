/** The category rules' code actions: their suggested edits (change the category, remove the phrase) and "Allow this phrase in this project", which writes `phrases.allow` in the nearest watpl.config.json (creating it when there is none). */
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../config/resolve';
import type { Fix } from '../parser/model';
import { CONFIG_FILE } from '../workspace/discover';
import { dirname, joinPath, type FileSystem } from '../workspace/fs';
import { toLspEdits } from './convert';
import type { DocumentLint } from './service';
import { pathToUri, uriToPath } from './uri';

/** What the allow action needs from the server: the file system and the workspace folders. */
export interface ProjectAccess {
  fs: FileSystem;
  folders: readonly string[];
}

/** The suggestions a diagnostic carries (data.suggestions), and the allow action for a promotional phrase. */
export function phraseActions(doc: TextDocument, lint: DocumentLint, d: LspDiagnostic, project?: ProjectAccess): CodeAction[] {
  const start = doc.offsetAt(d.range.start);
  const own = lint.result.diagnostics.find((x) => x.rule === d.code && x.span.start === start);
  if (!own?.data) return [];
  const out: CodeAction[] = [];
  const lines = lint.result.template.lines;
  for (const fix of (own.data.suggestions ?? []) as Fix[]) {
    out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: toLspEdits(fix, lines) } } });
  }
  const phrase = own.data.phrase;
  if (own.rule === 'marketing-wording' && typeof phrase === 'string' && project) {
    const edit = allowEdit(phrase, uriToPath(doc.uri), lint.config, project);
    if (edit) out.push({ title: `Allow "${phrase}" in this project (${CONFIG_FILE})`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
  }
  return out;
}

/** The config file to write: the one in force, else a new one at the root of the workspace folder holding the document. */
function targetFile(docPath: string, config: ResolvedConfig, folders: readonly string[]): { path: string; exists: boolean } {
  if (config.source && config.source.endsWith(CONFIG_FILE)) return { path: config.source, exists: true };
  const folder = [...folders].sort((a, b) => b.length - a.length).find((f) => docPath.startsWith(f));
  return { path: joinPath(folder ?? dirname(docPath), CONFIG_FILE), exists: false };
}

/** The workspace edit adding `phrase` to phrases.allow, or null when it is there already or the file cannot be read as JSON. */
export function allowEdit(phrase: string, docPath: string, config: ResolvedConfig, project: ProjectAccess): WorkspaceEdit | null {
  const target = targetFile(docPath, config, project.folders);
  const uri = pathToUri(target.path);
  const text = target.exists ? project.fs.readFile(target.path) : null;
  if (text === null) {
    const created = `${JSON.stringify({ phrases: { allow: [phrase] } }, null, 2)}\n`;
    return { documentChanges: [CreateFile.create(uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, created)])] };
  }
  let json: { phrases?: { allow?: unknown[]; [k: string]: unknown }; [k: string]: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const phrases = (json.phrases ??= {});
  const allow = (phrases.allow ??= []);
  if (!Array.isArray(allow) || allow.includes(phrase)) return null;
  allow.push(phrase);
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const lines = text.split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { documentChanges: [TextDocumentEdit.create({ uri, version: null }, [TextEdit.replace({ start: { line: 0, character: 0 }, end }, `${JSON.stringify(json, null, indent)}\n`)])] };
}
