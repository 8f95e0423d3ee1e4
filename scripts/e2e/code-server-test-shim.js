#!/usr/bin/env node
// Stand-in for the VS Code executable that @vscode/test-electron's runTests() starts (its
// vscodeExecutablePath): starts code-server on a free loopback port, opens the workbench in headless
// Chromium with the extension under development and the test module in the URL payload, relays the
// extension host's console, and exits with the tests' exit code. The test suites therefore run
// unchanged in desktop VS Code. Understands --extensionDevelopmentPath, --extensionTestsPath,
// --user-data-dir, --extensions-dir and one folder argument; other VS Code flags are ignored.
// Env: TEST_TIMEOUT_S (default 300), KEEP_E2E_LOGS=1 keeps the run folder after a success,
// WATPL_E2E_TMP (where the run folder goes; default the system's temporary folder).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const editor = require('./editor');
const { launchBrowser } = require('./browser');

/** Values of --name=value and --name value in argv. */
function option(argv, name) {
  const out = [];
  argv.forEach((a, i) => {
    if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
    else if (a === `--${name}` && argv[i + 1]) out.push(argv[i + 1]);
  });
  return out;
}

/** The workbench URL that loads the development extensions and runs the tests in folder. */
function workbenchUrl(origin, { devPaths, testsPath, folder }) {
  const host = new URL(origin).host;
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
  const where = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
  return `${origin}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// Workbench chatter that says nothing about the extension under test.
const NOISE = new RegExp(['\\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\\]', 'open-vsx\\.org',
  'authentication provider', 'marketplace', '^(Resolving|Resolved) connection token', '^Creating a socket', '^Updating additional builtin'].join('|'), 'i');

/** Opens the workbench and resolves with the tests' exit code, 'timeout', or a string saying what broke. */
async function runInBrowser(page, url, server, timeoutMs, stamp) {
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args || []));
    if (!NOISE.test(line)) console.log(type === 'log' || type === 'info' ? line : `[${type}] ${line}`);
  });
  page.on('crash', () => finish('the browser page crashed'));
  await page.goto(url);
  page.waitForSelector('.monaco-workbench', { timeout: timeoutMs }).then(() => stamp('workbench loaded'), () => {});
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const stopped = server.exited.then((code) => `code-server exited (${code})`);
  try {
    return await Promise.race([done, timeout, stopped]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  editor.exitOnSignals();
  const t0 = Date.now();
  const stamp = (what) => console.log(`shim ${((Date.now() - t0) / 1000).toFixed(1)}s: ${what}`);
  const argv = process.argv.slice(2);
  const testsPath = option(argv, 'extensionTestsPath')[0];
  if (!testsPath) throw new Error('no --extensionTestsPath given');
  const devPaths = option(argv, 'extensionDevelopmentPath');
  const folder = argv.find((a, i) => !a.startsWith('-') && !/^--(user-data-dir|extensions-dir)$/.test(argv[i - 1] || ''));
  const runDir = fs.mkdtempSync(path.join(process.env.WATPL_E2E_TMP || os.tmpdir(), 'watpl-cs-test-'));
  const dirs = editor.prepareRunDir(runDir, { userDataDir: option(argv, 'user-data-dir')[0], extensionsDir: option(argv, 'extensions-dir')[0] });
  const server = await editor.startCodeServer(dirs, { port: await editor.freePort(), extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  stamp(`code-server is up at ${server.origin}`);
  const { context, page } = await launchBrowser(runDir);
  stamp('Chromium is up; opening the workbench');
  let result;
  try {
    result = await runInBrowser(page, workbenchUrl(server.origin, { devPaths, testsPath, folder }), server, 1000 * Number(process.env.TEST_TIMEOUT_S || 300), stamp);
    if (result !== 0) await page.screenshot({ path: path.join(runDir, 'end.png') }).catch(() => {});
  } finally {
    stamp(`tests ended (${result}); stopping`);
    await context.close().catch(() => {});
    server.stop();
    stamp('stopped');
  }
  if (result === 0 && !process.env.KEEP_E2E_LOGS) fs.rmSync(runDir, { recursive: true, force: true });
  else console.error(`extension tests ended with ${result}; code-server log and a screenshot are in ${runDir}`);
  process.exit(result === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`code-server test shim: ${err.stack || err}`);
  process.exit(1);
});
