/** `watpl preview FILE [--out OUT.html] [--theme light|dark] [--raw]`: the preview as one self-contained HTML page (CLI.md). */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { parseTemplate } from '../parser/parse';
import { renderPage } from '../render/page';
import { oneOf, parseArgs, UsageError } from './args';
import { absolute, CannotRun, readUserFile, writeUserFile, type ExitCode, type Io } from './io';

const SPEC = { values: ['out', 'theme'], flags: ['raw'] };

/** Runs `watpl preview`: writes the page to --out, or to standard output. */
export function previewCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, SPEC);
  const theme = oneOf(args, 'theme', ['light', 'dark'] as const, 'light');
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? '"watpl preview" needs one .watpl file' : `"watpl preview" takes one file (got ${args.positionals.length})`);
  }
  const file = args.positionals[0];
  if (isFolder(absolute(io, file))) throw new CannotRun(`${file}: is a folder; "watpl preview" takes one .watpl file`);
  const template = parseTemplate(readUserFile(io, file));
  const page = renderPage(template, { nonce: randomBytes(18).toString('base64'), theme, raw: args.flags.has('raw'), time: clock(new Date()) });
  const out = args.values.get('out');
  if (out === undefined) io.stdout(page);
  else writeUserFile(io, out, page);
  return 0;
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** The time stamp of the bubble, as the phone shows it: the local time, HH:MM. */
function clock(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
