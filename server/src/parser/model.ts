/** The template model the parser produces: every node carries the span of file text it came from. */
import type { LineIndex, Span } from './text';
import type { SourceText } from './source-text';

/** A problem found while parsing, reported later by the rule named in `rule`. */
export interface ParseIssue {
  rule: string;
  span: Span;
  message: string;
  fix?: Fix;
  data?: Record<string, unknown>;
}

/** One replacement of file text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A safe fix: edits that never overlap and keep all other text as it is. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One `key: value` pair of the front matter. */
export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  /** The value as YAML reads it (string, number, boolean, null, list, map). */
  value: unknown;
  valueSpan: Span;
  /** The whole pair including its line break, for removing it. */
  lineSpan: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing delimiter line. */
  span: Span;
  /** The YAML between the delimiters. */
  contentSpan: Span;
  entries: FrontMatterEntry[];
  /** Whether the closing `---` was found. */
  closed: boolean;
}

export type SectionKind = 'header' | 'body' | 'footer' | 'buttons' | 'examples';
export const SECTION_KINDS: readonly SectionKind[] = ['header', 'body', 'footer', 'buttons', 'examples'];

export interface Section {
  kind: SectionKind;
  /** The `# Name` line, or null for the body implied by text before any heading. */
  headingSpan: Span | null;
  /** From the line after the heading to the line before the next heading (raw, comments included). */
  contentSpan: Span;
  /** The message text: comments removed, leading and trailing blank lines dropped. */
  text: SourceText;
}

export type MediaKind = 'image' | 'video' | 'document' | 'location';
export const MEDIA_KINDS: readonly MediaKind[] = ['image', 'video', 'document', 'location'];

export type Header =
  | { kind: 'text'; text: SourceText; span: Span }
  | { kind: 'media'; media: MediaKind; source: string; sourceSpan: Span; span: Span };

export type ButtonKind = 'quick_reply' | 'url' | 'phone_number' | 'copy_code' | 'otp' | 'flow' | 'catalog';
export type OtpType = 'copy_code' | 'one_tap' | 'zero_tap';

export interface Button {
  /** 0-based position among the buttons. */
  index: number;
  kind: ButtonKind;
  label: string;
  labelSpan: Span;
  /** The label's source text when a comment was cut out of it (it is then not one stretch of the file); null otherwise. */
  labelText: SourceText | null;
  /** What follows the scheme: the URL, phone number, code, OTP type, flow id ('' for catalog and quick replies). */
  value: string;
  valueSpan: Span;
  /** The whole `- ...` line without its line break. */
  span: Span;
  /** The whole line including its line break, for moving it. */
  lineSpan: Span;
  /** Source text of the value (URL buttons: placeholders are found in it). */
  valueText: SourceText | null;
}

export type PlaceholderComponent = 'header' | 'body' | 'footer' | 'button';

/** A well-formed `{{1}}` or `{{name}}`. */
export interface Placeholder {
  style: 'positional' | 'named';
  /** The name, or the number as written. */
  key: string;
  /** For positional placeholders. */
  number: number | null;
  component: PlaceholderComponent;
  /** For button placeholders: the button's 0-based index. */
  buttonIndex: number | null;
  span: Span;
  /** Index range in the component's message text. */
  textStart: number;
  textEnd: number;
}

/** Something that looks like a placeholder but is not one. */
export interface MalformedPlaceholder {
  /** syntax: `{{ 1 }}`, `{{1}`; name: `{{First Name}}`; legacy: `{1}`. */
  problem: 'syntax' | 'name' | 'legacy';
  raw: string;
  span: Span;
  component: PlaceholderComponent;
  /** The well-formed placeholder the writer most likely meant, when there is one. */
  suggestion: string | null;
}

/** One `key: value` line of the Examples section. */
export interface Example {
  key: string;
  keySpan: Span;
  /** The value as it will be sent (strings as written; numbers and booleans as YAML reads them). */
  value: string;
  /** The YAML type the value was read as: a non-string means the writer probably forgot quotes. */
  valueType: 'string' | 'number' | 'boolean' | 'null' | 'other';
  /** The value's source text exactly as written. */
  source: string;
  valueSpan: Span;
  lineSpan: Span;
}

export interface Comment {
  span: Span;
  /** The text between `<!--` and `-->`. */
  inner: string;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** A `<!-- watpl-disable... -->` switch. An empty rule list means every rule. */
export interface Directive {
  kind: DirectiveKind;
  rules: { id: string; span: Span }[];
  span: Span;
}

/** The parsed template: what every rule, the renderer and the exporters read. */
export interface Template {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | null;
  /** Front-matter values as strings, when present and of the right type. */
  name: string | null;
  language: string | null;
  category: string | null;
  /** Every section in file order, duplicates included. */
  sectionList: Section[];
  /** The first section of each kind. */
  sections: Partial<Record<SectionKind, Section>>;
  header: Header | null;
  body: Section | null;
  footer: Section | null;
  buttons: Button[];
  examples: Example[];
  placeholders: Placeholder[];
  malformed: MalformedPlaceholder[];
  comments: Comment[];
  directives: Directive[];
  /** Problems the parser found, each reported by the rule it names. */
  issues: ParseIssue[];
}

/** The front-matter entry for `key`, if any. */
export function entry(t: Template, key: string): FrontMatterEntry | undefined {
  return t.frontMatter?.entries.find((e) => e.key === key);
}
