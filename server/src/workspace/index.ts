/** The index of every template in the workspace: kept current from open documents and file events, queried by the workspace rules. */
import type { ResolvedConfig } from '../config/resolve';
import type { Template } from '../parser/model';
import { parseTemplate } from '../parser/parse';
import { contentKey } from '../rules/duplicate-content';
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
  private readonly byContent = new Map<string, Set<string>>();

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
    link(this.byContent, contentKey(entry.template), path);
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
    const key = contentKey(entry.template);
    if (key) for (const p of this.byContent.get(key) ?? []) paths.add(p);
    return [...paths].map((p) => this.entries.get(p)!).filter(Boolean);
  }

  /** Paths of templates sharing a name with `name` (to re-lint siblings after a change). */
  withName(name: string | null): string[] {
    return name ? [...(this.byName.get(name) ?? [])] : [];
  }

  withContent(key: string | null): string[] {
    return key ? [...(this.byContent.get(key) ?? [])] : [];
  }

  private unlink(entry: IndexedTemplate): void {
    unlink(this.byName, entry.template.name, entry.path);
    unlink(this.byContent, contentKey(entry.template), entry.path);
  }
}

function link(map: Map<string, Set<string>>, key: string | null, path: string): void {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(path);
}

function unlink(map: Map<string, Set<string>>, key: string | null, path: string): void {
  if (!key) return;
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}
