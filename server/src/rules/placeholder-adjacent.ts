/** placeholder-adjacent: two placeholders with only white space between them are rejected (Meta, template components: INVALID_FORMAT example). */
import type { Placeholder, Template } from '../parser/model';
import { defineRule } from './types';

/** The message text a placeholder was found in. */
function textOf(t: Template, p: Placeholder): string {
  if (p.component === 'body') return t.body?.text.text ?? '';
  if (p.component === 'footer') return t.footer?.text.text ?? '';
  if (p.component === 'header') return t.header?.kind === 'text' ? t.header.text.text : '';
  return t.buttons[p.buttonIndex ?? -1]?.valueText?.text ?? '';
}

const SPACE = /^\s$/;

function onlySpaceBetween(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!SPACE.test(s[i])) return false;
  return true;
}

export default defineRule({
  meta: {
    id: 'placeholder-adjacent',
    severity: 'error',
    description: 'Two placeholders with only white space between them.',
    source: 'Meta, template components (INVALID_FORMAT example: placeholders separated only by spaces)',
    fixable: false,
  },
  check({ template, report }) {
    const ps = template.placeholders;
    let k = 0;
    while (k < ps.length) {
      // A run of placeholders in one component, each separated from the next by white space only.
      let e = k;
      while (e + 1 < ps.length && ps[e + 1].component === ps[k].component && ps[e + 1].buttonIndex === ps[k].buttonIndex
        && onlySpaceBetween(textOf(template, ps[k]), ps[e].textEnd, ps[e + 1].textStart)) e++;
      if (e > k) {
        const names = ps.slice(k, e + 1).map((p) => `{{${p.key}}}`);
        const list = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
        report({
          span: { start: ps[k].span.start, end: ps[e].span.end },
          message: `${list} have only white space between them: Meta rejects placeholders that are not separated by text. Put words between them, or merge them into one placeholder.`,
        });
      }
      k = e + 1;
    }
  },
});
