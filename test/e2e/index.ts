/**
 * The extensionTestsPath module: VS Code calls run() in the extension host. It runs every
 * *.test.js next to it with mocha. When WATPL_E2E_RESULTS names a file, the counts are written
 * there after each test (with done: true at the end), so the runner's closing line is exact
 * even when the editor is stopped mid-run.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Runs the suites; rejects (which makes VS Code exit with 1) when a test fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.WATPL_E2E_GREP) mocha.grep(process.env.WATPL_E2E_GREP);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  const counts = { passed: 0, failed: 0, done: false };
  const report = () => process.env.WATPL_E2E_RESULTS && writeFileSync(process.env.WATPL_E2E_RESULTS, JSON.stringify(counts));
  report();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      counts.done = true;
      report();
      if (failures > 0) reject(new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
    runner.on('pass', () => {
      counts.passed++;
      report();
    });
    runner.on('fail', () => {
      counts.failed++;
      report();
    });
  });
}
