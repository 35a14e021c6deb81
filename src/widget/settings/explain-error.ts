import type { CrmError } from '../../zoho/crm-error';
import type { Translate } from '../i18n/translate';

const KNOWN = new Set([
  'NO_PERMISSION',
  'OAUTH_SCOPE_MISMATCH',
  'INVALID_TOKEN',
  'AUTHENTICATION_FAILURE',
  'INVALID_DATA',
  'MANDATORY_NOT_FOUND',
  'EXPECTED_FIELD_MISSING',
  'DEPENDENT_FIELD_MISSING',
  'REQUIRED_PARAM_MISSING',
  'NOT_ALLOWED',
  'INVALID_MODULE',
  'DUPLICATE_DATA',
  'TOO_MANY_REQUESTS',
  'LIMIT_REACHED',
  'INTERNAL_ERROR',
  // Ours, named after what failed when Zoho's answer carries no code (src/zoho: sdk-transport, interpret).
  'CONNECTION_UNAVAILABLE',
  'ORG_VARIABLE_ERROR',
]);

/** Zoho names the offending field in details.api_name (or expected_fields[]); show it when present. */
const fieldOf = (details: Readonly<Record<string, unknown>>): string => {
  if (typeof details.api_name === 'string') return details.api_name;
  const expected = details.expected_fields;
  if (Array.isArray(expected)) {
    return expected
      .map((e) => (e && typeof e === 'object' && 'api_name' in e ? String(e.api_name) : ''))
      .join(', ');
  }
  return '';
};

/** A CrmError in the admin's words, ending with Zoho's own code so support can look it up. */
export const explainError = (t: Translate, error: CrmError): string => {
  switch (error.kind) {
    case 'zoho': {
      const key = KNOWN.has(error.code) ? `zoho.${error.code}` : 'zoho.other';
      const field = fieldOf(error.details);
      return `${t(key, { field: field || '?', message: error.message })} (${error.code})`;
    }
    case 'timeout':
      return t('error.timeout', { seconds: Math.round(error.ms / 1000) });
    case 'offline':
      return t('error.offline');
    case 'invalid-response':
      return t('error.invalidResponse');
    case 'aborted':
      return t('error.aborted');
  }
};
