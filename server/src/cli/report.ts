/** The lint report in the CLI's three formats: text for people, JSON for scripts (CLI.md), SARIF 2.1.0 for code scanning. */
import type { Diagnostic } from '../lint/diagnostic';
import type { Template } from '../parser/model';
import { allRules } from '../rules/index';
import type { Severity } from '../rules/types';
import { docsUrl, VERSION } from '../meta/product';

export interface FileReport {
  /** Path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  template: Template;
  diagnostics: Diagnostic[];
}

/** CLI.md's JSON: one entry per file, ranges 0-based in UTF-16 code units. */
export function toJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    template: r.template.frontMatter ? { name: r.template.name, language: r.template.language, category: r.template.category } : null,
    diagnostics: r.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      range: r.template.lines.range(d.span),
      fixable: d.fix !== undefined,
    })),
  }));
  return JSON.stringify(out, null, 2);
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** A compact human report: per file, `line:col  severity  message  rule`, then a summary. */
export function toText(reports: readonly FileReport[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    lines.push(paint('4', r.file));
    for (const d of r.diagnostics) {
      const p = r.template.lines.positionAt(d.span.start);
      totals[d.severity]++;
      if (d.fix) fixable++;
      const where = `${p.line + 1}:${p.character + 1}`.padEnd(8);
      lines.push(`  ${where}${paint(sevColor[d.severity], LABEL[d.severity].padEnd(8))}${d.message}  ${paint('90', d.rule)}`);
    }
    lines.push('');
  }
  const problems = totals.error + totals.warning + totals.information + totals.hint;
  if (problems === 0) {
    lines.push(`${reports.length} template${reports.length === 1 ? '' : 's'} checked, no problems.`);
  } else {
    const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`];
    if (totals.information) parts.push(`${totals.information} info`);
    if (totals.hint) parts.push(`${totals.hint} hint${totals.hint === 1 ? '' : 's'}`);
    lines.push(`${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${reports.length} template${reports.length === 1 ? '' : 's'}.`);
    if (fixable) lines.push(`${fixable} can be fixed with --fix.`);
  }
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, one run; regions are 1-based and counted in UTF-16 code units. */
export function toSarif(reports: readonly FileReport[]): string {
  const index = new Map(allRules.map((r, i) => [r.meta.id, i]));
  const rules = allRules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id,
    shortDescription: { text: r.meta.description },
    helpUri: docsUrl(r.meta.id),
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
    properties: { fixable: r.meta.fixable, source: r.meta.source },
  }));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const range = r.template.lines.range(d.span);
      return {
        ruleId: d.rule,
        ruleIndex: index.get(d.rule) ?? -1,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file) },
            region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
          },
        }],
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'watpl', version: VERSION, informationUri: docsUrl(), rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(sarif, null, 2);
}
