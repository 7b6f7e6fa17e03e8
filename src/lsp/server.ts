/**
 * The Drillbook language server (`npm run lsp`, LSP over stdio): the plan's own rules as diagnostics
 * while typing, hover with an element's name and where it is used, go to definition, find references
 * and completion of ids. A document belongs to the plan folder nearest above it that holds plan.yaml,
 * or, in the scenario folder `check` reads (plan-folders.ts), to that folder's plan; each plan folder
 * is one `PlanSession`, compiled again after every change with the unsaved text.
 *
 *   editor ──didOpen/didChange──▶ PlanSession.setOpen ──analyse──▶ publishDiagnostics (every plan file)
 *          ──hover/definition/references/completion──▶ the last analysis's PlanIndex
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type Location,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planFolders } from '../compiler/plan-folders.ts';
import { SEVERITY_SCALE } from '../plan/level-times.ts';
import { PlanSession, isPlanFile, type Analysis } from './plan-session.ts';
import { allDefinitions, mentionsOf, type Definition, type Place } from './plan-index.ts';
import { KEY_KINDS, keyBefore, playbookOf, readReference, wordAt } from './tokens.ts';

/** Milliseconds of quiet typing before the plan is compiled again. */
const SETTLE_MS = 25;

/** Starts the server on `connection` and returns when it is listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const sessions = new Map<string, PlanSession>();
  const results = new Map<PlanSession, Analysis>();
  const published = new Map<PlanSession, Set<string>>();
  const timers = new Map<PlanSession, ReturnType<typeof setTimeout>>();

  // The scenario folder `check` reads, and the plan folder it belongs to (plan-folders.ts).
  const folders = planFolders({}, process.env);
  const scenarioHome = folders.scenarios && { dir: resolve(folders.scenarios), plan: resolve(folders.content) };
  const sessionOf = (dir: string) => {
    let session = sessions.get(dir);
    if (!session) sessions.set(dir, (session = new PlanSession(dir)));
    return session;
  };
  const hasPlan = (dir: string) => existsSync(join(dir, 'plan.yaml')) || existsSync(join(dir, 'plan.yml'));

  /** The plan folder of a document (a plan file, or a scenario of that plan) and its path relative to it, or `undefined`. */
  const locateDoc = (uri: string): { session: PlanSession; path: string } | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    const pathIn = (dir: string) => relative(dir, file).split(sep).join('/');
    if (scenarioHome && dirname(file) === scenarioHome.dir && hasPlan(scenarioHome.plan)) {
      const session = sessionOf(scenarioHome.plan);
      const path = pathIn(scenarioHome.plan);
      return session.scenarios?.holds(path) ? { session, path } : undefined;
    }
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      if (hasPlan(dir)) {
        const path = pathIn(dir);
        return isPlanFile(path) ? { session: sessionOf(dir), path } : undefined;
      }
      if (dirname(dir) === dir) return undefined;
    }
  };
  const uriOf = (session: PlanSession, path: string) => pathToFileURL(join(session.folder, path)).href;

  const publish = (session: PlanSession) => {
    const analysis = session.analyse();
    results.set(session, analysis);
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of analysis.problems) {
      const text = session.text(p.file) ?? '';
      const line = text.split('\n')[p.line - 1] ?? '';
      const word = wordAt(line, p.column - 1);
      const end = word && word.start === p.column - 1 ? word.start + word.word.length : p.column;
      const list = byFile.get(p.file) ?? [];
      list.push({
        range: {
          start: { line: p.line - 1, character: p.column - 1 },
          end: { line: p.line - 1, character: Math.max(end, p.column) },
        },
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: p.rule,
        source: 'drillbook',
        message: p.message,
      });
      byFile.set(p.file, list);
    }
    const before = published.get(session) ?? new Set();
    for (const file of before)
      if (!byFile.has(file)) connection.sendDiagnostics({ uri: uriOf(session, file), diagnostics: [] });
    for (const [file, diagnostics] of byFile) connection.sendDiagnostics({ uri: uriOf(session, file), diagnostics });
    published.set(session, new Set(byFile.keys()));
  };
  const schedule = (session: PlanSession) => {
    clearTimeout(timers.get(session));
    timers.set(
      session,
      setTimeout(() => publish(session), SETTLE_MS),
    );
  };

  /** The element the word at `position` of `uri` names, with the analysis it comes from. */
  const elementAt = (
    uri: string,
    position: Position,
  ): { def?: Definition; kind: string; id: string; analysis: Analysis } | undefined => {
    const doc = locateDoc(uri);
    const analysis = doc && (results.get(doc.session) ?? (publish(doc.session), results.get(doc.session)));
    if (!doc || !analysis) return undefined;
    const line = (doc.session.text(doc.path) ?? '').split('\n')[position.line] ?? '';
    const word = wordAt(line, position.character);
    if (!word) return undefined;
    const clean = word.word.replace(/^["']|["']$/g, '');
    const here = analysis.index.mentions.find(
      (m) => m.file === doc.path && m.line === position.line + 1 && m.column <= word.start + 1 && clean.endsWith(m.id),
    );
    const ref = here ? { kind: here.kind, id: here.id } : readReference(clean);
    const playbook = playbookOf(doc.path);
    const candidates = allDefinitions(analysis.index).filter(
      (d) =>
        (ref.kind === undefined || d.kind === ref.kind) &&
        (d.id === ref.id || (d.kind === 'activity' && playbook && d.id === `${playbook}/${ref.id}`)),
    );
    // An id defined in this very file is the likelier meaning of a plain word (an `- id:` line).
    const def = candidates.find((d) => d.file === doc.path) ?? candidates[0];
    if (!def && !ref.kind) return undefined;
    return { def, kind: def?.kind ?? ref.kind!, id: def?.id ?? ref.id, analysis };
  };
  const location = (session: PlanSession, p: Place): Location => ({
    uri: uriOf(session, p.file),
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 } },
  });

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '[', ','] },
    },
  }));

  documents.onDidChangeContent(({ document }) => {
    const doc = locateDoc(document.uri);
    if (!doc) return;
    doc.session.setOpen(doc.path, document.getText());
    schedule(doc.session);
  });
  documents.onDidClose(({ document }) => {
    const doc = locateDoc(document.uri);
    if (!doc) return;
    doc.session.close(doc.path);
    schedule(doc.session);
  });
  connection.onDidChangeWatchedFiles(() => {
    for (const session of sessions.values()) {
      session.reload();
      schedule(session);
    }
  });

  connection.onHover(({ textDocument, position }) => {
    const found = elementAt(textDocument.uri, position);
    if (!found?.def) return null;
    const { def, analysis } = found;
    const uses = mentionsOf(analysis.index, def.kind, def.id);
    const shown = uses.slice(0, 12).map((m) => `- ${m.file}:${m.line}`);
    const more = uses.length > shown.length ? [`- and ${uses.length - shown.length} more`] : [];
    const value = [
      `**${escapeMarkdown(def.name)}** — ${def.kind} \`${def.id}\``,
      `Defined in ${def.file}:${def.line}.`,
      uses.length
        ? `Used in ${uses.length} place${uses.length === 1 ? '' : 's'}:\n${[...shown, ...more].join('\n')}`
        : 'Not used anywhere else in the plan.',
    ].join('\n\n');
    return { contents: { kind: MarkupKind.Markdown, value } };
  });

  connection.onDefinition(({ textDocument, position }) => {
    const found = elementAt(textDocument.uri, position);
    const doc = locateDoc(textDocument.uri);
    return found?.def && doc ? location(doc.session, found.def) : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const found = elementAt(textDocument.uri, position);
    const doc = locateDoc(textDocument.uri);
    if (!found || !doc) return [];
    const uses = mentionsOf(found.analysis.index, found.kind, found.id).map((m) => location(doc.session, m));
    return context.includeDeclaration && found.def ? [location(doc.session, found.def), ...uses] : uses;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const doc = locateDoc(textDocument.uri);
    const analysis = doc && results.get(doc.session);
    if (!doc || !analysis) return [];
    const line = (doc.session.text(doc.path) ?? '').split('\n')[position.line] ?? '';
    const key = keyBefore(line, position.character) ?? '';
    const kind = KEY_KINDS[key];
    const playbook = playbookOf(doc.path);
    // A level is `<scale>:<level>`; where one is set (setLevel), the severities are levels of scale severity.
    const asLevel = key === 'setLevel';
    return allDefinitions(analysis.index)
      .filter((d) => kind === undefined || d.kind === kind || (asLevel && d.kind === 'severity'))
      .map((d) => {
        // Inside a playbook, its own activities are written by their id alone.
        const label =
          d.kind === 'activity' && playbook && d.id.startsWith(`${playbook}/`)
            ? d.id.slice(playbook.length + 1)
            : asLevel && d.kind === 'severity'
              ? `${SEVERITY_SCALE}:${d.id}`
              : d.id;
        return { label, kind: CompletionItemKind.Reference, detail: `${d.kind}: ${d.name}` };
      });
  });

  documents.listen(connection);
  connection.listen();
}

/** A name shown in hover Markdown as plain text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, (c) => `\\${c}`);
}
