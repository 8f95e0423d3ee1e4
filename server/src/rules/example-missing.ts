/** example-missing: a placeholder without an example value; Meta requires a sample for every placeholder when the template is created (Meta, template components). */
import type { Example, Fix, Placeholder, Template, TextEdit } from '../parser/model';
import { defineRule } from './types';
import { exampleKey, examplesByKey } from './util/examples';

/** Key shapes an example may have (others are example-syntax's to report and rename). */
const KEY_SHAPE = /^(?:[a-z][a-z0-9_]*|(?:(?:header|body|footer|button[1-9][0-9]*)\.)?[1-9][0-9]*)$/;

function where(p: Placeholder): string {
  return p.component === 'button' ? `button ${(p.buttonIndex ?? 0) + 1}'s URL` : `the ${p.component}`;
}

/** Where new example lines go: after the last example, after the Examples heading, or in a new section at the end. */
function insertion(t: Template, keys: string[], eol: string): TextEdit {
  const { text, lines } = t;
  const body = keys.map((k) => `${k}: ${eol}`).join('');
  const section = t.sections.examples;
  const last = t.examples[t.examples.length - 1];
  let at: number;
  if (last) at = last.lineSpan.end;
  else if (section?.headingSpan) at = lines.lineEndWithBreak(lines.lineAt(section.headingSpan.start));
  else {
    const gap = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    return { span: { start: text.length, end: text.length }, newText: `${gap}# Examples${eol}${body}` };
  }
  const before = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { span: { start: at, end: at }, newText: before + body };
}

/** A key reduced to letters and digits, to recognise a misspelled example key (`First Name`, `{{order_id}}`, `Body 1`). */
function loose(key: string): string {
  const k = key.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return /^[0-9]+$/.test(k) ? `body${k}` : k;
}

interface Missing {
  p: Placeholder;
  key: string;
  /** An example whose key is malformed but most likely meant for this placeholder (example-syntax renames it). */
  misspelled: Example | undefined;
}

/** The first placeholder of each key that has no example, in placeholder order. */
function missing(t: Template): Missing[] {
  const byKey = examplesByKey(t);
  let malformed: Map<string, Example> | null = null;
  const seen = new Set<string>();
  const out: Missing[] = [];
  for (const p of t.placeholders) {
    const key = exampleKey(p);
    if (seen.has(key)) continue;
    seen.add(key);
    if (byKey.has(key)) continue;
    malformed ??= new Map(t.examples.filter((e) => !KEY_SHAPE.test(e.key)).map((e) => [loose(e.key), e]));
    out.push({ p, key, misspelled: malformed.get(loose(key)) });
  }
  return out;
}

function fixFor(t: Template, keys: string[], eol: string): Fix | undefined {
  if (keys.length === 0) return undefined;
  return { title: keys.length > 1 ? 'Add missing examples' : `Add an example for ${keys[0]}`, edits: [insertion(t, keys, eol)] };
}

export default defineRule({
  meta: {
    id: 'example-missing',
    severity: 'error',
    description: 'A placeholder has no example value in the Examples section.',
    source: 'Meta, template components (every placeholder needs an example value)',
    fixable: true,
  },
  check({ template, report }) {
    const examples = template.sections.examples;
    // An Examples section that could not be read at all is example-syntax's to report.
    if (examples && template.examples.length === 0 && examples.text.text.trim() !== '') return;
    const all = missing(template);
    if (all.length === 0) return;
    // The first fixable problem's fix adds every missing key, so fixing all is one edit.
    // With unreadable YAML in Examples, appending lines could land inside the broken value: report, but fix nothing.
    const yamlBroken = template.issues.some((i) => i.rule === 'example-syntax');
    const addable = yamlBroken ? [] : all.filter((m) => !m.misspelled).map((m) => m.key);
    const eol = template.text.includes('\r\n') ? '\r\n' : '\n';
    let first = true;
    for (const { p, key, misspelled } of all) {
      const how = misspelled ? `"${misspelled.key}" is not an example key: rename it to "${key}".` : `Add "${key}: <value>" under # Examples.`;
      report({
        span: p.span,
        message: `{{${p.key}}} in ${where(p)} has no example: Meta refuses a template unless every placeholder has a sample value. ${how}`,
        fix: misspelled || yamlBroken ? undefined : fixFor(template, first ? addable : [key], eol),
        data: { key },
      });
      if (!misspelled) first = false;
    }
  },
});
