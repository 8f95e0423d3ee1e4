/** section-structure: sections at most once, in order, a known header media kind, one-line header and footer, and headings written as "# Name" (FORMAT.md §2). */
import { HEADING } from '../parser/frontmatter';
import { SECTION_KINDS, type Template } from '../parser/model';
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
  const from = t.frontMatter ? lines.lineAt(t.frontMatter.span.end) + 1 : 0;
  let ci = 0;
  for (let l = from; l < lines.lineCount; l++) {
    let start = lines.starts[l];
    const end = lines.lineEnd(l);
    while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    if (text.charCodeAt(start) !== 35) continue;
    const line = text.slice(lines.starts[l], end);
    const m = NEAR_HEADING.exec(line.trim());
    if (!m || HEADING.test(line)) continue;
    while (ci < t.comments.length && t.comments[ci].span.end <= start) ci++;
    if (ci < t.comments.length && t.comments[ci].span.start <= start) continue;
    const heading = `# ${title(m[1])}`;
    report({
      span: { start: lines.starts[l], end },
      severity: 'warning',
      message: `This line is message text, not a section heading; did you mean "${heading}"? A heading is one "#", a space and the section name.`,
      fix: { title: `Change to "${heading}"`, edits: [{ span: { start: lines.starts[l], end }, newText: heading }] },
    });
  }
}

function title(name: string): string {
  const kind = SECTION_KINDS.find((k) => k === name.toLowerCase()) ?? name;
  return kind[0].toUpperCase() + kind.slice(1);
}
