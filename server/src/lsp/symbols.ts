/** Outline (document symbols), folding ranges and the character-count code lenses. */
import { FoldingRangeKind, SymbolKind, type CodeLens, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Template } from '../parser/model';
import type { Span } from '../parser/text';
import { sectionSummary } from './hover';

const KIND_LABEL: Record<string, string> = { quick_reply: 'quick reply', url: 'link', phone_number: 'phone', copy_code: 'copy code', otp: 'one-time code', flow: 'flow', catalog: 'catalog' };

/** Front matter, sections and buttons as an outline. */
export function documentSymbols(t: Template): DocumentSymbol[] {
  const range = (s: Span) => t.lines.range(s);
  const out: DocumentSymbol[] = [];
  const fm = t.frontMatter;
  if (fm) {
    out.push({
      name: 'Front matter', detail: [t.name, t.language, t.category].filter(Boolean).join(' · '), kind: SymbolKind.Namespace,
      range: range(fm.span), selectionRange: range({ start: fm.span.start, end: fm.span.start + 3 }),
      children: fm.entries.map((e) => ({ name: e.key, detail: String(e.value ?? ''), kind: SymbolKind.Property, range: range(e.lineSpan), selectionRange: range(e.keySpan) })),
    });
  }
  for (const s of t.sectionList) {
    const start = s.headingSpan?.start ?? s.contentSpan.start;
    const whole = { start, end: Math.max(start, s.contentSpan.end) };
    const children: DocumentSymbol[] = s.kind === 'buttons'
      ? t.buttons.map((b) => ({ name: b.label || '(no label)', detail: KIND_LABEL[b.kind], kind: SymbolKind.Event, range: range(b.span), selectionRange: range(b.labelSpan) }))
      : s.kind === 'examples'
        ? t.examples.map((e) => ({ name: e.key, detail: e.value, kind: SymbolKind.Variable, range: range(e.lineSpan), selectionRange: range(e.keySpan) }))
        : [];
    out.push({ name: s.kind[0].toUpperCase() + s.kind.slice(1), detail: sectionSummary(t, s)?.replace(/^\w+: /, '') ?? '', kind: SymbolKind.Module, range: range(whole), selectionRange: range(s.headingSpan ?? s.text.span), children });
  }
  return out;
}

/** Folds the front matter, each section and multi-line comments. */
export function foldingRanges(t: Template): FoldingRange[] {
  const out: FoldingRange[] = [];
  const line = (o: number) => t.lines.lineAt(o);
  const add = (start: number, end: number, kind?: FoldingRangeKind) => { if (end > start) out.push({ startLine: start, endLine: end, kind }); };
  if (t.frontMatter) add(line(t.frontMatter.span.start), line(t.frontMatter.span.end));
  for (const s of t.sectionList) {
    if (!s.headingSpan) continue;
    let endLine = line(Math.max(s.headingSpan.start, s.contentSpan.end - 1));
    while (endLine > line(s.headingSpan.start) && t.text.slice(t.lines.starts[endLine], t.lines.lineEnd(endLine)).trim() === '') endLine--;
    add(line(s.headingSpan.start), endLine, FoldingRangeKind.Region);
  }
  for (const c of t.comments) add(line(c.span.start), line(c.span.end), FoldingRangeKind.Comment);
  return out;
}

/** A live character count above the Header and Body headings. */
export function codeLenses(t: Template): CodeLens[] {
  const out: CodeLens[] = [];
  for (const kind of ['header', 'body'] as const) {
    const s = t.sections[kind];
    if (!s) continue;
    const summary = sectionSummary(t, s);
    const at = s.headingSpan ?? s.text.span;
    if (summary) out.push({ range: t.lines.range({ start: at.start, end: at.start }), command: { title: summary, command: '' } });
  }
  return out;
}
