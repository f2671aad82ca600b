import { type RefObject, useEffect, useState } from 'react';
import type { DiagramHandle } from './bpmn-viewer';

interface ViewerState {
  readonly diagram: DiagramHandle | null;
  readonly error: unknown;
}

const NOTHING_SHOWN: ViewerState = { diagram: null, error: null };

/**
 * Loads the viewer's code on first use and draws `xml` into the container under the name
 * `label`. The drawing is destroyed when the XML changes or the screen goes away, and the
 * state forgets it at once, so that no control drives a destroyed viewer meanwhile.
 */
export function useBpmnViewer(
  container: RefObject<HTMLDivElement | null>,
  xml: string | null,
  label: string,
): ViewerState {
  const [state, setState] = useState<ViewerState>(NOTHING_SHOWN);

  useEffect(() => {
    const target = container.current;

    if (xml === null || target === null) return;

    let current = true;
    let shown: DiagramHandle | null = null;

    import('./bpmn-viewer')
      .then((viewer) => viewer.showDiagram(target, xml, label))
      .then((diagram) => {
        shown = diagram;

        if (current) setState({ diagram, error: null });
        else diagram.destroy();
      })
      .catch((error: unknown) => current && setState({ diagram: null, error }));

    return () => {
      current = false;
      shown?.destroy();
      setState(NOTHING_SHOWN);
    };
  }, [container, xml, label]);

  return state;
}
