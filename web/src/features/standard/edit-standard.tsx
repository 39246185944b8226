import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import type { ServiceDetail, Standard } from '../../lib/types.ts';
import { COMPONENTS, type ComponentKey, type Need, needOf } from './components.ts';
import { ListEditor } from './list-editor.tsx';
import { ServiceTypePicker } from './service-type-picker.tsx';
import type { StandardSet } from './types.ts';
import { WorkflowEditor } from './workflow-editor.tsx';

type Requirement = Standard['requirements'][number];

type ChannelKind = Standard['complaintChannels'][number]['kind'];
type CompletionUnit = Standard['completionTime']['unit'];
/** The server's kinds (standard.schemas.ts), in the order the editor offers them. */
const CHANNEL_KINDS = [
  'sp4n_lapor',
  'phone',
  'whatsapp',
  'email',
  'website',
  'in_person',
  'complaint_box',
  'social_media',
] as const satisfies readonly ChannelKind[];

/** /kelola/layanan/:id — edit all 14 components of the standard; each save is a new version. */
export function EditStandard() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useDateFormat();
  const service = useQuery({
    queryKey: ['service', id],
    queryFn: () => api<ServiceDetail>(`/api/services/${id}`),
  });
  const [saved, setSaved] = useState<number | null>(null);
  if (!service.data) return <QueryState query={service} />;
  const s = service.data;
  return (
    <>
      <h1>{s.name}</h1>
      <p>
        {t('service.version', { version: s.currentVersion, date: format.day(s.standard.effectiveFrom) })} ·{' '}
        <Link to={`/kelola/layanan/${id}/riwayat`}>{t('standardEditor.historyLink')}</Link> ·{' '}
        <Link to={`/layanan/${id}`}>{t('manage.viewPublic')}</Link>
      </p>
      <p>{t('standardEditor.intro')}</p>
      {saved !== null && (
        <p role="status" aria-live="polite">
          {t('manage.saved', { version: saved })}
        </p>
      )}
      {/* A new version resets the form to what was saved (the key), so the next edit starts from it. */}
      <ServiceTypePicker service={s} />
      <StandardForm key={s.currentVersion} service={s} onSaved={setSaved} />
      <WorkflowEditor serviceId={id} />
    </>
  );
}

