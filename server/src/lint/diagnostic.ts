/** The engine's diagnostic: one reported problem, in file offsets (adapters turn spans into ranges). */
import type { Fix } from '../parser/model';
import type { Span } from '../parser/text';
import type { Severity } from '../rules/types';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: Fix;
  data?: Record<string, unknown>;
}

/** Order of diagnostics in every output: by position, then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
