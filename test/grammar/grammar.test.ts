// Tokenizes sample templates with the real TextMate engine (as VS Code does) and checks the scopes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A stand-in for VS Code's YAML grammar: enough to see that the front matter embeds it. */
const yamlStub = {
  scopeName: 'source.yaml',
  patterns: [{ match: '^([a-z_]+)(:)', captures: { 1: { name: 'entity.name.tag.stub.yaml' } } }],
};

let onigLib: Promise<vsctm.IOnigLib> | undefined;
/** Loads onig.wasm once; vscode-oniguruma cannot be initialised twice. */
function loadOnig(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(`${root}node_modules/vscode-oniguruma/release/onig.wasm`);
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

const grammars = new Map<boolean, Promise<vsctm.IGrammar>>();
/** The watpl grammar, with the YAML stub or with no YAML grammar at all. */
function loadGrammar(withYaml = true): Promise<vsctm.IGrammar> {
  let grammar = grammars.get(withYaml);
  if (!grammar) {
    const registry = new vsctm.Registry({
      onigLib: loadOnig(),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'text.watpl') {
          const path = `${root}syntaxes/watpl.tmLanguage.json`;
          return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
        }
        if (scopeName === 'source.yaml' && withYaml) return vsctm.parseRawGrammar(JSON.stringify(yamlStub), 'yaml.json');
        return null;
      },
    });
    grammar = registry.loadGrammar('text.watpl').then((g) => {
      assert.ok(g, 'grammar text.watpl loads');
      return g;
    });
    grammars.set(withYaml, grammar);
  }
  return grammar;
}

interface Doc {
  lines: string[];
  tokens: vsctm.IToken[][];
}

/** Tokenizes a whole file line by line, carrying the rule stack as the editor does. */
async function tokenize(text: string, withYaml = true): Promise<Doc> {
  const grammar = await loadGrammar(withYaml);
  const lines = text.split('\n');
  const tokens: vsctm.IToken[][] = [];
  let state = vsctm.INITIAL;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    tokens.push(result.tokens);
    state = result.ruleStack;
  }
  return { lines, tokens };
}

/**
 * The scopes of the token(s) covering `sub` on the first line that contains `line` (or the line
 * with that index). When `sub` spans several tokens, only the scopes they all share are returned.
 */
function scopesOf(doc: Doc, line: string | number, sub: string): string[] {
  const index = typeof line === 'number' ? line : doc.lines.findIndex((l) => l.includes(line));
  assert.ok(index >= 0 && index < doc.lines.length, `no line ${JSON.stringify(line)}`);
  const text = doc.lines[index]!;
  const start = text.indexOf(sub);
  assert.ok(start >= 0, `${JSON.stringify(sub)} not in ${JSON.stringify(text)}`);
  const end = start + Math.max(sub.length, 1);
  const covering = doc.tokens[index]!.filter((t) => t.startIndex < end && t.endIndex > start);
  return covering.reduce<string[]>((shared, t) => shared.filter((s) => t.scopes.includes(s)), covering[0]!.scopes);
}

function hasScope(doc: Doc, line: string | number, sub: string, scope: string): void {
  const scopes = scopesOf(doc, line, sub);
  assert.ok(scopes.includes(scope), `${JSON.stringify(sub)} should be ${scope}, has ${scopes.join(' ')}`);
}

function lacksScope(doc: Doc, line: string | number, sub: string, scope: string): void {
  const scopes = scopesOf(doc, line, sub);
  assert.ok(!scopes.some((s) => s.startsWith(scope)), `${JSON.stringify(sub)} should not be ${scope}, has ${scopes.join(' ')}`);
}

const TEMPLATE = `---
name: order_update
language: en_US
category: utility
---

# Header
Order {{order_id}} has shipped *fast*

# Body
Hi {{first_name}}, good news: your order *{{order_id}}* is on its way.
It should arrive on {{delivery_date}}.
# Hello there
---

# Footer
Questions? Just reply to this message.

# Buttons
- [Track order](https://shop.example.com/track/{{tracking_code}})
- [Call us](tel:+31201234567)
- [Copy code](copy:SUMMER15)
- [Get code](otp:copy_code)
- [Book](flow:123456)
- [View catalog](catalog:)
- [Write](mailto:shop@example.com)
- Not delivered yet <!-- watpl-disable-line marketing-wording -->
Free text in buttons

# Examples
first_name: Maria
order_id: "0123"
delivery_date: Friday 14 March
tracking_code: 'ZX81-9'
`;

