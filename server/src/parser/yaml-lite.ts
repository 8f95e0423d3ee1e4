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

const KEY = /^[A-Za-z_][A-Za-z0-9_.]*$/;
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
  // Only values starting with a digit, a sign, a dot, ~, t, f or n can be anything but a string.
  const c = s.charCodeAt(0) | 32;
  const maybeSpecial = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 116 || c === 102 || c === 110;
  if (!maybeSpecial) return s;
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

/** Whether the line holds only spaces and tabs, or a YAML comment after them. */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 35) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
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
    const first = text.charCodeAt(lineStart);
    if (lineStart < contentEnd && first !== 35 && !isBlankLine(text, lineStart, contentEnd)) {
      if (first === 32 || first === 9) return null;
      const colon = text.indexOf(':', lineStart);
      if (colon === -1 || colon >= contentEnd) return null;
      const key = text.slice(lineStart, colon);
      // A key YAML reads as a boolean or null (`True:`, `null:`) is left to the library.
      if (!KEY.test(key) || seen.has(key) || typeof resolvePlain(key) !== 'string') return null;
      let valueStart = colon + 1;
      const gap = valueStart;
      while (valueStart < contentEnd && (text.charCodeAt(valueStart) === 32 || text.charCodeAt(valueStart) === 9)) valueStart++;
      if (valueStart === gap && valueStart < contentEnd) return null; // `key:value` is not a pair
      let valueEnd = contentEnd;
      while (valueEnd > valueStart && (text.charCodeAt(valueEnd - 1) === 32 || text.charCodeAt(valueEnd - 1) === 9)) valueEnd--;
      const v = readValue(text.slice(valueStart, valueEnd));
      if (!v.ok) return null;
      seen.add(key);
      if (valueStart === valueEnd) valueStart = valueEnd = colon + 1;
      pairs.push({ key, keyStart: lineStart, value: v.value, valueStart, valueEnd, lineStart, lineEnd });
    }
    lineStart = lineEnd;
  }
  return pairs;
}
