/** Entry point of the language server (dist/server.js). Runs under VS Code (IPC) or standalone with --stdio. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFs } from './workspace/node-fs';
import { startServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`watpl: unexpected error, the server keeps running: ${e.stack ?? e.message}`));
startServer(connection, nodeFs);
