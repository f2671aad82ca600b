import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/**
 * bpmn-js with its styles. Only the catalogue's diagram tab imports this module, and only
 * dynamically, so the viewer is a chunk of its own that no other screen downloads.
 */

/** The part of diagram-js's canvas the screen drives. */
interface Canvas {
  zoom(scale?: number | 'fit-viewport'): number;
}

export interface DiagramHandle {
  /** Multiplies the scale, keeping the middle of the view in place. */
  zoomBy(factor: number): void;
  fit(): void;
  destroy(): void;
}

/**
 * Draws a BPMN 2.0 document into `container`, fitted to it, with dragging, Ctrl and the wheel
 * or the arrow keys to move around. `label` names the drawing for assistive technology. Rejects,
 * leaving nothing behind, when the XML does not import.
 */
export async function showDiagram(
  container: HTMLElement,
  xml: string,
  label: string,
): Promise<DiagramHandle> {
  const viewer = new NavigatedViewer({ container });

  try {
    await viewer.importXML(xml);
  } catch (error: unknown) {
    viewer.destroy();
    throw error;
  }

  const canvas = viewer.get<Canvas>('canvas');

  canvas.zoom('fit-viewport');
  nameDrawing(container, label);

  return {
    zoomBy: (factor) => canvas.zoom(canvas.zoom() * factor),
    fit: () => canvas.zoom('fit-viewport'),
    destroy: () => viewer.destroy(),
  };
}

/**
 * The canvas is an SVG that takes focus for the arrow keys; unnamed, a screen reader would
 * announce a bare graphic. Its shapes carry no meaning of their own to assistive technology.
 */
function nameDrawing(container: HTMLElement, label: string): void {
  const svg = container.querySelector('.djs-container > svg');

  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', label);
}
