/** Browser-test harness: the same Chromium launcher and static server `npm run pdf` uses. */
export { CHROMIUM, launchBrowser, serveStatic } from '../../src/cli/browser.ts';
