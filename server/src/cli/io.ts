/** What a CLI command needs from the outside world, so commands can be tested in process. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/resolve';
import { ConfigResolver, findTemplates, parseConfigText } from '../workspace/discover';
import { nodeFs } from '../workspace/node-fs';
import { UsageError } from './args';

export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string;
  color: boolean;
}

/** A command's outcome: the exit code of CLI.md (0 ok, 1 problems, 2 could not run). */
export type ExitCode = 0 | 1 | 2;

/** Thrown when the command cannot run; the message is the one line printed on stderr. */
export class CannotRun extends Error {}

/** Path as shown to users: relative to the working folder when inside it, with forward slashes. */
export function displayPath(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  const p = rel && !rel.startsWith('..') ? rel : abs;
  return p.split(sep).join('/');
}

export function absolute(io: Io, p: string): string {
  return resolve(io.cwd, p);
}

/** Reads a file the user named, or explains why not. */
export function readUserFile(io: Io, p: string): string {
  try {
    return readFileSync(absolute(io, p), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CannotRun(`${p}: no such file or folder`);
    throw new CannotRun(`${p}: cannot read it (${code ?? (e as Error).message})`);
  }
}

export function writeUserFile(io: Io, p: string, text: string): void {
  try {
    writeFileSync(absolute(io, p), text);
  } catch (e) {
    throw new CannotRun(`${p}: cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** The config resolver for a command: `--config FILE` for every file, else the nearest watpl.config.json. */
export function configResolver(io: Io, configPath: string | undefined): ConfigResolver {
  let explicit: ResolvedConfig | null = null;
  if (configPath !== undefined) explicit = parseConfigText(readUserFile(io, configPath), configPath);
  return new ConfigResolver(nodeFs, explicit);
}

export { UsageError };

/** The .watpl files under the paths the user named (default `.`), each once, sorted; a path with none cannot run. */
export function templateFiles(io: Io, paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const root of paths.length ? paths : ['.']) {
    const abs = absolute(io, root);
    if (!existsSync(abs)) throw new CannotRun(`${root}: no such file or folder`);
    const found = findTemplates(nodeFs, abs);
    if (found.length === 0) throw new CannotRun(`${root}: no .watpl templates found`);
    for (const f of found) files.add(f);
  }
  return [...files].sort();
}
