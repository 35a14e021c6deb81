import type { UserRef } from '../../dedupe/types';
import type { Translate } from '../i18n/translate';

/** "you" when the signed-in user owns the record, else the owner's name, or "Nobody". */
export const ownerName = (t: Translate, owner: UserRef | null, me: string | null): string => {
  if (owner && me !== null && owner.id === me) return t('ownerYou');
  return owner?.name || t('noOwner');
};
