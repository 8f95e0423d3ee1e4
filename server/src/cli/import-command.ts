/** `watpl import FILE.json [--out DIR] [--force]`: Meta's JSON → `{name}.{language}.watpl` files, with a note of everything changed or left out. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importJson } from '../meta-json/import';
import { parseArgs, UsageError } from './args';
import { makeDir } from './export-command';
import { absolute, CannotRun, displayPath, readUserFile, writeUserFile, type ExitCode, type Io } from './io';

const SPEC = { values: ['out'], flags: ['force'] };

/** Runs `watpl import`: notes and refusals on stderr, written files on stdout; exit 1 when a template is refused or a file exists. */
export function importCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, SPEC);
  if (args.positionals.length !== 1) throw new UsageError(`"watpl import" takes one JSON file (got ${args.positionals.length})`);
  const file = args.positionals[0];
  const result = importJson(readUserFile(io, file));
  if (result.syntaxError) throw new CannotRun(`${file}: ${result.syntaxError}`);
  for (const n of result.notes) io.stderr(`${file}: note: ${n}`);
  for (const t of result.templates) for (const n of t.notes) io.stderr(`${file}: note: ${t.fileName}: ${n}`);
  for (const r of result.refused) {
    io.stderr(`${file}: ${r.label} not imported:\n${r.problems.map((p) => `  ${p}`).join('\n')}`);
    for (const n of r.notes) io.stderr(`  note: ${n}`);
  }
  const outDir = args.values.get('out') ?? '.';
  const dir = absolute(io, outDir);
  const targets = result.templates.map((t) => ({ t, abs: join(dir, t.fileName) }));
  const existing = args.flags.has('force') ? [] : targets.filter((x) => existsSync(x.abs));
  if (existing.length) {
    for (const x of existing) io.stderr(`${displayPath(io, x.abs)}: already exists; not overwritten (use --force to replace it)`);
    io.stderr(`watpl import: nothing written, ${existing.length} of ${targets.length} file${targets.length === 1 ? '' : 's'} already exist${existing.length === 1 ? 's' : ''}.`);
    return 1;
  }
  if (targets.length) makeDir(dir, outDir);
  for (const x of targets) {
    writeUserFile(io, x.abs, x.t.text);
    io.stdout(displayPath(io, x.abs));
  }
  if (targets.length === 0 && result.refused.length === 0) io.stderr(`${file}: no templates in this JSON.`);
  return result.refused.length ? 1 : 0;
}
