/** `watpl classify [PATH...]`: the category hint of each template with its reasons, as text or CLI.md's JSON. Works on files that declare no category. */
import { classifyTemplate, type Classification } from '../classify/classify';
import type { ResolvedConfig } from '../config/resolve';
import { normalizeCategory } from '../meta/categories';
import type { Template } from '../parser/model';
import { parseTemplate } from '../parser/parse';
import { oneOf, parseArgs } from './args';
import { absolute, configResolver, displayPath, readUserFile, templateFiles, type ExitCode, type Io } from './io';

const SPEC = { values: ['format', 'config', 'stdin-filename'], flags: ['stdin'] };

interface Classified {
  file: string;
  template: Template;
  result: Classification;
}

/** Runs `watpl classify`. Exit 0 when every template was classified (a hint is not a problem), 2 when it cannot run. */
export function classifyCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, SPEC);
  const format = oneOf(args, 'format', ['text', 'json'] as const, 'text');
  const resolver = configResolver(io, args.values.get('config'));
  const sources = args.flags.has('stdin') ? [stdinSource(io, args.values.get('stdin-filename'))] : fileSources(io, args.positionals);
  const classified = sources.map((s): Classified => {
    const template = parseTemplate(s.text);
    const config: ResolvedConfig = resolver.forFile(s.abs);
    return { file: s.file, template, result: classifyTemplate(template, config.phrases) };
  });
  io.stdout(format === 'json' ? toJson(classified) : toText(classified, io.color));
  return 0;
}

function stdinSource(io: Io, name: string | undefined): { file: string; abs: string; text: string } {
  const abs = absolute(io, name ?? '<stdin>');
  return { file: name ? displayPath(io, abs) : '<stdin>', abs, text: io.readStdin() };
}

function fileSources(io: Io, paths: readonly string[]): { file: string; abs: string; text: string }[] {
  const out = templateFiles(io, paths).map((abs) => ({ abs, file: displayPath(io, abs), text: readUserFile(io, abs) }));
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The declared category as Meta's current name (legacy values mapped), the value as written when unknown, or null. */
function declared(t: Template): string | null {
  if (t.category === null) return null;
  return normalizeCategory(t.category)?.category ?? t.category;
}

/** CLI.md's JSON: one entry per file, in path order; ranges 0-based in UTF-16 code units. */
export function toJson(items: readonly Classified[]): string {
  return JSON.stringify(
    items.map(({ file, template, result }) => ({
      file,
      declared: declared(template),
      inferred: result.inferred,
      confidence: result.confidence,
      reasons: result.reasons.map((r) => ({ text: r.text, range: template.lines.range(r.span), signal: r.signal })),
    })),
    null,
    2,
  );
}

/** Per file: `declared → reads as inferred (93%)`, then each reason as `line:col  signal  "text"`. */
export function toText(items: readonly Classified[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let mismatches = 0;
  for (const { file, template, result } of items) {
    const d = declared(template);
    const differs = d !== null && d !== result.inferred;
    if (differs) mismatches++;
    const verdict = `reads as ${result.inferred} (${Math.round(result.confidence * 100)}%)`;
    lines.push(`${paint('4', file)}  ${d ?? 'no category'} ${differs ? paint('33', `→ ${verdict}`) : `· ${verdict}`}`);
    for (const r of result.reasons) {
      const p = template.lines.positionAt(r.span.start);
      const text = r.text.replace(/\s+/g, ' ');
      lines.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)}${paint('90', r.signal.padEnd(22))}"${text.length > 70 ? `${text.slice(0, 69)}…` : text}"`);
    }
  }
  lines.push('', `${items.length} template${items.length === 1 ? '' : 's'} classified, ${mismatches} read${mismatches === 1 ? 's' : ''} as another category than declared.`);
  return lines.join('\n');
}
