import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../settings-i18n';
import type { TryRecordPanelProps } from './TryRecordPanel';

/** "Try a record" for one module; the panel and the engine it runs load only when the admin opens it. */
export const TryRecordSection = (props: TryRecordPanelProps) => {
  const t = useT();
  const [panel, setPanel] = useState<ComponentType<TryRecordPanelProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    import('./TryRecordPanel').then(
      (m) => setPanel(() => m.TryRecordPanel),
      () => setFailed(true),
    );
  };
  const Loaded = panel;
  const heading = `${props.module}-try-heading`;
  return (
    <section class="try-record" aria-labelledby={heading}>
      <h2 id={heading}>{t('tryout.heading')}</h2>
      <p class="hint">{t('tryout.intro')}</p>
      {Loaded ? (
        <Loaded {...props} />
      ) : (
        <button type="button" onClick={open}>
          {t('tryout.open')}
        </button>
      )}
      {failed ? <p role="alert">{t('tryout.loadFailed')}</p> : null}
    </section>
  );
};
