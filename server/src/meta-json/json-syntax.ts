/** Finds where JSON text stops being JSON, so a syntax error can name its line and column (JSON.parse does not always say). */

const WS = new Set([32, 9, 10, 13]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Stop extends Error {
  constructor(readonly at: number, readonly why: string) {
    super(why);
  }
}

/** A recursive-descent reader that only checks, throwing Stop at the first character that cannot continue. */
class Checker {
  i = 0;

  constructor(private readonly text: string) {}

  skip(): void {
    while (this.i < this.text.length && WS.has(this.text.charCodeAt(this.i))) this.i++;
  }

  private match(re: RegExp, what: string): void {
    re.lastIndex = this.i;
    if (!re.test(this.text)) throw new Stop(this.i, what);
    this.i = re.lastIndex;
  }

  /** `[...]` or `{...}` from the opening bracket: items separated by commas. */
  private list(close: string, item: () => void, what: string): void {
    this.i++;
    this.skip();
    if (this.text[this.i] === close) return void this.i++;
    for (;;) {
      item();
      this.skip();
      if (this.text[this.i] === close) return void this.i++;
      if (this.text[this.i] !== ',') throw new Stop(this.i, `"," or "${close}" after ${what}`);
      this.i++;
    }
  }

  private property(): void {
    this.skip();
    this.match(STRING, 'a property name in double quotes');
    this.skip();
    if (this.text[this.i] !== ':') throw new Stop(this.i, '":" after the property name');
    this.i++;
    this.value();
  }

  value(): void {
    this.skip();
    const c = this.text[this.i];
    if (c === '{') this.list('}', () => this.property(), 'a property');
    else if (c === '[') this.list(']', () => this.value(), 'an array element');
    else if (c === '"') this.match(STRING, 'a string with valid escapes and no raw line breaks');
    else if (this.text.startsWith('true', this.i)) this.i += 4;
    else if (this.text.startsWith('false', this.i)) this.i += 5;
    else if (this.text.startsWith('null', this.i)) this.i += 4;
    else this.match(NUMBER, 'a value (object, array, string, number, true, false or null)');
  }
}

/** The offset of the first syntax error in `text` and what was expected there; null when it is valid JSON (or nested too deep to tell). */
export function findJsonError(text: string): { offset: number; expected: string } | null {
  const checker = new Checker(text);
  try {
    checker.value();
    checker.skip();
    if (checker.i < text.length) throw new Stop(checker.i, 'the end of the text after the value');
    return null;
  } catch (e) {
    // Anything else is a stack overflow on absurdly deep nesting: no position then.
    return e instanceof Stop ? { offset: e.at, expected: e.why } : null;
  }
}
