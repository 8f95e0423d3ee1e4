import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generated } from '../scripts/docs';
import { allRules } from '../server/src/rules/index';

test('README.md rules table and docs/rules.md are generated from the rule list (run "npm run docs" after changing a rule)', () => {
  const g = generated();
  assert.equal(readFileSync('README.md', 'utf8'), g.readme);
  assert.equal(readFileSync('docs/rules.md', 'utf8'), g.rules);
});

test("package.json's contributes.configuration is generated from the settings schema (run npm run docs after changing it)", () => {
  assert.equal(readFileSync('package.json', 'utf8'), generated().pkg);
  const props = JSON.parse(readFileSync('package.json', 'utf8')).contributes.configuration.properties;
  for (const key of ['watpl.rules', 'watpl.run', 'watpl.requiredLanguages', 'watpl.trace.server']) assert.ok(props[key], key);
});

test('the README documents every editor setting', () => {
  const readme = readFileSync('README.md', 'utf8');
  const props = JSON.parse(readFileSync('package.json', 'utf8')).contributes.configuration.properties as Record<string, unknown>;
  for (const key of Object.keys(props)) assert.ok(readme.includes(`\`${key}\``), `README.md does not mention ${key}`);
});

test('every rule has its documentation anchor and a one-line description naming no placeholder text', () => {
  const page = readFileSync('docs/rules.md', 'utf8');
  for (const r of allRules) {
    assert.ok(page.includes(`\n## ${r.meta.id}\n`), r.meta.id);
    assert.doesNotMatch(r.meta.description, /TODO|\n/);
    assert.ok(r.meta.source.length > 3, `${r.meta.id} names no source`);
  }
});
