import type { Locator } from 'playwright-core';

/** What a download link offers, and what the server answers for it. */
export interface OfferedDownload {
  readonly text: string;
  readonly href: string;
  readonly file: string;
  readonly status: number;
  readonly type: string | null;
}

/** The part of an <img> that tells whether its picture came; the tests compile without DOM. */
interface ImageState {
  readonly complete: boolean;
  readonly naturalWidth: number;
}

/** True once the image arrived and decoded: a broken or missing picture has no width. */
export function imageLoaded(image: Locator): Promise<boolean> {
  return image.evaluate((img) => {
    const state = img as unknown as ImageState;

    return state.complete && state.naturalWidth > 0;
  });
}

/** Each link in `list`, fetched from the office the way the browser would save it. */
export async function offeredDownloads(list: Locator, origin: string): Promise<OfferedDownload[]> {
  const links = await list.locator('a').evaluateAll((anchors) =>
    anchors.map((a) => ({
      text: a.textContent ?? '',
      href: a.getAttribute('href') ?? '',
      file: a.getAttribute('download') ?? '',
    })),
  );

  return Promise.all(
    links.map(async (link) => {
      const reply = await fetch(`${origin}${link.href}`);

      await reply.arrayBuffer();

      return { ...link, status: reply.status, type: reply.headers.get('content-type') };
    }),
  );
}

/** A document the server generates as text, fetched as any reader of the catalogue may. */
export async function documentText(origin: string, path: string): Promise<string> {
  const reply = await fetch(`${origin}${path}`);

  return reply.text();
}

/** The non-blank lines of a text: the paragraphs the catalogue shows. */
export function paragraphsOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Every model element the BPMN document lays out (its DI), sorted. */
export function laidOutElements(xml: string): string[] {
  const ids = [...xml.matchAll(/bpmnElement="([^"]+)"/g)].map((m) => m[1] ?? '');

  return [...new Set(ids)].sort();
}

/** Every model element bpmn-js drew in `canvas`, its labels counted with their element. */
export async function drawnElements(canvas: Locator): Promise<string[]> {
  const ids = await canvas
    .locator('[data-element-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-element-id') ?? ''));

  return [...new Set(ids.map((id) => id.replace(/_label$/, '')))].sort();
}

/** The scale of the drawing in `canvas`, read from its viewport's transform. */
export async function drawingScale(canvas: Locator): Promise<number> {
  const transform = await canvas.locator('svg g.viewport').first().getAttribute('transform');

  return Number(/matrix\(\s*([\d.]+)/.exec(transform ?? '')?.[1] ?? NaN);
}

/** Each lane's name as the BPMN document gives it, by lane id. */
export function laneNames(xml: string): Record<string, string> {
  const lanes = xml.matchAll(/<bpmn:lane id="([^"]+)" name="([^"]+)"/g);

  return Object.fromEntries([...lanes].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** Each lane's name as bpmn-js drew it, its wrapped lines joined again, by lane id. */
export async function drawnLaneNames(canvas: Locator): Promise<Record<string, string>> {
  const lanes = await canvas
    .locator('g.djs-element[data-element-id^="Lane_"]')
    .evaluateAll((nodes) =>
      nodes.map((n) => [
        n.getAttribute('data-element-id') ?? '',
        [...n.querySelectorAll('tspan')].map((line) => line.textContent?.trim()).join(' '),
      ]),
    );

  return Object.fromEntries(lanes);
}
