// Runs every fast test (*.test.ts under test/, server/src and client/src) with Node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['server/src', 'client/src', 'test'];
const skip = new Set(['node_modules', 'fixtures', 'e2e']);
function find(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (!skip.has(name)) find(p, out); }
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}
const files = roots.flatMap((r) => { try { return find(r, []); } catch { return []; } }).sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...selected], { stdio: 'inherit' });
process.exit(res.status ?? 1);
