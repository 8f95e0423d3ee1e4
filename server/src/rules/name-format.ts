/** name-format: a template name is lowercase letters, digits and `_`, 1 to 512 characters (Meta, template components). */
import { LIMITS } from '../meta/limits';
import { entry } from '../parser/model';
import { toSnakeCase } from '../parser/placeholders';
import { formatCount } from '../parser/text';
import { defineRule } from './types';

const VALID = /^[a-z0-9_]+$/;

export default defineRule({
  meta: {
    id: 'name-format',
    severity: 'error',
    description: 'The template name is not lowercase letters, digits and underscores, 1 to 512 characters.',
    source: LIMITS.name.source,
    fixable: true,
  },
  check({ template, report }) {
    const e = entry(template, 'name');
    const name = template.name;
    if (!e || name === null) return;
    if (name.length > LIMITS.name.max) {
      report({ span: e.valueSpan, message: `The name is ${formatCount(name.length)} characters; Meta's limit is ${formatCount(LIMITS.name.max)}. Shorten it.` });
      return;
    }
    if (VALID.test(name)) return;
    const snake = toSnakeCase(name).slice(0, LIMITS.name.max);
    const fix = snake && VALID.test(snake) ? { title: `Rename to ${snake}`, edits: [{ span: e.valueSpan, newText: snake }] } : undefined;
    report({
      span: e.valueSpan,
      message: `Meta only accepts names of lowercase letters, digits and underscores ("${name}" is refused)${snake ? `: use "${snake}"` : ''}.`,
      fix,
    });
  },
});
