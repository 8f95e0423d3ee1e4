/** Example values into message text: the text the phone shows, with a record of where each value (or gap) landed. */
import type { PlaceholderComponent, Template } from '../parser/model';
import { exampleFor, examplesByKey } from '../rules/util/examples';

/** value: an example value filled in; gap: a placeholder with no (or an empty) example; raw: a placeholder shown as written. */
export type MarkKind = 'value' | 'gap' | 'raw';

/** Where a placeholder ended up in the hydrated text: [start, end) and the placeholder as written. */
export interface ValueMark {
  start: number;
  end: number;
  kind: MarkKind;
  placeholder: string;
}

/** A placeholder at [start, end) of a text, with its example value (null: none). */
export interface Slot {
  start: number;
  end: number;
  value: string | null;
}

/** Text with its placeholders filled in (or kept, in raw mode), and the marks of each, in order. */
export interface Hydrated {
  text: string;
  marks: ValueMark[];
}

/** Fills each slot with its value; a slot without a value or with an empty one (or every slot, when raw) keeps the placeholder as written. */
export function hydrate(text: string, slots: readonly Slot[], raw: boolean): Hydrated {
  const marks: ValueMark[] = [];
  let out = '';
  let pos = 0;
  for (const slot of slots) {
    if (slot.start < pos) continue;
    out += text.slice(pos, slot.start);
    const placeholder = text.slice(slot.start, slot.end);
    const kind: MarkKind = raw ? 'raw' : slot.value === null || slot.value === '' ? 'gap' : 'value';
    const shown = kind === 'value' ? (slot.value as string) : placeholder;
    marks.push({ start: out.length, end: out.length + shown.length, kind, placeholder });
    out += shown;
    pos = slot.end;
  }
  out += text.slice(pos);
  return { text: out, marks };
}

/** The placeholders of the header or the body of a template as slots, with their example values. */
export function componentSlots(t: Template, component: PlaceholderComponent): Slot[] {
  const byKey = examplesByKey(t);
  return t.placeholders
    .filter((p) => p.component === component)
    .sort((a, b) => a.textStart - b.textStart)
    .map((p) => ({ start: p.textStart, end: p.textEnd, value: exampleFor(t, p, byKey)?.value ?? null }));
}

/** The slots of `{{1}}`-style placeholders in a fixed text (the authentication body), all with one value. */
export function fixedSlots(text: string, placeholder: string, value: string): Slot[] {
  const slots: Slot[] = [];
  for (let i = text.indexOf(placeholder); i !== -1; i = text.indexOf(placeholder, i + placeholder.length)) {
    slots.push({ start: i, end: i + placeholder.length, value });
  }
  return slots;
}
