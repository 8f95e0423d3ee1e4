/** placeholder-sequence: positional numbers run 1..n in order of first use within each component (Meta, template components: `{{1}} {{2}} {{5}} {{4}}` is a listed rejection). */
import type { Fix, Placeholder, Template, TextEdit } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import { canonicalExampleKey, exampleKey } from './util/examples';
import { defineRule } from './types';

/** Positional placeholders of the header, the body and each button, each group in text order. */
function groups(t: Template): Placeholder[][] {
  const map = new Map<string, Placeholder[]>();
  for (const p of t.placeholders) {
    if (p.style !== 'positional' || p.component === 'footer') continue;
    const k = `${p.component}${p.buttonIndex ?? ''}`;
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  return [...map.values()];
}

/** How messages name a placeholder's component. */
function where(p: Placeholder): string {
  return p.component === 'button' ? `button ${(p.buttonIndex ?? 0) + 1}'s URL` : `the ${p.component}`;
}

/** The message text a placeholder was found in. */
function textOf(t: Template, p: Placeholder): SourceText | null {
  if (p.component === 'body') return t.body?.text ?? null;
  if (p.component === 'header') return t.header?.kind === 'text' ? t.header.text : null;
  return t.buttons[p.buttonIndex ?? -1]?.valueText ?? null;
}

/** The canonical example key of positional number `n` in `p`'s component. */
function keyOf(p: Placeholder, n: number): string {
  return exampleKey({ style: 'positional', key: String(n), component: p.component, buttonIndex: p.buttonIndex });
}

/** Renumbers every placeholder of a group and renames its example keys (same style as written); null if a key would collide. */
function renumber(t: Template, group: Placeholder[], order: Map<number, number>): Fix | null {
  const edits: TextEdit[] = [];
  for (const p of group) {
    const to = order.get(p.number!)!;
    if (to === p.number) continue;
    const st = textOf(t, p);
    const span = st?.fileSpan(p.textStart + 2, p.textEnd - 2);
    if (!span || span.end - span.start !== p.key.length) return null;
    edits.push({ span, newText: String(to) });
  }
  const renamed = new Map<string, number>();
  const targets = new Set<string>();
  for (const [from, to] of order) {
    if (from === to) continue;
    renamed.set(keyOf(group[0], from), to);
    targets.add(keyOf(group[0], to));
  }
  for (const e of t.examples) {
    const key = canonicalExampleKey(e.key);
    const to = renamed.get(key);
    if (to === undefined) {
      if (targets.has(key)) return null;
      continue;
    }
    edits.push({ span: e.keySpan, newText: /^[0-9]+$/.test(e.key) ? String(to) : keyOf(group[0], to) });
  }
  return { title: `Renumber the placeholders of ${where(group[0])} in order of use`, edits };
}

export default defineRule({
  meta: {
    id: 'placeholder-sequence',
    severity: 'error',
    description: 'Positional placeholders not numbered 1..n in order of first use within the header, the body or a button.',
    source: 'Meta, template components (sequential parameters; {{1}} {{2}} {{5}} {{4}} is a listed rejection)',
    fixable: true,
  },
  check({ template, report }) {
    for (const group of groups(template)) {
      const order = new Map<number, number>();
      let first: { p: Placeholder; expected: number } | null = null;
      for (const p of group) {
        if (order.has(p.number!)) continue;
        const expected = order.size + 1;
        if (p.number !== expected) first ??= { p, expected };
        order.set(p.number!, expected);
      }
      if (!first) continue;
      const { p, expected } = first;
      const later = group.some((q) => q.number === expected);
      const what = later
        ? `Placeholder {{${p.number}}} comes before {{${expected}}}: Meta rejects numbers that are not sequential in order of first use.`
        : `{{${p.number}}} is used but {{${expected}}} is missing: Meta needs the numbers 1 to n with no gaps.`;
      report({ span: p.span, message: `${what} Renumber the placeholders of ${where(p)} 1, 2, 3... in the order they appear.`, fix: renumber(template, group, order) ?? undefined });
    }
  },
});