test('front matter: delimiters and embedded YAML', async () => {
  const doc = await tokenize(TEMPLATE);
  hasScope(doc, 0, '---', 'punctuation.definition.frontmatter.watpl');
  hasScope(doc, 4, '---', 'punctuation.definition.frontmatter.watpl');
  hasScope(doc, 'name: order_update', 'order_update', 'meta.embedded.block.frontmatter.watpl');
  hasScope(doc, 'name: order_update', 'name', 'entity.name.tag.stub.yaml');
  // A later '---' is ordinary body text.
  lacksScope(doc, 13, '---', 'punctuation.definition.frontmatter');
  lacksScope(doc, 'Hi {{first_name}}', 'Hi', 'meta.embedded');
});

test('front matter still works without a YAML grammar, and only on the first line', async () => {
  const doc = await tokenize('---\nname: x\n---\nHi *there*', false);
  hasScope(doc, 0, '---', 'punctuation.definition.frontmatter.watpl');
  hasScope(doc, 1, 'x', 'meta.embedded.block.frontmatter.watpl');
  hasScope(doc, 2, '---', 'punctuation.definition.frontmatter.watpl');
  hasScope(doc, 3, '*there*', 'markup.bold.watpl');
  const late = await tokenize('\n---\nname: x\n---');
  lacksScope(late, 1, '---', 'punctuation.definition.frontmatter');
  lacksScope(late, 2, 'name', 'meta.embedded');
});

test('section headings, case-insensitive; other # lines are text', async () => {
  const doc = await tokenize('# Header\nA\n# BODY\n# footer\n#  Buttons  \n# examples\n# Hello\n# Body text\n## Body\n#Footer');
  for (const [line, name] of [[0, 'Header'], [2, 'BODY'], [3, 'footer'], [4, 'Buttons'], [5, 'examples']] as const) {
    hasScope(doc, line, name, 'entity.name.section.watpl');
    hasScope(doc, line, '#', 'markup.heading.watpl');
    hasScope(doc, line, '#', 'punctuation.definition.heading.watpl');
  }
  hasScope(doc, 2, 'BODY', 'meta.section.body.watpl');
  // The parser needs a space after '#': '#Footer' is message text, so it must not look like a heading.
  for (const line of [6, 7, 8, 9]) lacksScope(doc, line, '#', 'markup.heading');
  hasScope(doc, 6, '# Hello', 'meta.section.examples.watpl');
});

test('text before any heading is body', async () => {
  const doc = await tokenize('---\nname: x\n---\nHello *you*\n- item\n# Footer\nBye *you*');
  hasScope(doc, 'Hello', '*you*', 'markup.bold.watpl');
  hasScope(doc, '- item', '-', 'punctuation.definition.list.begin.watpl');
  lacksScope(doc, 'Bye', '*you*', 'markup.bold');
});

test('valid placeholders', async () => {
  const doc = await tokenize(TEMPLATE);
  hasScope(doc, 'Hi {{first_name}}', '{{first_name}}', 'variable.other.placeholder.watpl');
  hasScope(doc, 'Hi {{first_name}}', '{{', 'punctuation.definition.placeholder.begin.watpl');
  hasScope(doc, 'Hi {{first_name}}', '}}', 'punctuation.definition.placeholder.end.watpl');
  hasScope(doc, 'Order {{order_id}}', '{{order_id}}', 'variable.other.placeholder.watpl');
  hasScope(doc, 'Questions?', 'Questions', 'meta.section.footer.watpl');
  const positional = await tokenize('# Body\nHi {{1}}, see {{12}}.');
  hasScope(positional, 1, '{{1}}', 'variable.other.placeholder.watpl');
  hasScope(positional, 1, '{{12}}', 'variable.other.placeholder.watpl');
});

test('malformed and legacy placeholders', async () => {
  const malformed = ['{{ 1 }}', '{{1}', '{{#1}}', '{{}}', '{{First Name}}', '{{FirstName}}', '{1}}', '{{{1}}}'];
  const doc = await tokenize(`# Body\n${malformed.join(' and ')}\nLegacy {1} and {23}\nUnclosed {{1 here`);
  for (const bad of malformed) {
    hasScope(doc, 1, bad, 'invalid.illegal.placeholder.watpl');
    lacksScope(doc, 1, bad, 'variable.other.placeholder');
  }
  hasScope(doc, 2, '{1}', 'invalid.deprecated.placeholder.watpl');
  hasScope(doc, 2, '{23}', 'invalid.deprecated.placeholder.watpl');
  hasScope(doc, 3, '{{1', 'invalid.illegal.placeholder.watpl');
  lacksScope(doc, 3, 'here', 'invalid');
  const json = await tokenize('# Body\nPlain {braces} and {"a": 1}');
  lacksScope(json, 1, '{braces}', 'invalid');
});

