/** duplicate-content: two templates with the same body and footer; Meta rejects a template that duplicates another one (Meta, template categorization guidelines). */
import type { Template } from '../parser/model';
import { groupEntries } from './util/group';
import { defineWorkspaceRule, type WorkspaceEntry } from './types';

/** Trimmed, with every run of white space collapsed to one space; case is kept. */
function normalize(s: string): string {
  // split/join, not replace(/\s+/g, ' '): in V8 the replace result kept ~6 KB per 400-character body alive,
  // and the workspace index holds one key per template.
  return s.trim().split(/\s+/).join(' ');
}

const keys = new WeakMap<Template, string | null>();

/** The key two templates share when their body and footer are the same, or null for an empty body. Computed once per template. */
export function contentKey(t: Template): string | null {
  let key = keys.get(t);
  if (key !== undefined) return key;
  const body = normalize(t.body?.text.text ?? '');
  key = body === '' ? null : `${body}\u0000${normalize(t.footer?.text.text ?? '')}`;
  keys.set(t, key);
  return key;
}

function describe(e: WorkspaceEntry): string {
  const { name, language } = e.template;
  return name && language ? `${e.path} ("${name}", ${language})` : e.path;
}

export default defineWorkspaceRule({
  meta: {
    id: 'duplicate-content',
    severity: 'information',
    description: 'Another template in the workspace has the same body and footer.',
    source: 'Meta, template categorization guidelines: a template whose body and footer duplicate another template is rejected',
    fixable: false,
    scope: 'workspace',
  },
  checkAll({ entries, report }) {
    const groups = groupEntries(entries, (e) => contentKey(e.template));
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      for (const e of list) {
        // Same name and language is one template twice: duplicate-template reports that.
        const others = list.filter((o) => o.template.name !== e.template.name || o.template.language !== e.template.language);
        if (others.length === 0) continue;
        const what = e.template.footer?.text.text.trim() ? 'body and footer are' : 'body is';
        report(e, {
          span: e.template.body!.text.span,
          message: `The ${what} the same as in ${others.map(describe).join(', ')}: Meta rejects a template whose body and footer duplicate another template's. Reword one, or reuse the existing template.`,
          data: { others: others.map((o) => o.path) },
        });
      }
    }
  },
});
