/** placeholder-edge: the body may not start or end with a placeholder, and punctuation or formatting marks around it do not help (Meta, error 2388299). */
import type { Placeholder } from '../parser/model';
import { defineRule } from './types';

/** White space, punctuation and formatting marks (braces excepted: they open a placeholder) do not count as words. */
const FILLER = /^(?![{}])[\s\p{P}~`>]$/u;

export default defineRule({
  meta: {
    id: 'placeholder-edge',
    severity: 'error',
    description: 'The body starts or ends with a placeholder (punctuation and formatting marks do not count).',
    source: 'Meta, template components (error 2388299: variables at the start or end)',
    fixable: false,
  },
  check({ template, report }) {
    const body = template.body;
    if (!body) return;
    const s = body.text.text;
    const inBody = template.placeholders.filter((p) => p.component === 'body');
    if (inBody.length === 0) return;
    let a = 0;
    while (a < s.length && FILLER.test(s[a])) a++;
    let b = s.length;
    while (b > 0 && FILLER.test(s[b - 1])) b--;
    const first = inBody.find((p) => p.textStart === a);
    const last = inBody.find((p) => p.textEnd === b);
    const edges: [Placeholder, string][] = [];
    if (first && first === last) edges.push([first, 'is the whole body: Meta rejects a body that starts or ends with a placeholder (error 2388299). Add words before and after it.']);
    else {
      if (first) edges.push([first, 'starts the body: Meta rejects a body that starts with a placeholder (error 2388299), even after punctuation or formatting marks. Add a word before it (for example "Hi {{x}}").']);
      if (last) edges.push([last, 'ends the body: Meta rejects a body that ends with a placeholder (error 2388299), and trailing punctuation does not help. Add words after it (for example "{{x}}, thank you.").']);
    }
    for (const [p, why] of edges) report({ span: p.span, message: `"{{${p.key}}}" ${why.replace('{{x}}', `{{${p.key}}}`)}` });
  },
});
