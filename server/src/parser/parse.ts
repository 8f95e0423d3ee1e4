/** Turns the text of a `.watpl` file into a Template. Never throws, whatever the input. */
import { readButtons } from './buttons';
import { blankComments, findComments, readDirectives } from './comments';
import { HEADING, readFrontMatter } from './frontmatter';
import {
  MEDIA_KINDS,
  type Comment,
  type Example,
  type Header,
  type MediaKind,
  type ParseIssue,
  type Section,
  type SectionKind,
  type Template,
} from './model';
import { scanPlaceholders } from './placeholders';
import { SourceText } from './source-text';
import { isBlankRange, LineIndex, type Span } from './text';
import { readYamlMap } from './yaml-map';

const MEDIA = /^!\[([^\]]*)\]\((.*)\)\s*$/;
const ORDER: SectionKind[] = ['header', 'body', 'footer', 'buttons', 'examples'];

interface RawSection {
  kind: SectionKind;
  headingSpan: Span | null;
  startLine: number;
  endLine: number;
}

/** Parses a template. Any failure inside becomes an issue on the template, never an exception. */
export function parseTemplate(text: string): Template {
  try {
    return parse(text);
  } catch (e) {
    const t = emptyTemplate(text);
    t.issues.push({ rule: 'section-structure', span: { start: 0, end: 0 }, message: `watpl could not read this file (${(e as Error).message}); please report it.` });
    return t;
  }
}

function emptyTemplate(text: string): Template {
  return {
    text, lines: new LineIndex(text), frontMatter: null, name: null, language: null, category: null,
    sectionList: [], sections: { header: undefined, body: undefined, footer: undefined, buttons: undefined, examples: undefined }, header: null, body: null, footer: null, buttons: [], examples: [],
    placeholders: [], malformed: [], comments: [], directives: [], issues: [],
  };
}

function parse(text: string): Template {
  const t = emptyTemplate(text);
  const { lines, issues } = t;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = readFrontMatter(text, lines, start, issues);
  t.frontMatter = fm.frontMatter;
  readKnownKeys(t);
  const messageStart = fm.bodyLine < lines.lineCount ? lines.starts[fm.bodyLine] : text.length;
  t.comments = findComments(text, messageStart, issues);
  t.directives = readDirectives(t.comments);
  const blank = blankComments(text, t.comments);
  const builder = new TextBuilder(text, blank, lines, t.comments);
  for (const raw of findSections(blank, lines, fm.bodyLine)) {
    const contentSpan = { start: raw.startLine < lines.lineCount ? lines.starts[raw.startLine] : text.length, end: raw.endLine < lines.lineCount ? lines.starts[raw.endLine] : text.length };
    t.sectionList.push({ kind: raw.kind, headingSpan: raw.headingSpan, contentSpan, text: builder.build(raw.startLine, raw.endLine) });
  }
  checkSectionOrder(t);
  t.body = t.sections.body ?? null;
  t.footer = t.sections.footer ?? null;
  readHeader(t);
  readFooter(t);
  if (t.body) scanPlaceholders(t.body.text, 'body', null, t.placeholders, t.malformed);
  if (t.footer) scanPlaceholders(t.footer.text, 'footer', null, t.placeholders, t.malformed);
  const buttons = t.sections.buttons;
  if (buttons) {
    const fullLine = (o: number): Span => { const l = lines.lineAt(o); return { start: lines.starts[l], end: lines.lineEndWithBreak(l) }; };
    t.buttons = readButtons(buttons.text, fullLine, issues);
    for (const b of t.buttons) if (b.valueText) scanPlaceholders(b.valueText, 'button', b.index, t.placeholders, t.malformed);
  }
  const examples = t.sections.examples;
  if (examples) t.examples = readExamples(blank, examples, lines, issues);
  return t;
}

