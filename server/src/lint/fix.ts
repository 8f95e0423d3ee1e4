/** Applying safe fixes: non-overlapping edits, repeated until nothing fixable is left. */
import type { Fix, TextEdit } from '../parser/model';
import type { Diagnostic } from './diagnostic';

/** Applies edits to `text`, skipping any that overlaps one already taken, and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos) continue;
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}

/** Picks whole fixes that do not overlap each other (a fix is taken entirely or not at all). */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const taken: TextEdit[] = [];
  const out: Fix[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) =>
    a.span.start < b.span.end && b.span.start < a.span.end || (a.span.start === b.span.start && a.span.end === a.span.start && b.span.end === b.span.start);
  for (const f of fixes) {
    if (f.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...f.edits);
    out.push(f);
  }
  return out;
}

/** Applies every fix of `lint(text)` in passes until none is left (at most 10 passes). */
export function fixAll(text: string, lint: (text: string) => Diagnostic[]): { text: string; passes: number } {
  let current = text;
  let passes = 0;
  for (; passes < 10; passes++) {
    const fixes = lint(current).flatMap((d) => (d.fix ? [d.fix] : []));
    if (fixes.length === 0) break;
    const next = applyEdits(current, compatibleFixes(fixes).flatMap((f) => f.edits));
    if (next === current) break;
    current = next;
  }
  return { text: current, passes };
}
