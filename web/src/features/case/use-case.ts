import { useCallback, useEffect, useState } from 'react';
import { getCase } from '../../api/endpoints';
import type { CaseWithTimeline } from '../../api/types';

interface CaseState {
  readonly data: CaseWithTimeline | null;
  readonly error: unknown;
  readonly loading: boolean;
}

/**
 * A case and its history. Commands answer with the case as it now stands, so `replace` takes
 * that answer instead of asking again.
 */
export function useCase(id: string) {
  const [state, setState] = useState<CaseState>({ data: null, error: null, loading: true });

  const reload = useCallback(() => {
    let current = true;

    setState((s) => ({ ...s, loading: true, error: null }));
    getCase(id)
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch((error: unknown) => current && setState({ data: null, error, loading: false }));

    return () => {
      current = false;
    };
  }, [id]);

  useEffect(reload, [reload]);

  const replace = useCallback((data: CaseWithTimeline) => {
    setState({ data, error: null, loading: false });
  }, []);

  return { ...state, reload, replace };
}
