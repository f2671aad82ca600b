import type { CaseDetail } from '../../../application/cases/get-case.js';

/** A failed call: the problem document's code and translated detail. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`${status} ${code}: ${detail}`);
  }
}

/**
 * A small JSON client of the HTTP API, signed in as one user, used by the demo exactly as any
 * other program would use the API.
 */
export class ApiClient {
  private token: string | null = null;

  constructor(
    private readonly base: string,
    private readonly lang: string,
  ) {}

  async signIn(login: string, password: string): Promise<{ id: string; fullName: string }> {
    const session = await this.call<{ token: string; user: { id: string; fullName: string } }>(
      'POST',
      '/auth/sign-in',
      { login, password },
    );

    this.token = session.token;

    return session.user;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T = CaseDetail>(path: string, body: object): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  private async call<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        'accept-language': this.lang,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token === null ? {} : { authorization: `Bearer ${this.token}` }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as T & { code?: string; detail?: string };

    if (!response.ok) throw new ApiProblem(response.status, json.code ?? '?', json.detail ?? '');

    return json;
  }
}
