import { useEffect, useState } from 'react';
import { type ArtefactRef, getArtefactText } from '../../../api/endpoints';

interface TextState {
  readonly text: string | null;
  readonly error: unknown;
}

/** A document the server generates as text, fetched again when the version or language change. */
export function useArtefactText({ version, as, lang }: ArtefactRef): TextState {
  const [state, setState] = useState<TextState>({ text: null, error: null });

  useEffect(() => {
    let current = true;

    setState({ text: null, error: null });
    getArtefactText({ version, as, lang })
      .then((text) => current && setState({ text, error: null }))
      .catch((error: unknown) => current && setState({ text: null, error }));

    return () => {
      current = false;
    };
  }, [version, as, lang]);

  return state;
}
