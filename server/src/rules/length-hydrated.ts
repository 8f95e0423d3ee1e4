/** length-hydrated: a body within Meta's limit as written but over it once the examples are filled in; Meta refuses such a message at send time (error 132005). */
import { LIMITS } from '../meta/limits';
import { codePointLength, formatCount } from '../parser/text';
import { defineRule } from './types';
import { exampleFor, examplesByKey } from './util/examples';

export default defineRule({
  meta: {
    id: 'length-hydrated',
    severity: 'warning',
    description: 'The body is over its length limit once each placeholder is replaced by its example value.',
    source: `${LIMITS.body.source}; Meta, error 132005 (text too long once parameters are filled in)`,
    fixable: false,
  },
  check({ template, report }) {
    const body = template.body;
    if (!body) return;
    const max = LIMITS.body.max;
    const raw = body.text.codePoints;
    if (raw > max) return;
    const byKey = examplesByKey(template);
    const placeholders = template.placeholders.filter((p) => p.component === 'body');
    let hydrated = raw;
    for (const p of placeholders) {
      const e = exampleFor(template, p, byKey);
      if (e) hydrated += codePointLength(e.value) - codePointLength(body.text.text.slice(p.textStart, p.textEnd));
    }
    if (hydrated <= max) return;
    const last = placeholders[placeholders.length - 1];
    report({
      span: last ? last.span : body.text.span,
      message:
        `With its example values filled in, the body is ${formatCount(hydrated)} characters (${formatCount(raw)} as written); ` +
        `Meta's limit is ${formatCount(max)}, and a message that long is refused when it is sent (error 132005). ` +
        `Shorten the text by ${formatCount(hydrated - max)} characters, or the values it will carry.`,
      data: { length: hydrated, raw, limit: max },
    });
  },
});
