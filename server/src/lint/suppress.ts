/** Disable comments and the front-matter `disable` list: which diagnostics the writer switched off. */
import { entry, type Template } from '../parser/model';
import type { Diagnostic } from './diagnostic';

const ALL = '*';

interface Block {
  start: number;
  end: number;
  rules: Set<string>;
}

/** Precomputed switches for one template. */
export class Suppressions {
  private readonly fileRules = new Set<string>();
  private readonly lineRules = new Map<number, Set<string>>();
  private readonly blocks: Block[] = [];

  constructor(private readonly template: Template) {
    const disable = entry(template, 'disable')?.value;
    if (Array.isArray(disable)) for (const id of disable) if (typeof id === 'string') this.fileRules.add(id);
    const lines = template.lines;
    const open = new Map<string, number>();
    for (const d of template.directives) {
      const ids = d.rules.length ? d.rules.map((r) => r.id) : [ALL];
      const first = lines.lineAt(d.span.start);
      const last = lines.lineAt(Math.max(d.span.start, d.span.end - 1));
      if (d.kind === 'disable-next-line') this.addLine(last + 1, ids);
      else if (d.kind === 'disable-line') for (let l = first; l <= last; l++) this.addLine(l, ids);
      else if (d.kind === 'disable') {
        for (const id of ids) if (!open.has(id)) open.set(id, d.span.end);
      } else this.close(open, ids, d.span.start);
    }
    for (const [id, start] of open) this.blocks.push({ start, end: template.text.length + 1, rules: new Set([id]) });
  }

  /** Ends the open blocks `ids` names (every open block for an enable without a list). */
  private close(open: Map<string, number>, ids: string[], end: number): void {
    for (const id of ids) {
      for (const [openId, start] of [...open]) {
        if (id !== ALL && openId !== id) continue;
        this.blocks.push({ start, end, rules: new Set([openId]) });
        open.delete(openId);
      }
    }
  }

  private addLine(line: number, ids: string[]): void {
    let set = this.lineRules.get(line);
    if (!set) this.lineRules.set(line, (set = new Set()));
    for (const id of ids) set.add(id);
  }

  /** Whether `d` is switched off. Problems with the switches themselves are never suppressed. */
  suppressed(d: Diagnostic): boolean {
    if (d.rule === 'unknown-rule-id') return false;
    if (this.fileRules.has(d.rule)) return true;
    const set = this.lineRules.get(this.template.lines.lineAt(d.span.start));
    if (set && (set.has(d.rule) || set.has(ALL))) return true;
    for (const b of this.blocks) {
      if (d.span.start >= b.start && d.span.start < b.end && (b.rules.has(d.rule) || b.rules.has(ALL))) return true;
    }
    return false;
  }
}
