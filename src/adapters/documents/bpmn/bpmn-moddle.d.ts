/**
 * The part of bpmn-moddle 10 this project uses. The package ships element types
 * (`bpmn-moddle/types`) but none for its class, and `@types/bpmn-moddle` describes the older
 * default export; hence this shim.
 */
declare module 'bpmn-moddle' {
  /** A BPMN element; its BPMN properties are read and written by name. */
  export interface ModdleElement {
    readonly $type: string;
    readonly $parent?: ModdleElement;
    id?: string;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    readonly [property: string]: unknown;
  }

  export interface ImportWarning {
    readonly message: string;
    readonly element?: unknown;
    readonly property?: string;
    readonly value?: unknown;
    readonly error?: Error;
  }

  export interface ImportResult {
    readonly rootElement: ModdleElement;
    readonly references: readonly unknown[];
    readonly warnings: readonly ImportWarning[];
    readonly elementsById: Readonly<Record<string, ModdleElement>>;
  }

  /** A moddle package (metamodel extension) as JSON: name, uri, prefix and types. */
  export type ModdlePackage = Readonly<Record<string, unknown>>;

  export class BpmnModdle {
    constructor(packages?: Readonly<Record<string, ModdlePackage>>, options?: object);
    create(type: string, attrs?: object): ModdleElement;
    fromXML(xml: string, typeName?: string): Promise<ImportResult>;
    toXML(
      element: ModdleElement,
      options?: { readonly format?: boolean; readonly preamble?: boolean },
    ): Promise<{ readonly xml: string }>;
  }
}
