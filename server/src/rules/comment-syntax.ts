/** comment-syntax: an unclosed `<!--` (FORMAT.md §5); the text stays in the message, which is rarely what the writer meant. */
import { defineRule, reportParseIssues } from './types';

export default defineRule({
  meta: {
    id: 'comment-syntax',
    severity: 'warning',
    description: 'A comment opened with <!-- is never closed with -->.',
    source: 'watpl format (FORMAT.md, comments)',
    fixable: false,
  },
  check(ctx) {
    reportParseIssues(ctx, 'comment-syntax');
  },
});
