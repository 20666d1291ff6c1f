import { type ComponentType, type ReactNode, useEffect, useState } from 'react';

/**
 * A page in a chunk of its own, loaded on demand. Not React.lazy + Suspense: when a lazy page
 * suspends, React holds back revealing the boundary for up to 300 ms after its fallback showed, so
 * a first load paid that wait once per nested lazy page after the chunk had arrived. Here the
 * page renders `fallback` until the chunk is there, then its component, in plain state updates;
 * and at once when the chunk came before the first render. `preload()` fetches the chunk (once).
 */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
      return loaded;
    }));
  function Page({ fallback, ...props }: P & { fallback: ReactNode }) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState<Error>();
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload().then(
        (c) => live && setComponent(() => c),
        (e: unknown) => live && setFailed(e instanceof Error ? e : new Error(String(e))),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (failed) throw failed; // as React.lazy does: the nearest error boundary, or an empty page
    return Component ? <Component {...(props as P)} /> : fallback;
  }
  return Object.assign(Page, { preload });
}
