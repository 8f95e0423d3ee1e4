// `npm run bench`: bundles bench/run.ts with the same esbuild options as dist/ and runs it, so the in-process figures
// measure the code users run (the bundle), not a development transpiler's output.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', entryPoints: ['bench/run.ts'], outfile: '.bench/run.cjs' });
const r = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', '.bench/run.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
