/** category-value: the category must be marketing, utility or authentication (Meta, template categorization); legacy values are mapped. */
import { CATEGORIES, normalizeCategory } from '../meta/categories';
import { entry } from '../parser/model';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'category-value',
    severity: 'error',
    description: 'The category is not marketing, utility or authentication (legacy values are shown with their mapping).',
    source: 'Meta, template categorization guidelines',
    fixable: true,
  },
  check({ template, report }) {
    const e = entry(template, 'category');
    if (!e || typeof e.value !== 'string') return;
    const value = e.value;
    const found = normalizeCategory(value);
    if (found && !found.legacy) return;
    const span = e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
    if (!found) {
      report({ span, message: `"${value}" is not a template category: Meta accepts only ${CATEGORIES.join(', ')} (in any case).` });
      return;
    }
    report({
      span,
      message: `"${value}" is a legacy category: Meta replaced the old categories and tags with marketing, utility and authentication, and "${value}" now maps to ${found.category}. Write "${found.category}".`,
      fix: { title: `Change to ${found.category}`, edits: [{ span: e.valueSpan, newText: found.category }] },
    });
  },
});
