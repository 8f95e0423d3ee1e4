/** Reads a YAML block as a flat map with exact spans: the fast reader first, the YAML library when it must. */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { LineIndex, Span } from './text';
import { readSimpleMap } from './yaml-lite';

export interface MapPair {
  key: string;
  keySpan: Span;
  value: unknown;
  valueSpan: Span;
  lineSpan: Span;
}

export interface MapResult {
  pairs: MapPair[];
  errors: { span: Span; message: string }[];
  /** False when the block is not a map at all (a list, a plain sentence). */
  isMap: boolean;
}

/** Parses `text[start, end)` (which starts at a line start) as a YAML map. Never throws. */
export function readYamlMap(text: string, start: number, end: number, lines: LineIndex): MapResult {
  const lite = readSimpleMap(text, start, end);
  if (lite) {
    return {
      isMap: true,
      errors: [],
      pairs: lite.map((p) => ({
        key: p.key,
        keySpan: { start: p.keyStart, end: p.keyStart + p.key.length },
        value: p.value,
        valueSpan: { start: p.valueStart, end: p.valueEnd },
        lineSpan: { start: p.lineStart, end: p.lineEnd },
      })),
    };
  }
  return readWithLibrary(text, start, end, lines);
}

function readWithLibrary(text: string, start: number, end: number, lines: LineIndex): MapResult {
  const source = text.slice(start, end);
  const result: MapResult = { pairs: [], errors: [], isMap: true };
  let doc;
  try {
    // uniqueKeys is checked below with a Set: the library's own check is quadratic in the number of keys.
    doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (e) {
    result.errors.push({ span: { start, end: Math.min(end, start + 1) }, message: String((e as Error).message) });
    return result;
  }
  for (const err of doc.errors) {
    const s = start + Math.min(err.pos[0], source.length);
    const e = start + Math.min(Math.max(err.pos[1], err.pos[0]), source.length);
    result.errors.push({ span: { start: s, end: Math.max(e, s) }, message: firstLine(err.message) });
  }
  const contents = doc.contents;
  if (contents === null) return result;
  if (!isMap(contents)) {
    result.isMap = false;
    return result;
  }
  const seen = new Set<string>();
  for (const pair of contents.items) {
    const key = pair.key;
    if (!isScalar(key) || !key.range) continue;
    const keySpan = { start: start + key.range[0], end: start + key.range[1] };
    const keyText = String(key.value);
    if (seen.has(keyText)) result.errors.push({ span: keySpan, message: 'Map keys must be unique' });
    seen.add(keyText);
    const valueNode = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
    const valueRange = valueNode && valueNode.range ? valueNode.range : [key.range[1] + 1, key.range[1] + 1];
    const valueSpan = { start: start + valueRange[0], end: start + valueRange[1] };
    let value: unknown = null;
    try {
      value = isScalar(valueNode) ? valueNode.value : valueNode && typeof valueNode.toJSON === 'function' ? valueNode.toJSON() : null;
    } catch {
      value = null;
    }
    const firstLineNo = lines.lineAt(keySpan.start);
    const lastLineNo = lines.lineAt(Math.max(keySpan.start, valueSpan.end - 1));
    result.pairs.push({
      key: String(key.value),
      keySpan,
      value,
      valueSpan,
      lineSpan: { start: lines.starts[firstLineNo], end: Math.min(end, lines.lineEndWithBreak(lastLineNo)) },
    });
  }
  return result;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
