/** The index of every template in the workspace: kept current from open documents and file events, queried by the workspace rules. */
import type { ResolvedConfig } from '../config/resolve';
import type { Template } from '../parser/model';
import { parseTemplate } from '../parser/parse';
import { contentHash } from '../rules/duplicate-content';
import type { WorkspaceEntry } from '../rules/types';

export interface IndexedTemplate extends WorkspaceEntry {
  text: string;
  config: ResolvedConfig;
  /** True when `template` keeps only what the workspace rules read (files that are not open). */
  slim: boolean;
}

/**
 * A template trimmed to what the workspace rules read (name, language, category, header, body, footer,
 * buttons, placeholders): the index holds thousands of files that are not open, and memory matters.
 */
export function slimTemplate(t: Template): Template {
  const keep = new Set(['name', 'language', 'category']);
  const frontMatter = t.frontMatter ? { ...t.frontMatter, entries: t.frontMatter.entries.filter((e) => keep.has(e.key)) } : null;
  return { ...t, frontMatter, issues: [], comments: [], directives: [], malformed: [], examples: [] };
}

/** Templates by path, with lookups by name and by content for the workspace rules. */
export class TemplateIndex {
  private readonly entries = new Map<string, IndexedTemplate>();
  private readonly byName = new Map<string, Set<string>>();
  /** By contentHash: templates that may share a body and footer (the rule compares them in full). */
  private readonly byContent = new Map<number, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  get(path: string): IndexedTemplate | undefined {
    return this.entries.get(path);
  }

  all(): IterableIterator<IndexedTemplate> {
    return this.entries.values();
  }

  /**
   * Adds or replaces a template; returns the parsed entry. Reuses `template` when the caller already parsed the text.
   * With `slim`, only what the workspace rules need is kept (for files that are not open).
   */
  set(path: string, text: string, config: ResolvedConfig, template?: Template, slim = false): IndexedTemplate {
    const old = this.entries.get(path);
    if (old && old.text === text && old.config === config && (slim || !old.slim)) return old;
    if (old) this.unlink(old);
    const full = template ?? parseTemplate(text);
    const entry: IndexedTemplate = { path, text, config, template: slim ? slimTemplate(full) : full, slim, requiredLanguages: config.requiredLanguages };
    this.entries.set(path, entry);
    link(this.byName, entry.template.name, path);
    link(this.byContent, contentHash(entry.template), path);
    return entry;
  }

  delete(path: string): IndexedTemplate | undefined {
    const old = this.entries.get(path);
    if (old) {
      this.unlink(old);
      this.entries.delete(path);
    }
    return old;
  }

  /** The entries the workspace rules must see to judge `entry`: the same name (translations, duplicates) or the same content. */
  related(entry: IndexedTemplate): IndexedTemplate[] {
    const paths = new Set<string>([entry.path]);
    for (const p of this.byName.get(entry.template.name ?? '') ?? []) paths.add(p);
    const key = contentHash(entry.template);
    if (key !== null) for (const p of this.byContent.get(key) ?? []) paths.add(p);
    return [...paths].map((p) => this.entries.get(p)!).filter(Boolean);
  }

  /** Paths of templates sharing a name with `name` (to re-lint siblings after a change). */
  withName(name: string | null): string[] {
    return name ? [...(this.byName.get(name) ?? [])] : [];
  }

  private unlink(entry: IndexedTemplate): void {
    unlink(this.byName, entry.template.name, entry.path);
    unlink(this.byContent, contentHash(entry.template), entry.path);
  }
}

function link<K>(map: Map<K, Set<string>>, key: K | null, path: string): void {
  if (key === null || key === '') return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(path);
}

function unlink<K>(map: Map<K, Set<string>>, key: K | null, path: string): void {
  if (key === null || key === '') return;
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}
