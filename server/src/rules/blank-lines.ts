/** blank-lines: two or more blank lines in a row in the body; providers report Meta rejecting three or more consecutive line breaks. */
import type { TextEdit } from '../parser/model';
import type { SourceText } from '../parser/source-text';
import type { LineIndex } from '../parser/text';
import { defineRule } from './types';

/** Text indices of each run of 3+ line breaks with only spaces or tabs between them. */
function breakRuns(s: string): number[][] {
  const runs: number[][] = [];
  let i = s.indexOf('\n');
  while (i !== -1) {
    const run = [i];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
      if (s.charCodeAt(k) !== 10) break;
      run.push(k);
      j = k + 1;
    }
    if (run.length >= 3) runs.push(run);
    i = s.indexOf('\n', j);
  }
  return runs;
}

/** File lines of the blank lines past the first one: the line each break after the second one ends. */
function extraLines(st: SourceText, lines: LineIndex, run: number[]): number[] {
  return run.slice(2).map((b) => lines.lineAt(st.fileOffset(b)));
}

export default defineRule({
  meta: {
    id: 'blank-lines',
    severity: 'warning',
    description: 'Two or more blank lines in a row in the body (three or more consecutive line breaks).',
    source: 'providers (Meta is reported to reject three or more consecutive line breaks)',
    fixable: true,
  },
  check({ template, report }) {
    const body = template.body;
    if (!body) return;
    const { lines } = template;
    for (const run of breakRuns(body.text.text)) {
      const extra = extraLines(body.text, lines, run);
      const edits: TextEdit[] = extra.map((l) => ({ span: { start: lines.starts[l], end: lines.lineEndWithBreak(l) }, newText: '' }));
      const blanks = run.length - 1;
      report({
        span: { start: edits[0].span.start, end: edits[edits.length - 1].span.end },
        message: `${blanks} blank lines in a row: providers report that Meta rejects a body with three or more consecutive line breaks. Keep one blank line between paragraphs.`,
        fix: { title: 'Collapse to one blank line', edits },
      });
    }
  },
});
