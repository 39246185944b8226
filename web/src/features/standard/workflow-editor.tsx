import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { StepLabel } from '../../lib/types.ts';
import type { Workflow } from './types.ts';

const FIXED_START = 1;
const FIXED_END = 2;

/**
 * The steps of a service's application files, for its agency admin: received first, done → handed over last
 * (fixed); the steps between can be added, renamed, reordered or removed. The server checks the same rules.
 */
export function WorkflowEditor({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const workflow = useQuery({
    queryKey: ['workflow', serviceId],
    queryFn: () => api<Workflow>(`/api/services/${serviceId}/workflow`),
  });
  const [draft, setDraft] = useState<StepLabel[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const steps = draft ?? workflow.data?.steps ?? [];
  if (steps.length === 0) return null;
  const middle = steps.slice(FIXED_START, steps.length - FIXED_END);
  const withMiddle = (next: StepLabel[]) =>
    setDraft([...steps.slice(0, FIXED_START), ...next, ...steps.slice(steps.length - FIXED_END)]);
  const update = (i: number, patch: Partial<StepLabel> & { id?: string; en?: string }) =>
    withMiddle(
      middle.map((s, j) =>
        j === i
          ? {
              code: patch.code ?? s.code,
              label: { id: patch.id ?? s.label.id, en: patch.en ?? s.label.en },
            }
          : s,
      ),
    );
  const move = (i: number, by: number) => {
    const next = [...middle];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    withMiddle(next);
  };
  const save = async () => {
    setMessage(null);
    try {
      await api(`/api/services/${serviceId}/workflow`, { method: 'PUT', body: { steps } });
      setDraft(null);
      await workflow.refetch();
      setMessage({ ok: true, text: t('application.workflow.saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };
  return (
    <section className="workflow-editor" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('application.workflow.heading')}</h2>
      <p className="hint">{t('application.workflow.help')}</p>
      <ol>
        <li>{steps[0]?.label.id}</li>
        {middle.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's code is what the admin edits here.
          <li key={i}>
            <label>
              {t('application.workflow.code')}
              <input
                value={s.code}
                onChange={(e) => update(i, { code: e.target.value })}
                pattern="[a-z][a-z0-9_]{1,39}"
              />
            </label>
            <label>
              {t('application.workflow.labelId')}
              <input value={s.label.id} onChange={(e) => update(i, { id: e.target.value })} />
            </label>
            <label>
              {t('application.workflow.labelEn')}
              <input value={s.label.en} onChange={(e) => update(i, { en: e.target.value })} />
            </label>
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('application.workflow.up')}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === middle.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('application.workflow.down')}
            >
              ↓
            </button>
            <button type="button" onClick={() => withMiddle(middle.filter((_, j) => j !== i))}>
              {t('application.workflow.remove')}
            </button>
          </li>
        ))}
        {steps.slice(steps.length - FIXED_END).map((s) => (
          <li key={s.code}>{s.label.id}</li>
        ))}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          onClick={() =>
            withMiddle([...middle, { code: `step_${middle.length + 1}`, label: { id: '', en: '' } }])
          }
        >
          {t('application.workflow.add')}
        </button>
        <button type="button" className="primary" disabled={draft === null} onClick={() => void save()}>
          {t('application.workflow.save')}
        </button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} aria-live="polite">
          {message.text}
        </p>
      )}
    </section>
  );
}
