import type { CrmError } from '../../zoho/crm-error';
import { errorText, moduleLabel } from '../format';
import { useT } from '../i18n/i18n-context';

/**
 * Why Zoho refused a save, from what Zoho itself gave: a DUPLICATE_DATA clash names the record's owner and id
 * even when the rep may not open it, so it is named plainly and never linked.
 */
export const RefusedSave = ({
  error,
  labelOf,
}: {
  readonly error: CrmError;
  readonly labelOf: (field: string) => string;
}) => {
  const t = useT();
  const clashes = error.kind === 'zoho' ? error.clashes : [];
  if (clashes.length === 0) return <p class="notice error">{errorText(t, error)}</p>;
  return (
    <div class="notice error">
      {clashes.map((c) => (
        <p key={`${c.field}:${c.record.id}`}>
          {t('refused', {
            field: labelOf(c.field),
            record: moduleLabel(t, c.record.module),
            owner: c.record.owner?.name || t('noOwner'),
            id: c.record.id,
          })}
        </p>
      ))}
    </div>
  );
};
