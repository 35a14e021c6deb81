import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkCalls,
  EDITIONS,
  type Edition,
  editionOf,
  estimateCredits,
} from '../../../dedupe/credit-estimate';
import type { Settings } from '../../../dedupe/settings';
import type { CrmClient } from '../../../zoho/crm-client';
import { useT } from '../settings-i18n';

type Props = { readonly settings: Settings; readonly client: CrmClient };

/** Past this share of the daily allowance other integrations and the CRM's own automations start to run short. */
const WARN_SHARE = 0.8;

type Field = 'reps' | 'users' | 'edition';

/**
 * The org's edition and user licenses (GET /crm/v8/org, license_details) pre-fill the inputs the admin has not
 * touched yet; when Zoho does not say, or the read fails, the defaults stay.
 */
const useOrgLicense = (
  client: CrmClient,
  fill: (license: { edition: Edition | null; users: number | null }) => void,
) => {
  const latest = useRef(fill);
  latest.current = fill;
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => client.getOrg())
      .then(
        (org) => {
          if (!live || !org.ok) return;
          latest.current({ edition: editionOf(org.value.edition), users: org.value.userLicenses ?? null });
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [client]);
};

/** API credits the checked modules spend (the calls bench/credits.ts measures), recomputed as the admin edits. */
export const CreditEstimate = ({ settings, client }: Props) => {
  const t = useT();
  const [reps, setReps] = useState(10);
  const [users, setUsers] = useState(10);
  const [records, setRecords] = useState(20);
  const [edition, setEdition] = useState<Edition>('enterprise');
  const edited = useRef(new Set<Field>());
  const edit =
    <T,>(field: Field, set: (value: T) => void) =>
    (value: T) => {
      edited.current.add(field);
      set(value);
    };
  useOrgLicense(client, (license) => {
    if (license.edition && !edited.current.has('edition')) setEdition(license.edition);
    if (license.users === null) return;
    if (!edited.current.has('users')) setUsers(license.users);
    // Every licensed user may enter records: the starting guess for who checks, until the admin says otherwise.
    if (!edited.current.has('reps')) setReps(license.users);
  });
  const enabled = Object.entries(settings.modules).filter(([, m]) => m.enabled);
  const rows = enabled.map(([module, m]) => ({
    module,
    estimate: estimateCredits({
      calls: checkCalls(module, m),
      reps,
      users,
      recordsPerRepPerDay: records,
      edition,
    }),
  }));
  const perDay = rows.reduce((sum, r) => sum + r.estimate.perDay, 0);
  const allowance = rows[0]?.estimate.allowance ?? 0;
  const number = (value: number, set: (n: number) => void, id: string) => (
    <input
      id={id}
      type="number"
      min={0}
      step={1}
      value={value}
      onInput={(e) => {
        const n = Number.parseInt(e.currentTarget.value, 10);
        if (Number.isFinite(n) && n >= 0) set(n);
      }}
    />
  );
  return (
    <section class="credits" aria-labelledby="credits-heading">
      <h2 id="credits-heading">{t('credits.heading')}</h2>
      <div class="credit-inputs">
        <label for="credits-reps">{t('credits.reps')}</label>
        {number(reps, edit('reps', setReps), 'credits-reps')}
        <label for="credits-records">{t('credits.records')}</label>
        {number(records, setRecords, 'credits-records')}
        <label for="credits-users">{t('credits.users')}</label>
        {number(users, edit('users', setUsers), 'credits-users')}
        <label for="credits-edition">{t('credits.edition')}</label>
        <select
          id="credits-edition"
          value={edition}
          onChange={(e) => edit('edition', setEdition)(e.currentTarget.value as Edition)}
        >
          {EDITIONS.map((ed) => (
            <option key={ed} value={ed}>
              {t(`edition.${ed}`)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        <ul>
          {rows.map(({ module, estimate }) => (
            <li key={module}>{t('credits.perRecord', { module, count: estimate.perRecord })}</li>
          ))}
        </ul>
        <p>
          {rows.length === 0
            ? t('credits.none')
            : t('credits.perDay', {
                perDay: perDay.toLocaleString(),
                allowance: allowance.toLocaleString(),
                share: allowance ? Math.round((perDay / allowance) * 1000) / 10 : 0,
              })}
        </p>
        {allowance > 0 && perDay / allowance > WARN_SHARE ? (
          <p class="note warning">{t('credits.warn', { share: Math.round((perDay / allowance) * 100) })}</p>
        ) : null}
      </div>
    </section>
  );
};
