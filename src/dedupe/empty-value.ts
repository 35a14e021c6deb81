import { asText } from './fold';

/** A value that holds nothing: absent, blank text, an empty list, or a lookup with neither id nor name. */
export const isEmptyValue = (value: unknown): boolean => {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !('id' in value && value.id) && asText(value) === '';
  return false;
};
