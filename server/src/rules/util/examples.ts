/** How placeholders and their example keys correspond (FORMAT.md §2, Examples). */
import type { Example, Placeholder, Template } from '../../parser/model';

/** The canonical example key of a placeholder: its name, or header.N / body.N / buttonK.N (K is the 1-based button position). */
export function exampleKey(p: Pick<Placeholder, 'style' | 'key' | 'component' | 'buttonIndex'>): string {
  if (p.style === 'named') return p.key;
  if (p.component === 'button') return `button${(p.buttonIndex ?? 0) + 1}.${p.key}`;
  return `${p.component}.${p.key}`;
}

/** The canonical form of an example key as written (bare `N` means body.N). */
export function canonicalExampleKey(key: string): string {
  return /^[0-9]+$/.test(key) ? `body.${key}` : key;
}

/**
 * The last template asked about and its map. The rules of one lint ask in a row, so one slot is enough; a WeakMap
 * would gain an entry per template linted and slow every garbage collection.
 */
let lastTemplate: Template | null = null;
let lastMap: ReadonlyMap<string, Example> = new Map();

/** Example values by canonical key (the first of duplicates wins). Computed once per template: several rules ask. */
export function examplesByKey(t: Template): ReadonlyMap<string, Example> {
  if (t === lastTemplate) return lastMap;
  const m = new Map<string, Example>();
  for (const e of t.examples) {
    const k = canonicalExampleKey(e.key);
    if (!m.has(k)) m.set(k, e);
  }
  lastTemplate = t;
  lastMap = m;
  return m;
}

/** The example for a placeholder, if the template has one. */
export function exampleFor(t: Template, p: Placeholder, byKey = examplesByKey(t)): Example | undefined {
  return byKey.get(exampleKey(p));
}
