/** Text assembled from pieces of the file (comments removed, lines joined) that remembers where each character came from. */
import { codePointLength, type Span } from './text';

interface Segment {
  textStart: number;
  fileStart: number;
  length: number;
}

/** A message text (a body, a header...) with a map from its indices back to file offsets. */
export class SourceText {
  private constructor(
    readonly text: string,
    private readonly segments: Segment[],
  ) {}

  private codePointCount = -1;

  /** Length in Unicode code points (what Meta counts), computed once. */
  get codePoints(): number {
    if (this.codePointCount < 0) this.codePointCount = codePointLength(this.text);
    return this.codePointCount;
  }

  static empty(at: number): SourceText {
    return new SourceText('', [{ textStart: 0, fileStart: at, length: 0 }]);
  }

  /** File offset of the character at text index `i` (or just past the last one when i = text.length). */
  fileOffset(i: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].textStart <= i) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo];
    return seg.fileStart + Math.min(i - seg.textStart, seg.length);
  }

  /** File span of text indices [start, end): the end maps from the last included character, so removed comments stay outside. */
  fileSpan(start: number, end: number): Span {
    const s = this.fileOffset(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: this.fileOffset(end - 1) + 1 };
  }

  private directFlag = -1;

  /** Whether the text is one stretch of the file, nothing cut out or added (text index i is then file offset span.start + i); computed once. */
  get direct(): boolean {
    if (this.directFlag < 0) {
      const span = this.span;
      this.directFlag = span.end - span.start === this.text.length ? 1 : 0;
    }
    return this.directFlag === 1;
  }

  /** File span of the whole text. */
  get span(): Span {
    return this.fileSpan(0, this.text.length);
  }

  /** The part [start, end) of this text, keeping its map to the file. */
  slice(start: number, end: number): SourceText {
    const pieces: { text: string; fileStart: number }[] = [];
    for (const seg of this.segments) {
      const a = Math.max(start, seg.textStart);
      const b = Math.min(end, seg.textStart + seg.length);
      if (a < b) pieces.push({ text: this.text.slice(a, b), fileStart: seg.fileStart + (a - seg.textStart) });
    }
    return SourceText.build(pieces, this.fileOffset(start));
  }

  /** Builds a SourceText from pieces of the file, in order. */
  static build(pieces: { text: string; fileStart: number }[], fallbackOffset: number): SourceText {
    if (pieces.length === 0) return SourceText.empty(fallbackOffset);
    if (pieces.length === 1) return new SourceText(pieces[0].text, [{ textStart: 0, fileStart: pieces[0].fileStart, length: pieces[0].text.length }]);
    const segments: Segment[] = [];
    const parts: string[] = [];
    let length = 0;
    for (const p of pieces) {
      // A piece that continues the previous one in the file (a line and the break after it) extends its segment:
      // the same map with fewer segments to search.
      const last = segments.length > 0 ? segments[segments.length - 1] : null;
      if (last && last.fileStart + last.length === p.fileStart) last.length += p.text.length;
      else segments.push({ textStart: length, fileStart: p.fileStart, length: p.text.length });
      parts.push(p.text);
      length += p.text.length;
    }
    // One flat string (join), not a rope of += pieces that every later character read would have to flatten.
    return new SourceText(parts.join(''), segments);
  }
}
