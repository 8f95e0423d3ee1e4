/**
 * WhatsApp's formatting as the app applies it: inline marks (*bold*, _italic_, ~strike~,
 * ```monospace```, `code`) and line blocks (> quote, * / - bullets, 1. numbered items).
 * Web addresses are atomic, like placeholders: no mark inside one counts.
 * Pure and linear in the text length; used by rules (header-format) and the preview renderer.
 */

import { codePointBefore, isSpace, isWord, placeholderEnd } from './chars';
import { urlEnd } from './url';

export { placeholderEnd, urlEnd };

export type InlineKind = 'text' | 'bold' | 'italic' | 'strike' | 'monospace' | 'code';

/** A run of text or a formatted span. Offsets are UTF-16 indices into the parsed text. */
export interface InlineNode {
  kind: InlineKind;
  /** [start, end): the whole node, marks included. */
  start: number;
  end: number;
  /** [contentStart, contentEnd): between the marks (the whole node for text). */
  contentStart: number;
  contentEnd: number;
  children: InlineNode[];
}

type EmphasisKind = 'bold' | 'italic' | 'strike';
type Role = 'pending' | 'open' | 'close' | 'literal';

interface Token {
  pos: number;
  len: number;
  kind: InlineKind;
  role: Role;
}

const NL = 10;
const LBRACE = 123;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;

/** Parses WhatsApp inline formatting into a tree. Unmatched marks stay text; nothing spans a line break. */
export function parseInline(text: string): InlineNode[] {
  return buildTree(text, new Scanner(text).run());
}

/** The mark that opens and closes a kind: `*`, `_`, `~`, "```" or "`". */
export function markOf(kind: Exclude<InlineKind, 'text'>): string {
  return { bold: '*', italic: '_', strike: '~', monospace: '```', code: '`' }[kind];
}

/**
 * A mark opens when it hugs a word: a non-space follows, and start, space or punctuation precedes.
 * A placeholder counts as a word (its value will be one), so `{{a}}*b*` stays as written, as `Ann*b*` would.
 */
function canOpen(s: string, i: number, len: number, afterPlaceholder: boolean): boolean {
  const next = s.codePointAt(i + len);
  if (next === undefined || isSpace(next) || afterPlaceholder) return false;
  const prev = codePointBefore(s, i);
  return prev === -1 || !isWord(prev);
}

/** A mark closes when a non-space precedes it, and end, space or punctuation (not a placeholder: a word) follows. */
function canClose(s: string, i: number, len: number): boolean {
  const prev = codePointBefore(s, i);
  if (prev === -1 || isSpace(prev)) return false;
  const next = s.codePointAt(i + len);
  if (next === LBRACE && placeholderEnd(s, i + len) > 0) return false;
  return next === undefined || !isWord(next);
}

/** Finds the marks that pair up, with a stack of pending openers (each pushed and popped once). */
class Scanner {
  private readonly tokens: Token[] = [];
  private readonly stack: number[] = [];
  private readonly open: Record<EmphasisKind, number[]> = { bold: [], italic: [], strike: [] };
  /** Per verbatim kind: the line end up to which a search for a closer already failed. */
  private readonly failedUntil = { code: -1, monospace: -1 };
  private lineEnd = 0;
  /** Where the last placeholder skipped in the main loop ended: a mark right there follows a word. */
  private placeholderEndedAt = -1;

  constructor(private readonly s: string) {}

