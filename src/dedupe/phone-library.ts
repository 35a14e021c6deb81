import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Phone } from './normalise-phone';

/**
 * A number read with libphonenumber's small metadata: the country calling code and the national number without
 * its trunk prefix (Italy keeps a leading 0 in the national number; it is dropped here as everywhere else, so a
 * number compares alike however it was read). Null when the library cannot read it.
 */
export const libraryPhone = (raw: string, region: string | null): Phone | null => {
  const n = region
    ? parsePhoneNumberFromString(raw, region as Parameters<typeof parsePhoneNumberFromString>[1] & string)
    : parsePhoneNumberFromString(raw);
  if (!n) return null;
  return {
    country: n.countryCallingCode,
    national: n.nationalNumber.replace(/^0+/, ''),
    extension: n.ext ?? null,
  };
};
