/** Where an offset is in a template: front matter, a section (and which), a comment. Shared by completion and hover. */
import type { Comment, Section, Template } from '../parser/model';

export type Place =
  | { kind: 'front-matter' }
  | { kind: 'comment'; comment: Comment }
  | { kind: 'section'; section: Section | null; heading: boolean }
  | { kind: 'none' };

/** The region holding `offset`. Text before any heading counts as the body. */
export function placeAt(t: Template, offset: number): Place {
  const fm = t.frontMatter;
  if (fm && offset >= fm.span.start && offset <= fm.span.end) return { kind: 'front-matter' };
  for (const c of t.comments) if (offset > c.span.start && offset < c.span.end) return { kind: 'comment', comment: c };
  let found: Section | null = null;
  for (const s of t.sectionList) {
    const start = s.headingSpan ? s.headingSpan.start : s.contentSpan.start;
    if (offset >= start && offset <= s.contentSpan.end) {
      found = s;
      if (s.headingSpan && offset <= s.headingSpan.end) return { kind: 'section', section: s, heading: true };
    }
  }
  return { kind: 'section', section: found, heading: false };
}
