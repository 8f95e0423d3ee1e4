/** Hover: a placeholder's example and other uses; a section's length against its limit; a diagnostic's rule. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { LIMITS } from '../meta/limits';
import { docsUrl } from '../meta/product';
import type { Placeholder, Section, Template } from '../parser/model';
import { formatCount, type Span } from '../parser/text';
import { ruleById } from '../rules/index';
import { exampleFor, exampleKey, examplesByKey } from '../rules/util/examples';
import type { TemplateIndex } from '../workspace/index';
import type { DocumentLint } from './service';
import { categoryHover } from './category-hint';

const inside = (s: Span, o: number) => o >= s.start && o <= s.end;

/** The hover at `pos`, or null. */
export function hover(lint: DocumentLint, pos: Position, _index: TemplateIndex): Hover | null {
  const t = lint.result.template;
  const offset = t.lines.offsetAt(pos);
  const parts: string[] = [];
  const p = t.placeholders.find((x) => inside(x.span, offset));
  if (p) parts.push(placeholderHover(t, p));
  const heading = t.sectionList.find((s) => s.headingSpan && inside(s.headingSpan, offset));
  if (heading) parts.push(sectionHover(t, heading));
  const category = categoryHover(lint, offset);
  if (category) parts.push((category.contents as { value: string }).value);
  for (const d of lint.result.diagnostics) {
    if (!inside(d.span, offset)) continue;
    const rule = ruleById.get(d.rule);
    if (rule) parts.push(`**${d.rule}** (${d.severity}): ${rule.meta.description} Source: ${rule.meta.source}. [Documentation](${docsUrl(d.rule)})`);
  }
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: [...new Set(parts)].join('\n\n---\n\n') } };
}

function placeholderHover(t: Template, p: Placeholder): string {
  const byKey = examplesByKey(t);
  const example = exampleFor(t, p, byKey);
  const key = exampleKey(p);
  const uses = t.placeholders.filter((x) => exampleKey(x) === key);
  const where = uses.map((x) => `${x.component === 'button' ? `button ${(x.buttonIndex ?? 0) + 1}` : x.component} line ${t.lines.positionAt(x.span.start).line + 1}`);
  const value = example ? `Example: \`${example.value.replace(/`/g, "'")}\`` : `No example yet: add \`${key}: ...\` under # Examples.`;
  return [`**{{${p.key}}}** (${p.style})`, value, `Used ${uses.length === 1 ? 'once' : `${uses.length} times`}: ${where.join(', ')}`].join('\n\n');
}

/** "812 / 1,024 characters" and the placeholder count for a section. */
export function sectionSummary(t: Template, s: Section): string | null {
  const count = (kind: Section['kind']) => t.placeholders.filter((p) => p.component === kind).length;
  const len = s.text.codePoints;
  const ph = (n: number) => `${n} placeholder${n === 1 ? '' : 's'}`;
  switch (s.kind) {
    case 'body':
      return `Body: ${formatCount(len)} / ${formatCount(LIMITS.body.max)} characters, ${ph(count('body'))}`;
    case 'header':
      return t.header?.kind === 'media' ? `Header: ${t.header.media}` : `Header: ${formatCount(len)} / ${formatCount(LIMITS.headerText.max)} characters, ${ph(count('header'))}`;
    case 'footer':
      return `Footer: ${formatCount(len)} / ${formatCount(LIMITS.footer.max)} characters`;
    case 'buttons':
      return `Buttons: ${t.buttons.length} / ${LIMITS.buttonsTotal.max}`;
    default:
      return null;
  }
}

function sectionHover(t: Template, s: Section): string {
  return sectionSummary(t, s) ?? `Examples: ${t.examples.length} value${t.examples.length === 1 ? '' : 's'}`;
}
