import type { CrmError } from './crm-error';

/** Says what went wrong talking to Zoho in one line. */
export const describeError = (e: CrmError): string => {
  switch (e.kind) {
    case 'zoho':
      return `Zoho answered ${e.status} ${e.code}: ${e.message}`;
    case 'invalid-response':
      return `Zoho's answer could not be read: ${e.issues.join('; ')}`;
    case 'timeout':
      return `no answer within ${e.ms} ms`;
    case 'offline':
      return `cannot reach Zoho: ${e.message}`;
    case 'aborted':
      return 'cancelled';
  }
};
