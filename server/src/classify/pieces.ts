/**
 * The parts of a template whose words are classified (header text, body, footer, button labels). A part that is one
 * stretch of the file is tokenized in the file's own text (token ranges are then file offsets); a part with a comment
 * cut out of it is tokenized in its message text and mapped back.
 */
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

/** A header, body or footer text as a piece. */
export function textPiece(kind: PieceKind, file: string, st: SourceText): Piece {
  const span = st.span;
  const direct = span.end - span.start === st.text.length;
  return direct ? { kind, text: file, from: span.start, to: span.end, source: null } : { kind, text: st.text, from: 0, to: st.text.length, source: st };
}

/** A button label as a piece (its label span in the file is contiguous unless the parser says otherwise). */
export function labelPiece(file: string, label: string, labelSpan: Span): Piece {
  if (labelSpan.end - labelSpan.start === label.length) return { kind: 'button', text: file, from: labelSpan.start, to: labelSpan.end, source: null };
  return { kind: 'button', text: label, from: 0, to: label.length, source: null };
}

/** The file span of `text[start, end)`. */
export function spanOf(piece: Piece, start: number, end: number): Span {
  return piece.source ? piece.source.fileSpan(start, end) : { start, end };
}
