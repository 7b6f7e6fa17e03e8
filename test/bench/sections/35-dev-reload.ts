/**
 * The authoring loop: `astro dev` on a copy of the example plan, then the time from writing a content
 * edit (a role's purpose in roles.yaml) to the first request that serves the changed page, without
 * the dev server restarting. Median of 3 edits after the first page render.
 */
import { restarted, startDevLoop } from '../dev-loop.ts';
import type { BenchSection, Figure } from '../measure.ts';

const PAGE = '/roles/incident-commander/';

const section: BenchSection = {
  title: 'Authoring loop (astro dev)',
  async run(): Promise<Figure[]> {
    const dev = await startDevLoop(PAGE, (b) => b.includes('Owns the response'));
    try {
      const times: number[] = [];
      let text = 'Owns the response';
      for (let i = 1; i <= 3; i++) {
        const next = `Owns edit-${i} the response`;
        const wrote = dev.edit('roles.yaml', text, next);
        const seen = await dev.waitFor(PAGE, (b) => b.includes(next));
        times.push(Math.round(seen.at - wrote));
        text = next;
      }
      const median = [...times].sort((a, b) => a - b)[1];
      const again = restarted(dev.output());
      return [
        {
          name: 'content edit to changed page, no restart (median of 3)',
          value: median,
          unit: 'ms',
          target: '< 1000 ms',
          ok: median < 1000 && !again,
          note: `runs ${times.join(', ')} ms${again ? '; the server restarted' : ''}`,
        },
      ];
    } finally {
      dev.stop();
    }
  },
};

export default section;
