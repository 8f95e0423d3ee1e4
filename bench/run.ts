/** `npm run bench`: measures the engine in process and the CLI as a whole process, on a generated corpus. Prints figures; asserts nothing. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { applyConfig, type ResolvedConfig } from '../server/src/config/resolve';
import { lintSet, lintText } from '../server/src/lint/lint';
import { corpusTemplate, rng } from './corpus';
import { measureServer } from './server';
import { measureRender, measureRenderOverLsp } from './render';

const N = 10_000;
const dir = '.bench/corpus';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measureInProcess(texts: string[]): void {
  for (let i = 0; i < 2000; i++) lintText(texts[i % texts.length]);
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) lintText(texts[i], `t${i}.watpl`);
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  console.log(`engine, one template at a time:     ${Math.round((texts.length / ms) * 1000).toLocaleString('en-US')} templates/s (${(ms / texts.length * 1000).toFixed(1)} µs each, median of 3 runs of ${texts.length.toLocaleString('en-US')})`);
  const t0 = performance.now();
  lintSet(texts.map((text, i) => ({ path: `t${i}.watpl`, text })));
  const setMs = performance.now() - t0;
  console.log(`engine, whole set + workspace rules: ${Math.round((texts.length / setMs) * 1000).toLocaleString('en-US')} templates/s (${setMs.toFixed(0)} ms for ${texts.length.toLocaleString('en-US')})`);
  console.log(`engine peak memory (rss):             ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

/** The cost of the category classifier: a full lint with and without its six rules (they share one classification per template). */
function measureClassifier(texts: string[]): void {
  const ids = ['marketing-wording', 'category-mismatch', 'otp-outside-authentication', 'unclear-content', 'sensitive-request', 'threatening-content'];
  const without = applyConfig({ rules: Object.fromEntries(ids.map((id) => [id, 'off' as const])) }, null);
  const withAll = applyConfig({}, null);
  for (let i = 0; i < 2000; i++) lintText(texts[i % texts.length], 'warm.watpl', i % 2 ? without : withAll);
  const one = alternate(7, without, withAll, (config) => {
    for (let i = 0; i < texts.length; i++) lintText(texts[i], `t${i}.watpl`, config);
  });
  console.log(`classifier rules: lint ${(one.off / texts.length * 1000).toFixed(1)} µs without, ${(one.on / texts.length * 1000).toFixed(1)} µs with = +${((one.on / one.off - 1) * 100).toFixed(1)}% (CPU time, median of 7 alternating runs of ${texts.length.toLocaleString('en-US')})`);
  // The whole set at once, as the CLI and the server's index lint a project: template rules, then the workspace rules.
  const inputs = new Map([without, withAll].map((config) => [config, texts.map((text, i) => ({ path: `t${i}.watpl`, text, config }))]));
  const set = alternate(5, without, withAll, (config) => lintSet(inputs.get(config)!));
  console.log(`classifier rules, whole set + workspace rules: ${set.off.toFixed(0)} ms without, ${set.on.toFixed(0)} ms with = +${((set.on / set.off - 1) * 100).toFixed(1)}% (CPU time, median of 5 alternating runs)`);
}

/**
 * Median CPU milliseconds of `run` with each config, alternating them `runs` times. CPU time, not wall time: other
 * processes on the machine then disturb the comparison less.
 */
function alternate(runs: number, without: ResolvedConfig, withAll: ResolvedConfig, run: (config: ResolvedConfig) => void): { off: number; on: number } {
  const cpu = (config: ResolvedConfig) => {
    const t0 = process.cpuUsage();
    run(config);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  const off: number[] = [];
  const on: number[] = [];
  for (let k = 0; k < runs; k++) {
    off.push(cpu(without));
    on.push(cpu(withAll));
  }
  return { off: median(off), on: median(on) };
}

/** The same comparison as users meet it: the built CLI linting the corpus, with a config that switches the six rules off, and with an empty one. */
function measureClassifierCli(): void {
  const ids = ['marketing-wording', 'category-mismatch', 'otp-outside-authentication', 'unclear-content', 'sensitive-request', 'threatening-content'];
  writeFileSync('.bench/classifier-off.json', JSON.stringify({ rules: Object.fromEntries(ids.map((id) => [id, 'off'])) }));
  writeFileSync('.bench/classifier-on.json', '{}');
  const run = (config: string) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['dist/cli.js', 'lint', dir, '--format', 'json', '--config', config], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  const off: number[] = [];
  const on: number[] = [];
  for (let k = 0; k < 3; k++) {
    off.push(run('.bench/classifier-off.json'));
    on.push(run('.bench/classifier-on.json'));
  }
  const a = median(off);
  const b = median(on);
  console.log(`classifier rules, CLI whole process: ${(a / 1000).toFixed(2)} s without, ${(b / 1000).toFixed(2)} s with = +${((b / a - 1) * 100).toFixed(1)}% (median of 3 alternating runs of ${N.toLocaleString('en-US')} files)`);
}

function measureCli(): void {
  const runs: { ms: number; rss: number }[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', './bench/maxrss.cjs', 'dist/cli.js', 'lint', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
    runs.push({ ms, rss: Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024 });
  }
  const ms = median(runs.map((r) => r.ms));
  console.log(`CLI, whole process, ${N.toLocaleString('en-US')} files:       ${(ms / 1000).toFixed(2)} s (median of 3; ${Math.round((N / ms) * 1000).toLocaleString('en-US')} templates/s), peak memory ${mb(Math.max(...runs.map((r) => r.rss)))}`);
}

function measureRandomMegabyte(): void {
  const r = rng(42);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz     {}{{}}*_~`#-[]()<!-->:\n\n0123456789éü😀';
  const chars: string[] = [];
  for (let i = 0; i < 1_000_000; i++) chars.push(alphabet[Math.floor(r() * alphabet.length)]);
  const text = chars.join('');
  const times: number[] = [];
  let problems = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    problems = lintText(text).diagnostics.length;
    times.push(performance.now() - t0);
  }
  console.log(`1 MB of random text:                 ${median(times).toFixed(1)} ms (median of 5), ${problems.toLocaleString('en-US')} problems, no exception`);
  const fmText = `---\nname: big\nlanguage: en_US\ncategory: utility\n---\n${text}`;
  const t0 = performance.now();
  lintText(fmText);
  console.log(`1 MB of random text after front matter: ${(performance.now() - t0).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  console.log(`watpl benchmark on ${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores`);
  const texts = Array.from({ length: N }, (_, i) => corpusTemplate(i));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => writeFileSync(join(dir, `template_${i}.watpl`), t));
  // `npm run bench -- server` (or engine, cli, random, render) runs one part.
  const only = process.argv[2];
  if (!only || only === 'engine') measureInProcess(texts);
  if (!only || only === 'engine' || only === 'classifier') measureClassifier(texts);
  if (!only || only === 'cli' || only === 'classifier') measureClassifierCli();
  if (!only || only === 'cli') measureCli();
  if (!only || only === 'random') measureRandomMegabyte();
  if (!only || only === 'render') {
    measureRender(texts);
    await measureRenderOverLsp(texts);
  }
  if (!only || only === 'server') await measureServer();
}

void main();
