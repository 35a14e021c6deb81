import { useState } from 'preact/hooks';
import { FORM_MODULES } from '../../../dedupe/modules';
import { useT } from '../import-i18n';

type Props = { readonly onRead: (module: string, text: string) => void };

/** Step one: the module, then a dropped or chosen CSV file, or pasted rows. */
export const SourceStep = ({ onRead }: Props) => {
  const t = useT();
  const [module, setModule] = useState<string>('Contacts');
  const [text, setText] = useState('');
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then((content) => onRead(module, content));
  };
  return (
    <section class="step source">
      <label>
        {t('module')}{' '}
        <select value={module} onChange={(e) => setModule(e.currentTarget.value)}>
          {FORM_MODULES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label
        class="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          readFile(e.dataTransfer?.files[0]);
        }}
      >
        {t('source.drop')}
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={t('source.file')}
          onChange={(e) => readFile(e.currentTarget.files?.[0])}
        />
      </label>
      <label class="paste">
        {t('source.paste')}
        <textarea rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={text.trim() === ''} onClick={() => onRead(module, text)}>
        {t('source.read')}
      </button>
    </section>
  );
};
