import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  differenceOf,
  needsOverrideReason,
  sameValue,
} from '../../../../src/modules/evaluation/assessment.rules.ts';
import { score } from '../../../../src/modules/evaluation/scoring.rules.ts';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { ScoreDraft } from './drafts.ts';
import type { AssessmentDetail, Indicator, Saved, ScoreRow } from './types.ts';
import { useAssessmentDrafts } from './use-drafts.ts';
import './evaluation-assess.css';

/** /kelola/evaluasi/penilaian/:id — scoring on the floor, from a tablet, with or without a connection. */
export function AssessPage({ id }: { id: string }) {
  const detail = useQuery({
    queryKey: ['assessment', id],
    queryFn: () => api<AssessmentDetail>(`/api/evaluation/assessments/${id}`),
  });
  if (!detail.data) return <QueryState query={detail} />;
  return <Assessment detail={detail.data} />;
}

function Assessment({ detail }: { detail: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  // Scores are exact decimal text from the rules ('3.50'): written the reader's way ('3,50' in Indonesian).
  const num = (text: string) => (i18n.language === 'en' ? text : text.replace(/(\d)\.(\d)/g, '$1,$2'));
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Record<string, { saved?: Saved; error?: string }>>({});
  const [submitError, setSubmitError] = useState('');
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['assessment', detail.id] });
  const drafts = useAssessmentDrafts(detail.id, detail.side, {
    saved: (s) => {
      setOutcome((o) => ({ ...o, [s.indicatorId]: { saved: s } }));
      reload();
    },
    photo: () => reload(),
    refused: (indicatorId, error) =>
      setOutcome((o) => ({ ...o, [indicatorId]: { error: errorText(error) } })),
  });
  const def = detail.instrument.definition;
  const rows = new Map(detail.scores.map((s) => [s.indicatorId, s]));
  const pendingOf = new Map(drafts.scores.map((d) => [d.indicatorId, d]));
  // What is on screen: the server's values with the device's unsent changes over them, scored by the same rules.
  const answers = new Map<string, string | null>(
    def.aspects.flatMap((a) =>
      a.indicators.map((i) => [i.id, pendingOf.get(i.id)?.value ?? rows.get(i.id)?.value ?? null] as const),
    ),
  );
  const computed = score(def, answers);
  const editable = detail.mine.mayScore;
  // Photos are the evaluators' evidence; the agency's self-assessment carries scores and notes.
  const photos = detail.side === 'evaluator';
  const selfOf = new Map(detail.self?.indicators.map((i) => [i.indicatorId, i]) ?? []);
  const submit = async () => {
    setSubmitError('');
    try {
      const kind = detail.side === 'self' ? 'self-assessments' : 'assessments';
      await api(`/api/evaluation/${kind}/${detail.id}/submit`, { method: 'POST' });
      reload();
    } catch (error) {
      setSubmitError(errorText(error));
    }
  };
  const sourced = def.aspects.some((a) => a.indicators.some((i) => i.source));
  const refreshPrefill = async () => {
    setSubmitError('');
    try {
      await api(`/api/evaluation/assessments/${detail.id}/prefill`, { method: 'POST' });
      reload();
    } catch (error) {
      setSubmitError(errorText(error));
    }
  };
  return (
    <section className="assess">
      <p>
        <Link to="/kelola/evaluasi">{t('evaluationAssess.backToList')}</Link>
      </p>
      <h1>{detail.title}</h1>
      <p className="assess-meta">
        {detail.unit} · {detail.instrument.name} v{detail.instrument.version} · {detail.periodFrom} –{' '}
        {detail.periodTo} · {t(`evaluationAssess.status.${detail.status}`)}
      </p>
      <p className="assess-meta">
        {t('evaluationAssess.team')}:{' '}
        {detail.members
          .map((m) => (m.lead ? `${m.name} (${t('evaluationAssess.lead')})` : m.name))
          .join(', ')}
      </p>
      <div className="assess-total">
        <output className={`assess-sync ${drafts.pending > 0 ? 'pending' : ''}`} aria-live="polite">
          {drafts.pending === 0
            ? t('evaluationAssess.sync.allSaved')
            : drafts.online
              ? t('evaluationAssess.sync.sending', { count: drafts.pending })
              : t('evaluationAssess.sync.offline', { count: drafts.pending })}
        </output>
        <div>
          <span className="assess-total-label">{t('evaluationAssess.total')}</span>
          <strong className="assess-total-value">{computed.total ? num(computed.total) : '—'}</strong>
          {computed.band && (
            <span className={`assess-band zone-${computed.band.zone ?? 'none'}`}>{computed.band.label}</span>
          )}
        </div>
        <p>
          {t('evaluationAssess.answered', { answered: computed.answered, of: computed.of })}
          {computed.formula && (
            <>
              {' · '}
              {t('evaluationAssess.formula')}: <code>{num(computed.formula)}</code> (
              {t('evaluationAssess.formulaHelp')})
            </>
          )}
        </p>
        {detail.self && (
          <p>
            {t('evaluationAssess.selfTotal')}: <strong>{detail.self.total ?? '—'}</strong>{' '}
            {detail.self.band?.label ?? ''}
          </p>
        )}
      </div>
      {def.aspects.map((aspect, k) => {
        const a = computed.aspects[k];
        return (
          <section key={aspect.id} className="assess-aspect" aria-labelledby={`aspect-${aspect.id}`}>
            <h2 id={`aspect-${aspect.id}`}>
              {aspect.name}{' '}
              <span className="assess-aspect-score">
                {t('evaluationAssess.aspectScore', {
                  score: a?.score ? num(a.score) : '—',
                  weight: num(String(aspect.weight)),
                  answered: a?.answered ?? 0,
                  of: a?.of ?? 0,
                })}
              </span>
            </h2>
            {aspect.indicators.map((i) => (
              <IndicatorCard
                key={i.id}
                indicator={i}
                row={rows.get(i.id)}
                pending={pendingOf.get(i.id)}
                pendingPhotos={drafts.photos.filter((p) => p.indicatorId === i.id).length}
                outcome={outcome[i.id]}
                self={selfOf.get(i.id)}
                editable={editable}
                photos={photos}
                assessmentId={detail.id}
                onSave={(d) => {
                  setOutcome((o) => ({ ...o, [i.id]: {} }));
                  drafts.saveScore(d);
                }}
                onPhoto={(file) => void drafts.addPhoto(i.id, file)}
              />
            ))}
          </section>
        );
      })}
      {editable && detail.side === 'evaluator' && sourced && (
        <p>
          <button type="button" onClick={() => void refreshPrefill()}>
            {t('evaluationAssess.refreshPrefill')}
          </button>
        </p>
      )}
      {detail.mine.lead && detail.status === 'draft' && (
        <div className="assess-submit">
          <button
            type="button"
            className="primary"
            disabled={drafts.pending > 0}
            onClick={() => void submit()}
          >
            {t('evaluationAssess.submit')}
          </button>
          {submitError && <p role="alert">{submitError}</p>}
        </div>
      )}
    </section>
  );
}

