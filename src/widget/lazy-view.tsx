import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18n, useT } from './i18n/i18n-context';
import type { Translate } from './i18n/translate';

/** Per translator, the same one extended with the views' own table (views-<lang>.json), once loaded. */
const extended = new WeakMap<Translate, Translate>();
const extending = new WeakMap<Translate, Promise<Translate>>();
const extend = (t: Translate): Promise<Translate> => {
  let pending = extending.get(t);
  if (!pending) {
    pending = import('./i18n/view-translations')
      .then((m) => m.withViewTranslations(t))
      .then(
        (views) => {
          extended.set(t, views);
          return views;
        },
        (e: unknown) => {
          extending.delete(t);
          throw e;
        },
      );
    extending.set(t, pending);
  }
  return pending;
};

/**
 * A component whose code loads on first use (a separate chunk the first paint does not wait for), together with
 * the table of the keys only such views use; once both have loaded it renders synchronously. A failed load
 * (offline) offers a retry.
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
    const views = extended.get(t);
    // A new translator (another language) keeps the shown view, in the last extension, until its own has loaded.
    const last = useRef<Translate | null>(null);
    if (views) last.current = views;
    const shown = views ?? last.current;
    useEffect(() => {
      if ((loaded && views) || failed) return;
      let live = true;
      Promise.all([fetchOnce(), extend(t)]).then(
        () => live && setReady((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed, t, views]);
    if (loaded && shown) {
      const View = loaded;
      return (
        <I18n.Provider value={shown}>
          <View {...props} />
        </I18n.Provider>
      );
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
