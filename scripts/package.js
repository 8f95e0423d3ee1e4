#!/usr/bin/env node
// Packages the built extension (dist/) as a .vsix with @vscode/vsce, from a staging folder that holds
// only package.json and the files its "files" list names. vsce matches every file under its working
// folder against its ignore patterns before it applies "files"; in the checkout that means .bench/'s
// generated corpus and .e2e/'s editor (25,000+ files, about 40 s of CPU), here a dozen files (4 s).
// The package's contents are the same. Usage: node scripts/package.js [OUT.vsix]   (default watpl.vsix)
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Writes the .vsix of the current dist/ to `out`; throws with vsce's output when packaging fails. */
function packageVsix(out) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'watpl-package-'));
  try {
    for (const entry of ['package.json', ...manifest.files]) {
      const from = path.join(ROOT, entry);
      if (!fs.existsSync(from)) throw new Error(`${entry} (listed in package.json "files") does not exist; run npm run build first`);
      fs.cpSync(from, path.join(stage, entry), { recursive: true });
    }
    const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
    const res = spawnSync(vsce, ['package', '--no-dependencies', '--out', path.resolve(out)], { cwd: stage, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`vsce package failed (exit ${res.status ?? res.signal}):\n${res.stdout}${res.stderr}`);
    return path.resolve(out);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

module.exports = { packageVsix };

if (require.main === module) {
  try {
    const out = packageVsix(process.argv[2] || path.join(ROOT, 'watpl.vsix'));
    console.log(`packaged ${path.relative(process.cwd(), out) || out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
  } catch (err) {
    console.error(`package: ${err.message}`);
    process.exit(1);
  }
}
