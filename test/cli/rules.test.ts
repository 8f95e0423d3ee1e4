import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { watpl } from './helpers';

/** Rule ids from the table in the shared RULES.md, when it is beside the checkout; else none. */
function contractIds(): string[] {
  let text = '';
  try {
    text = readFileSync('../shared/RULES.md', 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/^\| `([a-z-]+)` \| (error|warning|information) \|/gm)].map((m) => m[1]);
}

test('rules --format json lists every rule with id, severity, fixable, description', () => {
  const r = watpl(['rules', '--format', 'json']);
  assert.equal(r.code, 0);
  const rules = JSON.parse(r.stdout) as { id: string; severity: string; fixable: boolean; description: string }[];
  const ids = new Set(rules.map((x) => x.id));
  for (const id of contractIds()) assert.ok(ids.has(id), `rule ${id} missing`);
  for (const x of rules) {
    assert.match(x.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(x.severity));
    assert.equal(typeof x.fixable, 'boolean');
    assert.ok(x.description.length > 10 && !/TODO/.test(x.description), x.id);
  }
});

test('rules: default severities match the RULES.md table', () => {
  const table = readFileSafe('../shared/RULES.md');
  const rules = JSON.parse(watpl(['rules', '--format', 'json']).stdout) as { id: string; severity: string }[];
  for (const m of table.matchAll(/^\| `([a-z-]+)` \| (error|warning|information) \|/gm)) {
    const rule = rules.find((x) => x.id === m[1]);
    if (rule) assert.equal(rule.severity, m[2], m[1]);
  }
});

test('rules: text output has one line per rule', () => {
  const r = watpl(['rules']);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.trim().split('\n').length >= 40);
});

function readFileSafe(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}
