import type { FormField } from './fields';

export type FormView = {
  readonly has: (apiName: string) => boolean;
  readonly getValue: (apiName: string) => string | null;
  readonly setValues: (values: Record<string, unknown>) => void;
  /** The filled-in fields, as a record to write. */
  readonly values: () => Record<string, string>;
  /** The labels of required fields left empty, each marked invalid (the first focused); the others unmarked. */
  readonly flagMissing: () => readonly string[];
};

/** Labelled inputs like Zoho's create/edit layout; every keystroke is reported as a field change. */
export const renderForm = (
  container: HTMLElement,
  fields: readonly FormField[],
  onFieldChange: (apiName: string) => void,
): FormView => {
  const inputs = new Map<string, HTMLInputElement>();
  for (const field of fields) {
    const row = document.createElement('div');
    row.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = `field-${field.apiName}`;
    label.textContent = field.label;
    if (field.required) label.classList.add('required');
    const input = document.createElement('input');
    input.id = `field-${field.apiName}`;
    input.name = field.apiName;
    input.type = field.type;
    input.autocomplete = 'off';
    input.required = field.required ?? false;
    input.addEventListener('input', () => onFieldChange(field.apiName));
    row.append(label, input);
    container.append(row);
    inputs.set(field.apiName, input);
  }
  const text = (value: unknown): string =>
    value === null || value === undefined ? '' : typeof value === 'object' ? '' : String(value);
  return {
    has: (apiName) => inputs.has(apiName),
    getValue: (apiName) => {
      const value = inputs.get(apiName)?.value ?? '';
      return value === '' ? null : value;
    },
    setValues: (values) => {
      for (const [apiName, value] of Object.entries(values)) {
        const input = inputs.get(apiName);
        if (input) input.value = text(value);
      }
    },
    values: () => {
      const out: Record<string, string> = {};
      for (const [apiName, input] of inputs) if (input.value.trim() !== '') out[apiName] = input.value.trim();
      return out;
    },
    flagMissing: () => {
      const missing = fields.filter((f) => f.required && (inputs.get(f.apiName)?.value.trim() ?? '') === '');
      for (const [apiName, input] of inputs)
        input.setAttribute('aria-invalid', String(missing.some((f) => f.apiName === apiName)));
      if (missing[0]) inputs.get(missing[0].apiName)?.focus();
      return missing.map((f) => f.label);
    },
  };
};
