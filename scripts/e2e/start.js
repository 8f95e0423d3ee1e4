#!/usr/bin/env node
// `npm start`: builds and packages the extension (watpl.vsix), installs the editor when needed
// (setup.sh), installs the .vsix into a fresh code-server profile and opens examples/ at
// http://127.0.0.1:PORT. Ctrl+C stops the editor and every process it started.
// Env: PORT (default 8080, or a free port when 8080 is taken), WATPL_WORKSPACE (folder to open, default examples/).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const editor = require('./editor');
const { packageVsix } = require('../package');

const VSIX = path.join(editor.ROOT, 'watpl.vsix');

/** Runs a command in the repository with inherited output; exits with its status when it fails. */
function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: editor.ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`watpl start: "${[cmd, ...args].join(' ')}" failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status || 1);
  }
}

/** The port to serve on: PORT if set, else 8080 when free, else any free port. */
async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  return (await editor.portIsFree(8080)) ? 8080 : editor.freePort();
}

/** Builds, installs and starts everything, then waits for Ctrl+C. */
async function main() {
  editor.exitOnSignals();
  run('npm', ['run', '--silent', 'build']);
  console.log(`watpl start: packaged ${path.relative(editor.ROOT, packageVsix(VSIX))}`);
  run('bash', ['scripts/e2e/setup.sh']);
  const workspace = path.resolve(process.env.WATPL_WORKSPACE || path.join(editor.ROOT, 'examples'));
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'watpl-editor-'));
  let server;
  process.on('exit', () => {
    if (server) console.log('\nwatpl start: stopping the editor');
    server?.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  });
  const dirs = editor.prepareRunDir(runDir);
  editor.installVsix(dirs, VSIX);
  server = await editor.startCodeServer(dirs, { port: await choosePort(), folder: workspace });
  console.log(`\nwatpl is running in VS Code (code-server) with ${path.relative(editor.ROOT, workspace) || '.'} open:\n`);
  console.log(`    ${server.origin}/?folder=${encodeURI(workspace)}\n`);
  console.log('Open a .watpl file to see diagnostics, quick fixes, completion and hovers. Press Ctrl+C to stop.');
  const code = await server.exited;
  console.error(`watpl start: code-server stopped unexpectedly (${code}); its log:\n${tail(dirs.log)}`);
  process.exit(1);
}

/** The last lines of a log file, for an error message. */
function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

main().catch((err) => {
  console.error(`watpl start: ${err.message}`);
  process.exit(1);
});
