import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `vite build` puts the web application: `dist/web` at the package root. */
export const WEB_DIST = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/server/') ? '../../../web/' : '../../../dist/web/',
    import.meta.url,
  ),
);

/**
 * Serves the built web application from the same server as the API. Returns the handler for
 * paths that are neither API nor file: the application's own routes, answered by `index.html`
 * so that they survive a reload. Returns null when the application has not been built.
 */
export async function registerWebApp(
  server: FastifyInstance,
  root: string,
): Promise<((req: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (!existsSync(root)) {
    server.log.warn({ dir: root }, 'web application not built; serving the API only');

    return null;
  }

  await server.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });

  return (_req, reply) => reply.type('text/html').sendFile('index.html');
}
