/** `watpl lint [PATH...]`: lint templates, print a report, exit 0/1/2 as CLI.md says. */
import { ConfigError, type ResolvedConfig } from '../config/resolve';
import { fixAll } from '../lint/fix';
import { lintSet, lintText, type LintInput } from '../lint/lint';
import { count, oneOf, parseArgs } from './args';
import { absolute, configResolver, displayPath, readUserFile, templateFiles, writeUserFile, type ExitCode, type Io } from './io';
import { toJson, toSarif, toText, type FileReport } from './report';

const SPEC = { values: ['format', 'config', 'stdin-filename', 'max-warnings'], flags: ['stdin', 'fix', 'quiet'] };

interface Source {
  /** Path shown in the report. */
  file: string;
  /** Absolute path, or null for standard input. */
  abs: string | null;
  text: string;
  config: ResolvedConfig;
}

/** Runs `watpl lint`. */
export function lintCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, SPEC);
  const format = oneOf(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
  const maxWarnings = count(args, 'max-warnings');
  const resolver = configResolver(io, args.values.get('config'));
  const stdinName = args.values.get('stdin-filename');
  const sources = args.flags.has('stdin') ? [readStdinSource(io, stdinName, resolver.forFile.bind(resolver))] : readSources(io, args.positionals, (p) => resolver.forFile(p));
  if (args.flags.has('fix')) {
    const fixedStdin = applyFixes(io, sources);
    if (fixedStdin !== null) {
      io.stdout(fixedStdin);
      return exitFor(lintSources(sources), maxWarnings);
    }
  }
  let reports = lintSources(sources);
  const exit = exitFor(reports, maxWarnings);
  if (args.flags.has('quiet')) reports = reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  io.stdout(format === 'json' ? toJson(reports) : format === 'sarif' ? toSarif(reports) : toText(reports, io.color));
  return exit;
}

function readStdinSource(io: Io, name: string | undefined, configFor: (p: string) => ResolvedConfig): Source {
  const abs = name ? absolute(io, name) : absolute(io, '<stdin>');
  return { file: name ? displayPath(io, abs) : '<stdin>', abs: null, text: io.readStdin(), config: configFor(abs) };
}

function readSources(io: Io, paths: readonly string[], configFor: (abs: string) => ResolvedConfig): Source[] {
  const sources = templateFiles(io, paths).map((abs) => ({ abs, file: displayPath(io, abs), text: readUserFile(io, abs), config: configFor(abs) }));
  return sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function lintSources(sources: readonly Source[]): FileReport[] {
  const inputs: LintInput[] = sources.map((s) => ({ path: s.file, text: s.text, config: s.config }));
  return lintSet(inputs).map((r) => ({ file: r.path, template: r.template, diagnostics: r.diagnostics }));
}

/** Applies every safe fix; writes changed files. For standard input, returns the fixed text instead. */
function applyFixes(io: Io, sources: Source[]): string | null {
  for (const s of sources) {
    const { text } = fixAll(s.text, (t) => lintText(t, s.file, s.config).diagnostics);
    if (s.abs === null) {
      s.text = text;
      return text;
    }
    if (text !== s.text) {
      writeUserFile(io, s.abs, text);
      s.text = text;
    }
  }
  return null;
}

function exitFor(reports: readonly FileReport[], maxWarnings: number | null): ExitCode {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) for (const d of r.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  if (errors > 0) return 1;
  return maxWarnings !== null && warnings > maxWarnings ? 1 : 0;
}

export { ConfigError };
