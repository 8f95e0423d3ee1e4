/**
 * A fast reader for the simple `key: value` YAML that nearly every template holds. It resolves plain
 * scalars with YAML 1.2 core-schema rules and gives up (returns null) on anything it is not sure of,
 * so the caller falls back to the full YAML library. A property test checks it agrees with that library.
 */

export interface LitePair {
  key: string;
  keyStart: number;
  value: unknown;
  valueStart: number;
  valueEnd: number;
  /** Start of the line and just past its line break. */
  lineStart: number;
  lineEnd: number;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.]*):(?:([ \t]+)(.*?))?[ \t]*$/;
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^#:]|:(?=\S)|(?<=\S)#)*$/;
const SAFE_STRING_CHARS = /^[^\\"]*$/;
const FLOW_ITEM = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

/** `s` without leading and trailing spaces and tabs: the only white space YAML strips (JS trim() also strips U+FEFF, U+00A0...). */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/** Resolves a plain scalar as YAML 1.2's core schema does; undefined when it needs the full library. */
function resolvePlain(s: string): unknown {
  if (s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number.isSafeInteger(Number(s)) ? Number(s) : undefined;
  // Floats, octal, hex, .inf and .nan: leave them to the library.
  if (/^[-+]?(\.[0-9]|[0-9]|\.(inf|Inf|INF|nan|NaN|NAN)$)/.test(s) || /^0[ox]/.test(s)) return undefined;
  return s;
}

function readValue(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw === '') return { ok: true, value: null };
  const first = raw[0];
  if (first === '"') {
    if (raw.length >= 2 && raw.endsWith('"') && SAFE_STRING_CHARS.test(raw.slice(1, -1))) return { ok: true, value: raw.slice(1, -1) };
    return { ok: false };
  }
  if (first === "'") {
    const inner = raw.slice(1, -1);
    if (raw.length >= 2 && raw.endsWith("'") && !inner.includes("'")) return { ok: true, value: inner };
    return { ok: false };
  }
  if (first === '[') {
    if (!raw.endsWith(']')) return { ok: false };
    const inner = trimSpaces(raw.slice(1, -1));
    if (inner === '') return { ok: true, value: [] };
    const items = inner.split(',').map(trimSpaces);
    if (!items.every((x) => FLOW_ITEM.test(x) && typeof resolvePlain(x) === 'string')) return { ok: false };
    return { ok: true, value: items };
  }
  if (!PLAIN.test(raw) || raw.includes(' #') || raw.includes('\t#')) return { ok: false };
  const value = resolvePlain(raw);
  return value === undefined ? { ok: false } : { ok: true, value };
}

/**
 * Reads `text[start, end)` as a flat map of simple pairs. Returns null as soon as a line is anything
 * else (nested values, block scalars, anchors, duplicate keys...), leaving it to the YAML library.
 */
export function readSimpleMap(text: string, start: number, end: number): LitePair[] | null {
  const pairs: LitePair[] = [];
  const seen = new Set<string>();
  let lineStart = start;
  while (lineStart < end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl === -1 || nl >= end) nl = end;
    const lineEnd = nl < end ? nl + 1 : end;
    let contentEnd = nl;
    // Only `\r\n` is a line break to the YAML library: a lone `\r` at the end is part of the value.
    if (nl < end && contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    const line = text.slice(lineStart, contentEnd);
    const trimmed = trimSpaces(line);
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      if (line[0] === ' ' || line[0] === '\t') return null;
      const m = KEY_LINE.exec(line);
      // A key YAML reads as a boolean or null (`True:`, `null:`) is left to the library.
      if (!m || seen.has(m[1]) || typeof resolvePlain(m[1]) !== 'string') return null;
      const raw = m[3] ?? '';
      const v = readValue(raw);
      if (!v.ok) return null;
      seen.add(m[1]);
      const valueStart = m[3] === undefined ? lineStart + m[1].length + 1 : lineStart + m[1].length + 1 + m[2].length;
      pairs.push({ key: m[1], keyStart: lineStart, value: v.value, valueStart, valueEnd: valueStart + raw.length, lineStart, lineEnd });
    }
    lineStart = lineEnd;
  }
  return pairs;
}
