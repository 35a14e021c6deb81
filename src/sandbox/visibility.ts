import type { StoredRecord, User } from './store/types';

/** A profile limited to its own records sees nothing else: search skips them, addressing them is NO_PERMISSION. */
export const canSee = (user: User, record: StoredRecord): boolean =>
  !user.seesOnlyOwn || record.ownerId === user.id;
