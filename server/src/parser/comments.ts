/** `<!-- comments -->` and the `watpl-disable` switches inside them. */
import type { Comment, Directive, DirectiveKind, ParseIssue } from './model';

const DIRECTIVE = /^\s*watpl-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** Finds every comment from `from` on. An unclosed `<!--` is reported and left as text. */
export function findComments(text: string, from: number, issues: ParseIssue[]): Comment[] {
  const comments: Comment[] = [];
  let i = text.indexOf('<!--', from);
  while (i !== -1) {
    const close = text.indexOf('-->', i + 4);
    if (close === -1) {
      issues.push({
        rule: 'comment-syntax',
        span: { start: i, end: i + 4 },
        message: 'This comment is never closed, so it is kept as message text: add "-->" where the comment ends.',
      });
      break;
    }
    comments.push({ span: { start: i, end: close + 3 }, inner: text.slice(i + 4, close) });
    i = text.indexOf('<!--', close + 3);
  }
  return comments;
}

/** Reads the disable/enable switches among the comments. */
export function readDirectives(comments: Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.inner);
    if (!m) continue;
    const innerStart = c.span.start + 4;
    const rules: Directive['rules'] = [];
    const re = /[^\s,]+/g;
    re.lastIndex = m[0].length;
    for (let r = re.exec(c.inner); r; r = re.exec(c.inner)) {
      rules.push({ id: r[0], span: { start: innerStart + r.index, end: innerStart + r.index + r[0].length } });
    }
    out.push({ kind: m[1] as DirectiveKind, rules, span: c.span });
  }
  return out;
}

/** `text` with every comment replaced by spaces (line breaks kept), so offsets stay the same. */
export function blankComments(text: string, comments: Comment[]): string {
  if (comments.length === 0) return text;
  let out = '';
  let last = 0;
  for (const c of comments) {
    out += text.slice(last, c.span.start) + text.slice(c.span.start, c.span.end).replace(/[^\r\n]/g, ' ');
    last = c.span.end;
  }
  return out + text.slice(last);
}
