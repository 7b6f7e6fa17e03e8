/**
 * The safe reader of plan and scenario folders, on a real file system: every case is made in a fresh
 * temporary folder (links, FIFOs and huge files cannot be stored in git).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { formatProblem } from '../../src/compiler/problems.ts';
import {
  MAX_FILE_BYTES,
  PLAN_FOLDER,
  readErrorMessage,
  readScenarioDir,
  type FolderFs,
} from '../../src/compiler/read-folder.ts';
import { readContentDir } from '../../src/compiler/read-plan.ts';
import { compileOrFail } from '../../src/integration/load-plan.ts';
import { loadScenarios } from '../../src/integration/scenarios.ts';
import { MINIMAL, planOf } from './helpers.ts';

/** A fresh copy of the minimal plan, and the lines its reading reports with the prefix `content/`. */
function plan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-read-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}
const lines = (dir: string, fsys?: FolderFs) => readContentDir(dir, 'content/', fsys).problems.map(formatProblem);
const paths = (dir: string) => readContentDir(dir, 'content/').files.map((f) => f.path);

describe('reading the plan folder', () => {
  it('reads every YAML and MDX file, sorted, and leaves dot-files and other files unopened', () => {
    const dir = plan();
    writeFileSync(join(dir, '.hidden.yaml'), 'x: [');
    writeFileSync(join(dir, 'chapters', 'diagram.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]));
    execFileSync('mkfifo', [join(dir, 'notes.txt')]); // a FIFO that is not a plan file is never opened
    const read = readContentDir(dir, 'content/');
    expect(read.problems).toEqual([]);
    expect(read.files.map((f) => f.path)).toEqual([...read.files.map((f) => f.path)].sort());
    expect(read.files.map((f) => f.path)).toContain('chapters/purpose.mdx');
    expect(read.files.map((f) => f.path)).not.toContain('chapters/diagram.png');
    expect(read.files.map((f) => f.path)).not.toContain('.hidden.yaml');
  });

  it('follows a symbolic link whose real path stays inside the folder, under the link name', () => {
    const dir = plan();
    symlinkSync('../roles.yaml', join(dir, 'playbooks', 'alias.yaml'));
    const read = readContentDir(dir, 'content/');
    expect(read.problems).toEqual([]);
    expect(read.files.find((f) => f.path === 'playbooks/alias.yaml')?.text).toBe(
      fs.readFileSync(join(dir, 'roles.yaml'), 'utf8'),
    );
  });

  it('rejects a link leaving the folder without quoting what it points at', () => {
    const dir = plan();
    const outside = mkdtempSync(join(tmpdir(), 'drillbook-outside-'));
    writeFileSync(join(outside, 'secret.mdx'), 'TOP-SECRET-CONTENT');
    symlinkSync(join(outside, 'secret.mdx'), join(dir, 'chapters', 'leak.mdx'));
    const out = lines(dir);
    expect(out).toEqual([
      'content/chapters/leak.mdx:1:1  error  file-link  links outside the plan folder, which Drillbook does not read; copy the file in instead of linking to it',
    ]);
    expect(out.join('\n')).not.toContain('TOP-SECRET');
    expect(
      compilePlan(dir)
        .problems.map((p) => p.message)
        .join('\n'),
    ).not.toContain('TOP-SECRET');
  });

  it('rejects a dangling link, a link loop and a link to a folder, one line each', () => {
    const dir = plan();
    symlinkSync('nowhere.yaml', join(dir, 'teams.yaml'));
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    symlinkSync('..', join(dir, 'chapters', 'up'));
    expect(lines(dir)).toEqual([
      'content/chapters/up:1:1  error  file-link  is a symbolic link to a folder, which Drillbook does not follow; move the files into the plan folder instead',
      'content/loop.yaml:1:1  error  file-link  is a symbolic link that loops back on itself; replace it with the file it should be, or delete it',
      'content/teams.yaml:1:1  error  file-link  is a symbolic link to a file that does not exist; point the link at a file inside the plan folder, or delete it',
    ]);
  });

  it('ends at once on a plan file linked to /dev/zero', () => {
    const dir = plan();
    fs.rmSync(join(dir, 'people.yaml'));
    symlinkSync('/dev/zero', join(dir, 'people.yaml'));
    const started = performance.now();
    expect(lines(dir)).toEqual([
      'content/people.yaml:1:1  error  file-link  links outside the plan folder, which Drillbook does not read; copy the file in instead of linking to it',
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  describe('with a FIFO', () => {
    let unblock: ReturnType<typeof spawn> | undefined;
    afterEach(() => unblock?.kill());

    it('rejects a FIFO named like a plan file without opening it', { timeout: 20_000 }, () => {
      const dir = plan();
      const fifo = join(dir, 'parties.yaml');
      fs.rmSync(fifo);
      execFileSync('mkfifo', [fifo]);
      // Were the reader to open the FIFO, this writer would release it after 3 s and the assertion fail: never a hang.
      unblock = spawn('sh', ['-c', `sleep 3; : > '${fifo}'`], { stdio: 'ignore' });
      expect(lines(dir)).toEqual([
        'content/parties.yaml:1:1  error  file-type  is a named pipe (FIFO), not a file; Drillbook reads only regular files: replace it with the plan file it should be, or delete it',
      ]);
    });
  });

  it('rejects a folder named like a plan file', () => {
    const dir = plan();
    fs.rmSync(join(dir, 'roles.yaml'));
    mkdirSync(join(dir, 'roles.yaml'));
    writeFileSync(join(dir, 'roles.yaml', 'roles.yaml'), 'roles: []');
    expect(lines(dir)).toEqual([
      'content/roles.yaml:1:1  error  file-type  is a folder, not a file; rename the folder (a name ending in .yaml is for a file), or replace it with the plan file',
    ]);
  });

  it('rejects a file over 5 MB without decoding it', () => {
    const dir = plan();
    writeFileSync(join(dir, 'chapters', 'huge.mdx'), Buffer.alloc(6 * 1024 * 1024, 0x61));
    writeFileSync(join(dir, 'chapters', 'just-fits.mdx'), Buffer.alloc(MAX_FILE_BYTES, 0x61));
    expect(lines(dir)).toEqual([
      'content/chapters/huge.mdx:1:1  error  file-too-large  is 6.0 MB; a plan file may be at most 5 MB: split it, or remove what does not belong in it',
    ]);
  });

  it('names the line and column of the first byte that is not UTF-8', () => {
    const dir = plan();
    writeFileSync(
      join(dir, 'teams.yaml'),
      Buffer.concat([Buffer.from('teams:\n  - id: ops\n    name: Opé'), Buffer.from([0xe9]), Buffer.from('rations\n')]),
    );
    expect(lines(dir)).toEqual([
      'content/teams.yaml:3:14  error  file-encoding  the file is not UTF-8 text at line 3 column 14 (byte 0xe9); save it as UTF-8',
    ]);
  });

  it('drops a UTF-8 byte order mark from the text but not from the file checksum', () => {
    const dir = plan();
    const text = fs.readFileSync(join(dir, 'roles.yaml'), 'utf8');
    writeFileSync(join(dir, 'roles.yaml'), '\uFEFF' + text);
    const read = readContentDir(dir, 'content/');
    expect(read.problems).toEqual([]);
    expect(read.files.find((f) => f.path === 'roles.yaml')?.text).toBe(text);
    const compiled = compilePlan(dir, { today: '2026-06-01', prefix: 'content/' });
    expect(compiled.problems).toEqual([]);
    const bytesHash = createHash('sha256')
      .update(fs.readFileSync(join(dir, 'roles.yaml')))
      .digest('hex');
    expect(planOf(compiled).sources.find((s) => s.file === 'roles.yaml')?.sha256).toBe(bytesHash); // sha256sum -c still passes
  });

  it('rejects a NUL byte, as in a file saved as UTF-16', () => {
    const dir = plan();
    writeFileSync(join(dir, 'templates.yaml'), Buffer.from('templates:\n  - id: x\0y\n'));
    expect(lines(dir)).toEqual([
      'content/templates.yaml:2:10  error  file-encoding  the file holds a NUL byte at line 2 column 10, so it is not text (a file saved as UTF-16 looks like this); save it as UTF-8 and remove the byte',
    ]);
  });

  it('rejects upper-case extensions with the name to rename to, rather than ignoring the file', () => {
    const dir = plan();
    fs.renameSync(join(dir, 'chapters', 'purpose.mdx'), join(dir, 'chapters', 'purpose.MDX'));
    fs.renameSync(join(dir, 'people.yaml'), join(dir, 'people.Yml'));
    expect(lines(dir)).toEqual([
      'content/chapters/purpose.MDX:1:1  error  file-name  the extension ".MDX" must be lower-case, or the file is not read; rename it to chapters/purpose.mdx',
      'content/people.Yml:1:1  error  file-name  the extension ".Yml" must be lower-case, or the file is not read; rename it to people.yml',
    ]);
  });

  it('shows a control character in a file name escaped, so the line cannot be forged', () => {
    const dir = plan();
    writeFileSync(join(dir, 'chapters', 'evil\x1b[2K\nx.mdx'), '---\ntitle: x\n---\n');
    expect(lines(dir)).toEqual([
      'content/chapters/evil\\u001b[2K\\u000ax.mdx:1:1  error  file-name  the file name holds the control character U+001B; rename the file using letters, digits and hyphens',
    ]);
  });

  it('rejects a file name that is not UTF-8, as a Latin-1 archive leaves it', () => {
    const dir = plan();
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'chapters', 'caf')), Buffer.from([0xe9]), Buffer.from('.mdx')]),
      '---\ntitle: x\n---\n',
    );
    expect(lines(dir)).toEqual([
      'content/chapters/caf\uFFFD.mdx:1:1  error  file-name  the file name is not UTF-8 text; rename the file using letters, digits and hyphens',
    ]);
  });

  it('reads a file whose name is not an id, leaving the name to the chapter rule', () => {
    const dir = plan();
    cpSync(join(dir, 'chapters', 'purpose.mdx'), join(dir, 'chapters', 'über-uns.mdx'));
    expect(paths(dir)).toContain('chapters/über-uns.mdx');
    expect(compilePlan(dir, { today: '2026-06-01' }).problems.map((p) => p.rule)).toEqual(['chapter-id']);
  });

  it('reports a people.yaml that cannot be read at people.yaml, not as a missing plan folder', () => {
    const dir = plan();
    const denied: FolderFs = {
      ...fs,
      openSync: ((path: fs.PathLike, flags?: fs.OpenMode) => {
        if (String(path).endsWith('people.yaml'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.openSync(path, flags ?? 'r');
      }) as FolderFs['openSync'],
    };
    expect(lines(dir, denied)).toEqual([
      'content/people.yaml:1:1  error  file-unreadable  cannot be read: permission denied; let the user running Drillbook read it (for example chmod a+r), or move it out of the plan folder',
    ]);
  });

  it('reports a sub-folder that cannot be listed at the folder', () => {
    const dir = plan();
    const denied: FolderFs = {
      ...fs,
      readdirSync: ((path: fs.PathLike, options?: object) => {
        if (String(path).endsWith('playbooks'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return fs.readdirSync(path, options as { encoding: 'buffer' });
      }) as FolderFs['readdirSync'],
    };
    expect(lines(dir, denied)).toEqual([
      'content/playbooks/:1:1  error  file-unreadable  the folder cannot be read: permission denied; let the user running Drillbook read it (for example chmod a+rx), or move it out of the plan folder',
    ]);
  });

  it('says what to do for each error a read can meet', () => {
    expect(readErrorMessage('ENOENT', PLAN_FOLDER)).toBe(
      'disappeared while the plan folder was being read; run the check again',
    );
    expect(readErrorMessage('ELOOP', PLAN_FOLDER)).toBe(
      'is a symbolic link that loops back on itself; replace it with the file it should be, or delete it',
    );
    expect(readErrorMessage('EIO', PLAN_FOLDER)).toBe(
      'cannot be read (EIO); check the file and the disk, then run the check again',
    );
  });

  it('reports a plan folder that does not exist, or is a file', () => {
    const dir = plan();
    expect(lines(join(dir, 'nope'))).toEqual([
      `${join(dir, 'nope')}:1:1  error  file-missing  the plan folder does not exist; create ${join(dir, 'nope')}/ with plan.yaml, roles.yaml and the other plan files`,
    ]);
    expect(lines(join(dir, 'roles.yaml'))).toEqual([
      `${join(dir, 'roles.yaml')}:1:1  error  file-type  is not a folder; name the plan folder instead`,
    ]);
  });
});

describe('reading the scenarios folder', () => {
  it('rejects a folder named like a scenario and a dangling scenario link, and reads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    cpSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'minimal.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    mkdirSync(join(dir, 'drafts')); // other folders are not scenarios and are left alone
    symlinkSync('gone.yaml', join(dir, 'dangling.yaml'));
    const read = readScenarioDir(dir);
    expect(read.files.map((f) => f.path)).toEqual(['minimal.yaml']);
    expect(read.problems.map(formatProblem)).toEqual([
      `${dir}/dangling.yaml:1:1  error  file-link  is a symbolic link to a file that does not exist; point the link at a file inside the scenarios folder, or delete it`,
      `${dir}/folder.yaml:1:1  error  file-type  is a folder, not a file; rename the folder (a name ending in .yaml is for a file), or replace it with the scenario file`,
    ]);
  });

  it('finds no scenarios in a folder that does not exist, unless the folder was asked for', () => {
    expect(readScenarioDir('no/such/scenarios')).toEqual({ files: [], problems: [] });
    expect(readScenarioDir('no/such/scenarios', true).problems.map(formatProblem)).toEqual([
      'no/such/scenarios:1:1  error  file-missing  the scenarios folder does not exist; create no/such/scenarios/ with one <id>.yaml per scenario, or name another folder',
    ]);
  });
});

describe('the build', () => {
  it('fails with the located line, not a stack trace, when a plan file cannot be read', () => {
    const dir = plan();
    fs.rmSync(join(dir, 'people.yaml'));
    symlinkSync('missing.yaml', join(dir, 'people.yaml'));
    let message = '';
    try {
      compileOrFail(dir);
    } catch (err) {
      message = (err as Error).message;
      expect((err as Error).stack).toBe(message);
    }
    expect(message).toContain('/people.yaml:1:1  error  file-link  is a symbolic link to a file that does not exist;');
    expect(message).not.toContain('does not exist; create');
  });

  it('fails with located lines, not a stack trace, when a scenario file cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    cpSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'minimal.yaml'));
    mkdirSync(join(dir, 'folder.yml'));
    const before = process.env.DRILLBOOK_CONTENT;
    process.env.DRILLBOOK_CONTENT = MINIMAL;
    try {
      expect(() => loadScenarios(dir)).toThrowError(
        `the scenarios in ${dir}/ cannot be read:\n${dir}/folder.yml:1:1  error  file-type  is a folder, not a file; rename the folder (a name ending in .yml is for a file), or replace it with the scenario file`,
      );
    } finally {
      if (before === undefined) delete process.env.DRILLBOOK_CONTENT;
      else process.env.DRILLBOOK_CONTENT = before;
    }
  });
});
