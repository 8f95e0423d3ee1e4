import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { template } from '../../server/src/testing/support';
import { tempTree, watpl } from './helpers';

const valid = template();
const broken = template({ name: 'Order-Update', body: 'Hi {{first_name}}, your order {1} has shipped and will arrive within three days.', examples: { first_name: 'Maria' } });

test('lint: a valid template exits 0 and says so', () => {
  const dir = tempTree({ 'a.en_US.watpl': valid });
  const r = watpl(['lint'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 template checked, no problems/);
});

test('lint --format json: CLI.md shape, 0-based ranges, paths relative and in order', () => {
  const dir = tempTree({ 'b/x.watpl': broken, 'a/y.watpl': valid });
  const r = watpl(['lint', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.map((f: { file: string }) => f.file), ['a/y.watpl', 'b/x.watpl']);
  assert.deepEqual(out[0], { file: 'a/y.watpl', template: { name: 'order_update', language: 'en_US', category: 'utility' }, diagnostics: [] });
  const d = out[1].diagnostics.find((x: { rule: string }) => x.rule === 'name-format');
  assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range', 'fixable']);
  assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 18 } });
  assert.equal(d.fixable, true);
  assert.equal(d.severity, 'error');
});

test('lint --format json: template is null without front matter', () => {
  const dir = tempTree({ 'x.watpl': 'Just some text without front matter.\n' });
  const out = JSON.parse(watpl(['lint', '--format', 'json', 'x.watpl'], { cwd: dir }).stdout);
  assert.equal(out[0].template, null);
  assert.ok(out[0].diagnostics.some((d: { rule: string }) => d.rule === 'front-matter'));
});

test('lint --format sarif: SARIF 2.1.0 with 1-based regions and rule metadata', () => {
  const dir = tempTree({ 'x.watpl': broken });
  const r = watpl(['lint', '--format', 'sarif'], { cwd: dir });
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'watpl');
  const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'name-format');
  assert.equal(res.level, 'error');
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 7, endLine: 2, endColumn: 19 });
  assert.equal(run.tool.driver.rules[res.ruleIndex].id, 'name-format');
});

test('lint --stdin: reads one template, reports it under --stdin-filename', () => {
  const r = watpl(['lint', '--stdin', '--stdin-filename', 'templates/x.watpl', '--format', 'json'], { input: broken });
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.stdout)[0].file, 'templates/x.watpl');
});

test('lint --fix: applies every safe fix in place, then lints clean', () => {
  const dir = tempTree({ 'x.watpl': broken });
  const r = watpl(['lint', '--fix', '--format', 'json'], { cwd: dir });
  const after = readFileSync(join(dir, 'x.watpl'), 'utf8');
  assert.match(after, /name: order_update\n/);
  assert.match(after, /your order \{\{1\}\} has shipped/);
  const fixable = JSON.parse(r.stdout)[0].diagnostics.filter((d: { fixable: boolean }) => d.fixable);
  assert.deepEqual(fixable, []);
});

test('lint --stdin --fix prints the fixed template', () => {
  const r = watpl(['lint', '--stdin', '--fix'], { input: template({ name: 'Order-Update' }) });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, template({ name: 'order_update' }));
});

test('lint --max-warnings: more warnings than allowed exit 1, fewer exit 0', () => {
  const warn = template({ body: 'Hi {{first_name}}, your order {1} has shipped and will arrive within three days.', examples: { first_name: 'Maria', 1: '"A1"' } });
  const dir = tempTree({ 'x.watpl': warn });
  assert.equal(watpl(['lint'], { cwd: dir }).code, 0);
  assert.equal(watpl(['lint', '--max-warnings', '0'], { cwd: dir }).code, 1);
  assert.equal(watpl(['lint', '--max-warnings', '5'], { cwd: dir }).code, 0);
});

test('lint: the nearest watpl.config.json applies; --config overrides it', () => {
  const dir = tempTree({
    'watpl.config.json': '{"rules": {"name-format": "off"}}',
    'sub/x.watpl': template({ name: 'Order-Update' }),
    'strict.json': '{"rules": {"name-format": "error"}}',
  });
  assert.equal(watpl(['lint', 'sub'], { cwd: dir }).code, 0);
  assert.equal(watpl(['lint', 'sub', '--config', 'strict.json'], { cwd: dir }).code, 1);
});

test('lint: bad input exits 2 with one line on stderr that says why', () => {
  const dir = tempTree({
    'x.watpl': valid,
    'bad/watpl.config.json': '{"rules": {"name-format": "loud"}}',
    'bad/y.watpl': valid,
    'json/watpl.config.json': '{"rules": ',
    'json/z.watpl': valid,
    'empty/readme.txt': 'no templates',
  });
  const cases: [string[], RegExp][] = [
    [['lint', 'missing'], /missing: no such file or folder/],
    [['lint', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['lint', '--bogus'], /unknown option --bogus/],
    [['lint', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
    [['lint', 'bad'], /watpl\.config\.json: rules\.name-format: must be one of/],
    [['lint', 'json'], /watpl\.config\.json: not valid JSON/],
    [['lint', 'empty'], /no \.watpl templates found/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ];
  for (const [args, re] of cases) {
    const r = watpl(args, { cwd: dir });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, re);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('lint: an unknown rule id in the config is an error naming the key', () => {
  const dir = tempTree({ 'watpl.config.json': '{"rules": {"no-such-rule": "off"}}', 'x.watpl': valid });
  const r = watpl(['lint'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rules\.no-such-rule: no rule has this id/);
});
