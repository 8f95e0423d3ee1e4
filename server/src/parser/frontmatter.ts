/** The `---` front matter block at the top of a template. */
import type { FrontMatter, ParseIssue } from './model';
import type { LineIndex } from './text';
import { readYamlMap } from './yaml-map';

const HEADING = /^#[ \t]+(header|body|footer|buttons|examples)[ \t]*$/i;

/** Reads the front matter starting at `start`; returns it and the line where the message part begins. */
export function readFrontMatter(text: string, lines: LineIndex, start: number, issues: ParseIssue[]): { frontMatter: FrontMatter | null; bodyLine: number } {
  const firstEnd = lines.lineEnd(0);
  if (text.slice(start, firstEnd).trimEnd() !== '---') {
    issues.push({
      rule: 'front-matter',
      span: { start, end: Math.max(start, Math.min(firstEnd, start + 80)) },
      message: 'The template has no front matter: start the file with a line "---", then name, language and category, then "---".',
    });
    return { frontMatter: null, bodyLine: 0 };
  }
  let close = -1;
  let stop = lines.lineCount;
  for (let l = 1; l < lines.lineCount; l++) {
    const line = text.slice(lines.starts[l], lines.lineEnd(l));
    const t = line.trimEnd();
    if (t === '---' || t === '...') {
      close = l;
      break;
    }
    if (HEADING.test(line)) {
      stop = l;
      break;
    }
  }
  const contentStart = lines.lineEndWithBreak(0);
  const lastLine = close === -1 ? stop : close;
  const contentEnd = lastLine < lines.lineCount ? lines.starts[lastLine] : text.length;
  if (close === -1) {
    issues.push({
      rule: 'front-matter',
      span: { start, end: start + 3 },
      message: 'The front matter is never closed: add a line "---" after its last key.',
    });
  }
  const map = readYamlMap(text, contentStart, contentEnd, lines);
  for (const e of map.errors) {
    issues.push({ rule: 'front-matter', span: e.span, message: `The front matter is not valid YAML: ${e.message}.` });
  }
  if (!map.isMap) {
    issues.push({
      rule: 'front-matter',
      span: { start: contentStart, end: Math.max(contentStart, lines.lineEnd(lines.lineAt(contentStart))) },
      message: 'The front matter must be "key: value" lines (name, language, category...).',
    });
  }
  const end = close === -1 ? contentEnd : lines.lineEnd(close);
  return {
    frontMatter: {
      span: { start, end },
      contentSpan: { start: contentStart, end: contentEnd },
      entries: map.pairs,
      closed: close !== -1,
    },
    bodyLine: close === -1 ? lastLine : close + 1,
  };
}

export { HEADING };
