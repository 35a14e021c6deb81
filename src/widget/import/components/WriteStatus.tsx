import type { WriteState } from '../hooks/use-import-write';
import { useT } from '../import-i18n';

/** The write's progress bar, then its counts. */
export const WriteStatus = ({ state }: { readonly state: WriteState }) => {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return null;
    case 'writing':
      return (
        <p class="writing">
          <progress value={state.done} max={state.total} /> {t('writing', state)}
        </p>
      );
    case 'written': {
      const count = (s: string) => state.outcome.rows.filter((r) => r.state === s).length;
      const states = ['inserted', 'updated', 'merged', 'skipped', 'failed', 'unknown'] as const;
      return (
        <div class="written" role="status">
          <p>{t('written', Object.fromEntries(states.map((s) => [s, count(s)])))}</p>
          {state.outcome.resumedRows > 0 && <p>{t('resumed', { count: state.outcome.resumedRows })}</p>}
        </div>
      );
    }
  }
};
