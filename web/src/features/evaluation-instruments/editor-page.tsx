import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { QueryState } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { blankDraft, newIndicator, showDecimal, typedDecimal, weightSum } from './format.ts';
import type { Draft, Instrument, NewInstrument, NewVersion } from './types.ts';
import './evaluation-instruments.css';

const KINDS = ['custom', 'evaluation', 'compliance', 'inspection'] as const;
const ZONES = ['', 'green', 'yellow', 'red'] as const;

/**
 * /kelola/evaluasi/instrumen/:code/ubah (a new version of it) and /kelola/evaluasi/instrumen/baru (a new
 * instrument): aspects and indicators added and removed, weights with their sum shown as they are typed, levels,
 * evidence and bands; the server's refusals beside the fields they name. Saving never changes an earlier version.
 */
export function InstrumentEditorPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const creating = code === '' || code === 'baru';
  const session = useSession();
  const query = useQuery({
    queryKey: ['instrument', code, null],
    queryFn: () => api<Instrument>(`/api/evaluation/instruments/${encodeURIComponent(code)}`),
    enabled: Boolean(session.data) && !creating,
  });
  if (!session.data) return <p>{t('instruments.signInFirst')}</p>;
  if (creating) return <Editor start={null} />;
  if (!query.data) return <QueryState query={query} />;
  return <Editor start={query.data} />;
}

