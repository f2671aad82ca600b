import { type ComponentType, lazy } from 'react';

type PageProps = { readonly params: Record<string, string> };

export interface LazyPage {
  readonly Page: ComponentType<PageProps>;
  /** Fetches the page's code now; a later render then needs no Suspense fallback. */
  readonly preload: () => void;
}

/**
 * A page whose code is its own chunk. Unlike a bare `React.lazy`, a page whose code already
 * arrived renders at once: `lazy` would suspend once more, and React holds a revealed
 * Suspense boundary back for about 300 ms to avoid flicker, which is most of a cold start.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType<PageProps> }>): LazyPage {
  let loaded: ComponentType<PageProps> | null = null;
  let pending: Promise<{ default: ComponentType<PageProps> }> | null = null;

  const fetchCode = () => {
    pending ??= load().then((module) => {
      loaded = module.default;

      return module;
    });

    return pending;
  };
  const Deferred = lazy(fetchCode);

  function Page(props: PageProps) {
    const Ready = loaded;

    return Ready === null ? <Deferred {...props} /> : <Ready {...props} />;
  }

  return { Page, preload: () => void fetchCode() };
}
