/** The `watpl` command: dispatches to a command and turns every failure into exit 2 with one line on stderr. */
import { ConfigError } from '../config/resolve';
import { VERSION } from '../meta/product';
import { UsageError } from './args';
import { CannotRun, type ExitCode, type Io } from './io';
import { classifyCommand } from './classify-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { lintCommand } from './lint-command';
import { previewCommand } from './preview-command';
import { rulesCommand } from './rules-command';

const USAGE = `Usage: watpl <command> [options]

Commands:
  lint [PATH...]        lint .watpl templates (folders are searched recursively; default .)
  rules                 list every rule: id, default severity, fix, description
  classify [PATH...]    the category each template reads as (marketing, utility, authentication), with the reasons
  preview FILE          the template as the phone shows it, as one HTML page (stdout without --out)
  export [PATH...]      Meta's message_templates JSON for each template (stdout: a JSON array)
  import FILE.json      one payload, a list, or a GET message_templates response -> .watpl files

Lint options:
  --format text|json|sarif   report format (default text)
  --config FILE              use this config instead of the nearest watpl.config.json
  --stdin                    read one template from standard input
  --stdin-filename NAME      the name to report (and to find the config) for --stdin
  --max-warnings N           exit 1 when there are more than N warnings
  --fix                      apply every safe fix in place (with --stdin: print the fixed template)
  --quiet                    report errors only

Classify options:
  --format text|json         report format (default text)
  --config FILE              use this config (its phrases) instead of the nearest watpl.config.json
  --stdin                    read one template from standard input (--stdin-filename NAME to name it)

Preview options:
  --out OUT.html             write the page to this file
  --theme light|dark         WhatsApp's light or dark colours (default light)
  --raw                      show {{placeholders}} instead of their example values

Export options:
  --out DIR                  write one {name}.{language}.json per template into DIR
  --config FILE              use this config instead of the nearest watpl.config.json

Import options:
  --out DIR                  write the {name}.{language}.watpl files into DIR (default .)
  --force                    overwrite files that already exist

Exit codes: 0 no errors, 1 problems found, 2 the command could not run.`;

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => ExitCode> = {
  lint: lintCommand,
  rules: rulesCommand,
  classify: classifyCommand,
  preview: previewCommand,
  export: exportCommand,
  import: importCommand,
};

/** Runs the CLI with `argv` (without node and the script). Never throws. */
export function main(argv: readonly string[], io: Io): ExitCode {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(VERSION);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`watpl: unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')} (watpl --help)`);
    return 2;
  }
  try {
    return run(rest, io);
  } catch (e) {
    io.stderr(`watpl: ${describe(e)}`);
    return 2;
  }
}

function describe(e: unknown): string {
  if (e instanceof UsageError) return `${e.message} (watpl --help)`;
  if (e instanceof ConfigError) return `invalid config ${e.file ?? ''}: ${e.problems.join('; ')}`;
  if (e instanceof CannotRun) return e.message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}; please report it`;
}
