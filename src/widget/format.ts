import { isEmptyValue } from '../dedupe/empty-value';
import { conversionOf } from '../dedupe/modules';
import type { CandidateRecord, FieldInfo, FieldValue } from '../dedupe/types';
import type { CrmError } from '../zoho/crm-error';
import type { Translate } from './i18n/translate';

/** A field value as plain text (lookups by name, multi-selects joined). */
export const valueText = (value: FieldValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if ('id' in value) return value.name || value.id;
  return value.join(', ');
};

export const isEmpty = (value: FieldValue | undefined): boolean => isEmptyValue(value);

/** "First_Name" -> "First Name"; Zoho API names are the labels with underscores. */
export const fieldLabel = (apiName: string): string => apiName.replace(/_/g, ' ');

/** Labels from the module's field metadata (a Lead's Designation reads "Title"); `fallback` for fields it lacks. */
export const labelsOf = (
  fields: readonly FieldInfo[],
  fallback: (apiName: string) => string = fieldLabel,
): ((apiName: string) => string) => {
  const labels = new Map(fields.map((f) => [f.apiName, f.label]));
  return (apiName) => labels.get(apiName) ?? fallback(apiName);
};

export const recordName = (record: CandidateRecord, t: Translate): string => {
  const v = record.values;
  const person = [valueText(v.First_Name), valueText(v.Last_Name)].filter(Boolean).join(' ');
  const name =
    valueText(v.Full_Name) ||
    person ||
    valueText(v.Account_Name) ||
    valueText(v.Deal_Name) ||
    valueText(v.Name);
  return name || t('noName');
};

export const moduleLabel = (t: Translate, module: string, converted = false): string => {
  if (converted && conversionOf(module)) return t('module.convertedLead');
  const label = t(`module.${module}`);
  return label === `module.${module}` ? module : label;
};

export const modulesList = (t: Translate, modules: readonly string[]): string => {
  const names = modules.map((m) => {
    const label = t(`modules.${m}`);
    return label === `modules.${m}` ? m : label;
  });
  if (names.length < 2) return names.join('');
  return t('and', { a: names.slice(0, -1).join(', '), b: names[names.length - 1] ?? '' });
};

export const dateText = (t: Translate, iso: string | null): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(t('locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** Words a rep understands for every way a call can fail. */
export const errorText = (t: Translate, error: CrmError): string => {
  if (error.kind === 'offline') return t('error.offline');
  if (error.kind === 'timeout') return t('error.timeout');
  // An HTML error page or a cut-off body: Zoho (or a proxy before it) answered, so the rep is not offline.
  if (error.kind === 'invalid-response') return t('error.unexpected');
  if (error.kind !== 'zoho') return t('error.other');
  if (error.code === 'NO_PERMISSION' || error.status === 403) return t('error.permission');
  const max = error.details.maximum_length;
  if (error.code === 'INVALID_DATA' && (typeof max === 'string' || typeof max === 'number'))
    return t('error.tooLong', { field: fieldLabel(String(error.details.api_name ?? '')), max: String(max) });
  if (error.retryAfterMs !== undefined)
    return t('paused', { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
  if (['TOO_MANY_REQUESTS', 'LIMIT_REACHED'].includes(error.code) || error.status === 429)
    return t('error.limit');
  if (['INVALID_TOKEN', 'AUTHENTICATION_FAILURE', 'OAUTH_SCOPE_MISMATCH'].includes(error.code))
    return t('error.session');
  return t('error.other');
};