function readKnownKeys(t: Template): void {
  for (const e of t.frontMatter?.entries ?? []) {
    const v = typeof e.value === 'string' ? e.value : typeof e.value === 'number' && e.key === 'name' ? String(e.value) : null;
    if (e.key === 'name' && t.name === null) t.name = v;
    else if (e.key === 'language' && t.language === null) t.language = v;
    else if (e.key === 'category' && t.category === null) t.category = v;
  }
}

function findSections(blank: string, lines: LineIndex, fromLine: number): RawSection[] {
  const out: RawSection[] = [];
  let current: RawSection = { kind: 'body', headingSpan: null, startLine: fromLine, endLine: lines.lineCount };
  let implicitHasText = false;
  for (let l = fromLine; l < lines.lineCount; l++) {
    const ls = lines.starts[l];
    const le = lines.lineEnd(l);
    if (blank.charCodeAt(ls) !== 35) {
      if (current.headingSpan === null && !implicitHasText && !isBlankRange(blank, ls, le)) implicitHasText = true;
      continue;
    }
    const m = HEADING.exec(blank.slice(ls, le));
    if (!m) {
      if (current.headingSpan === null) implicitHasText = true;
      continue;
    }
    current.endLine = l;
    if (current.headingSpan !== null || implicitHasText) out.push(current);
    current = { kind: m[1].toLowerCase() as SectionKind, headingSpan: { start: ls, end: le }, startLine: l + 1, endLine: lines.lineCount };
  }
  if (current.headingSpan !== null || implicitHasText) out.push(current);
  return out;
}

function checkSectionOrder(t: Template): void {
  let last = -1;
  for (const s of t.sectionList) {
    const span = (): Span => s.headingSpan ?? s.text.span;
    if (t.sections[s.kind]) {
      const first = t.sections[s.kind]!;
      const why = first.headingSpan === null ? ' (the text before the first heading is already the body)' : '';
      t.issues.push({ rule: 'section-structure', span: span(), message: `A second ${title(s.kind)} section${why}: each section appears at most once; merge the two.` });
      continue;
    }
    t.sections[s.kind] = s;
    const rank = ORDER.indexOf(s.kind);
    if (rank < last) {
      t.issues.push({
        rule: 'section-structure', span: span(), data: { severity: 'warning' },
        message: `${title(s.kind)} comes after ${title(ORDER[last])}: the expected order is Header, Body, Footer, Buttons, Examples.`,
      });
    }
    last = Math.max(last, rank);
  }
}

function title(kind: SectionKind): string {
  return kind[0].toUpperCase() + kind.slice(1);
}

function readHeader(t: Template): void {
  const section = t.sections.header;
  if (!section) return;
  let st = section.text;
  const nl = st.text.indexOf('\n');
  if (nl !== -1) {
    t.issues.push({ rule: 'section-structure', span: st.fileSpan(nl + 1, st.text.length), message: 'A header is one line: move these lines into the body.' });
    st = st.slice(0, nl);
  }
  if (st.text.trim() === '') return;
  const m = MEDIA.exec(st.text.trim());
  if (m) {
    const lead = st.text.length - st.text.trimStart().length;
    const kind = m[1].trim().toLowerCase();
    const srcStart = lead + 2 + m[1].length + 2;
    if (!(MEDIA_KINDS as readonly string[]).includes(kind)) {
      t.issues.push({ rule: 'section-structure', span: st.fileSpan(lead + 2, lead + 2 + m[1].length), message: `Unknown header media "${m[1]}": use image, video, document or location.` });
      return;
    }
    const header: Header = { kind: 'media', media: kind as MediaKind, source: m[2].trim(), sourceSpan: st.fileSpan(srcStart, srcStart + m[2].length), span: st.span };
    t.header = header;
    return;
  }
  t.header = { kind: 'text', text: st, span: st.span };
  scanPlaceholders(st, 'header', null, t.placeholders, t.malformed);
}

function readFooter(t: Template): void {
  const footer = t.footer;
  if (!footer) return;
  const nl = footer.text.text.indexOf('\n');
  if (nl === -1) return;
  t.issues.push({ rule: 'section-structure', span: footer.text.fileSpan(nl + 1, footer.text.text.length), message: 'A footer is one line: shorten it or move these lines into the body.' });
  footer.text = footer.text.slice(0, nl);
}

