/**
 * Per-file SHA-256 of every plan source, in `sha256sum` format (`<hash>  <path>`), so a copy of the
 * plan folder can be checked with `sha256sum -c sources.sha256` run inside it (paths are relative to
 * the plan folder). The plan digest on the audit
 * page covers the same files (paths and contents).
 */
import type { APIRoute } from 'astro';
import { loadPlan } from '../../integration/load-plan.ts';

export const GET: APIRoute = () =>
  new Response(
    loadPlan()
      .sources.map((s) => `${s.sha256}  ${s.file}\n`)
      .join(''),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
