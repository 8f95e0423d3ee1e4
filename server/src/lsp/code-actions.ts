/** Code actions: the rule's fix (preferred), fix all, disable for this line or file, show documentation (the ESLint menu). */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../lint/fix';
import { checkTemplate, finish } from '../lint/lint';
import { parseTemplate } from '../parser/parse';
import { entry, type Template } from '../parser/model';
import type { Span } from '../parser/text';
import { toLspEdits, type DiagnosticData } from './convert';
import { COMMANDS, FIX_ALL_KIND } from './protocol';
import type { DocumentLint } from './service';
import { phraseActions, type ProjectAccess } from './phrase-actions';

/** All code actions for the requested range and kinds. */
export function codeActions(doc: TextDocument, lint: DocumentLint, params: CodeActionParams, project?: ProjectAccess): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const template = lint.result.template;
  const own = params.context.diagnostics.filter((d) => d.source === 'watpl' && typeof d.code === 'string' && d.code !== 'config');
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of own) actions.push(...quickFixes(doc, lint, d, template, project));
  }
  const fixable = lint.result.diagnostics.filter((d) => d.fix).length;
  const allKind = wants(FIX_ALL_KIND) ? FIX_ALL_KIND : wants(CodeActionKind.QuickFix) && fixable > 1 && own.length ? CodeActionKind.QuickFix : null;
  if (allKind && fixable > 0) {
    const edit = fixAllEdit(doc, lint);
    if (edit) actions.push({ title: 'Fix all auto-fixable watpl problems', kind: allKind, edit: { changes: { [doc.uri]: [edit] } } });
  }
  return actions;
}

function quickFixes(doc: TextDocument, lint: DocumentLint, d: LspDiagnostic, template: Template, project?: ProjectAccess): CodeAction[] {
  const rule = d.code as string;
  const out: CodeAction[] = [];
  const data = d.data as DiagnosticData | undefined;
  const fix = data?.version === doc.version && data.fix ? data.fix : freshFix(doc, lint, d);
  if (fix) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [doc.uri]: fix.edits } } });
  out.push(...phraseActions(doc, lint, d, project));
  const offset = doc.offsetAt(d.range.start);
  const inFrontMatter = template.frontMatter !== null && offset < template.frontMatter.span.end;
  if (!inFrontMatter) {
    out.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [disableLineEdit(doc, d.range.start.line, rule)] } } });
  }
  out.push({ title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [disableFileEdit(doc, template, rule)] } } });
  out.push({ title: `Show documentation for ${rule}`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: `Show documentation for ${rule}`, command: COMMANDS.showDocumentation, arguments: [rule] } });
  return out;
}

/** The fix of the current lint's diagnostic with the same rule and start, when the client's copy is from an older version. */
function freshFix(doc: TextDocument, lint: DocumentLint, d: LspDiagnostic): { title: string; edits: TextEdit[] } | null {
  const start = doc.offsetAt(d.range.start);
  const match = lint.result.diagnostics.find((x) => x.rule === d.code && x.span.start === start && x.fix);
  return match?.fix ? { title: match.fix.title, edits: toLspEdits(match.fix, lint.result.template.lines) } : null;
}

/** `<!-- watpl-disable-next-line rule -->` on its own line above `line`, with the same indentation. */
function disableLineEdit(doc: TextDocument, line: number, rule: string): TextEdit {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- watpl-disable-next-line ${rule} -->${eol}` };
}

/** Adds `rule` to the front-matter `disable` list (creating it), or a disable comment at the top when there is no front matter. */
function disableFileEdit(doc: TextDocument, t: Template, rule: string): TextEdit {
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const at = (offset: number) => doc.positionAt(offset);
  const insert = (offset: number, newText: string): TextEdit => ({ range: { start: at(offset), end: at(offset) }, newText });
  const fm = t.frontMatter;
  if (!fm || !fm.closed) return insert(0, `<!-- watpl-disable ${rule} -->${eol}`);
  const e = entry(t, 'disable');
  if (e && Array.isArray(e.value)) {
    const source = t.text.slice(e.valueSpan.start, e.valueSpan.end);
    if (source.trim().startsWith('[')) {
      const close = e.valueSpan.start + source.lastIndexOf(']');
      return insert(close, `${e.value.length ? ', ' : ''}${rule}`);
    }
    const lastLineEnd = endOfLine(t.text, e.valueSpan.end);
    const indent = /^([ \t]*)-/m.exec(source)?.[1] ?? '  ';
    return insert(lastLineEnd, `${eol}${indent}- ${rule}`);
  }
  if (e) return { range: { start: at(e.lineSpan.start), end: at(e.lineSpan.end) }, newText: `disable: [${rule}]${eol}` };
  return insert(fm.contentSpan.end, `disable: [${rule}]${eol}`);
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(0, offset - 1));
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** One edit turning the document into its fully fixed form (the changed middle only). */
function fixAllEdit(doc: TextDocument, lint: DocumentLint): TextEdit | null {
  const text = doc.getText();
  const path = lint.result.path;
  const { text: fixed } = fixAll(text, (t) => finish(checkTemplate(parseTemplate(t), path, lint.config)).diagnostics);
  if (fixed === text) return null;
  const span = changedSpan(text, fixed);
  return { range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) }, newText: fixed.slice(span.start, fixed.length - (text.length - span.end)) };
}

/** The smallest span of `before` that differs from `after` (common prefix and suffix kept). */
function changedSpan(before: string, after: string): Span {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end };
}
