/**
 * `<db-import-panel>`: reads a file chosen by the user and turns it into a saved session. The
 * scenario validator (zod, YAML parser) is loaded only here, on demand, so the console stays small.
 * Problems are shown as text lines in the `check` format, never as HTML.
 */
import type { Problem } from '../../plan/problem.ts';
import { newSession } from '../new-session.ts';
import { readSessionFile } from '../session-file.ts';
import { newSessionId } from '../storage.ts';
import { fill, h } from './dom.ts';
import { browserRepository, fetchPlan } from './open-session.ts';

const line = (p: Problem) => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.rule}  ${p.message}`;

/** Defines `<db-import-panel>`. */
export function defineImportPanel(): void {
  customElements.define(
    'db-import-panel',
    class extends HTMLElement {
      connectedCallback() {
        const result = this.querySelector<HTMLElement>('.db-import-result')!;
        const show = (title: string, lines: string[] = []) =>
          fill(
            result,
            h('p', {}, h('strong', {}, title)),
            lines.length
              ? h(
                  'ul',
                  { class: 'db-problems' },
                  lines.map((l) => h('li', {}, h('code', {}, l))),
                )
              : '',
          );
        for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
          el.disabled = false;
        const on = (name: string, run: (file: File) => Promise<void>) =>
          this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.addEventListener('change', async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            show(`Reading ${file.name}…`);
            try {
              await run(file);
            } catch (err) {
              show(`${file.name} could not be imported: ${(err as Error).message}`);
            }
            input.value = '';
          });

        on('scenario', async (file) => {
          const [{ validateScenario }, plan, text] = await Promise.all([
            import('../../compiler/scenario/validate.ts'),
            fetchPlan(),
            file.text(),
          ]);
          const checked = validateScenario(plan, text, file.name);
          if (!checked.scenario)
            return show(`${file.name} is not a valid scenario for this plan:`, checked.problems.map(line));
          const session = newSession(checked.scenario, text, plan.digest);
          browserRepository().create(session);
          location.href = `/exercises/run/#${session.id}`;
        });

        on('session', async (file) => {
          const parsed = readSessionFile(await file.text());
          if (!parsed.ok) return show(`${file.name} cannot be imported: ${parsed.message}.`);
          const repository = browserRepository();
          const exists = repository.load(parsed.session.id).ok;
          // Labelled as imported, so a re-imported copy is told apart from the session it came from.
          const session = {
            ...parsed.session,
            ...(exists ? { id: newSessionId() } : {}),
            imported: { at: new Date().toISOString(), file: file.name },
          };
          repository.create(session);
          location.href = `/exercises/report/#${session.id}`;
        });

        on('msel', async (file) => {
          const base = this.querySelector<HTMLSelectElement>('select[name="base"]')!.value;
          const { importMsel } = await import('../msel-import.ts');
          const plan = await fetchPlan();
          const res = await fetch(`/exercises/data/scenarios/${base}.json`);
          if (!res.ok) throw new Error(`the scenario "${base}" could not be loaded (HTTP ${res.status})`);
          const { text: baseText } = (await res.json()) as { text: string };
          const imported = importMsel(plan, baseText, await file.text(), file.name);
          if (!imported.scenario) return show(`${file.name} cannot be used:`, imported.problems.map(line));
          const session = newSession(imported.scenario, imported.text, plan.digest);
          browserRepository().create(session);
          location.href = `/exercises/run/#${session.id}`;
        });
      }
    },
  );
}
