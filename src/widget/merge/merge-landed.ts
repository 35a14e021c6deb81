import type { CrmClient, MergeOutcome } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { err, ok, type Result } from '../../zoho/result';

const gone = (error: CrmError): boolean =>
  error.kind === 'zoho' && (error.code === 'INVALID_DATA' || error.status === 404);

/**
 * After a merge whose answer was lost: Zoho deletes the merged-away records, so when every child is gone and the
 * main record is still there, the merge landed. Anything else keeps the original error.
 */
export const mergeLanded = async (
  client: CrmClient,
  module: string,
  masterId: string,
  childIds: readonly string[],
  error: CrmError,
): Promise<Result<MergeOutcome, CrmError>> => {
  const [master, ...children] = await Promise.all([
    client.getRecord(module, masterId),
    ...childIds.map((id) => client.getRecord(module, id)),
  ]);
  const landed = master?.ok === true && children.every((c) => !c.ok && gone(c.error));
  return landed ? ok({ status: 'merged', id: masterId }) : err(error);
};
