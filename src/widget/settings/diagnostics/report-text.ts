import type { Translate } from '../../i18n/translate';
import type { CheckResult } from './run-checks';

/** The plain-text report an admin pastes into a support ticket: every check, its verdict and raw answer. */
export const reportText = (t: Translate, results: readonly CheckResult[], when: string): string =>
  [
    `${t('diagnostics.heading')} — ${when}`,
    ...results.map(
      (r) =>
        `${r.ok ? 'PASS' : 'FAIL'} ${t(`check.${r.id}`)}: ${t(r.finding, r.values)}\n  ${JSON.stringify(r.raw ?? null)}`,
    ),
  ].join('\n');
