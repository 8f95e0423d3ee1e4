/** section-structure: sections at most once, in order, a known header media kind, one-line header and footer, and headings written as "# Name" (FORMAT.md §2). */
import { HEADING } from '../parser/frontmatter';
import { SECTION_KINDS, type Template } from '../parser/model';
import { isBlankRange } from '../parser/text';
import { defineRule, reportParseIssues, type Report } from './types';

/** `#`s, optional spaces, a section name: a heading the writer probably meant. */
const NEAR_HEADING = /^#+[ \t]*(header|body|footer|buttons|examples)$/i;

export default defineRule({
  meta: {
    id: 'section-structure',
    severity: 'error',
    description: 'A section twice or out of order, an unknown header media kind, a header or footer over one line, or a malformed heading.',
    source: 'watpl format (FORMAT.md, sections); Meta, template components (one header, body, footer and button group)',
    fixable: true,
  },
  check(ctx) {
    reportParseIssues(ctx, 'section-structure');
    nearHeadings(ctx.template, ctx.report);
  },
});

/** Lines like `#Body`, `## Body` or `  # body`: message text that was probably meant as a heading. */
function nearHeadings(t: Template, report: (r: Report) => void): void {
  const { text, lines } = t;
  const from = t.frontMatter ? t.frontMatter.span.end : 0;
  // Only lines that hold a '#' can be near headings: jump from one '#' to the next (real headings are skipped below).
  let ci = 0;
  let lastLine = -1;
  for (let hashAt = text.indexOf('#', from); hashAt !== -1; hashAt = text.indexOf('#', hashAt + 1)) {
    const l = lines.lineAt(hashAt);
    if (l === lastLine) continue;
    lastLine = l;
    const lineStart = lines.starts[l];
    if (lineStart < from || !isBlankRange(text, lineStart, hashAt)) continue;
    const end = lines.lineEnd(l);
    const line = text.slice(lineStart, end);
    const near = NEAR_HEADING.exec(line.trim());
    if (!near || HEADING.test(line)) continue;
    const hash = lineStart + line.indexOf('#');
    while (ci < t.comments.length && t.comments[ci].span.end <= hash) ci++;
    if (ci < t.comments.length && t.comments[ci].span.start <= hash) continue;
    const heading = `# ${title(near[1])}`;
    report({
      span: { start: lineStart, end },
      severity: 'warning',
      message: `This line is message text, not a section heading; did you mean "${heading}"? A heading is one "#", a space and the section name.`,
      fix: { title: `Change to "${heading}"`, edits: [{ span: { start: lineStart, end }, newText: heading }] },
    });
  }
}

function title(name: string): string {
  const kind = SECTION_KINDS.find((k) => k === name.toLowerCase()) ?? name;
  return kind[0].toUpperCase() + kind.slice(1);
}
