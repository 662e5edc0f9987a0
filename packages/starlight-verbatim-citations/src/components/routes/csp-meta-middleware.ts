/**
 * Astro middleware, added to `astro build` by the security-headers integration
 * (integration/security-headers.ts) when the site sets `security.csp`: every page leaves with its
 * Content-Security-Policy <meta> first in <head>, and its policy recorded for the `_headers` file
 * (csp-meta.ts).
 */
import type { MiddlewareHandler } from 'astro';
import { withCspMetaFirst } from './csp-meta.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => withCspMetaFirst(await next());
