/**
 * What `astro.config.mjs` needs from the plan before Astro starts: the site title, the sidebar
 * and the Markdown plugins (cross-references need every element's URL). Reads the same held,
 * audience-redacted plan as the pages (load-plan.ts), and starts laying out the escalation diagrams in a worker
 * thread so they are drawn by the time the escalation page renders.
 */
import { compileOrFail, contentDir, loadCompiled, loadRefs } from './load-plan.ts';
import { buildSidebar, type SidebarEntry } from '../handbook/sidebar.ts';
import planRefs from '../markdown/remark-plan-refs.ts';
import mermaidSvg from '../diagrams/remark-mermaid-svg.ts';
import handbookComponents from '../handbook/remark-handbook-components.ts';
import { layOutInBackground } from '../diagrams/render-mermaid.ts';
import { policyToMermaid } from '../handbook/escalation.ts';

/** Plan-derived settings for Starlight and the Markdown processor. */
export interface HandbookConfig {
  title: string;
  sidebar: SidebarEntry[];
  mdastPlugins: unknown[];
}

/** Compiles the plan (failing with the compiler's messages) and derives the handbook settings. */
export function handbookConfig(): HandbookConfig {
  compileOrFail(contentDir()); // read the folder when a config (re)loads, so `astro dev` sees edits; pages read what is held
  const { plan } = loadCompiled();
  layOutInBackground(plan.escalationPolicies.map((policy) => policyToMermaid(plan, policy)));
  // The plugins read the plan as held when they run, so a chapter compiled after an edit in `astro dev` sees the new plan.
  const live = {
    get plan() {
      return loadCompiled().plan;
    },
    get refs() {
      return loadRefs();
    },
  };
  return {
    title: `${plan.document.title} v${plan.document.version}`,
    sidebar: buildSidebar(plan),
    // Components first: it sees only what the author wrote (the others add Fragment elements).
    mdastPlugins: [handbookComponents(live), planRefs(live), mermaidSvg()],
  };
}
