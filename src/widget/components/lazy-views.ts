import { lazyView } from '../lazy-view';

// Only the save popup, a refused save, "Update this record instead" or "Merge records" needs these: they load on
// first use.
export const LazyClashPanel = lazyView(() => import('./ClashPanel').then((m) => m.ClashPanel));
export const LazyUpsertMerge = lazyView(() => import('./UpsertMerge').then((m) => m.UpsertMerge));
export const LazyRecordMerge = lazyView(() => import('./RecordMerge').then((m) => m.RecordMerge));
export const LazyPopupActions = lazyView(() => import('./PopupActions').then((m) => m.PopupActions));
