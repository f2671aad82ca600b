import { expect } from 'vitest';
import { PASSWORD } from './desk.js';
import { requiredDocuments } from './regulation.js';
import type { TestOffice } from './server.js';

/**
 * Moves cases along through the HTTP API, for tests whose subject is a later screen. The
 * screens under test are still driven through the browser.
 */
export class OfficeApi {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly office: TestOffice) {}

  /** The office's address, for a browser to open. */
  get url(): string {
    return this.office.url;
  }

  async call<T>(login: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const reply = await fetch(`${this.office.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token(login)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await reply.json()) as T;

    expect(reply.ok, JSON.stringify(json)).toBe(true);

    return json;
  }

  /** Registers and accepts a person's application with every required document. */
  async accepted(service: string, iin: string, surname: string): Promise<AcceptedCase> {
    const registered = await this.call<CaseReply>('clerk', 'POST', '/cases', {
      serviceCode: service,
      applicant: { kind: 'person', iin, surname, givenName: 'Тест' },
      documentsPresented: requiredDocuments(service),
    });
    const accepted = await this.command('clerk', registered.case.id, 'accept', {});

    return { id: accepted.case.id, number: accepted.case.receipt?.incomingNumber ?? '' };
  }

  async forwarded(caseId: string, officerLogin: string): Promise<void> {
    const { users } = await this.call<{ users: { id: string; fullName: string }[] }>(
      'head',
      'GET',
      '/users?role=officer',
    );
    const officer = (await this.call<{ user: { id: string } }>(officerLogin, 'GET', '/auth/me'))
      .user;

    expect(users.some((u) => u.id === officer.id)).toBe(true);
    await this.command('head', caseId, 'forward', { officerId: officer.id });
  }

  /**
   * Takes an accepted case of religious-literature-premises through execution and signing to
   * the handover, each step at the office clock's current time.
   */
  async handedOver(caseId: string, officerLogin: string, receivedBy: string): Promise<void> {
    await this.forwarded(caseId, officerLogin);
    await this.command(officerLogin, caseId, 'submit-draft', {
      draft: {
        kind: 'premises-decision',
        fields: {
          address: 'Атырау, Абай к-сі, 1',
          owner: 'ЖШС «Кітап»',
          areaSqm: '30',
          purpose: 'Сауда',
        },
        grounds: [],
      },
    });
    await this.command('head', caseId, 'sign', {});
    await this.command('clerk', caseId, 'issue', {
      to: 'recipient',
      receivedBy,
      powerOfAttorney: null,
    });
  }

  async command(login: string, caseId: string, name: string, body: object): Promise<CaseReply> {
    return this.call<CaseReply>(login, 'POST', `/cases/${caseId}/${name}`, body);
  }

  private async token(login: string): Promise<string> {
    const known = this.tokens.get(login);

    if (known !== undefined) return known;

    const reply = await fetch(`${this.office.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: PASSWORD }),
    });
    const { token } = (await reply.json()) as { token: string };

    this.tokens.set(login, token);

    return token;
  }
}

export interface AcceptedCase {
  readonly id: string;
  readonly number: string;
}

interface CaseReply {
  readonly case: {
    readonly id: string;
    readonly revision: number;
    readonly receipt: { readonly incomingNumber: string } | null;
  };
}
