import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../../components/use-form-errors.tsx';
import { upload } from '../../lib/api.ts';
import type { ImportResult } from './types.ts';

/**
 * Import an instrument from JSON or the export's XLSX: into `code` as its new version, or (without `code`) as a
 * new instrument with the code and kind typed here. All or nothing: each problem is listed with its sheet, row and
 * column.
 */
export function ImportForm({ code }: { code?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [details, setDetails] = useState<string[]>([]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (code) form.set('code', code);
    setBusy(true);
    errors.clear();
    setDetails([]);
    try {
      const done = await upload<ImportResult>('/api/evaluation/instruments/import', form);
      await navigate(`/kelola/evaluasi/instrumen/${done.code}?versi=${done.version}`);
    } catch (error) {
      errors.setError(error);
      const body = (error as { body?: { details?: { message: { id: string; en: string } }[] } }).body;
      setDetails((body?.details ?? []).map((d) => (i18n.language === 'en' ? d.message.en : d.message.id)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="editor instrument-import" onSubmit={(e) => void submit(e)}>
      <h2>{code ? t('instruments.importVersion') : t('instruments.importNew')}</h2>
      <p>{t('instruments.importHelp')}</p>
      {!code && (
        <>
          <label>
            {t('instruments.code')}
            <input name="code" required pattern="[A-Z0-9][A-Z0-9\-]{1,39}" />
          </label>
          <label>
            {t('instruments.kindLabel')}
            <select name="kind" defaultValue="custom">
              {(['custom', 'evaluation', 'compliance', 'inspection'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`instruments.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {t('instruments.file')}
        <input name="file" type="file" accept=".json,.xlsx" required />
      </label>
      <button type="submit" disabled={busy} aria-busy={busy}>
        {t('instruments.importSubmit')}
      </button>
      {errors.summary && (
        <div role="alert" className="form-error">
          <p>{errors.summary}</p>
          {details.length > 0 && (
            <ul>
              {details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
