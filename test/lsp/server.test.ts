/**
 * The language server as an editor drives it: spawned as `npm run lsp` runs it, spoken to over stdio
 * with the protocol's own client connection, on a copy of the minimal plan.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  HoverRequest,
  DefinitionRequest,
  ReferencesRequest,
  CompletionRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

let dir: string;
/** The scenario folder the server is told (DRILLBOOK_SCENARIOS) belongs to the plan in `dir` (DRILLBOOK_CONTENT). */
let scenarioDir: string;
let server: ChildProcess;
let client: ProtocolConnection;
const diagnostics: PublishDiagnosticsParams[] = [];
const waiters: (() => void)[] = [];

const uri = (path: string) => pathToFileURL(join(dir, path)).href;
const scenarioUri = () => pathToFileURL(join(scenarioDir, 'stolen-export.yaml')).href;
/** Stands for the scenario file in `diagnosticsFor`. */
const SCENARIO = '<scenario>';
/** The next diagnostics published for `path` that satisfy `test`. */
function diagnosticsFor(
  path: string,
  test: (d: PublishDiagnosticsParams) => boolean,
): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => {
    const look = () => {
      const found = diagnostics.findLast((d) => d.uri === (path === SCENARIO ? scenarioUri() : uri(path)));
      if (found && test(found)) resolve(found);
      else waiters.push(look);
    };
    look();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drillbook-lsp-'));
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  scenarioDir = mkdtempSync(join(tmpdir(), 'drillbook-lsp-scenarios-'));
  cpSync('test/fixtures/scenarios/minimal.yaml', join(scenarioDir, 'stolen-export.yaml'));
  server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/lsp.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, DRILLBOOK_CONTENT: dir, DRILLBOOK_SCENARIOS: scenarioDir },
  });
  client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification(PublishDiagnosticsNotification.type, (d) => {
    diagnostics.push(d);
    waiters.splice(0).forEach((w) => w());
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    workspaceFolders: null,
  });
  await client.sendNotification(InitializedNotification.type, {});
}, 60_000);

afterAll(() => {
  client?.dispose();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
  rmSync(scenarioDir, { recursive: true, force: true });
});

