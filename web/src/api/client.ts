import type { Lang } from './types';

/** A problem document from the API, already worded in the language the request asked for. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: number, code: string, detail: string, details: Record<string, unknown>) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /**
   * The form paths the server blamed (`applicant.surname`, `fields.areaSqm`). A calendar entry
   * with several problems names them all, separated by commas.
   */
  get fields(): readonly string[] {
    const field = this.details.field;

    return typeof field === 'string' && field !== '' ? field.split(', ') : [];
  }
}

let language: Lang = 'kk';
const clockListeners = new Set<(clock: string) => void>();

/** Every request names the interface language, so that errors come back in it. */
export function setRequestLanguage(lang: Lang): void {
  language = lang;
}

/** Every reply carries the office clock; screens follow it without polling. */
export function onOfficeClock(listener: (clock: string) => void): () => void {
  clockListeners.add(listener);

  return () => clockListeners.delete(listener);
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the API on the same origin with the session cookie. Resolves to the JSON body (or
 * undefined for 204) and rejects with ApiError for a problem document.
 */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const reply = await send(method, path, body);

  return (reply.status === 204 ? undefined : await reply.json()) as T;
}

/** A document the API serves as text (a regulation's wording, its BPMN export). */
export async function requestText(path: string): Promise<string> {
  const reply = await send('GET', path);

  return reply.text();
}

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': language };

  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const reply = await fetch(apiUrl(path), {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  announceClock(reply.headers.get('x-reglament-clock'));

  if (!reply.ok) throw await problemOf(reply);

  return reply;
}

/** The address of an API path, for the browser to load itself (an image, a download). */
export function apiUrl(path: string): string {
  return `/api/v1${path}`;
}

function announceClock(clock: string | null): void {
  if (clock !== null) for (const listener of clockListeners) listener(clock);
}

async function problemOf(reply: Response): Promise<ApiError> {
  const fallback = new ApiError(reply.status, 'INTERNAL', reply.statusText, {});

  try {
    const body = (await reply.json()) as {
      code?: string;
      detail?: string;
      details?: Record<string, unknown>;
    };

    if (typeof body.code !== 'string') return fallback;

    return new ApiError(reply.status, body.code, body.detail ?? body.code, body.details ?? {});
  } catch {
    return fallback;
  }
}

/** `?a=1&b=x` from the defined entries of an object; empty when none is set. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();

  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }

  const text = search.toString();

  return text === '' ? '' : `?${text}`;
}
