/** unknown-rule-id: a disable comment or the `disable` list names a rule that does not exist, so it switches nothing off. */
import { entry } from '../parser/model';
import { defineRule } from './types';

/** Filled by the registry, so this rule knows every id without importing it (no cycle). */
export const knownRuleIds = new Set<string>();

export default defineRule({
  meta: {
    id: 'unknown-rule-id',
    severity: 'warning',
    description: 'A disable comment or the front-matter disable list names an unknown rule id.',
    source: 'watpl format (FORMAT.md, inline switches)',
    fixable: false,
  },
  check({ template, report }) {
    const message = (id: string) => `"${id}" is not a watpl rule, so nothing is switched off; run "watpl rules" for the ids.`;
    for (const d of template.directives) for (const r of d.rules) if (!knownRuleIds.has(r.id)) report({ span: r.span, message: message(r.id) });
    const e = entry(template, 'disable');
    if (!e || !Array.isArray(e.value)) return;
    const source = template.text.slice(e.valueSpan.start, e.valueSpan.end);
    let from = 0;
    for (const id of e.value) {
      if (typeof id !== 'string') continue;
      const at = findToken(source, id, from);
      if (at !== -1) from = at + id.length;
      if (knownRuleIds.has(id)) continue;
      const start = at === -1 ? e.valueSpan.start : e.valueSpan.start + at;
      report({ span: { start, end: at === -1 ? e.valueSpan.end : start + id.length }, message: message(id) });
    }
  },
});

/** Where `id` occurs in `source` from `from` on as a whole item (`blank` is not found inside `blank-lines`), or -1. */
function findToken(source: string, id: string, from: number): number {
  if (id === '') return -1;
  const idChar = (i: number) => i >= 0 && i < source.length && /[A-Za-z0-9_-]/.test(source[i]);
  for (let at = source.indexOf(id, from); at !== -1; at = source.indexOf(id, at + 1)) {
    if (!idChar(at - 1) && !idChar(at + id.length)) return at;
  }
  return -1;
}
