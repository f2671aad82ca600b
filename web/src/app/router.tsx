import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A small history router: the application has a handful of screens, so a library would cost
 * more bytes than it saves. Paths are plain strings; `match` reads `:name` parameters.
 */

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);

  return () => listeners.delete(listener);
}

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;

  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);

  window.scrollTo(0, 0);
  notify();
}

/** The path and query string; re-renders the caller when they change. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const location = useSyncExternalStore(subscribe, currentLocation);
  const [path = '/', search = ''] = location.split('?');

  return { path, query: new URLSearchParams(search) };
}

/** Parameters of `pattern` (`/cases/:id`) in `path`, or null when it does not match. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.replace(/\/+$/, '').split('/');

  if (want.length !== have.length) return null;

  const params: Record<string, string> = {};

  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';

    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }

  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly to: string };

/** An ordinary link that the router follows without reloading; new-tab clicks still work. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);

    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;

    event.preventDefault();
    navigate(to);
  };

  return <a href={to} onClick={follow} {...rest} />;
}
