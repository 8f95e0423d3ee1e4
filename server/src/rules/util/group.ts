/** Grouping the templates of a set, as the workspace rules do (by name, by content, by name and language). */
import type { WorkspaceEntry } from '../types';

/** Entries grouped by `key` (entries whose key is null are left out), in path order within each group. */
export function groupEntries(entries: readonly WorkspaceEntry[], key: (e: WorkspaceEntry) => string | null): Map<string, WorkspaceEntry[]> {
  const groups = new Map<string, WorkspaceEntry[]>();
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const k = key(e);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/** The template name of an entry that has both a name and a language (translations are grouped by it). */
export function translationKey(e: WorkspaceEntry): string | null {
  return e.template.name && e.template.language ? e.template.name : null;
}
