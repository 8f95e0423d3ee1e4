/** duplicate-content: two templates with the same body and footer; Meta rejects a template that duplicates another one (Meta, template categorization guidelines). */
import type { Template } from '../parser/model';
import { groupEntries } from './util/group';
import { defineWorkspaceRule, type Report, type WorkspaceEntry } from './types';

/** Trimmed, with every run of white space collapsed to one space; case is kept. */
function normalize(s: string): string {
  // split/join, not replace(/\s+/g, ' '): in V8 the replace result kept ~6 KB per 400-character body alive, and a
  // key is kept for every template that shares its contentHash with another.
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

/** Whether unit `c` is white space as `\s` and `trim()` see it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Two 32-bit hashes of `s` as normalize() gives it (white space runs as one space, none at the ends), continued from h1, h2. */
function hashNormalized(s: string, h: [number, number]): boolean {
  let [h1, h2] = h;
  let any = false;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = any;
      continue;
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, 16777619);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      space = false;
    }
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    any = true;
  }
  h[0] = h1;
  h[1] = h2;
  return any;
}

/**
 * A number that templates with the same contentKey share, computed without building the key (null for an empty body):
 * templates whose hashes differ cannot be duplicates, so the key is built only for the few that share one.
 */
export function contentHash(t: Template): number | null {
  const h: [number, number] = [0x811c9dc5, 0x12345678];
  if (!hashNormalized(t.body?.text.text ?? '', h)) return null;
  h[0] = Math.imul(h[0] ^ 0, 16777619);
  h[1] = Math.imul(h[1] ^ 0, 0x5bd1e995);
  hashNormalized(t.footer?.text.text ?? '', h);
  return (h[0] >>> 0) * 0x200000 + (h[1] >>> 11);
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
    const byHash = new Map<number, WorkspaceEntry[]>();
    for (const e of entries) {
      const h = contentHash(e.template);
      if (h === null) continue;
      const list = byHash.get(h);
      if (list) list.push(e);
      else byHash.set(h, [e]);
    }
    for (const candidates of byHash.values()) {
      if (candidates.length < 2) continue;
      for (const list of groupEntries(candidates, (e) => contentKey(e.template)).values()) if (list.length > 1) reportGroup(list, report);
    }
  },
});

/** Reports each template of a group with the same body and footer, naming the others. */
function reportGroup(list: WorkspaceEntry[], report: (e: WorkspaceEntry, r: Report) => void): void {
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