test('formatting marks hug their text', async () => {
  const doc = await tokenize(
    [
      '# Body',
      'A *bold* _italic_ ~strike~ ```mono {{1}}``` and `code`.',
      'Not * bold*, not *bold *, snake_case_name, 2*3*4, a~b~c.',
      'Accents: _émile_ and *Zoë*, but é_x_ is not italic.',
      'Nested *_both_* and *{{order_id}}* and _{{first_name}}_.',
      'Open *across',
      'lines* never.',
    ].join('\n'),
  );
  hasScope(doc, 1, '*bold*', 'markup.bold.watpl');
  hasScope(doc, 1, '*', 'punctuation.definition.bold.begin.watpl');
  hasScope(doc, 1, '_italic_', 'markup.italic.watpl');
  hasScope(doc, 1, '~strike~', 'markup.strikethrough.watpl');
  hasScope(doc, 1, '```mono {{1}}```', 'markup.inline.raw.watpl');
  hasScope(doc, 1, '{{1}}', 'variable.other.placeholder.watpl');
  hasScope(doc, 1, '`code`', 'markup.inline.raw.watpl');
  for (const lookAlike of ['* bold*', '*bold *', 'snake_case_name', '2*3*4', 'a~b~c']) {
    for (const mark of ['markup.bold', 'markup.italic', 'markup.strikethrough']) lacksScope(doc, 2, lookAlike, mark);
  }
  hasScope(doc, 3, '_émile_', 'markup.italic.watpl');
  hasScope(doc, 3, '*Zoë*', 'markup.bold.watpl');
  lacksScope(doc, 3, 'é_x_', 'markup.italic');
  hasScope(doc, 4, 'both', 'markup.bold.watpl');
  hasScope(doc, 4, 'both', 'markup.italic.watpl');
  hasScope(doc, 4, '*{{order_id}}*', 'markup.bold.watpl');
  hasScope(doc, 4, '{{order_id}}', 'variable.other.placeholder.watpl');
  hasScope(doc, 4, '_{{first_name}}_', 'markup.italic.watpl');
  lacksScope(doc, 5, '*across', 'markup.bold');
  lacksScope(doc, 6, 'lines*', 'markup.bold');
});

test('quotes and lists', async () => {
  const doc = await tokenize('# Body\n> Quoted *words*\n- dash item\n* star item with *bold*\n1. first\n12. twelfth\n>not a quote\n-not a list');
  hasScope(doc, 1, 'Quoted', 'markup.quote.watpl');
  hasScope(doc, 1, '>', 'punctuation.definition.quote.begin.watpl');
  hasScope(doc, 1, '*words*', 'markup.bold.watpl');
  hasScope(doc, 2, 'dash item', 'markup.list.unnumbered.watpl');
  hasScope(doc, 2, '-', 'punctuation.definition.list.begin.watpl');
  hasScope(doc, 3, '*', 'punctuation.definition.list.begin.watpl');
  lacksScope(doc, 3, '* star', 'markup.bold');
  hasScope(doc, 3, '*bold*', 'markup.bold.watpl');
  hasScope(doc, 4, '1.', 'punctuation.definition.list.begin.watpl');
  hasScope(doc, 4, 'first', 'markup.list.numbered.watpl');
  hasScope(doc, 5, '12.', 'punctuation.definition.list.begin.watpl');
  lacksScope(doc, 6, '>', 'markup.quote');
  lacksScope(doc, 7, '-', 'markup.list');
});

test('buttons: links, schemes and quick replies', async () => {
  const doc = await tokenize(TEMPLATE);
  hasScope(doc, '[Track order]', '- [Track order](https://shop.example.com/track/{{tracking_code}})', 'meta.button.watpl');
  hasScope(doc, '[Track order]', 'Track order', 'string.other.link.title.watpl');
  hasScope(doc, '[Track order]', 'https://shop.example.com/track/{{tracking_code}}', 'markup.underline.link.watpl');
  hasScope(doc, '[Track order]', '{{tracking_code}}', 'variable.other.placeholder.watpl');
  for (const [line, scheme] of [
    ['[Track order]', 'https:'],
    ['[Call us]', 'tel:'],
    ['[Copy code]', 'copy:'],
    ['[Get code]', 'otp:'],
    ['[Book]', 'flow:'],
    ['[View catalog]', 'catalog:'],
  ] as const) {
    hasScope(doc, line, scheme, 'keyword.other.scheme.watpl');
  }
  lacksScope(doc, '[Track order]', '//shop', 'keyword.other.scheme');
  hasScope(doc, '[Write]', 'mailto:', 'invalid.illegal.scheme.watpl');
  hasScope(doc, '- Not delivered yet', 'Not delivered yet', 'string.unquoted.quick-reply.watpl');
  lacksScope(doc, '- Not delivered yet', '<!--', 'string.unquoted');
  lacksScope(doc, 'Free text in buttons', 'Free', 'meta.button');
  // Button syntax only applies in the Buttons section.
  const body = await tokenize('# Body\n- [Track order](https://x.example)');
  lacksScope(body, 1, 'Track order', 'string.other.link.title');
  hasScope(body, 1, '-', 'markup.list.unnumbered.watpl');
});

