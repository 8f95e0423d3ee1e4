/** example-unused: an example no placeholder uses, or a second example for the same placeholder; Meta's example blocks map one-to-one onto placeholders (Meta, template components). */
import type { Example, Template } from '../parser/model';
import { defineRule, type Report } from './types';
import { canonicalExampleKey, exampleKey } from './util/examples';

/** Key shapes an example may have; other keys are example-syntax's to report. */
const KEY_SHAPE = /^(?:[a-z][a-z0-9_]*|(?:(?:header|body|footer|button[1-9][0-9]*)\.)?[1-9][0-9]*)$/;

/** Canonical keys the template's placeholders use, plus those its malformed placeholders most likely mean. */
function usedKeys(t: Template): { keys: Set<string>; anyButton: boolean } {
  const keys = new Set(t.placeholders.map(exampleKey));
  let anyButton = false;
  for (const m of t.malformed) {
    const inner = m.suggestion?.slice(2, -2);
    if (!inner) continue;
    if (m.component === 'button') anyButton = true;
    else keys.add(/^[0-9]+$/.test(inner) ? `${m.component}.${inner}` : inner);
  }
  return { keys, anyButton };
}

/** Where the parser reported YAML problems in the Examples (a duplicate key is one, reported by example-syntax). */
function syntaxIssueStarts(t: Template): Set<number> {
  return new Set(t.issues.filter((i) => i.rule === 'example-syntax').map((i) => i.span.start));
}

function startsWithin(starts: Set<number>, e: Example): boolean {
  for (let o = e.keySpan.start; o < e.keySpan.end; o++) if (starts.has(o)) return true;
  return false;
}

function remove(e: Example): Report['fix'] {
  return { title: `Remove the example for ${e.key}`, edits: [{ span: e.lineSpan, newText: '' }] };
}

export default defineRule({
  meta: {
    id: 'example-unused',
    severity: 'warning',
    description: 'An example whose key matches no placeholder, or a second example for the same placeholder.',
    source: 'Meta, template components (one example value per placeholder)',
    fixable: true,
  },
  check({ template, report }) {
    const { keys, anyButton } = usedKeys(template);
    const issueStarts = syntaxIssueStarts(template);
    let expected: string | null = null;
    const first = new Map<string, Example>();
    for (const e of template.examples) {
      if (!KEY_SHAPE.test(e.key)) continue;
      const key = canonicalExampleKey(e.key);
      const earlier = first.get(key);
      if (earlier) {
        if (e.key === earlier.key && startsWithin(issueStarts, e)) continue;
        const line = template.lines.lineAt(earlier.keySpan.start) + 1;
        const same = e.key === earlier.key ? '' : ` ("${e.key}" and "${earlier.key}" name the same placeholder)`;
        report({ span: e.keySpan, message: `A second example for ${key}${same}: line ${line} already gives one, and Meta takes one value per placeholder. Remove this line.`, fix: remove(e) });
        continue;
      }
      first.set(key, e);
      if (keys.has(key) || (anyButton && /^button[0-9]+\./.test(key))) continue;
      report({ span: e.keySpan, message: `No placeholder uses the example "${e.key}": Meta only takes examples for the template's placeholders. Remove it, or fix the key (${(expected ??= hint(template))}).`, fix: remove(e) });
    }
  },
});

/** A short reminder of the keys the template expects. */
function hint(t: Template): string {
  const keys = [...new Set(t.placeholders.map(exampleKey))];
  if (keys.length === 0) return 'this template has no placeholders';
  const shown = keys.slice(0, 5).join(', ');
  return `expected: ${shown}${keys.length > 5 ? ', ...' : ''}`;
}
