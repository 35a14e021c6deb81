import type { ZdkBridge } from './zoho-globals';

type PageLoad = { readonly Entity?: unknown; readonly EntityId?: unknown; readonly Data?: unknown };

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An edit-page button's PageLoad may carry only `{Entity, EntityId}`, without the unsaved values in `Data`
 * (ZOHO.md, corrections); ZDK 1.5's `ZDK.Page.getForm().getValues()` gives them where it exists. Answers the
 * PageLoad with `Data` filled in, or unchanged (the widget then checks the saved record and says so).
 */
export const withFormValues = async (payload: unknown, zdk: ZdkBridge | null): Promise<unknown> => {
  if (!isRecord(payload)) return payload;
  const load = payload as PageLoad;
  if (typeof load.Entity !== 'string' || load.EntityId === undefined || load.Data !== undefined)
    return payload;
  try {
    const form = zdk?.Page?.getForm?.();
    const values: unknown = await Promise.resolve(form?.getValues?.());
    return isRecord(values) ? { ...payload, Data: values } : payload;
  } catch {
    return payload;
  }
};
