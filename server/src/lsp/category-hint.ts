/** Where writers see the category hint: the hover on the `category` value, a code lens at the top of the file, and the status bar's facts. */
import { MarkupKind, type CodeLens, type Hover } from 'vscode-languageserver';
import { classifyTemplate, type Classification } from '../classify/classify';
import { describe } from '../classify/signals';
import { categoryValueSpan, declaredCategory, summary } from '../rules/util/category';
import type { InferredCategory } from './protocol';
import type { DocumentLint } from './service';

/** The classification of the linted template with the project's phrases (the lint just computed it, so this is a cache hit). */
export function classificationOf(lint: DocumentLint): Classification {
  return classifyTemplate(lint.result.template, lint.config.phrases);
}

/** The hover on the front matter's `category` value: the hint, and each phrase it rests on. */
export function categoryHover(lint: DocumentLint, offset: number): Hover | null {
  const t = lint.result.template;
  const span = categoryValueSpan(t);
  if (!span || offset < span.start || offset > span.end) return null;
  const c = classificationOf(lint);
  const declared = declaredCategory(t);
  const lines = [`**${summary(c)}**`];
  if (declared && declared !== c.inferred) lines.push(`Declared ${declared}: Meta categorises a template by what it says, and may approve and bill it as ${c.inferred}.`);
  const phrases = c.reasons.filter((r) => r.signal !== 'no-reference' && r.signal !== 'no-promotion' && r.signal !== 'unclear-content').slice(0, 6);
  for (const r of phrases) lines.push(`- "${r.text.replace(/\s+/g, ' ')}" (line ${t.lines.positionAt(r.span.start).line + 1}): ${describe(r.signal)}`);
  const whole = c.reasons.find((r) => r.signal === 'no-reference' || r.signal === 'no-promotion' || r.signal === 'unclear-content');
  if (whole) lines.push(`- ${describe(whole.signal)[0].toUpperCase()}${describe(whole.signal).slice(1)}`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: t.lines.range(span) };
}

/** "Reads as Marketing, 93%: '20% korting', 'bestel nu'" above the first line. */
export function categoryLens(lint: DocumentLint): CodeLens[] {
  const t = lint.result.template;
  if (!t.frontMatter && !t.body) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: summary(classificationOf(lint)), command: '' } }];
}

/** The hint for the status bar (watpl/templateInfo). */
export function inferredInfo(lint: DocumentLint): InferredCategory {
  const c = classificationOf(lint);
  return { category: c.inferred, confidence: c.confidence, summary: summary(c) };
}
