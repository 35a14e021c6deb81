import type { ModuleSettings } from '../../../dedupe/settings';
import type { Match } from '../../../dedupe/types';
import type { Translate } from '../../i18n/translate';
import { useT } from '../settings-i18n';
import { TryMatchCard } from './TryMatchCard';
import { byBlockThenScore, tierOf } from './tier';
import type { Tried } from './use-try-record';

type Props = {
  readonly tried: Tried;
  readonly module: string;
  /** The module's settings as the form holds them now. */
  readonly current: ModuleSettings;
  readonly labelOf: (field: string) => string;
};

/** What decides which records a try finds and how it scores them; thresholds and the save rule apply live. */
const searchRules = (s: ModuleSettings) =>
  JSON.stringify([s.enabled, s.fields, s.alsoSearch, s.calibration ?? null]);

const moduleNames = (t: Translate, modules: readonly string[]): string =>
  modules
    .map((m) => {
      const label = t(`module.${m}`);
      return label === `module.${m}` ? m : label;
    })
    .join(', ');

/** "2 records found in Leads, Contacts, Accounts." for the status line. */
export const triedSummary = (t: Translate, tried: Tried): string => {
  const modules = moduleNames(t, tried.answer.modules);
  const count = tried.answer.matches.length;
  return count === 0 ? t('tryout.none', { modules }) : t('tryout.found', { count, modules });
};

/** The records a try found, most certain first, tiered at the form's current thresholds. */
export const TryResults = ({ tried, module, current, labelOf }: Props) => {
  const t = useT();
  const sorted = [...tried.answer.matches].sort(byBlockThenScore);
  // A loose search may find hundreds the preview would never show: they wait behind one summary line.
  const hidden = (m: Match) =>
    m.blockingFields.length === 0 && tierOf(m.score, current.thresholds) === 'below';
  const list = (matches: readonly Match[]) => (
    <ol class="try-matches">
      {matches.map((match) => (
        <TryMatchCard
          key={`${match.candidate.module}|${match.candidate.id}`}
          match={match}
          module={module}
          values={tried.values}
          thresholds={current.thresholds}
          labelOf={labelOf}
        />
      ))}
    </ol>
  );
  const below = sorted.filter(hidden);
  return (
    <>
      {searchRules(tried.settings) === searchRules(current) ? null : (
        <p class="note warning">{t('tryout.stale')}</p>
      )}
      {list(sorted.filter((m) => !hidden(m)))}
      {below.length > 0 ? (
        <details class="try-below">
          <summary>{t('tryout.belowCount', { count: below.length })}</summary>
          {list(below)}
        </details>
      ) : null}
    </>
  );
};
