import type { FieldDiff, FieldMatch, Match, Values } from '../dedupe/types';
import { valueText } from './format';
import type { Translate } from './i18n/translate';

/** "Rob → Robert (nickname)": what the form holds beside what the record holds, and how they compare. */
export const comparisonText = (t: Translate, f: FieldMatch, match: Match, incoming: Values): string => {
  const theirs = valueText(match.candidate.values[f.candidateField]);
  const ours = valueText(incoming[f.field]);
  const how = t(`how.${f.how}`);
  return ours === '' || ours === theirs
    ? `${theirs} (${how})`
    : t('compare', { from: ours, to: theirs, how });
};

/** "Sarah ≠ Hannah": a field the form and the record both hold and that does not agree. */
export const differenceText = (t: Translate, d: FieldDiff, match: Match, incoming: Values): string =>
  t('differsValue', {
    from: valueText(incoming[d.field]),
    to: valueText(match.candidate.values[d.candidateField]),
  });
