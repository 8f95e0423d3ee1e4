/** Entry point of the language server (dist/server.js). Runs under VS Code (IPC) or standalone with --stdio. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFs } from './workspace/node-fs';
import { startServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
let started = false;
process.on('uncaughtException', (e) => {
  // A failure while starting is fatal (the client reports it); later, one bad event must not stop the server.
  if (!started) {
    process.stderr.write(`watpl: the language server could not start: ${e.stack ?? e.message}\n`);
    process.exit(1);
  }
  connection.console.error(`watpl: unexpected error, the server keeps running: ${e.stack ?? e.message}`);
});
startServer(connection, nodeFs);
started = true;
