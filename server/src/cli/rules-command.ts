/** `watpl rules [--format json]`: every rule with its id, default severity, fixability and description. */
import { allRules } from '../rules/index';
import { oneOf, parseArgs, UsageError } from './args';
import type { ExitCode, Io } from './io';

export function rulesCommand(argv: readonly string[], io: Io): ExitCode {
  const args = parseArgs(argv, { values: ['format'], flags: [] });
  if (args.positionals.length) throw new UsageError(`"watpl rules" takes no paths (got "${args.positionals[0]}")`);
  const format = oneOf(args, 'format', ['text', 'json'] as const, 'text');
  if (format === 'json') {
    io.stdout(JSON.stringify(allRules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, fixable: r.meta.fixable, description: r.meta.description, source: r.meta.source })), null, 2));
    return 0;
  }
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  const lines = allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(11)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.description}`);
  io.stdout(lines.join('\n'));
  return 0;
}
