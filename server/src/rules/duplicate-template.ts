/** duplicate-template: two files with the same name and language are one template twice; Meta keeps one (Meta, template management). */
import { entry } from '../parser/model';
import { groupEntries } from './util/group';
import { defineWorkspaceRule } from './types';

export default defineWorkspaceRule({
  meta: {
    id: 'duplicate-template',
    severity: 'error',
    description: 'Two files declare the same template name and language.',
    source: 'Meta, template management: a name and language pair is unique per WhatsApp Business Account',
    fixable: false,
    scope: 'workspace',
  },
  checkAll({ entries, report }) {
    const groups = groupEntries(entries, (e) => (e.template.name && e.template.language ? `${e.template.name}\u0000${e.template.language}` : null));
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      for (const e of list) {
        const others = list.filter((o) => o !== e).map((o) => o.path);
        const at = entry(e.template, 'name')!;
        report(e, {
          span: at.valueSpan,
          message: `Template "${e.template.name}" in ${e.template.language} is also defined in ${others.join(', ')}: Meta keeps one template per name and language. Rename one or delete it.`,
          data: { others },
        });
      }
    }
  },
});
