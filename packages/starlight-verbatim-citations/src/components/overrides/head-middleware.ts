import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHeadText } from './head-text.ts';

/**
 * Starlight route middleware (added last, `order: 'post'`, so a title another middleware sets is
 * escaped too): every page's `<title>` is written as text. See head-text.ts for why.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = escapeHeadText(route.head);
});
