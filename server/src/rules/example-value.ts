/** example-value: an example value that cannot be sent: a newline, a tab or more than 4 spaces in a row (Meta, error 132018), empty, or changed by YAML. */
import type { Example } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule, type Report } from './types';

/** A newline, a tab, or 5+ spaces: what Meta refuses in a send-time value. */
const UNSENDABLE = /\r?\n|\t| {5,}/g;
/** The same test without the global flag: a cheap check before collecting matches. */
const MAYBE_UNSENDABLE = /[\n\t]| {5}/;
const WHY = 'Meta refuses a parameter with a newline, a tab or more than 4 consecutive spaces (error 132018), so a message sent with this value fails';

/** Offset of the value inside its source text when the two read the same (plain or simply quoted), else -1. */
function directOffset(e: Example): number {
  if (e.source === e.value) return 0;
  const q = e.source[0];
  if ((q === '"' || q === "'") && e.source.length === e.value.length + 2 && e.source.slice(1, -1) === e.value) return 1;
  return -1;
}

function describe(s: string): string {
  return s.includes('\n') ? 'a line break' : s === '\t' ? 'a tab' : `${s.length} spaces in a row`;
}

function unsendable(e: Example): Report[] {
  if (!MAYBE_UNSENDABLE.test(e.value)) return [];
  const at = directOffset(e);
  const found = [...e.value.matchAll(UNSENDABLE)];
  if (found.length === 0) return [];
  if (at < 0) {
    const what = [...new Set(found.map((m) => describe(m[0])))].join(' and ');
    return [{ span: e.valueSpan, message: `The example for ${e.key} holds ${what}: ${WHY}. Keep it on one line, with single spaces.` }];
  }
  return found.map((m) => {
    const span: Span = { start: e.valueSpan.start + at + m.index, end: e.valueSpan.start + at + m.index + m[0].length };
    const fix = m[0].includes('\n') ? undefined : { title: 'Replace with one space', edits: [{ span, newText: ' ' }] };
    return { span, message: `The example for ${e.key} holds ${describe(m[0])}: ${WHY}. Use one space.`, fix };
  });
}

function empty(e: Example): Report {
  const span = e.source === '' ? e.keySpan : e.valueSpan;
  return { span, message: `The example for ${e.key} is empty: Meta requires a sample value for every placeholder. Write a realistic value after "${e.key}:".` };
}

/** A value YAML read as a number, a yes/no or null, where the text sent would differ from what is written. */
function retyped(e: Example): Report | null {
  if (e.valueType === 'string' || e.valueType === 'other' || e.source === '' || e.value === e.source) return null;
  const read = e.valueType === 'null' ? 'nothing (null)' : `the ${e.valueType === 'number' ? 'number' : 'yes/no value'} ${e.value}`;
  const quoted = `"${e.source}"`;
  return {
    span: e.valueSpan,
    message: `YAML reads ${e.source} as ${read}, so Meta would get "${e.value}" instead of "${e.source}". Quote it: ${quoted}.`,
    fix: { title: `Quote as ${quoted}`, edits: [{ span: e.valueSpan, newText: quoted }] },
  };
}

export default defineRule({
  meta: {
    id: 'example-value',
    severity: 'warning',
    description: 'An example value that could not be sent (a newline, a tab, more than 4 spaces), is empty, or that YAML changes (0123 read as 123).',
    source: 'Meta, error 132018 (parameter values may not contain a newline, a tab or more than 4 consecutive spaces)',
    fixable: true,
  },
  check({ template, report }) {
    for (const e of template.examples) {
      const changed = retyped(e);
      if (changed) report(changed);
      else if (e.value.trim() === '') report(empty(e));
      else for (const r of unsendable(e)) report(r);
    }
  },
});
