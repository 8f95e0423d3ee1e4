/** The parts of a template whose words are classified (header text, body, footer, button labels), with a map back to file spans. */
import type { Template } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { Span } from '../parser/text';

export type PieceKind = 'header' | 'body' | 'footer' | 'button';

export interface Piece {
  kind: PieceKind;
  text: string;
  /** The message text it comes from (header, body, footer), or null for a button label. */
  source: SourceText | null;
  /** A button label's span in the file. */
  labelSpan: Span | null;
}

/** Every piece of the template with text, in file order. */
export function piecesOf(t: Template): Piece[] {
  const out: Piece[] = [];
  if (t.header?.kind === 'text') out.push({ kind: 'header', text: t.header.text.text, source: t.header.text, labelSpan: null });
  if (t.body) out.push({ kind: 'body', text: t.body.text.text, source: t.body.text, labelSpan: null });
  if (t.footer) out.push({ kind: 'footer', text: t.footer.text.text, source: t.footer.text, labelSpan: null });
  for (const b of t.buttons) {
    if (b.kind !== 'otp' && b.label !== '') out.push({ kind: 'button', text: b.label, source: null, labelSpan: b.labelSpan });
  }
  return out;
}

/** The file span of the piece's text indices [start, end) (a whole label when its text is not contiguous in the file). */
export function spanOf(piece: Piece, start: number, end: number): Span {
  if (piece.source) return piece.source.fileSpan(start, end);
  const label = piece.labelSpan!;
  return label.end - label.start === piece.text.length ? { start: label.start + start, end: label.start + end } : label;
}
