import { type RefObject, useEffect, useState } from 'react';
import type { DiagramHandle } from './bpmn-viewer';

interface ViewerState {
  readonly diagram: DiagramHandle | null;
  readonly error: unknown;
}

/**
 * Loads the viewer's code on first use and draws `xml` into the container under the name
 * `label`; the drawing is destroyed when the XML changes or the screen goes away.
 */
export function useBpmnViewer(
  container: RefObject<HTMLDivElement | null>,
  xml: string | null,
  label: string,
): ViewerState {
  const [state, setState] = useState<ViewerState>({ diagram: null, error: null });

  useEffect(() => {
    const target = container.current;
    let current = true;
    let shown: DiagramHandle | null = null;

    if (xml === null || target === null) return;

    setState({ diagram: null, error: null });
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
    };
  }, [container, xml, label]);

  return state;
}
