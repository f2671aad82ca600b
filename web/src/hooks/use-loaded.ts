import { useCallback, useEffect, useRef, useState } from 'react';

interface Loaded<T> {
  readonly data: T | null;
  readonly error: unknown;
  readonly loading: boolean;
}

/**
 * What a screen reads from the API once, again whenever `key` changes or `reload` is called. A
 * reply to an older key never overwrites a newer one's.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);

  latest.current = load;

  useEffect(() => {
    let current = true;

    setState((s) => ({ ...s, loading: true, error: null }));
    latest
      .current()
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch((error: unknown) => current && setState({ data: null, error, loading: false }));

    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ data, error: null, loading: false }), []);

  return { ...state, reload, replace };
}