function StandardForm({ service, onSaved }: { service: ServiceDetail; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [draft, setDraft] = useState<Standard>(service.standard.standard);
  const [changeNote, setChangeNote] = useState('');
  const [sending, setSending] = useState(false);
  const set = <K extends keyof Standard>(key: K, value: Standard[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.clear();
    setSending(true);
    try {
      const res = await api<StandardSet>(`/api/services/${service.id}/standard`, {
        method: 'PUT',
        body: { baseVersion: service.currentVersion, changeNote, standard: draft },
      });
      onSaved(res.version);
      await queryClient.invalidateQueries({ queryKey: ['service', service.id] });
    } catch (e) {
      errors.setError(e);
    } finally {
      setSending(false);
    }
  };

  const text = (label: string, value: string, onChange: (v: string) => void, rows = 3) => (
    <label>
      {label}
      <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} required />
    </label>
  );
  const line = (label: string, value: string, onChange: (v: string) => void, required = true) => (
    <label>
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} required={required} />
    </label>
  );

  const fields: Record<ComponentKey, ReactNode> = {
    requirements: (
      <ListEditor
        items={draft.requirements}
        onChange={(v) => set('requirements', v)}
        what={t('standardEditor.item.requirements')}
        make={(): Requirement => ({ name: '', description: '', isDocument: true, mandatory: true })}
        row={(r, update, n) => {
          const need = needOf(r);
          return (
            <>
              {line(t('standardEditor.requirement.name', { n }), r.name, (name) => update({ ...r, name }))}
              {line(
                t('standardEditor.requirement.description', { n }),
                r.description,
                (description) => update({ ...r, description }),
                false,
              )}
              <div className="inline-fields">
                <label>
                  {t('standardEditor.requirement.kind', { n })}
                  <select
                    value={r.isDocument ? 'document' : 'condition'}
                    onChange={(e) => update({ ...r, isDocument: e.target.value === 'document' })}
                  >
                    <option value="document">{t('service.document')}</option>
                    <option value="condition">{t('service.condition')}</option>
                  </select>
                </label>
                <label>
                  {t('standardEditor.requirement.need', { n })}
                  <select
                    value={need}
                    onChange={(e) => {
                      const next = e.target.value as Need;
                      const { condition: _dropped, ...rest } = r;
                      update(
                        next === 'conditional'
                          ? { ...rest, mandatory: false, condition: r.condition ?? '' }
                          : { ...rest, mandatory: next === 'mandatory' },
                      );
                    }}
                  >
                    {(['mandatory', 'optional', 'conditional'] as const).map((v) => (
                      <option key={v} value={v}>
                        {t(`standardEditor.requirement.needs.${v}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              {need === 'conditional' && (
                <label>
                  {t('standardEditor.requirement.condition', { n })}
                  <input
                    value={r.condition ?? ''}
                    placeholder={t('standardEditor.requirement.conditionHint')}
                    onChange={(e) => update({ ...r, condition: e.target.value })}
                    required
                  />
                </label>
              )}
            </>
          );
        }}
      />
    ),
    procedure: (
      <ListEditor
        items={draft.procedure}
        onChange={(v) => set('procedure', v)}
        what={t('standardEditor.item.procedure')}
        make={() => ({ title: '', description: '' })}
        row={(p, update, n) => (
          <>
            {line(t('standardEditor.step.title', { n }), p.title, (title) => update({ ...p, title }))}
            {line(
              t('standardEditor.step.description', { n }),
              p.description,
              (description) => update({ ...p, description }),
              false,
            )}
          </>
        )}
      />
    ),
    completionTime: (
      <div className="inline-fields">
        <label>
          {t('manage.completionAmount')}
          <input
            type="number"
            min={1}
            value={draft.completionTime.amount}
            onChange={(e) =>
              set('completionTime', { ...draft.completionTime, amount: Number(e.target.value) })
            }
            required
          />
        </label>
        <label>
          {t('manage.completionUnit')}
          <select
            value={draft.completionTime.unit}
            onChange={(e) =>
              set('completionTime', { ...draft.completionTime, unit: e.target.value as CompletionUnit })
            }
          >
            <option value="minutes">{t('manage.unit.minutes')}</option>
            <option value="hours">{t('manage.unit.hours')}</option>
            <option value="working_days">{t('manage.unit.working_days')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.completionTime.pausesWhenReturned !== false}
            onChange={(e) =>
              set('completionTime', { ...draft.completionTime, pausesWhenReturned: e.target.checked })
            }
          />
          {t('manage.pausesWhenReturned')}
        </label>
      </div>
    ),
    fee: (
      <>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.fee.isFree}
            onChange={(e) => set('fee', { ...draft.fee, isFree: e.target.checked, amount: 0 })}
          />
          {t('standardEditor.fee.free')}
        </label>
        {!draft.fee.isFree && (
          <label>
            {t('standardEditor.fee.amount')}
            <input
              type="number"
              min={0}
              value={draft.fee.amount}
              onChange={(e) => set('fee', { ...draft.fee, amount: Number(e.target.value) })}
              required
            />
          </label>
        )}
        {line(
          t('standardEditor.fee.legalBasis'),
          draft.fee.legalBasis,
          (legalBasis) => set('fee', { ...draft.fee, legalBasis }),
          false,
        )}
        {line(
          t('standardEditor.fee.note'),
          draft.fee.note,
          (note) => set('fee', { ...draft.fee, note }),
          false,
        )}
      </>
    ),
    product: text(t('standardEditor.product'), draft.product, (v) => set('product', v)),
    complaintChannels: (
      <ListEditor
        items={draft.complaintChannels}
        onChange={(v) => set('complaintChannels', v)}
        what={t('standardEditor.item.complaintChannels')}
        make={(): Standard['complaintChannels'][number] => ({ kind: 'phone', value: '' })}
        row={(c, update, n) => (
          <div className="inline-fields">
            <label>
              {t('standardEditor.channel.kind', { n })}
              <select value={c.kind} onChange={(e) => update({ ...c, kind: e.target.value as ChannelKind })}>
                {CHANNEL_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`standardEditor.channel.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            {line(t('standardEditor.channel.value', { n }), c.value, (value) => update({ ...c, value }))}
          </div>
        )}
      />
    ),
    legalBasis: (
      <ListEditor
        items={draft.legalBasis}
        onChange={(v) => set('legalBasis', v)}
        what={t('standardEditor.item.legalBasis')}
        make={() => ({ title: '' })}
        row={(l, update, n) =>
          line(t('standardEditor.legalTitle', { n }), l.title, (title) => update({ title }))
        }
      />
    ),
    facilities: (
      <ListEditor
        items={draft.facilities}
        onChange={(v) => set('facilities', v)}
        what={t('standardEditor.item.facilities')}
        make={() => ''}
        row={(f, update, n) => line(t('standardEditor.facility', { n }), f, update)}
      />
    ),
    implementerCompetence: (
      <ListEditor
        items={draft.implementerCompetence}
        onChange={(v) => set('implementerCompetence', v)}
        what={t('standardEditor.item.implementerCompetence')}
        make={() => ''}
        row={(c, update, n) => line(t('standardEditor.competence', { n }), c, update)}
      />
    ),
    internalSupervision: text(t('standardEditor.supervision'), draft.internalSupervision, (v) =>
      set('internalSupervision', v),
    ),
    implementerCount: (
      <label>
        {t('standardEditor.implementerCount')}
        <input
          type="number"
          min={1}
          value={draft.implementerCount}
          onChange={(e) => set('implementerCount', Number(e.target.value))}
          required
        />
      </label>
    ),
    serviceGuarantee: text(t('standardEditor.guarantee'), draft.serviceGuarantee, (v) =>
      set('serviceGuarantee', v),
    ),
    securityGuarantee: text(t('standardEditor.security'), draft.securityGuarantee, (v) =>
      set('securityGuarantee', v),
    ),
    performanceEvaluation: text(t('standardEditor.evaluation'), draft.performanceEvaluation, (v) =>
      set('performanceEvaluation', v),
    ),
  };

  return (
    <form className="editor standard-editor" onSubmit={(e) => void submit(e)}>
      {COMPONENTS.map((c, i) => (
        <fieldset key={c.key} className="standard-component">
          <legend>{t('standardEditor.component', { n: i + 1, name: t(c.label) })}</legend>
          {fields[c.key]}
          <FieldError text={errors.field(`body.standard.${c.key}`)} />
        </fieldset>
      ))}
      <label>
        {t('manage.changeNote')}
        <input value={changeNote} onChange={(e) => setChangeNote(e.target.value)} required minLength={3} />
        <FieldError text={errors.field('body.changeNote')} />
      </label>
      {errors.summary && <p role="alert">{errors.summary}</p>}
      <button type="submit" disabled={sending}>
        {t('manage.save')}
      </button>
    </form>
  );
}