  run(): Token[] {
    const s = this.s;
    this.lineEnd = this.findLineEnd(0);
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === NL) {
        this.dropPending();
        this.lineEnd = this.findLineEnd(i + 1);
        i++;
      } else if (c === LBRACE) {
        const e = placeholderEnd(s, i);
        if (e > 0) this.placeholderEndedAt = e;
        i = e > 0 ? e : i + 1;
      } else if (c === BACKTICK) {
        i = this.verbatim(i);
      } else if ((c | 0x20) === 104 || (c | 0x20) === 119) { // h or w: maybe a web address
        const e = urlEnd(s, i);
        i = e > 0 ? e : i + 1;
      } else {
        if (c === STAR) this.emphasis(i, 'bold');
        else if (c === UNDERSCORE) this.emphasis(i, 'italic');
        else if (c === TILDE) this.emphasis(i, 'strike');
        i++;
      }
    }
    this.dropPending();
    return this.tokens;
  }

  private findLineEnd(from: number): number {
    const nl = this.s.indexOf('\n', from);
    return nl === -1 ? this.s.length : nl;
  }

  /** `code` or ```monospace```: matched at once (nothing inside is formatting), or left as text. */
  private verbatim(i: number): number {
    const s = this.s;
    const len = s.startsWith('```', i) ? 3 : 1;
    const kind = len === 3 ? 'monospace' : 'code';
    if (!canOpen(s, i, len, this.placeholderEndedAt === i) || this.failedUntil[kind] === this.lineEnd) return i + len;
    let j = i + len;
    while (j < this.lineEnd) {
      const c = s.charCodeAt(j);
      if (c === LBRACE) {
        const e = placeholderEnd(s, j);
        j = e > 0 ? e : j + 1;
      } else if (c === BACKTICK) {
        const l2 = s.startsWith('```', j) ? 3 : 1;
        if (l2 === len && j > i + len && canClose(s, j, len)) {
          this.tokens.push({ pos: i, len, kind, role: 'open' }, { pos: j, len, kind, role: 'close' });
          return j + len;
        }
        j += l2;
      } else {
        j++;
      }
    }
    this.failedUntil[kind] = this.lineEnd;
    return i + len;
  }

  /** `*`, `_` or `~`: closes the innermost open mark of its kind (dropping marks opened inside it), or opens. */
  private emphasis(i: number, kind: EmphasisKind): void {
    const s = this.s;
    const mine = this.open[kind];
    if (mine.length && canClose(s, i, 1) && this.tokens[mine[mine.length - 1]].pos + 1 < i) {
      const opener = mine[mine.length - 1];
      while (this.stack[this.stack.length - 1] !== opener) {
        const t = this.tokens[this.stack.pop()!];
        t.role = 'literal';
        this.open[t.kind as EmphasisKind].pop();
      }
      this.stack.pop();
      mine.pop();
      this.tokens[opener].role = 'open';
      this.tokens.push({ pos: i, len: 1, kind, role: 'close' });
      return;
    }
    if (!canOpen(s, i, 1, this.placeholderEndedAt === i)) return;
    this.tokens.push({ pos: i, len: 1, kind, role: 'pending' });
    this.stack.push(this.tokens.length - 1);
    mine.push(this.tokens.length - 1);
  }

  /** At a line break or the end: openers never closed are plain text. */
  private dropPending(): void {
    for (const k of this.stack) this.tokens[k].role = 'literal';
    this.stack.length = 0;
    this.open.bold.length = 0;
    this.open.italic.length = 0;
    this.open.strike.length = 0;
  }
}

/** Turns the ordered, properly nested open/close tokens into nodes, with text runs between them. */
function buildTree(s: string, tokens: Token[]): InlineNode[] {
  const root: InlineNode[] = [];
  const stack: InlineNode[] = [];
  const parent = () => (stack.length ? stack[stack.length - 1].children : root);
  const text = (a: number, b: number) => {
    if (b > a) parent().push({ kind: 'text', start: a, end: b, contentStart: a, contentEnd: b, children: [] });
  };
  let pos = 0;
  for (const t of tokens) {
    if (t.role === 'open') {
      text(pos, t.pos);
      const node: InlineNode = { kind: t.kind, start: t.pos, end: t.pos, contentStart: t.pos + t.len, contentEnd: t.pos + t.len, children: [] };
      parent().push(node);
      stack.push(node);
      pos = t.pos + t.len;
    } else if (t.role === 'close') {
      text(pos, t.pos);
      const node = stack.pop()!;
      node.contentEnd = t.pos;
      node.end = t.pos + t.len;
      pos = node.end;
    }
  }
  text(pos, s.length);
  return root;
}

export type BlockKind = 'quote' | 'bullet' | 'numbered' | 'paragraph';

/** What a line is at block level, and where its content starts after the marker. */
export interface LineBlock {
  kind: BlockKind;
  /** [start, end) of the line in the text, without its line break. */
  start: number;
  end: number;
  /** Where the content starts: after `> `, `* `, `- ` or `1. ` (`start` for a paragraph line). */
  contentStart: number;
  /** The number of a numbered item. */
  number: number | null;
}

const NUMBERED = /^([0-9]+)\. /;

/** The block kind of one line (`> ` quote, `* ` / `- ` bullet, `1. ` numbered item, else paragraph) and its marker's length. */
export function lineBlock(line: string): { kind: BlockKind; markerLength: number; number: number | null } {
  if (line.startsWith('> ')) return { kind: 'quote', markerLength: 2, number: null };
  if (line.startsWith('* ') || line.startsWith('- ')) return { kind: 'bullet', markerLength: 2, number: null };
  const m = NUMBERED.exec(line);
  if (m) return { kind: 'numbered', markerLength: m[0].length, number: Number(m[1]) };
  return { kind: 'paragraph', markerLength: 0, number: null };
}

/** Every line of `text` with its block kind, offsets in the text. */
export function lineBlocks(text: string): LineBlock[] {
  const out: LineBlock[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const b = lineBlock(text.slice(start, end));
    out.push({ kind: b.kind, start, end, contentStart: start + b.markerLength, number: b.number });
    if (nl === -1) return out;
    start = nl + 1;
  }
}
