import type { CandidateRecord, FieldValue, Values } from '../../dedupe/types';
import { isEmpty } from '../format';
import { SYSTEM_FIELD } from './system-fields';

// A lookup needs the form's own picker; copying its {id, name} into another form is not reliable.
const copyable = (value: FieldValue | undefined): value is FieldValue =>
  !isEmpty(value) && !(typeof value === 'object' && value !== null && !Array.isArray(value));

/** The record's values for the form's empty fields: a record of the form's module never overwrites what the rep typed. */
export const fillValues = (form: Values, module: string, record: CandidateRecord): Values => {
  if (record.module !== module) return {};
  return Object.fromEntries(
    Object.entries(record.values).filter(
      ([field, value]) => !SYSTEM_FIELD.test(field) && copyable(value) && isEmpty(form[field]),
    ),
  );
};
