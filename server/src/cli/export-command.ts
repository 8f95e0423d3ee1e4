/** `watpl export [PATH...] [--out DIR]`: Meta's create payload for each template; refuses them all while one still has lint errors. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintSet } from '../lint/lint';
import { exportLinted, type MetaPayload } from '../meta-json/export';
import { parseArgs } from './args';
import { absolute, CannotRun, configResolver, displayPath, readUserFile, templateFiles, writeUserFile, type ExitCode, type Io } from './io';

const SPEC = { values: ['out', 'config'], flags: [] };

/** Runs `watpl export`. */
export function exportCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, SPEC);
  const resolver = configResolver(io, args.values.get('config'));
  const files = templateFiles(io, args.positionals);
  const results = lintSet(files.map((abs) => ({ path: displayPath(io, abs), text: readUserFile(io, abs), config: resolver.forFile(abs) })));
  const payloads: MetaPayload[] = [];
  let refused = 0;
  for (const r of results) {
    const out = exportLinted(r);
    if (!out.ok) {
      refused++;
      io.stderr(`${r.path}: not exported, it still has ${out.problems.length} error${out.problems.length === 1 ? '' : 's'}:\n${out.problems.map((p) => `  ${r.path}:${p}`).join('\n')}`);
      continue;
    }
    for (const n of out.notes) io.stderr(`${r.path}: note: ${n.path}: ${n.message}`);
    payloads.push(out.payload);
  }
  if (refused) {
    io.stderr(`watpl export: nothing written; ${refused} of ${results.length} template${results.length === 1 ? '' : 's'} still ${refused === 1 ? 'has' : 'have'} errors (see "watpl lint"). Fix them and export again.`);
    return 1;
  }
  const outDir = args.values.get('out');
  if (outDir === undefined) {
    io.stdout(JSON.stringify(payloads, null, 2));
    return 0;
  }
  const dir = absolute(io, outDir);
  makeDir(dir, outDir);
  for (const p of payloads) {
    const target = join(dir, `${p.name}.${p.language}.json`);
    writeUserFile(io, target, `${JSON.stringify(p, null, 2)}\n`);
    io.stdout(displayPath(io, target));
  }
  return 0;
}


/** Creates the output folder, or explains why not. */
export function makeDir(abs: string, shown: string): void {
  try {
    mkdirSync(abs, { recursive: true });
  } catch (e) {
    throw new CannotRun(`${shown}: cannot create this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