function readExamples(blank: string, section: Section, lines: LineIndex, issues: ParseIssue[]): Example[] {
  const { start, end } = section.contentSpan;
  const map = readYamlMap(blank, start, end, lines);
  for (const e of map.errors) issues.push({ rule: 'example-syntax', span: e.span, message: `The Examples section is not valid YAML: ${e.message}.` });
  if (!map.isMap) {
    issues.push({ rule: 'example-syntax', span: section.text.span, message: 'Examples are "key: value" lines, one per placeholder (first_name: Maria, or body.1: Maria).' });
    return [];
  }
  return map.pairs.map((p) => {
    const v = p.value;
    const valueType: Example['valueType'] = typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : v === null ? 'null' : 'other';
    const value = valueType === 'string' || valueType === 'number' || valueType === 'boolean' ? String(v) : valueType === 'null' ? '' : JSON.stringify(v);
    return { key: p.key, keySpan: p.keySpan, value, valueType, source: blank.slice(p.valueSpan.start, p.valueSpan.end), valueSpan: p.valueSpan, lineSpan: p.lineSpan };
  });
}

/** Builds a section's message text from its lines: comments out, comment-only lines dropped, edges trimmed. */
class TextBuilder {
  private ci = 0;

  constructor(
    private readonly text: string,
    private readonly blank: string,
    private readonly lines: LineIndex,
    private readonly comments: Comment[],
  ) {}

  build(startLine: number, endLine: number): SourceText {
    const { lines, text, blank } = this;
    let first = startLine;
    let last = endLine - 1;
    // Blank and comment-only lines at the edges are not part of the message.
    while (first <= last && isBlankRange(blank, lines.starts[first], lines.lineEnd(first))) first++;
    while (last >= first && isBlankRange(blank, lines.starts[last], lines.lineEnd(last))) last--;
    const fallback = startLine < lines.lineCount ? lines.starts[startLine] : text.length;
    if (first > last) return SourceText.build([], fallback);
    const from = lines.starts[first];
    const to = lines.lineEnd(last);
    const cr = text.indexOf('\r', from);
    if ((cr === -1 || cr >= to) && !this.hasCommentIn(from, to)) {
      return SourceText.build([{ text: text.slice(from, to), fileStart: from }], fallback);
    }
    const pieces: { text: string; fileStart: number }[] = [];
    let previousEnd = -1;
    for (let l = first; l <= last; l++) {
      const ls = lines.starts[l];
      const le = lines.lineEnd(l);
      if (isBlankRange(blank, ls, le) && !isBlankRange(text, ls, le)) continue; // a line holding only comments
      if (previousEnd !== -1) pieces.push({ text: '\n', fileStart: previousEnd });
      pieces.push(...this.pieces(ls, le, text.slice(ls, le)));
      previousEnd = le;
    }
    return SourceText.build(pieces, fallback);
  }

  private hasCommentIn(from: number, to: number): boolean {
    for (const c of this.comments) if (c.span.start < to && c.span.end > from) return true;
    return false;
  }

  /** The parts of a line outside comments. */
  private pieces(ls: number, le: number, raw: string): { text: string; fileStart: number }[] {
    const cs = this.comments;
    while (this.ci < cs.length && cs[this.ci].span.end <= ls) this.ci++;
    if (this.ci >= cs.length || cs[this.ci].span.start >= le) return [{ text: raw, fileStart: ls }];
    const out: { text: string; fileStart: number }[] = [];
    let pos = ls;
    for (let k = this.ci; k < cs.length && cs[k].span.start < le; k++) {
      const c = cs[k].span;
      if (c.start > pos) out.push({ text: this.text.slice(pos, c.start), fileStart: pos });
      pos = Math.max(pos, c.end);
    }
    if (pos < le) out.push({ text: this.text.slice(pos, le), fileStart: pos });
    return out;
  }
}
