import type { kk } from './kk.js';

/** Every language fills in exactly the keys of the Kazakh resources, checked by the compiler. */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Messages = Shape<typeof kk>;
