import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { loadSeedCatalogue } from '../../src/adapters/files/seed-catalogue.js';
import type { Service, ServiceVersion } from '../../src/domain/regulation/types.js';

const here = dirname(fileURLToPath(import.meta.url));

export const ARTIFACTS_DIR = join(here, '../../test-artifacts/appendices');

export const services: readonly Service[] = loadSeedCatalogue().services;

/** Every version of every service, labelled for test names. */
export const allVersions: readonly ServiceVersion[] = services.flatMap((s) => s.versions);

export function latest(serviceCode: string): ServiceVersion {
  const service = services.find((s) => s.code === serviceCode);
  const version = service?.versions.at(-1);

  if (version === undefined) throw new Error(`No version of ${serviceCode} in the seed`);

  return version;
}

/** Writes a generated document where a person can look at it after the run. */
export function keepArtefact(name: string, body: string | Uint8Array): string {
  const file = join(ARTIFACTS_DIR, name);

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(file, body);

  return file;
}

/** §5 of each regulation as the fixture quotes it from the act, by service code. */
export function seedSection5(): Map<string, string[]> {
  const text = readFileSync(join(here, 'fixtures/seed-section5.txt'), 'utf8');
  const blocks = new Map<string, string[]>();
  let current: string[] = [];

  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/u.exec(line);

    if (line.startsWith('#') || line === '') continue;
    if (header?.[1] === undefined) current.push(line);
    else blocks.set(header[1], (current = []));
  }

  return blocks;
}

/** A parsed XML element: name, attributes, children in document order, and text. */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function toNode(entry: Ordered): XmlNode {
  const name = Object.keys(entry).find((k) => k !== ':@') ?? '';

  if (name === '#text') return { name, attrs: {}, children: [], text: String(entry[name]) };

  const children = ((entry[name] as Ordered[] | undefined) ?? []).map(toNode);
  const text = children.map((c) => c.text).join('');

  return { name, attrs: entry[':@'] ?? {}, children, text };
}

/** Parses SVG (or any XML) keeping element order, with attributes under their plain names. */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    trimValues: false,
  });
  const entries = parser.parse(xml) as Ordered[];
  const root = entries.map(toNode).find((n) => n.name !== '?xml' && n.name !== '#text');

  if (root === undefined) throw new Error('No root element');

  return root;
}

export function findAll(node: XmlNode, match: (n: XmlNode) => boolean): XmlNode[] {
  const own = match(node) ? [node] : [];

  return [...own, ...node.children.flatMap((c) => findAll(c, match))];
}

export function byClass(node: XmlNode, className: string): XmlNode[] {
  return findAll(node, (n) => (n.attrs.class ?? '').split(' ').includes(className));
}

/** The lines of a `<text>` element, one per `<tspan>`. */
export function lines(text: XmlNode): string[] {
  return text.children.filter((c) => c.name === 'tspan').map((c) => c.text);
}
