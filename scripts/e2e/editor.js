// Starts and stops code-server (the VS Code the e2e tests and `npm start` use), installed by setup.sh.
// code-server runs in its own process group, and stop() kills the whole group: killing only its main
// process leaves the extension host, the file watcher and the language server running.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const E2E_DIR = process.env.E2E_DIR || path.join(ROOT, '.e2e');
const NODE24_BIN = process.env.NODE24_BIN || path.join(E2E_DIR, 'node24/node_modules/node/bin');
const CODE_SERVER = process.env.CODE_SERVER || path.join(E2E_DIR, 'cs/node_modules/.bin/code-server');

/** User settings for a quiet, reproducible workbench (no chat view, no welcome page, no update checks). */
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Throws a message that says what to run when setup.sh has not installed the editor yet. */
function requireInstalled() {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run bash scripts/e2e/setup.sh`);
}

/** The environment code-server needs: node 24 first on PATH. */
function editorEnv() {
  return { ...process.env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}` };
}

/** Creates the config file, user data and extensions folders of one editor run under runDir. */
function prepareRunDir(runDir, { userDataDir, extensionsDir } = {}) {
  const dirs = {
    config: path.join(runDir, 'config.yaml'),
    userData: userDataDir || path.join(runDir, 'user-data'),
    extensions: extensionsDir || path.join(runDir, 'extensions'),
    log: path.join(runDir, 'code-server.log'),
  };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  // without --config, code-server writes ~/.config/code-server/config.yaml
  fs.writeFileSync(dirs.config, '{}\n');
  const settings = path.join(dirs.userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

/** The arguments every code-server call of a run shares. */
function profileArgs(dirs) {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** Installs a .vsix into the run's extensions folder; throws with code-server's output when that fails. */
function installVsix(dirs, vsix) {
  requireInstalled();
  const res = spawnSync(CODE_SERVER, [...profileArgs(dirs), '--install-extension', vsix], { env: editorEnv(), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`installing ${vsix} into code-server failed:\n${res.stdout}${res.stderr}`);
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on 127.0.0.1:port. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** Resolves with the HTTP status of url, or 0 when nothing answers. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True while a process of the process group pgid is alive. Zombies do not count: our own child stays
 * one until Node reaps it, which cannot happen inside the synchronous wait of killGroupSync.
 */
function groupAlive(pgid) {
  if (!fs.existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // fields after "pid (comm)": state ppid pgrp ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
}

/** Kills a process group: SIGTERM, then SIGKILL for whatever is still alive after graceMs. Synchronous, so usable in an exit handler. */
function killGroupSync(pgid, graceMs = 3000) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  const end = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < end) spawnSync('sleep', ['0.05']);
  if (groupAlive(pgid)) try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
}

/**
 * Live processes whose command line or environment contains `text` (a run folder, which the run
 * also puts in its children's environment), as "pid command" lines; polls up to waitMs for them to exit.
 */
async function processesUsing(text, waitMs = 5000) {
  const read = (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return ''; // exited while we looked, or not ours to read
    }
  };
  const find = () => fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid).flatMap((pid) => {
    const cmd = read(`/proc/${pid}/cmdline`).split('\0').join(' ').trim();
    return cmd && (cmd.includes(text) || read(`/proc/${pid}/environ`).includes(text)) ? [`${pid} ${cmd.slice(0, 200)}`] : [];
  });
  const end = Date.now() + waitMs;
  let left = find();
  while (left.length && Date.now() < end) {
    await delay(100);
    left = find();
  }
  return left;
}

/** Makes Ctrl+C, SIGTERM and a closed terminal run the 'exit' handlers (which stop the editor) before exiting. */
function exitOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group and resolves once it answers.
 * Returns { origin, pgid, exited, stop }; stop() kills the group, and runs anyway when this process exits.
 */
async function startCodeServer(dirs, { port, folder, extraArgs = [], timeoutMs = 60000 }) {
  requireInstalled();
  const args = [...profileArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...extraArgs];
  if (folder) args.push(folder);
  const log = fs.openSync(dirs.log, 'a');
  const child = spawn(CODE_SERVER, args, { env: editorEnv(), detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const pgid = child.pid;
  const stop = () => {
    process.removeListener('exit', stop);
    killGroupSync(pgid);
  };
  process.on('exit', stop);
  let exitCode = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exitCode = code ?? signal))));
  const origin = `http://127.0.0.1:${port}`;
  const end = Date.now() + timeoutMs;
  while ((await httpStatus(`${origin}/healthz`)) !== 200) {
    const why = exitCode !== null ? `exited with ${exitCode}` : Date.now() > end ? `did not answer within ${timeoutMs / 1000} s` : '';
    if (why) {
      stop();
      throw new Error(`code-server ${why} on ${origin}; its log is ${dirs.log}`);
    }
    await delay(200);
  }
  return { origin, pgid, exited, stop };
}

module.exports = {
  exitOnSignals, startCodeServer, processesUsing,
  ROOT, E2E_DIR, NODE24_BIN, CODE_SERVER, requireInstalled, editorEnv, prepareRunDir, profileArgs, installVsix,
  freePort, portIsFree, httpStatus, delay, groupAlive, killGroupSync,
};
