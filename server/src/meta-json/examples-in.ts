/** Meta's example blocks (`header_text`, `body_text`, `*_named_params`, URL examples) → the Examples section, keyed as FORMAT.md says. */
import type { Placeholder } from '../parser/model';
import { scanPlaceholders } from '../parser/placeholders';
import { SourceText } from '../parser/source-text';
import { exampleKey } from '../rules/util/examples';
import type { Note } from './draft';
import type { NamedParam } from './schema';

/** A text of the template that may hold placeholders, with the examples Meta gave for it. */
export interface Part {
  component: 'header' | 'body' | 'button';
  buttonIndex: number | null;
  /** JSON path of the example block, for notes. */
  path: string;
  text: string;
  positional?: string[];
  named?: NamedParam[];
  /** URL buttons: the example as given (the whole URL, or the value alone). */
  urlExample?: string;
}

/** The well-formed placeholders of a text, as the parser finds them. */
export function placeholdersIn(part: Part): Placeholder[] {
  const found: Placeholder[] = [];
  scanPlaceholders(SourceText.build([{ text: part.text, fileStart: 0 }], 0), part.component, part.buttonIndex, found, []);
  return found;
}

/** The value a URL example gives for the URL's one placeholder. */
function urlValue(part: Part, p: Placeholder, notes: Note[]): string | undefined {
  const ex = part.urlExample;
  if (ex === undefined) return undefined;
  const prefix = part.text.slice(0, p.textStart);
  const suffix = part.text.slice(p.textEnd);
  if (ex.startsWith(prefix) && ex.endsWith(suffix) && ex.length >= prefix.length + suffix.length) return ex.slice(prefix.length, ex.length - suffix.length);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(ex)) {
    notes.push({ path: part.path, message: `"${ex}" is not a whole URL; taken as the value of {{${p.key}}}.` });
    return ex;
  }
  notes.push({ path: part.path, message: `the example URL "${ex}" does not start with the button's URL before {{${p.key}}} ("${prefix}"), so no example value could be read from it.` });
  return undefined;
}

function valueFor(part: Part, p: Placeholder, all: readonly Part[], notes: Note[]): string | undefined {
  if (part.component === 'button') return urlValue(part, p, notes);
  if (p.style === 'positional') return part.positional?.[(p.number ?? 0) - 1];
  const own = part.named?.find((n) => n.param_name === p.key);
  if (own) return own.example;
  for (const other of all) {
    const found = other.named?.find((n) => n.param_name === p.key);
    if (found) return found.example;
  }
  return undefined;
}

function where(p: Placeholder): string {
  return p.component === 'button' ? `the URL of button ${(p.buttonIndex ?? 0) + 1}` : `the ${p.component}`;
}

/** Example lines for every placeholder in the parts, in order of first use; notes for missing, conflicting and unused examples. */
export function assembleExamples(parts: readonly Part[], notes: Note[]): [string, string][] {
  const out = new Map<string, string>();
  const usedNames = new Set<string>();
  for (const part of parts) {
    const ps = placeholdersIn(part);
    if (ps.length > 1 && part.component === 'button') notes.push({ path: part.path, message: `the URL holds ${ps.length} placeholders (Meta allows one, at its end); examples for them cannot be read.` });
    for (const p of ps) {
      usedNames.add(p.key);
      const key = exampleKey(p);
      const value = ps.length > 1 && part.component === 'button' ? undefined : valueFor(part, p, parts, notes);
      if (value === undefined) {
        if (!out.has(key)) notes.push({ path: part.path, message: `no example for {{${p.key}}} in ${where(p)}: the file will be flagged by example-missing until one is added.` });
        continue;
      }
      const previous = out.get(key);
      if (previous === undefined) out.set(key, value);
      else if (previous !== value) notes.push({ path: part.path, message: `{{${p.key}}} has the example "${previous}" elsewhere and "${value}" here; the first is kept (one example serves every use of a name).` });
    }
    noteUnused(part, ps, notes);
  }
  for (const part of parts) {
    for (const n of part.named ?? []) if (!usedNames.has(n.param_name)) notes.push({ path: part.path, message: `the example for "${n.param_name}" belongs to no placeholder; not written.` });
  }
  return [...out];
}

function noteUnused(part: Part, ps: readonly Placeholder[], notes: Note[]): void {
  const count = part.positional?.length ?? 0;
  const max = Math.max(0, ...ps.filter((p) => p.style === 'positional').map((p) => p.number ?? 0));
  if (count <= max) return;
  const extra = `${count - max} example value${count - max === 1 ? '' : 's'}`;
  notes.push({ path: part.path, message: max === 0 ? `${extra} for a text without positional placeholders; not written.` : `${extra} beyond the last placeholder {{${max}}}; not written.` });
}
