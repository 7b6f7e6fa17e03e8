/** Starlight route middleware: renders the compact sidebar of `page-sidebar.ts` on every page. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { compactSidebar, type PageSidebarEntry } from './page-sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = compactSidebar(route.sidebar as PageSidebarEntry[]) as typeof route.sidebar;
});
