import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type RawServerDefault,
} from 'fastify';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../../application/context.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { pickLang } from '../../i18n/index.js';
import { identify } from './auth.js';
import { sendError } from './problem.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { caseRoutes } from './routes/cases.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { officeHoursRoutes } from './routes/office-hours.js';
import { peopleRoutes } from './routes/people.js';
import { systemRoutes } from './routes/system.js';
import { userRoutes } from './routes/users.js';
import { registerWebApp } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    app: App;
  }
}

export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export const API_PREFIX = '/api/v1';

export interface ServerOptions {
  /** A pino instance for request logs; quiet when absent. */
  readonly logger?: FastifyBaseLogger;
  /** The built web application's folder; the API alone is served when absent. */
  readonly webRoot?: string;
}

/**
 * The HTTP interface: JSON in and out, every request body checked against its schema, every
 * error a problem document with a stable code, and the office's mode and clock on every reply.
 */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        allErrors: false,
        discriminator: true,
      },
    },
    bodyLimit: 1024 * 1024,
    // Refusals before routing (a malformed or overlong path) get the same problem documents.
    frameworkErrors: (error, req, reply) => {
      const refusal = new ReglamentError('VALIDATION_FAILED', {
        field: 'url',
        rule: 'format',
        reason: error.code,
      });

      modeHeaders(reply, app);
      void sendError(refusal, req, reply, pickLang(req.headers['accept-language']));
    },
  });

  applyConventions(server, app);
  await server.register(compress, { global: true, threshold: 1024 });

  const page = options.webRoot === undefined ? null : await registerWebApp(server, options.webRoot);

  server.setNotFoundHandler((req, reply) => {
    if (page !== null && isApplicationRoute(req.method, req.url)) return page(req, reply);

    return sendError(
      new ReglamentError('ROUTE_NOT_FOUND', { path: req.url }),
      req,
      reply,
      req.lang,
    );
  });
  await registerDocs(server);
  await server.register(registerApi, { prefix: API_PREFIX });

  return server;
}

/** The office's mode and clock, on every answer the server gives. */
function modeHeaders(reply: FastifyReply, app: App): void {
  reply.header('x-reglament-mode', app.mode);
  reply.header('x-reglament-clock', app.workingTime().format(app.clock.now()));
}

/** Who is calling and in which language, the office's mode and clock on every reply, problems. */
function applyConventions(server: FastifyInstance, app: App): void {
  server.decorate('app', app);
  server.decorateRequest('user', null);
  server.decorateRequest('lang', 'kk');
  server.addHook('onRequest', (req) => identify(app, req));
  server.addHook('onSend', (_req, reply, payload, done) => {
    modeHeaders(reply, app);
    done(null, payload);
  });
  server.setErrorHandler((error, req, reply) => sendError(error, req, reply, req.lang));
  // The API speaks JSON only; a body sent as plain text is refused as a media type, as XML is,
  // rather than reaching the schema as a string.
  server.removeContentTypeParser('text/plain');
}

const ROUTES = [
  systemRoutes,
  authRoutes,
  catalogueRoutes,
  caseRoutes,
  peopleRoutes,
  adminRoutes,
  calendarRoutes,
  officeHoursRoutes,
  userRoutes,
];

function registerApi(api: FastifyInstance, _options: unknown, done: () => void): void {
  for (const routes of ROUTES) routes(api.withTypeProvider<TypeBoxTypeProvider>());
  done();
}

/**
 * A path the web application routes itself (`/cases/…`), answered with its page. A missing file
 * (`/assets/old-chunk.js` after a redeploy) is a 404, so the browser sees the failure instead
 * of HTML where it expected code.
 */
function isApplicationRoute(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';

  return method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/iu.test(path);
}

async function registerDocs(server: FastifyInstance): Promise<void> {
  await server.register(swagger, {
    openapi: {
      info: {
        title: 'Reglament API',
        version: '1',
        description: 'Public-service regulations of the Atyrau region run as case workflows.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
  });
  await server.register(swaggerUi, { routePrefix: `${API_PREFIX}/docs` });
  server.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, () => server.swagger());
}
