import { useState } from 'preact/hooks';
import type { Match, Values } from '../../dedupe/types';
import type { FillAction } from '../components/MatchCard';
import { fillValues } from '../merge/fill-values';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';

/**
 * "Fill the form from this record" on a create/edit page button: each fill sets only fields still empty,
 * counting earlier fills, since Zoho sends no new PageLoad after a populate.
 */
export const useFormFill = (
  start: StartData | null,
  populate: WidgetPorts['populate'],
): ((match: Match) => FillAction | null) | undefined => {
  const [filled, setFilled] = useState<Values>({});
  if (!start || !populate || start.placement !== 'button') return undefined;
  return (match) => {
    const values = fillValues({ ...start.values, ...filled }, start.module, match.candidate);
    const fields = Object.keys(values);
    if (fields.length === 0) return null;
    return {
      fields,
      run: () => {
        populate(values);
        setFilled((f) => ({ ...f, ...values }));
      },
    };
  };
};
