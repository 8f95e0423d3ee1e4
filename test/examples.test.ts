/** The bundled examples: every template is clean, and every mistake file shows its rule at the line the examples README names. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintSet } from '../server/src/lint/lint';
import { parseConfigText } from '../server/src/workspace/discover';
import { ruleById } from '../server/src/rules/index';

function lintFolder(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.watpl')).sort();
  let config;
  try {
    config = parseConfigText(readFileSync(join(dir, 'watpl.config.json'), 'utf8'), 'watpl.config.json');
  } catch {
    config = undefined;
  }
  return lintSet(files.map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8'), config })));
}

test('examples/templates: at least 15 templates, and not one diagnostic of any severity', () => {
  const results = lintFolder('examples/templates');
  assert.ok(results.length >= 15);
  for (const r of results) assert.deepEqual(r.diagnostics.map((d) => `${d.rule}: ${d.message}`), [], r.path);
});

test('examples/templates: three categories, five languages, one template translated', () => {
  const results = lintFolder('examples/templates');
  const categories = new Set(results.map((r) => r.template.category));
  const languages = new Set(results.map((r) => r.template.language));
  for (const c of ['marketing', 'utility', 'authentication']) assert.ok(categories.has(c), c);
  for (const l of ['en_US', 'nl', 'es', 'de', 'pt_BR']) assert.ok(languages.has(l), l);
  const byName = new Map<string, number>();
  for (const r of results) byName.set(r.template.name!, (byName.get(r.template.name!) ?? 0) + 1);
  assert.ok([...byName.values()].some((n) => n >= 4));
});

/** Rows of the mistakes table in examples/README.md: file, rule and the 1-based line (or range) of the mistake. */
function mistakeTable(): { file: string; rule: string; lines: [number, number] | null }[] {
  const text = readFileSync('examples/README.md', 'utf8');
  return [...text.matchAll(/^\| `([^`]+)` \| `([a-z-]+)` \| \w+ \| ([^|]+) \|/gm)].map((m) => {
    const range = /^(\d+)(?:–(\d+))?$/.exec(m[3].trim());
    return { file: m[1], rule: m[2], lines: range ? [Number(range[1]), Number(range[2] ?? range[1])] : null };
  });
}

test('examples/mistakes: each file shows its own rule, at the documented line, and no other error or warning', () => {
  const rows = mistakeTable();
  assert.ok(rows.length >= 30);
  for (const row of rows) {
    assert.ok(ruleById.has(row.rule), `${row.file}: no rule ${row.rule}`);
    const path = join('examples/mistakes', row.file);
    if (statSync(path).isDirectory()) {
      const results = lintFolder(path);
      assert.ok(results.some((r) => r.diagnostics.some((d) => d.rule === row.rule)), `${row.file}: ${row.rule} not reported`);
      continue;
    }
    const [r] = lintSet([{ path: row.file, text: readFileSync(path, 'utf8') }]);
    const own = r.diagnostics.filter((d) => d.rule === row.rule);
    assert.ok(own.length > 0, `${row.file}: ${row.rule} not reported; got ${r.diagnostics.map((d) => d.rule).join(', ')}`);
    const others = r.diagnostics.filter((d) => d.rule !== row.rule && d.severity !== 'information' && d.severity !== 'hint');
    assert.deepEqual(others.map((d) => `${d.rule}: ${d.message}`), [], row.file);
    if (row.lines) {
      const line = r.template.lines.positionAt(own[0].span.start).line + 1;
      assert.ok(line >= row.lines[0] && line <= row.lines[1], `${row.file}: ${row.rule} at line ${line}, expected ${row.lines.join('–')}`);
    }
  }
});

test('examples/mistakes: every rule (example-syntax aside) has a mistake example', () => {
  const shown = new Set(mistakeTable().map((r) => r.rule));
  const missing = [...ruleById.keys()].filter((id) => !shown.has(id) && !['example-syntax'].includes(id));
  assert.deepEqual(missing, []);
});

test('examples/mistakes: where the rule has a fix, applying it removes the problem', async () => {
  const { applyEdits } = await import('../server/src/lint/fix');
  let fixedCount = 0;
  for (const row of mistakeTable()) {
    const path = join('examples/mistakes', row.file);
    if (statSync(path).isDirectory()) continue;
    const text = readFileSync(path, 'utf8');
    const [r] = lintSet([{ path: row.file, text }]);
    const own = r.diagnostics.find((d) => d.rule === row.rule && d.fix);
    if (!own) continue;
    const after = applyEdits(text, own.fix!.edits);
    const [again] = lintSet([{ path: row.file, text: after }]);
    assert.ok(again.diagnostics.filter((d) => d.rule === row.rule).length < r.diagnostics.filter((d) => d.rule === row.rule).length, `${row.file}: the fix did not remove the problem`);
    fixedCount++;
  }
  assert.ok(fixedCount >= 10, `only ${fixedCount} mistake files have a fix`);
});
