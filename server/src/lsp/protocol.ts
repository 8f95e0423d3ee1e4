/** watpl's own LSP methods and commands, declared once for the server and the client (names only and types: no runtime imports). */

/** Request: facts about a template for the status bar. */
export const TEMPLATE_INFO = 'watpl/templateInfo';

export interface TemplateInfoParams {
  uri: string;
}

export interface TemplateInfo {
  name: string | null;
  language: string | null;
  category: string | null;
  bodyLength: number;
  bodyLimit: number;
  errors: number;
  warnings: number;
}

/** Server commands (workspace/executeCommand). */
export const COMMANDS = {
  lintWorkspace: 'watpl.lintWorkspace',
  showDocumentation: 'watpl.showDocumentation',
} as const;

/** The code action kind of "fix all watpl problems", usable in editor.codeActionsOnSave. */
export const FIX_ALL_KIND = 'source.fixAll.watpl';
