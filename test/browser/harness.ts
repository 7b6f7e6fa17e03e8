/** Browser-test harness: the same Chromium launcher and static server `npm run pdf` uses. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../src/cli/browser.ts';

export { CHROMIUM, launchBrowser, serveStatic } from '../../src/cli/browser.ts';

/** A private copy of a built site, served on its own port (for tests that publish into it or keep a service worker of their own). */
export interface ServedCopy {
  root: string;
  url: string;
  close(): Promise<void>;
}

/** Copies `dist` to a temporary folder and serves it; `close()` stops the server and removes the copy. */
export async function serveCopy(dist: string, name: string): Promise<ServedCopy> {
  const root = mkdtempSync(join(tmpdir(), `drillbook-${name}-`));
  cpSync(dist, root, { recursive: true });
  const site = await serveStatic(root);
  return {
    root,
    url: site.url,
    async close() {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
