// Features that are not needed for the first paint of an article (save, read aloud, the removed-blocks panel) load
// after it, in their own chunks: the reader shows text sooner.
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      pending ??= load().then((c) => (loaded = c));
      void pending.then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, []);
    return Component ? h(Component, props) : null;
  };
}
