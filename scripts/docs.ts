/** `npm run docs`: regenerates docs/rules.md and the rules table in README.md from the rule list. `--check` fails on drift. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { allRules } from '../server/src/rules/index';
import { rulesPage, withRulesTable } from '../server/src/rules/docs';
import { configurationProperties } from '../server/src/config/settings';

/** The mistake example of each rule (examples/mistakes/<id>.watpl), when there is one. */
export function mistakeExamples(): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of allRules) {
    const p = `examples/mistakes/${r.meta.id}.watpl`;
    if (existsSync(p)) map.set(r.meta.id, readFileSync(p, 'utf8'));
  }
  return map;
}

/** package.json with contributes.configuration generated from the settings schema. */
function packageJson(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration.properties = configurationProperties();
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function generated(): { readme: string; rules: string; pkg: string } {
  return {
    readme: withRulesTable(readFileSync('README.md', 'utf8'), allRules),
    rules: rulesPage(allRules, mistakeExamples()),
    pkg: packageJson(),
  };
}

if (process.argv[1]?.endsWith('docs.ts')) {
  const g = generated();
  if (process.argv.includes('--check')) {
    const stale = [['README.md', g.readme], ['docs/rules.md', g.rules], ['package.json', g.pkg]].filter(([p, text]) => !existsSync(p) || readFileSync(p, 'utf8') !== text);
    if (stale.length) {
      console.error(`Out of date: ${stale.map(([p]) => p).join(', ')}. Run "npm run docs".`);
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', g.readme);
    writeFileSync('docs/rules.md', g.rules);
    writeFileSync('package.json', g.pkg);
  }
}
