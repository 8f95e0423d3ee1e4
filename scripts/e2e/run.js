#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end tests in a real VS Code (code-server), against the packaged
// extension. Builds and packages watpl.vsix into a temporary folder, unpacks it, compiles the
// suites in test/e2e/ to out/e2e/<run>/, runs them through @vscode/test-electron's runTests with the
// code-server shim as the VS Code executable, then runs the browser-level checks (ui-check, preview-check).
// Ends with the line "N passed, N failed"; exits 1 when anything failed.
// Env: WATPL_E2E_GREP (only tests and browser checks whose title contains it), KEEP_E2E_LOGS=1 (keep the temporary folders).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');
const { runTests } = require('@vscode/test-electron');
const editor = require('./editor');
const { uiCheck } = require('./ui-check');
const { previewCheck } = require('./preview-check');
const { packageVsix } = require('../package');

const ROOT = editor.ROOT;

/** Runs a command in the repository; throws with its output when it fails. */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
  if (res.status !== 0) throw new Error(`"${[cmd, ...args].join(' ')}" failed (exit ${res.status ?? res.signal}):\n${res.stdout ?? ''}${res.stderr ?? ''}`);
  return res;
}

/** Builds dist/, packages it as the release would be, and unpacks the .vsix; returns both paths. */
function packageExtension(tmp) {
  const vsix = path.join(tmp, 'watpl.vsix');
  run(process.execPath, ['scripts/build.mjs']);
  packageVsix(vsix);
  run('unzip', ['-q', vsix, 'extension/*', '-d', path.join(tmp, 'vsix')]);
  return { vsix, extensionPath: path.join(tmp, 'vsix', 'extension') };
}

/**
 * Compiles test/e2e/*.ts to out/e2e/<run>/*.js, one folder per run so that parallel runs in one
 * checkout do not overwrite each other (vscode and mocha stay external: the editor and node_modules
 * provide them). Returns the folder.
 */
async function compileSuites(tmp) {
  const dir = path.join(ROOT, 'test', 'e2e');
  const out = path.join(ROOT, 'out', 'e2e', path.basename(tmp));
  process.on('exit', () => fs.rmSync(out, { recursive: true, force: true }));
  const entryPoints = fs.readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(dir, f));
  await esbuild.build({ entryPoints, outdir: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' });
  await esbuild.stop(); // its service process would otherwise live as long as this one
  return out;
}

/** Runs the in-editor suites; returns { passed, failed } from the results file the suites write as they go. */
async function runSuites(tmp, extensionPath, suitesDir) {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const results = path.join(tmp, 'results.json');
  let error;
  try {
    await runTests({
      vscodeExecutablePath: path.join(__dirname, 'code-server-test-shim.js'),
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: path.join(suitesDir, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
      extensionTestsEnv: { WATPL_E2E_RESULTS: results, WATPL_E2E_TMP: tmp, TEST_TIMEOUT_S: process.env.TEST_TIMEOUT_S || '240' },
    });
  } catch (err) {
    error = err;
  }
  const counts = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, 'utf8')) : { passed: 0, failed: 0, done: false };
  if (counts.done) return counts;
  // the editor never started the tests, or was stopped before they finished: count that as one failure
  console.error(`e2e: the extension tests did not finish${error ? ` (${error.message})` : ''}`);
  return { passed: counts.passed, failed: counts.failed + 1 };
}

/** The browser-level checks: each drives its own editor on its own copy of examples/ and saves a screenshot. */
const BROWSER_CHECKS = [
  { title: 'ui-check: a problem of an example shows in the Problems panel', check: uiCheck, shot: 'ui-check.png' },
  {
    title: 'preview-check: the preview opens beside a template, follows typing without reloading, editors and translations, and comes back after a reload',
    check: previewCheck,
    shot: 'preview-e2e.png',
  },
];

/** Runs one browser-level check; true when it passed, null when WATPL_E2E_GREP leaves it out. */
async function runBrowserCheck(tmp, vsix, { title, check, shot }) {
  const grep = process.env.WATPL_E2E_GREP;
  if (grep && !title.toLowerCase().includes(grep.toLowerCase())) return null;
  const name = title.split(':')[0];
  const workspace = path.join(tmp, `${name}-workspace`);
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const ok = await check({ vsix, workspace, tmpRoot: tmp, shot: path.join(ROOT, 'test-artifacts', shot) });
  console.log(`  ${ok ? '✔' : '✘'} ${title}`);
  return ok;
}

/** Every editor, browser and server process of the run has exited (each names the run folder in its arguments or environment). */
async function noProcessLeft(tmp) {
  const left = await editor.processesUsing(tmp);
  console.log(`  ${left.length ? '✘' : '✔'} no process of the run is left`);
  for (const line of left) console.log(`      still running: ${line}`);
  return left.length === 0;
}

async function main() {
  editor.exitOnSignals();
  const t0 = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'watpl-e2e-'));
  process.env.WATPL_E2E_TMP = tmp; // every process of the run inherits it: noProcessLeft() finds them by it
  let keep = Boolean(process.env.KEEP_E2E_LOGS); // and when a test failed; not after Ctrl+C
  process.on('exit', () => {
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  });
  const phase = (name) => console.log(`e2e ${((Date.now() - t0) / 1000).toFixed(1)}s: ${name}`);
  run('bash', ['scripts/e2e/setup.sh'], { stdio: 'inherit' });
  phase('packaging watpl.vsix');
  const { vsix, extensionPath } = packageExtension(tmp);
  const suitesDir = await compileSuites(tmp);
  phase('running test/e2e in code-server');
  const suites = await runSuites(tmp, extensionPath, suitesDir);
  const browser = [];
  for (const c of BROWSER_CHECKS) {
    phase(`browser-level ${c.title.split(':')[0]}`);
    browser.push(await runBrowserCheck(tmp, vsix, c));
  }
  const cleanOk = await noProcessLeft(tmp);
  const passed = suites.passed + browser.filter((ok) => ok === true).length + (cleanOk ? 1 : 0);
  const failed = suites.failed + browser.filter((ok) => ok === false).length + (cleanOk ? 0 : 1);
  const ok = failed === 0;
  keep ||= !ok;
  if (keep) console.log(`e2e: logs kept in ${tmp}`);
  phase('done');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(`e2e: ${err.stack || err}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
