/** Completion: section headings, front-matter keys and values, placeholders, example keys, button forms, rule ids in disable comments. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { CATEGORIES } from '../meta/categories';
import { LANGUAGES } from '../meta/languages';
import { SECTION_KINDS, type Template } from '../parser/model';
import { allRules } from '../rules/index';
import { exampleKey, examplesByKey } from '../rules/util/examples';
import { placeAt } from './where';

const KEYS: Record<string, string> = {
  name: 'template name: lowercase letters, digits and _',
  language: "one of Meta's language codes",
  category: 'marketing, utility or authentication',
  parameter_format: 'named or positional',
  sub_category: 'passed through on export',
  message_send_ttl_seconds: 'time to live of a sent message, in seconds',
  code_expiration_minutes: 'authentication: 1 to 90',
  security_recommendation: 'authentication: add the security line',
  disable: 'rule ids switched off for this file',
};

const BUTTONS: [string, string, string][] = [
  ['Quick reply', '- ${1:Label}', 'quick reply button'],
  ['URL button', '- [${1:Visit website}](https://${2:example.com})', 'link; may end with one placeholder'],
  ['Phone button', '- [${1:Call us}](tel:+${2:31201234567})', 'phone number in international form'],
  ['Copy code button', '- [${1:Copy code}](copy:${2:CODE})', 'copy code with its example code'],
  ['OTP copy code', '- [${1:Copy code}](otp:copy_code)', 'authentication only'],
  ['OTP one tap', '- [${1:Autofill}](otp:one_tap)', 'authentication only'],
  ['OTP zero tap', '- [${1:Autofill}](otp:zero_tap)', 'authentication only'],
  ['Flow button', '- [${1:Open}](flow:${2:FLOW_ID})', 'WhatsApp Flow'],
  ['Catalog button', '- [${1:View catalog}](catalog:)', 'catalog'],
];

/** Completion items at `pos`. */
export function completions(t: Template, pos: Position): CompletionItem[] {
  const offset = t.lines.offsetAt(pos);
  const lineStart = t.lines.starts[pos.line] ?? 0;
  const before = t.text.slice(lineStart, offset);
  const place = placeAt(t, offset);
  if (place.kind === 'front-matter') return frontMatter(t, before);
  if (place.kind === 'comment') return /watpl-(disable|enable)/.test(place.comment.inner) ? ruleIds() : [];
  if (/\{\{[a-z0-9_]*$/.test(before)) return placeholders(t);
  if (/^#?\s*$/.test(before) || /^#\s*[A-Za-z]*$/.test(before)) {
    const headings = sectionHeadings(t, before);
    if (place.kind === 'section' && place.section?.kind === 'buttons' && !before.startsWith('#')) return [...buttonForms(), ...headings];
    if (place.kind === 'section' && place.section?.kind === 'examples' && !before.startsWith('#')) return [...exampleKeys(t), ...headings];
    return headings;
  }
  if (place.kind === 'section' && place.section?.kind === 'buttons' && /^\s*-\s*$/.test(before)) return buttonForms(true);
  return [];
}

function frontMatter(t: Template, before: string): CompletionItem[] {
  const m = /^([a-z_]+):\s*(\S*)$/.exec(before);
  if (m) return values(m[1]);
  if (!/^[a-z_]*$/.test(before)) return [];
  const present = new Set(t.frontMatter?.entries.map((e) => e.key));
  return Object.entries(KEYS)
    .filter(([k]) => !present.has(k))
    .map(([k, doc]) => ({ label: k, kind: CompletionItemKind.Property, detail: doc, insertText: `${k}: ` }));
}

function values(key: string): CompletionItem[] {
  const plain = (label: string, detail?: string): CompletionItem => ({ label, kind: CompletionItemKind.Value, detail });
  switch (key) {
    case 'language':
      return Object.entries(LANGUAGES).map(([code, name]) => ({ label: code, kind: CompletionItemKind.Value, detail: name, filterText: `${code} ${name}` }));
    case 'category':
      return CATEGORIES.map((c) => plain(c));
    case 'security_recommendation':
      return [plain('true'), plain('false')];
    case 'parameter_format':
      return [plain('named', '{{first_name}}'), plain('positional', '{{1}}')];
    case 'disable':
      return ruleIds().map((r) => ({ ...r, insertText: `[${r.label}]` }));
    default:
      return [];
  }
}

function ruleIds(): CompletionItem[] {
  return allRules.map((r) => ({ label: r.meta.id, kind: CompletionItemKind.EnumMember, detail: r.meta.severity, documentation: r.meta.description }));
}

function sectionHeadings(t: Template, before: string): CompletionItem[] {
  const present = new Set(t.sectionList.filter((s) => s.headingSpan).map((s) => s.kind));
  return SECTION_KINDS.filter((k) => !present.has(k)).map((k, i) => {
    const title = k[0].toUpperCase() + k.slice(1);
    return { label: `# ${title}`, kind: CompletionItemKind.Module, sortText: String(i), insertText: before.startsWith('#') ? `# ${title}`.slice(before.length) : `# ${title}`, filterText: `# ${title}` };
  });
}

function placeholders(t: Template): CompletionItem[] {
  const named = [...new Set(t.placeholders.filter((p) => p.style === 'named').map((p) => p.key))];
  const items: CompletionItem[] = named.map((k) => ({ label: k, kind: CompletionItemKind.Variable, detail: 'placeholder used in this template', insertText: `${k}}}` }));
  const numbers = t.placeholders.filter((p) => p.style === 'positional' && p.component === 'body').map((p) => p.number ?? 0);
  if (named.length === 0 || numbers.length > 0) {
    const next = Math.max(0, ...numbers) + 1;
    items.push({ label: String(next), kind: CompletionItemKind.Variable, detail: 'next positional placeholder', insertText: `${next}}}`, sortText: '0' });
  }
  return items;
}

function exampleKeys(t: Template): CompletionItem[] {
  const have = examplesByKey(t);
  const keys = [...new Set(t.placeholders.map(exampleKey))].filter((k) => !have.has(k));
  return keys.map((k) => ({ label: k, kind: CompletionItemKind.Property, detail: 'placeholder without an example', insertText: `${k}: ` }));
}

/** Button snippets; after a typed "- " they continue the line instead of starting a new one. */
function buttonForms(afterDash = false): CompletionItem[] {
  return BUTTONS.map(([label, snippet, detail], i) => ({
    label, kind: CompletionItemKind.Snippet, detail, insertTextFormat: InsertTextFormat.Snippet, sortText: String(i).padStart(2, '0'),
    insertText: afterDash ? snippet.slice(2) : snippet, filterText: afterDash ? label : `- ${label}`,
  }));
}
