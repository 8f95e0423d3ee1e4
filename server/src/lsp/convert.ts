/** Engine values to LSP values: spans to ranges, engine diagnostics to LSP diagnostics with what code actions need. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Diagnostic } from '../lint/diagnostic';
import type { Fix } from '../parser/model';
import type { LineIndex } from '../parser/text';
import { docsUrl } from '../meta/product';
import type { Severity } from '../rules/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a watpl diagnostic carries for code actions: its rule and its fix as LSP edits, for the document version it was made for. */
export interface DiagnosticData {
  rule: string;
  version: number;
  fix?: { title: string; edits: LspTextEdit[] };
}

export function toLspEdits(fix: Fix, lines: LineIndex): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: lines.range(e.span), newText: e.newText }));
}

export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, version: number): LspDiagnostic {
  const data: DiagnosticData = { rule: d.rule, version };
  if (d.fix) data.fix = { title: d.fix.title, edits: toLspEdits(d.fix, lines) };
  return {
    range: lines.range(d.span),
    severity: SEVERITY[d.severity],
    source: 'watpl',
    code: d.rule,
    codeDescription: { href: docsUrl(d.rule) },
    message: d.message,
    data,
  };
}
