import type { FastifyReply, FastifyRequest } from 'fastify';
import { userOfToken } from '../../application/auth/sign-in.js';
import type { App } from '../../application/context.js';
import type { User } from '../../application/ports.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/text.js';
import { isLang, pickLang } from '../../i18n/index.js';

export const SESSION_COOKIE = 'reglament_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    lang: Lang;
  }
}

/** The session token from `Authorization: Bearer …` or the session cookie. */
export function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;

  if (header?.startsWith('Bearer ') === true) return header.slice(7).trim();

  const cookie = request.headers.cookie ?? '';
  const pair = cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));

  return pair === undefined ? null : decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1));
}

/**
 * Resolves who is calling and in which language to answer: an explicit `?lang=` first, then a
 * supported language in Accept-Language (the web application sends its current one), then the
 * signed-in user's saved choice, then Kazakh.
 */
export async function identify(app: App, request: FastifyRequest): Promise<void> {
  const token = tokenOf(request);

  request.user = token === null ? null : await userOfToken(app, token);

  const asked = (request.query as Record<string, unknown> | undefined)?.lang;

  const accepted = pickLang(request.headers['accept-language'], null);

  request.lang = isLang(asked) ? asked : (accepted ?? request.user?.language ?? 'kk');
}

export function signedIn(request: FastifyRequest): User {
  if (request.user === null) throw new ReglamentError('AUTH_REQUIRED');

  return request.user;
}

export function sessionCookie(reply: FastifyReply, token: string, maxAgeMs: number): void {
  const attributes = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
  ];

  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${attributes.join('; ')}`,
  );
}
