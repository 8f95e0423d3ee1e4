/** translation-missing: a template name that lacks a language the project's configuration requires (requiredLanguages; a project rule, not Meta's). */
import { entry } from '../parser/model';
import { groupEntries, translationKey } from './util/group';
import { defineWorkspaceRule, type WorkspaceEntry } from './types';

/** Every language the group's configurations require, in the order they list them. */
function requiredFor(group: readonly WorkspaceEntry[]): string[] {
  const out = new Set<string>();
  for (const e of group) for (const l of e.requiredLanguages) out.add(l);
  return [...out];
}

export default defineWorkspaceRule({
  meta: {
    id: 'translation-missing',
    severity: 'information',
    description: 'A template is missing a language that the configuration requires.',
    source: 'the project configuration (requiredLanguages in watpl.config.json)',
    fixable: false,
    scope: 'workspace',
  },
  checkAll({ entries, report }) {
    const groups = groupEntries(entries, translationKey);
    for (const [name, group] of groups) {
      const required = requiredFor(group);
      if (required.length === 0) continue;
      const present = new Set(group.map((e) => e.template.language));
      const missing = required.filter((l) => !present.has(l));
      if (missing.length === 0) continue;
      // One file carries the diagnostics: the one in the first required language present, else the first by path.
      const firstPresent = required.find((l) => present.has(l));
      const at = group.find((e) => e.template.language === firstPresent) ?? group[0];
      for (const language of missing) {
        report(at, {
          span: entry(at.template, 'name')!.valueSpan,
          message: `Template "${name}" has no ${language} translation; the configuration requires ${required.join(', ')}.`,
          data: { language, required },
        });
      }
    }
  },
});
