/**
 * Astro first imports astro.config.mjs with Node itself and falls back to a Vite dev server (about
 * half a second more on every build) when that fails. Node strips TypeScript types but cannot run
 * TypeScript-only syntax (parameter properties, enums, namespaces), so everything the config
 * imports must stay erasable: this loads it the way Astro tries first.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('astro.config.mjs', () => {
  it('loads with Node alone, so Astro needs no Vite server to read it', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const c = (await import('./astro.config.mjs')).default; console.log(c.integrations.map((i) => i.name).join(','))",
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, DRILLBOOK_CONTENT: 'content' },
      },
    );
    expect(out.trim().split(',')).toEqual(
      expect.arrayContaining(['drillbook', '@astrojs/starlight', 'drillbook-offline']),
    );
  });
});
