/** body-required: every template but an authentication one needs body text (Meta, template components: the body is required; FORMAT.md §4 for authentication). Reported on an empty `# Body`, else after the front matter. */
import { normalizeCategory } from '../meta/categories';
import type { Template } from '../parser/model';
import type { Span } from '../parser/text';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'body-required',
    severity: 'error',
    description: 'A template other than authentication has no body text.',
    source: 'Meta, template components (the body component is required)',
    fixable: false,
  },
  check({ template, report }) {
    const category = template.category === null ? null : normalizeCategory(template.category)?.category ?? null;
    if (category === 'authentication') return;
    if (template.body && template.body.text.text.trim() !== '') return;
    const kind = category ? `This ${category} template` : 'This template';
    const heading = template.body?.headingSpan;
    report({
      span: heading ?? frontMatterEnd(template),
      message: `${kind} has no body text: Meta requires a body in every template except authentication ones. Write the message ${heading ? 'under this heading' : 'after the front matter'}.`,
    });
  },
});

/** The closing `---` of the front matter (the end of an unclosed one), or the first line when there is none. */
function frontMatterEnd(t: Template): Span {
  const fm = t.frontMatter;
  if (!fm) return { start: 0, end: t.lines.lineEnd(0) };
  if (!fm.closed) return { start: fm.span.end, end: fm.span.end };
  return { start: t.lines.starts[t.lines.lineAt(fm.span.end)], end: fm.span.end };
}
