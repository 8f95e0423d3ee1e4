/**
 * The parts of a template whose words are classified (header text, body, footer, button labels). A part that is one
 * stretch of the file is tokenized in the file's own text (token ranges are then file offsets); a part with a comment
 * cut out of it is tokenized in its message text and mapped back.
 */
import type { Button } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { Span } from '../parser/text';

export type PieceKind = 'header' | 'body' | 'footer' | 'button';

export interface Piece {
  kind: PieceKind;
  /** The string tokenized: the file's text, or the part's message text. */
  text: string;
  /** The part's range in `text`. */
  from: number;
  to: number;
  /** For a part tokenized in its message text: that text's map to the file (null: indices are file offsets). */
  source: SourceText | null;
}

/**
 * The most UTF-16 units of one part the classifier reads: four times Meta's body limit. A longer part is already an
 * error (length-limit); reading all of a pasted megabyte would only slow every keystroke.
 */
export const MAX_CLASSIFIED = 4096;

/** A header, body or footer text as a piece (its first MAX_CLASSIFIED units). */
export function textPiece(kind: PieceKind, file: string, st: SourceText): Piece {
  const length = classifiedLength(st.text);
  if (!st.direct) return { kind, text: st.text, from: 0, to: length, source: st };
  const start = st.fileOffset(0);
  return { kind, text: file, from: start, to: start + length, source: null };
}

/** How much of `text` the classifier reads: all of it, or up to the last space before MAX_CLASSIFIED (no word cut in two). */
export function classifiedLength(text: string): number {
  if (text.length <= MAX_CLASSIFIED) return text.length;
  const space = text.lastIndexOf(' ', MAX_CLASSIFIED);
  return space > MAX_CLASSIFIED / 2 ? space : MAX_CLASSIFIED;
}

/** The part of `text` the classifier reads (the text itself when it is short enough: no copy). */
export function classifiedText(text: string): string {
  return text.length > MAX_CLASSIFIED ? text.slice(0, classifiedLength(text)) : text;
}

/** A button label as a piece (its first MAX_CLASSIFIED units, like the other parts). */
export function labelPiece(file: string, b: Button): Piece {
  if (b.labelText) return { kind: 'button', text: b.labelText.text, from: 0, to: classifiedLength(b.label), source: b.labelText };
  return { kind: 'button', text: file, from: b.labelSpan.start, to: b.labelSpan.start + classifiedLength(b.label), source: null };
}

/** The file span of `text[start, end)`. */
export function spanOf(piece: Piece, start: number, end: number): Span {
  return piece.source ? piece.source.fileSpan(start, end) : { start, end };
}
