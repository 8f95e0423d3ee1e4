/** Finding templates in folders and the nearest `watpl.config.json` above each one. */
import { ConfigError, defaultResolvedConfig, resolveConfig, type ResolvedConfig } from '../config/resolve';
import { dirname, joinPath, type FileSystem } from './fs';

export const CONFIG_FILE = 'watpl.config.json';
export const TEMPLATE_EXTENSION = '.watpl';
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Every `.watpl` file under `root` (recursively; a file path is returned as is), sorted. */
export function findTemplates(fs: FileSystem, root: string): string[] {
  if (!fs.isDirectory(root)) return [root];
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const e of fs.readDir(dir) ?? []) {
      const p = joinPath(dir, e.name);
      if (e.isDirectory) {
        if (!SKIP_DIRS.has(e.name)) stack.push(p);
      } else if (e.name.endsWith(TEMPLATE_EXTENSION)) out.push(p);
    }
  }
  return out.sort();
}

/** Resolves configs by folder, reading each config file once. Invalid configs throw ConfigError. */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();

  constructor(
    private readonly fs: FileSystem,
    private readonly explicit: ResolvedConfig | null = null,
  ) {}

  /** The configuration in force for the file at `path` (the nearest config file above it). */
  forFile(path: string): ResolvedConfig {
    return this.explicit ?? this.forDir(dirname(path));
  }

  private forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = joinPath(dir, CONFIG_FILE);
    const text = this.fs.readFile(file);
    let config: ResolvedConfig;
    if (text !== null) config = parseConfigText(text, file);
    else {
      const parent = dirname(dir);
      config = parent === dir ? defaultResolvedConfig() : this.forDir(parent);
    }
    this.byDir.set(dir, config);
    return config;
  }

  /** Forgets cached configs (after a config file changed). */
  clear(): void {
    this.byDir.clear();
  }
}

/** Parses a config file's text; throws ConfigError with the file name and the JSON problem. */
export function parseConfigText(text: string, file: string): ResolvedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, [`not valid JSON (${(e as Error).message})`]);
  }
  return resolveConfig(json, file);
}
