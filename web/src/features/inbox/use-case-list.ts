import { useEffect, useState } from 'react';
import { type ListQuery, type ListScope, listCases } from '../../api/endpoints';
import type { CasePage, SlaState } from '../../api/types';
import { navigate, useLocation } from '../../app/router';

export const PAGE_SIZE = 20;

export interface Filters {
  readonly service?: string;
  readonly step?: string;
  readonly state?: SlaState;
  readonly q?: string;
  readonly page: number;
}

/** Filters live in the address, so a reload or a shared link shows the same list. */
export function useFilters(): [Filters, (next: Partial<Filters>) => void] {
  const { path, query } = useLocation();
  const filters: Filters = {
    ...optional('service', query.get('service')),
    ...optional('step', query.get('step')),
    ...optional('state', query.get('state') as SlaState | null),
    ...optional('q', query.get('q')),
    page: Math.max(1, Number(query.get('page') ?? '1') || 1),
  };

  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, page: 1, ...next };
    const search = new URLSearchParams();

    for (const [key, value] of Object.entries(merged)) {
      if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) {
        search.set(key, String(value));
      }
    }

    const text = search.toString();

    navigate(text === '' ? path : `${path}?${text}`, { replace: true });
  };

  return [filters, update];
}

function optional<K extends string, V>(key: K, value: V | null): Partial<Record<K, V>> {
  return value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

interface ListState {
  readonly page: CasePage | null;
  readonly loading: boolean;
  readonly error: unknown;
}

/** One page of cases from the server: only PAGE_SIZE rows ever travel, however many exist. */
export function useCaseList(scope: ListScope, filters: Filters): ListState & { reload(): void } {
  const [state, setState] = useState<ListState>({ page: null, loading: true, error: null });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([scope, filters, attempt]);

  useEffect(() => {
    let current = true;
    const query: ListQuery = {
      ...(filters.service === undefined ? {} : { service: filters.service }),
      ...(filters.step === undefined ? {} : { step: filters.step }),
      ...(filters.state === undefined ? {} : { state: filters.state }),
      ...(filters.q === undefined ? {} : { q: filters.q }),
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    };

    setState((s) => ({ ...s, loading: true, error: null }));
    listCases(scope, query)
      .then((page) => current && setState({ page, loading: false, error: null }))
      .catch((error: unknown) => current && setState({ page: null, loading: false, error }));

    // A reply to an older filter must not overwrite the newer one.
    return () => {
      current = false;
    };
  }, [key]);

  return { ...state, reload: () => setAttempt((n) => n + 1) };
}
