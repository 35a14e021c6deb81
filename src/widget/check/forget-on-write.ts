import type { CrmClient } from '../../zoho/crm-client';

/**
 * The client the widget writes through: once any record write settles (landed, refused, or lost on the way, when
 * it may still have landed), `forget` drops what the session's checks remember, since the write may have added,
 * changed or deleted a record an earlier answer names.
 */
export const forgetOnWrite = (client: CrmClient, forget: () => void): CrmClient => ({
  ...client,
  insert: (...args) => client.insert(...args).finally(forget),
  update: (...args) => client.update(...args).finally(forget),
  upsert: (...args) => client.upsert(...args).finally(forget),
  merge: (...args) => client.merge(...args).finally(forget),
  deleteRecord: (...args) => client.deleteRecord(...args).finally(forget),
});
