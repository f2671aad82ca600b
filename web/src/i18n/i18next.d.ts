import 'i18next';
import type { kk } from './kk';

/** Keys passed to `t` are checked against the Kazakh resources. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kk };
  }
}