function IndicatorCard({
  indicator,
  row,
  pending,
  pendingPhotos,
  outcome,
  self,
  editable,
  photos,
  assessmentId,
  onSave,
  onPhoto,
}: {
  indicator: Indicator;
  row: ScoreRow | undefined;
  pending: ScoreDraft | undefined;
  pendingPhotos: number;
  outcome: { saved?: Saved; error?: string } | undefined;
  self: NonNullable<AssessmentDetail['self']>['indicators'][number] | undefined;
  editable: boolean;
  photos: boolean;
  assessmentId: string;
  onSave(d: Omit<ScoreDraft, 'writeId' | 'at' | 'assessmentId'>): void;
  onPhoto(file: File): void;
}) {
  const { t } = useTranslation();
  const value = pending?.value ?? row?.value ?? null;
  const [note, setNote] = useState(pending?.note ?? row?.note ?? '');
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState(pending?.overrideReason ?? row?.overrideReason ?? '');
  const [localError, setLocalError] = useState('');
  const suggested = row?.prefill?.suggested ?? null;
  const base = row?.revision !== undefined && row.savedBy ? row.revision : 0;
  const save = (v: string, why?: string) => {
    if (needsOverrideReason(suggested, v, why)) {
      setOverriding(true);
      setLocalError(t('evaluationAssess.reasonNeeded'));
      return;
    }
    setLocalError('');
    onSave({
      indicatorId: indicator.id,
      value: v,
      note,
      baseRevision: base,
      ...(why && suggested !== null && !sameValue(suggested, v) ? { overrideReason: why } : {}),
    });
  };
  const levelLabel = (v: string | null) =>
    indicator.levels.find((l) => v !== null && sameValue(l.value, v))?.label ?? v ?? '';
  const headingId = `ind-${indicator.id}`;
  return (
    <article className="assess-indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name}</h3>
      {indicator.evidence && (
        <p className="assess-evidence">
          {t('evaluationAssess.evidence')}: {indicator.evidence}
        </p>
      )}
      {row?.prefill && (
        <div className="assess-prefill">
          <p>
            <strong>{t('evaluationAssess.prefill')}:</strong> {row.prefill.text}
            {suggested !== null && (
              <>
                {' '}
                — {t('evaluationAssess.suggested')}: <strong>{levelLabel(suggested)}</strong>
              </>
            )}
          </p>
          <p className="assess-source">
            {t('evaluationAssess.source')}: {row.prefill.source}
          </p>
          {editable && suggested !== null && (
            <div className="assess-prefill-actions">
              <button type="button" onClick={() => save(suggested)}>
                {t('evaluationAssess.confirm')}
              </button>
              <button type="button" onClick={() => setOverriding(true)}>
                {t('evaluationAssess.override')}
              </button>
            </div>
          )}
        </div>
      )}
      {overriding && editable && (
        <label className="assess-field">
          {t('evaluationAssess.reason')}
          <textarea
            value={reason}
            rows={2}
            maxLength={1000}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </label>
      )}
      <fieldset className="assess-levels" disabled={!editable}>
        <legend>{t('evaluationAssess.level')}</legend>
        {indicator.levels.map((l) => {
          const v = String(l.value);
          const chosen = value !== null && sameValue(value, v);
          return (
            <button
              key={v}
              type="button"
              aria-pressed={chosen}
              title={l.description || undefined}
              onClick={() => save(v, overriding ? reason : undefined)}
            >
              <span className="assess-level-value">{v}</span>
              <span className="assess-level-label">{l.label}</span>
            </button>
          );
        })}
      </fieldset>
      <label className="assess-field">
        {t('evaluationAssess.note')}
        <textarea
          value={note}
          rows={2}
          maxLength={2000}
          disabled={!editable}
          onChange={(e) => setNote(e.currentTarget.value)}
          onBlur={() => {
            if (value !== null && note !== (pending?.note ?? row?.note ?? ''))
              save(value, pending?.overrideReason ?? row?.overrideReason ?? undefined);
          }}
        />
      </label>
      {editable && photos && (
        <label className="assess-photo">
          {t('evaluationAssess.takePhoto')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onPhoto(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      )}
      {((row?.photos.length ?? 0) > 0 || pendingPhotos > 0) && (
        <p className="assess-photos">
          {row?.photos.map((p, n) => (
            <a key={p.id} href={`/api/evaluation/assessments/${assessmentId}/photos/${p.id}`}>
              {t('evaluationAssess.photo', { n: n + 1 })}
            </a>
          ))}
          {pendingPhotos > 0 && <span>{t('evaluationAssess.photosOnDevice', { count: pendingPhotos })}</span>}
        </p>
      )}
      {self && (
        <p className="assess-self">
          {t('evaluationAssess.self')}: <strong>{self.self === null ? '—' : levelLabel(self.self)}</strong>
          {value !== null && self.self !== null && (
            <>
              {' '}
              · {t('evaluationAssess.difference')}: {differenceOf(value, self.self)}
            </>
          )}
        </p>
      )}
      <p className="assess-state" aria-live="polite">
        {pending
          ? t('evaluationAssess.onDevice')
          : outcome?.saved
            ? outcome.saved.overwrote
              ? t('evaluationAssess.overwrote', {
                  name: outcome.saved.overwrote.savedBy.name,
                  value: levelLabel(outcome.saved.overwrote.value),
                  at: new Date(outcome.saved.overwrote.savedAt).toLocaleTimeString(),
                })
              : t('evaluationAssess.saved', { revision: outcome.saved.revision })
            : row?.savedBy
              ? t('evaluationAssess.savedBy', { name: row.savedBy.name, revision: row.revision })
              : ''}
      </p>
      {(localError || outcome?.error) && (
        <p role="alert" className="assess-error">
          {localError || outcome?.error}
        </p>
      )}
    </article>
  );
}
