/** Writes a draft as a `.watpl` file in canonical form: front matter, comments, then Header, Body, Footer, Buttons, Examples. */
import { readSimpleMap } from '../parser/yaml-lite';
import type { Draft, DraftButton, DraftHeader, Scalar } from './draft';

/** A YAML scalar that reads back as exactly `value`: plain when that is safe, else double-quoted (JSON escapes are YAML escapes). */
export function yamlScalar(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  if (value !== '' && !value.includes('\n') && !value.includes('<!--')) {
    const line = `k: ${value}`;
    const pairs = readSimpleMap(line, 0, line.length);
    if (pairs && pairs.length === 1 && pairs[0].value === value) return value;
  }
  return JSON.stringify(value);
}

/** The text inside a comment, with anything that would end it early defused. */
function commentSafe(s: string): string {
  return s.replace(/-->/g, '--&gt;');
}

function headerLine(h: DraftHeader): string {
  return h.kind === 'text' ? h.text : `![${h.media}](${h.source})`;
}

const SCHEME: Record<DraftButton['kind'], string> = {
  quick_reply: '',
  url: '',
  phone_number: 'tel:',
  copy_code: 'copy:',
  otp: 'otp:',
  flow: 'flow:',
  catalog: 'catalog:',
};

/** One line of the Buttons section. */
export function buttonLine(b: DraftButton): string {
  if (b.kind === 'quick_reply') return `- ${b.label}`;
  return `- [${b.label}](${SCHEME[b.kind]}${b.value})`;
}

/** The whole file text, ending with one line break. */
export function writeTemplate(d: Draft): string {
  const fm = ['---', `name: ${yamlScalar(d.name)}`, `language: ${yamlScalar(d.language)}`, `category: ${yamlScalar(d.category)}`];
  for (const [k, v] of d.extra) fm.push(`${k}: ${yamlScalar(v)}`);
  fm.push('---');
  const blocks: string[] = [fm.join('\n')];
  for (const c of d.comments) blocks.push(`<!--\n${commentSafe(c)}\n-->`);
  if (d.header) blocks.push(`# Header\n${headerLine(d.header)}`);
  if (d.body !== null) blocks.push(`# Body\n${d.body}`);
  if (d.footer !== null) blocks.push(`# Footer\n${d.footer}`);
  if (d.buttons.length) blocks.push(`# Buttons\n${d.buttons.map(buttonLine).join('\n')}`);
  if (d.examples.length) blocks.push(`# Examples\n${d.examples.map(([k, v]) => `${k}: ${yamlScalar(v)}`).join('\n')}`);
  return `${blocks.join('\n\n')}\n`;
}
