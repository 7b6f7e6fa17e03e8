/**
 * `npm run lsp`: the Drillbook language server over stdio, for any editor that speaks the Language
 * Server Protocol (src/lsp/server.ts). Run it from the repository; it finds each document's plan folder
 * (the nearest folder above it holding plan.yaml).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.ts';

startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