function Editor({ start }: { start: Instrument | null }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [draft, setDraft] = useState<Draft>(() =>
    start ? (structuredClone(start.definition) as Draft) : blankDraft(),
  );
  const [code, setCode] = useState(start?.code ?? '');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('custom');
  const [note, setNote] = useState('');
  const [sumProblem, setSumProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (edit: (d: Draft) => void) => {
    // The server's word on the old weights no longer holds once they change; the live sum says the rest.
    setSumProblem(null);
    setDraft((d) => {
      const next = structuredClone(d);
      edit(next);
      return next;
    });
  };
  const sum = weightSum(draft);
  const sumOk = sum !== null && Math.abs(sum - 1) < 1e-9;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    errors.clear();
    setSumProblem(null);
    try {
      const saved = start
        ? await api<Instrument>(`/api/evaluation/instruments/${start.code}/versions`, {
            method: 'POST',
            body: { basedOn: start.version.version, definition: draft, note } satisfies NewVersion,
          })
        : await api<Instrument>('/api/evaluation/instruments', {
            method: 'POST',
            body: { code, kind, definition: draft, note } satisfies NewInstrument,
          });
      await queryClient.invalidateQueries({ queryKey: ['instruments'] });
      await queryClient.invalidateQueries({ queryKey: ['instrument', saved.code] });
      await navigate(`/kelola/evaluasi/instrumen/${saved.code}`);
    } catch (error) {
      errors.setError(error);
      if (error instanceof ApiError) {
        const exact = (error.body.details ?? []).find((d) => d.field === 'definition.aspects');
        setSumProblem(exact ? (en ? exact.message.en : exact.message.id) : null);
      }
    } finally {
      setBusy(false);
    }
  };

  const err = (path: string) => errors.field(`definition.${path}`);
  const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;
  const text = (
    path: string,
    label: string,
    value: string,
    set: (d: Draft, v: string) => void,
    options: { long?: boolean; required?: boolean; decimal?: boolean; sum?: boolean } = {},
  ) => {
    const message = err(path);
    const id = fieldId(path);
    // An aspect's weight is also wrong when the weights do not sum to 1: it points at the sum and its refusal.
    const sumWrong = options.sum === true && (!sumOk || sumProblem !== null);
    const describedBy = [
      message ? `${id}-error` : '',
      options.sum ? 'weight-sum' : '',
      sumWrong && sumProblem ? 'weight-sum-error' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const props = {
      id,
      value: options.decimal ? showDecimal(value, en) : value,
      required: options.required,
      'aria-invalid': message || sumWrong ? true : undefined,
      'aria-describedby': describedBy || undefined,
      inputMode: options.decimal ? ('decimal' as const) : undefined,
      onChange: (e: { target: { value: string } }) =>
        change((d) => set(d, options.decimal ? typedDecimal(e.target.value) : e.target.value)),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {options.long ? <textarea rows={2} {...props} /> : <input {...props} />}
        <FieldError text={message} id={`${id}-error`} />
      </div>
    );
  };

  return (
    <section className="instruments instrument-editor">
      <p>
        <Link to={start ? `/kelola/evaluasi/instrumen/${start.code}` : '/kelola/evaluasi/instrumen'}>
          {t('instruments.back')}
        </Link>
      </p>
      <h1>
        {start
          ? t('instruments.editHeading', { code: start.code, version: start.latestVersion + 1 })
          : t('instruments.createHeading')}
      </h1>
      <p>{t('instruments.editHelp')}</p>
      <form className="editor" onSubmit={(e) => void submit(e)} noValidate>
        {errors.summary && (
          <p role="alert" className="form-error">
            {errors.summary}
          </p>
        )}
        {!start && (
          <fieldset>
            <legend>{t('instruments.identity')}</legend>
            <div className="field">
              <label htmlFor="f-code">{t('instruments.code')}</label>
              <input
                id="f-code"
                value={code}
                onChange={(e) => setCode(e.target.value.toUpperCase())}
                required
              />
              <FieldError text={errors.field('code')} />
            </div>
            <div className="field">
              <label htmlFor="f-kind">{t('instruments.kindLabel')}</label>
              <select
                id="f-kind"
                value={kind}
                onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`instruments.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend>{t('instruments.general')}</legend>
          {text('name', t('instruments.name'), draft.name, (d, v) => {
            d.name = v;
          })}
          {text(
            'description',
            t('instruments.description'),
            draft.description ?? '',
            (d, v) => {
              d.description = v;
            },
            { long: true },
          )}
          {text('basis', t('instruments.basisLabel'), draft.basis ?? '', (d, v) => {
            d.basis = v;
          })}
        </fieldset>

        <fieldset className="weights">
          <legend>{t('instruments.aspects')}</legend>
          {draft.aspects.map((a, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs; the position is what the server's error paths name
            <fieldset key={k} className="aspect-edit">
              <legend>{t('instruments.aspectN', { n: k + 1, name: a.name })}</legend>
              <div className="row">
                {text(`aspects.${k}.id`, t('instruments.id'), a.id, (d, v) => {
                  (d.aspects[k] as Draft['aspects'][number]).id = v;
                })}
                {text(`aspects.${k}.name`, t('instruments.aspectName'), a.name, (d, v) => {
                  (d.aspects[k] as Draft['aspects'][number]).name = v;
                })}
                {text(
                  `aspects.${k}.weight`,
                  t('instruments.weight'),
                  String(a.weight),
                  (d, v) => {
                    (d.aspects[k] as Draft['aspects'][number]).weight = v;
                  },
                  { decimal: true, sum: true },
                )}
              </div>
              {a.indicators.map((ind, j) => {
                const at = `aspects.${k}.indicators.${j}`;
                const indicator = (d: Draft) =>
                  (d.aspects[k] as Draft['aspects'][number]).indicators[
                    j
                  ] as Draft['aspects'][number]['indicators'][number];
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs; the position is what the server's error paths name
                  <fieldset key={j} className="indicator-edit">
                    <legend>{t('instruments.indicatorN', { n: j + 1, name: ind.name })}</legend>
                    <div className="row">
                      {text(`${at}.id`, t('instruments.id'), ind.id, (d, v) => {
                        indicator(d).id = v;
                      })}
                      {text(`${at}.name`, t('instruments.indicatorName'), ind.name, (d, v) => {
                        indicator(d).name = v;
                      })}
                      {text(
                        `${at}.weight`,
                        t('instruments.indicatorWeight'),
                        String(ind.weight ?? '1'),
                        (d, v) => {
                          indicator(d).weight = v;
                        },
                        { decimal: true },
                      )}
                      {text(
                        `${at}.threshold`,
                        t('instruments.threshold'),
                        String(ind.threshold ?? ''),
                        (d, v) => {
                          if (v === '') delete indicator(d).threshold;
                          else indicator(d).threshold = v;
                        },
                        { decimal: true },
                      )}
                    </div>
                    {text(
                      `${at}.evidence`,
                      t('instruments.evidence'),
                      ind.evidence ?? '',
                      (d, v) => {
                        indicator(d).evidence = v;
                      },
                      { long: true },
                    )}
                    {text(`${at}.source`, t('instruments.sourceId'), ind.source ?? '', (d, v) => {
                      if (v === '') delete indicator(d).source;
                      else indicator(d).source = v;
                    })}
                    <table className="levels">
                      <caption>{t('instruments.levels')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('instruments.levelValue')}</th>
                          <th scope="col">{t('instruments.levelLabel')}</th>
                          <th scope="col">{t('instruments.levelMeaning')}</th>
                          <th scope="col">
                            <span className="visually-hidden">{t('instruments.remove')}</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {ind.levels.map((l, n) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs; the position is what the server's error paths name
                          <tr key={n}>
                            <td>
                              <input
                                aria-label={t('instruments.levelValueN', { n: n + 1 })}
                                inputMode="decimal"
                                value={showDecimal(l.value, en)}
                                onChange={(e) =>
                                  change((d) => {
                                    (indicator(d).levels[n] as { value: string | number }).value =
                                      typedDecimal(e.target.value);
                                  })
                                }
                              />
                            </td>
                            <td>
                              <input
                                aria-label={t('instruments.levelLabelN', { n: n + 1 })}
                                value={l.label}
                                onChange={(e) =>
                                  change((d) => {
                                    (indicator(d).levels[n] as { label: string }).label = e.target.value;
                                  })
                                }
                              />
                            </td>
                            <td>
                              <input
                                aria-label={t('instruments.levelMeaningN', { n: n + 1 })}
                                value={l.description ?? ''}
                                onChange={(e) =>
                                  change((d) => {
                                    (indicator(d).levels[n] as { description?: string }).description =
                                      e.target.value;
                                  })
                                }
                              />
                            </td>
                            <td>
                              <button
                                type="button"
                                className="link"
                                disabled={ind.levels.length <= 2}
                                onClick={() => change((d) => void indicator(d).levels.splice(n, 1))}
                              >
                                {t('instruments.removeLevel', { n: n + 1 })}
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <FieldError text={err(`${at}.levels`)} />
                    <p className="edit-actions">
                      <button
                        type="button"
                        onClick={() =>
                          change(
                            (d) => void indicator(d).levels.push({ value: '', label: '', description: '' }),
                          )
                        }
                      >
                        {t('instruments.addLevel')}
                      </button>{' '}
                      <button
                        type="button"
                        disabled={a.indicators.length <= 1}
                        onClick={() =>
                          change(
                            (d) => void (d.aspects[k] as Draft['aspects'][number]).indicators.splice(j, 1),
                          )
                        }
                      >
                        {t('instruments.removeIndicator', { name: ind.name || ind.id })}
                      </button>
                    </p>
                  </fieldset>
                );
              })}
              <p className="edit-actions">
                <button
                  type="button"
                  onClick={() =>
                    change(
                      (d) =>
                        void (d.aspects[k] as Draft['aspects'][number]).indicators.push(
                          newIndicator(`${a.id}-${a.indicators.length + 1}`),
                        ),
                    )
                  }
                >
                  {t('instruments.addIndicator')}
                </button>{' '}
                <button
                  type="button"
                  disabled={draft.aspects.length <= 1}
                  onClick={() => change((d) => void d.aspects.splice(k, 1))}
                >
                  {t('instruments.removeAspect', { name: a.name || a.id })}
                </button>
              </p>
            </fieldset>
          ))}
          <p className="edit-actions">
            <button
              type="button"
              onClick={() =>
                change(
                  (d) =>
                    void d.aspects.push({
                      id: `aspek-${d.aspects.length + 1}`,
                      name: '',
                      weight: '0',
                      indicators: [newIndicator(`aspek-${d.aspects.length + 1}-1`)],
                    }),
                )
              }
            >
              {t('instruments.addAspect')}
            </button>
          </p>
          <p
            className={sumOk ? 'weight-sum' : 'weight-sum weight-sum-bad'}
            aria-live="polite"
            id="weight-sum"
          >
            {sum === null
              ? t('instruments.sumUnknown')
              : t(sumOk ? 'instruments.sumOk' : 'instruments.sumBad', { sum: showDecimal(String(sum), en) })}
          </p>
          <FieldError text={sumProblem} id="weight-sum-error" />
        </fieldset>

        <fieldset>
          <legend>{t('instruments.bands')}</legend>
          <div className="row">
            {text(
              'total.min',
              t('instruments.scaleMin'),
              String(draft.total.min),
              (d, v) => {
                d.total.min = v;
              },
              { decimal: true },
            )}
            {text(
              'total.max',
              t('instruments.scaleMax'),
              String(draft.total.max),
              (d, v) => {
                d.total.max = v;
              },
              { decimal: true },
            )}
            {text('total.decimals', t('instruments.decimals'), String(draft.total.decimals), (d, v) => {
              d.total.decimals = Number(v);
            })}
          </div>
          {draft.total.bands.map((b, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs; the position is what the server's error paths name
            <div className="row" key={n}>
              {text(
                `total.bands.${n}.min`,
                t('instruments.bandFrom'),
                String(b.min),
                (d, v) => {
                  (d.total.bands[n] as { min: string | number }).min = v;
                },
                { decimal: true },
              )}
              {text(`total.bands.${n}.code`, t('instruments.bandCode'), b.code, (d, v) => {
                (d.total.bands[n] as { code: string }).code = v;
              })}
              {text(`total.bands.${n}.label`, t('instruments.bandLabel'), b.label, (d, v) => {
                (d.total.bands[n] as { label: string }).label = v;
              })}
              <div className="field">
                <label htmlFor={`f-band-zone-${n}`}>{t('instruments.bandZone')}</label>
                <select
                  id={`f-band-zone-${n}`}
                  value={b.zone ?? ''}
                  onChange={(e) =>
                    change((d) => {
                      const band = d.total.bands[n] as { zone?: 'green' | 'yellow' | 'red' };
                      if (e.target.value === '') delete band.zone;
                      else band.zone = e.target.value as 'green' | 'yellow' | 'red';
                    })
                  }
                >
                  {ZONES.map((z) => (
                    <option key={z} value={z}>
                      {z ? t(`instruments.zone.${z}`) : '—'}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
          <FieldError text={err('total.bands')} />
        </fieldset>

        <div className="field">
          <label htmlFor="f-note">{t('instruments.note')}</label>
          <input id="f-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {start ? t('instruments.saveVersion') : t('instruments.saveNew')}
        </button>
      </form>
    </section>
  );
}