test('header media line', async () => {
  const doc = await tokenize('# Header\n![image](https://cdn.example.com/{{1}}.png)\n# Body\n![video](x.mp4)');
  hasScope(doc, 1, '![image](https://cdn.example.com/{{1}}.png)', 'markup.other.media.watpl');
  hasScope(doc, 1, 'image', 'support.type.media.watpl');
  hasScope(doc, 1, 'https://cdn.example.com/', 'markup.underline.link.watpl');
  lacksScope(doc, 3, 'video', 'support.type.media');
  for (const kind of ['video', 'document', 'location']) {
    const media = await tokenize(`# Header\n![${kind}](${kind === 'location' ? '' : 'file.bin'})`);
    hasScope(media, 1, kind, 'support.type.media.watpl');
  }
  const unknown = await tokenize('# Header\n![gif](a.gif)');
  hasScope(unknown, 1, 'gif', 'invalid.illegal.media.watpl');
});

test('examples: key and value', async () => {
  const doc = await tokenize(TEMPLATE);
  hasScope(doc, 'first_name: Maria', 'first_name', 'variable.other.key.watpl');
  hasScope(doc, 'first_name: Maria', 'Maria', 'string.unquoted.example.watpl');
  hasScope(doc, 'delivery_date: Friday', 'Friday 14 March', 'string.unquoted.example.watpl');
  hasScope(doc, 'order_id: "0123"', '"0123"', 'string.quoted.double.watpl');
  hasScope(doc, "tracking_code: 'ZX81-9'", "'ZX81-9'", 'string.quoted.single.watpl');
  const positional = await tokenize('# Examples\nbody.1: Maria # a note\nbutton1.1: abc');
  hasScope(positional, 1, 'body.1', 'variable.other.key.watpl');
  hasScope(positional, 1, '# a note', 'comment.line.number-sign.watpl');
  hasScope(positional, 2, 'button1.1', 'variable.other.key.watpl');
  // Example syntax only applies in the Examples section.
  const body = await tokenize('# Body\nNote: this is text');
  lacksScope(body, 1, 'Note', 'variable.other.key');
});

test('comments and disable directives', async () => {
  const doc = await tokenize(
    [
      '# Body',
      '<!-- watpl-disable-next-line marketing-wording -->',
      'Text <!-- watpl-disable placeholder-density, placeholder-alone --> more',
      '<!-- watpl-enable placeholder-density -- reason here -->',
      '<!-- a note that mentions watpl-disable later -->',
      '<!-- spans',
      '# Footer',
      'lines -->',
      'After',
    ].join('\n'),
  );
  hasScope(doc, 1, '<!--', 'comment.block.html.watpl');
  hasScope(doc, 1, 'watpl-disable-next-line', 'keyword.control.directive.watpl');
  hasScope(doc, 1, 'marketing-wording', 'constant.other.rule-id.watpl');
  hasScope(doc, 1, 'marketing-wording', 'comment.block.html.watpl');
  hasScope(doc, 2, 'watpl-disable', 'keyword.control.directive.watpl');
  hasScope(doc, 2, 'placeholder-density', 'constant.other.rule-id.watpl');
  hasScope(doc, 2, 'placeholder-alone', 'constant.other.rule-id.watpl');
  lacksScope(doc, 2, 'more', 'comment');
  hasScope(doc, 3, 'watpl-enable', 'keyword.control.directive.watpl');
  lacksScope(doc, 3, 'reason', 'constant.other.rule-id');
  lacksScope(doc, 4, 'watpl-disable', 'keyword.control.directive');
  hasScope(doc, 6, '# Footer', 'comment.block.html.watpl');
  lacksScope(doc, 6, 'Footer', 'entity.name.section');
  hasScope(doc, 7, 'lines', 'comment.block.html.watpl');
  lacksScope(doc, 8, 'After', 'comment');
  hasScope(doc, 8, 'After', 'meta.section.body.watpl');
  const disableLine = await tokenize(TEMPLATE);
  hasScope(disableLine, '- Not delivered yet', 'watpl-disable-line', 'keyword.control.directive.watpl');
});