describe('the language server', () => {
  const playbook = 'playbooks/breach.yaml';
  const text = () => readFileSync(join(dir, playbook), 'utf8');

  it('shows an unsaved mistake on its line and column, and clears it once fixed', async () => {
    const broken = text().replace('phase: respond', 'phase: respnd');
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri(playbook), languageId: 'yaml', version: 1, text: broken },
    });
    const shown = await diagnosticsFor(playbook, (d) => d.diagnostics.length > 0);
    expect(shown.diagnostics).toEqual([
      expect.objectContaining({
        code: 'ref-unresolved',
        range: { start: { line: 13, character: 11 }, end: { line: 13, character: 17 } },
        message: expect.stringContaining('phase "respnd", which is not defined (did you mean "respond"?)'),
      }),
    ]);
    const started = performance.now();
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(playbook), version: 2 },
      contentChanges: [{ text: text() }],
    });
    await diagnosticsFor(playbook, (d) => d.diagnostics.length === 0);
    console.log(
      `lsp: diagnostics cleared ${Math.round(performance.now() - started)} ms after the change (25 ms of it waiting for typing to settle)`,
    );
  }, 60_000);

  it('reports a mistake in one file on the file it concerns, from the open buffer of another', async () => {
    const roles = 'roles.yaml';
    const renamed = readFileSync(join(dir, roles), 'utf8').replace('id: deputy', 'id: deputy-ic');
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri(roles), languageId: 'yaml', version: 1, text: renamed },
    });
    const shown = await diagnosticsFor(playbook, (d) =>
      d.diagnostics.some((x) => String(x.message).includes('"deputy"')),
    );
    expect(
      shown.diagnostics.every(
        (d) => d.code === 'ref-unresolved' || d.code === 'role-unstaffed' || d.code === 'role-backup-self',
      ),
    ).toBe(true);
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(roles), version: 2 },
      contentChanges: [{ text: readFileSync(join(dir, roles), 'utf8') }],
    });
    await diagnosticsFor(playbook, (d) => d.diagnostics.length === 0);
  }, 60_000);

  it('hovers an id with its name and where it is used, and goes to its definition and references', async () => {
    const lines = text().split('\n');
    const line = lines.findIndex((l) => l.includes('raci: { incident-commander: A'));
    const character = lines[line].indexOf('incident-commander') + 3;
    const hover = await client.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri(playbook) },
      position: { line, character },
    });
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain('**Incident Commander** — role `incident-commander`');
    expect(value).toMatch(/Used in \d+ places:/);
    expect(value).toContain(`- playbooks/breach.yaml:${line + 1}`);
    const definition = await client.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri(playbook) },
      position: { line, character },
    });
    expect(definition).toMatchObject({ uri: uri('roles.yaml'), range: { start: { line: 1 } } });
    const references = await client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(playbook) },
      position: { line, character },
      context: { includeDeclaration: false },
    });
    expect(references!.map((r) => r.uri)).toContain(uri(playbook));
    expect(references!.some((r) => r.uri === uri('roles.yaml'))).toBe(true);
  }, 60_000);

  it('completes the ids a key takes', async () => {
    const lines = text().split('\n');
    const line = lines.findIndex((l) => l.includes('phase: respond'));
    const items = await client.sendRequest(CompletionRequest.type, {
      textDocument: { uri: uri(playbook) },
      position: { line, character: lines[line].indexOf(':') + 2 },
    });
    const labels = (Array.isArray(items) ? items : items!.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['detect', 'respond']));
    expect(labels).not.toContain('incident-commander');
  }, 60_000);

  it('checks an open scenario of the plan as check does, and clears the diagnostic once fixed', async () => {
    const original = readFileSync(join(scenarioDir, 'stolen-export.yaml'), 'utf8');
    const broken = original.replace(
      'actions: [{ declare: sev2 }, { perform: breach/declare }]',
      'actions: [{ declare: sev2 }, { perform: breach/declar }]',
    );
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: scenarioUri(), languageId: 'yaml', version: 1, text: broken },
    });
    const shown = await diagnosticsFor(SCENARIO, (d) => d.diagnostics.length > 0);
    expect(shown.diagnostics).toEqual([
      expect.objectContaining({
        code: 'scenario-unknown-activity',
        range: expect.objectContaining({ start: { line: 47, character: 52 } }),
        message: expect.stringContaining('(did you mean "breach/declare"?)'),
      }),
    ]);
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: scenarioUri(), version: 2 },
      contentChanges: [{ text: original }],
    });
    await diagnosticsFor(SCENARIO, (d) => d.diagnostics.length === 0);
  }, 60_000);

  it('hovers and completes the plan ids a scenario names', async () => {
    const lines = readFileSync(join(scenarioDir, 'stolen-export.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('{ perform: breach/declare }'));
    const hover = await client.sendRequest(HoverRequest.type, {
      textDocument: { uri: scenarioUri() },
      position: { line, character: lines[line].indexOf('breach/declare') + 2 },
    });
    expect((hover?.contents as { value: string }).value).toContain('activity `breach/declare`');
    const items = await client.sendRequest(CompletionRequest.type, {
      textDocument: { uri: scenarioUri() },
      position: { line, character: lines[line].indexOf('declare: ') + 'declare: '.length },
    });
    const labels = (Array.isArray(items) ? items : items!.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['sev1', 'sev2']));
    expect(labels).not.toContain('respond');
    // After setLevel (typed, not saved): the severities, written as levels of scale severity.
    const typing = [...lines];
    typing[line] = '            actions: [{ setLevel: ';
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: scenarioUri(), version: 3 },
      contentChanges: [{ text: typing.join('\n') }],
    });
    const levelItems = await client.sendRequest(CompletionRequest.type, {
      textDocument: { uri: scenarioUri() },
      position: { line, character: typing[line].length },
    });
    const levelLabels = (Array.isArray(levelItems) ? levelItems : levelItems!.items).map((i) => i.label);
    expect(levelLabels).toEqual(['severity:sev1', 'severity:sev2']);
  }, 60_000);
});
