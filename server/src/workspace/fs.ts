/** The file-system interface the workspace layer needs, injected so the engine runs in the CLI, the server and tests alike. */

export interface FileSystem {
  /** File text, or null when it does not exist or cannot be read. */
  readFile(path: string): string | null;
  /** Entries of a folder, or null when it is not one. */
  readDir(path: string): { name: string; isDirectory: boolean }[] | null;
  isDirectory(path: string): boolean;
}

/** POSIX-style dirname that also understands Windows separators. */
export function dirname(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (i < 0) return '.';
  if (i === 0) return path[0];
  if (i === 2 && path[1] === ':') return path.slice(0, 3);
  return path.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}
