/** The FileSystem interface over Node's fs, for the CLI and the server. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { FileSystem } from './fs';

export const nodeFs: FileSystem = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  readDir(path) {
    try {
      return readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
    } catch {
      return null;
    }
  },
  isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};
