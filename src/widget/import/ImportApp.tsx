import type { CrmClient } from '../../zoho/crm-client';
import { lazyView } from '../lazy-view';
import { MappingStep } from './components/MappingStep';
import { SourceStep } from './components/SourceStep';
import { usePreflight } from './hooks/use-preflight';
import { useT } from './import-i18n';

// The report and the write load only once a file has been checked.
const LazyReport = lazyView(() => import('./components/ReportView').then((m) => m.ReportView));

type Props = {
  readonly client: CrmClient;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly link: (module: string, id: string) => string | null;
};

/** The import page: source -> columns -> report and write; each step one branch of the status union. */
export const ImportApp = ({ client, storage, link }: Props) => {
  const t = useT();
  const p = usePreflight(client, storage);
  const s = p.state;
  const body = (() => {
    switch (s.status) {
      case 'source':
        return <SourceStep onRead={(module, text) => void p.load(module, text)} />;
      case 'loading':
      case 'checking':
        return (
          <p class="hint" aria-busy="true">
            {t(s.status)}
          </p>
        );
      case 'mapping':
        return (
          <MappingStep
            headers={s.table.headers}
            fields={s.fields}
            columns={s.columns}
            onChange={(columns) => p.setState({ ...s, columns })}
            onCheck={() => void p.check(s)}
            onBack={p.reset}
          />
        );
      case 'report':
        return (
          <LazyReport checked={s.checked} client={client} storage={storage} link={link} onBack={p.reset} />
        );
      case 'error':
        return (
          <div class="notice error" role="alert">
            <p>{t('error', { message: s.message })}</p>
            <button type="button" onClick={p.reset}>
              {t('back')}
            </button>
          </div>
        );
    }
  })();
  return (
    <main class="import">
      <h1>{t('title')}</h1>
      {body}
    </main>
  );
};
