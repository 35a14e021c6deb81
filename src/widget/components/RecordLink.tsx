import { useT } from '../i18n/i18n-context';

/** Opens the record in the CRM tab; hidden when the org's data centre is unknown. */
export const RecordLink = ({ url, name }: { readonly url: string | null; readonly name: string }) => {
  const t = useT();
  if (!url) return null;
  return (
    <a class="link" href={url} target="_blank" rel="noopener noreferrer">
      {t('openRecord')}
      <span class="sr">: {name}</span>
    </a>
  );
};
