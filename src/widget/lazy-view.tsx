import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n/i18n-context';

/**
 * A component whose code loads on first use (a separate chunk the first paint does not wait for); once loaded
 * it renders synchronously. A failed load (offline) offers a retry.
 */
export const lazyView = <P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> => {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  return (props: P) => {
    const t = useT();
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      fetchOnce().then(
        () => live && setReady((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (loaded) {
      const View = loaded;
      return <View {...props} />;
    }
    if (!failed)
      return (
        <p class="hint" aria-busy="true">
          {t('loading')}
        </p>
      );
    return (
      <div class="notice error">
        <p>{t('error.offline')}</p>
        <button type="button" onClick={() => setFailed(false)}>
          {t('retry')}
        </button>
      </div>
    );
  };
};
