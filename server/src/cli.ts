/** Entry point of the `watpl` command line (dist/cli.js): a thin adapter over the engine. */
import { readFileSync } from 'node:fs';
import { main } from './cli/main';

const out: string[] = [];
const code = main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => out.push(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
process.stdout.write(out.join(''), () => process.exit(code));
