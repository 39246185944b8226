import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type {
  AssessmentDetail,
  AssessmentList,
  Assessors,
  InstrumentList,
  OpenRequest,
  OpenSelfRequest,
  SiteBooths,
} from './types.ts';
import './evaluation-assess.css';

/** The shipped instruments' codes; an administrator's own are typed in. */
/** The installation's instruments (the shipped three and the region's own), each by its code and name. */
function InstrumentSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['evaluation-instruments'],
    queryFn: () => api<InstrumentList>('/api/evaluation/instruments'),
  });
  return (
    <label>
      {t('evaluationAssess.open.instrument')}
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        {(list.data?.instruments ?? []).map((i) => (
          <option key={i.code} value={i.code}>
            {i.name} ({i.code}, v{i.latest.version})
          </option>
        ))}
        {/* Until the list is in, the chosen code stays a valid choice. */}
        {!list.data && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}

/** /kelola/evaluasi — a site's assessments (an agency: its own), and opening a new one (evaluators). */
export function AssessmentListPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/evaluasi">{t('evaluationAssess.signInFirst')}</Link>;
  const role = session.data?.user.role;
  const mayAssess = role === 'evaluator' || role === 'national_admin';
  return (
    <section className="assess">
      <h1>{t('evaluationAssess.heading')}</h1>
      <div className="toolbar">
        <SiteSelect choice={choice} />
      </div>
      {site && <Assessments siteCode={site.code} />}
      {site && mayAssess && (
        <OpenForm siteId={site.id} siteCode={site.code} me={session.data?.user.id ?? ''} />
      )}
      {site && role === 'agency_admin' && session.data?.user.agencyId && (
        <SelfForm siteId={site.id} agencyId={session.data.user.agencyId} />
      )}
    </section>
  );
}

function Assessments({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['assessments', siteCode],
    queryFn: () => api<AssessmentList>(`/api/evaluation/sites/${siteCode}/assessments`),
  });
  if (!list.data) return <p aria-busy="true">{t('loading')}</p>;
  if (list.data.items.length === 0) return <p>{t('evaluationAssess.none')}</p>;
  return (
    <table className="assess-list">
      <thead>
        <tr>
          <th scope="col">{t('evaluationAssess.col.title')}</th>
          <th scope="col">{t('evaluationAssess.col.unit')}</th>
          <th scope="col">{t('evaluationAssess.col.period')}</th>
          <th scope="col">{t('evaluationAssess.col.status')}</th>
          <th scope="col">{t('evaluationAssess.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {list.data.items.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/kelola/evaluasi/penilaian/${a.id}`}>{a.title}</Link>
              <br />
              <small>
                {a.instrument}
                {a.side === 'self' ? ` · ${t('evaluationAssess.selfSide')}` : ''}
              </small>
            </td>
            <td>{a.unit}</td>
            <td>
              {a.periodFrom} – {a.periodTo}
            </td>
            <td>{t(`evaluationAssess.status.${a.status}`)}</td>
            <td>
              {a.total ?? '—'} {a.band?.label ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OpenForm({ siteId, siteCode, me }: { siteId: string; siteCode: string; me: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const assessors = useQuery({
    queryKey: ['assessors'],
    queryFn: () => api<Assessors>('/api/evaluation/assessors'),
  });
  const detail = useQuery({
    queryKey: ['site', siteCode],
    queryFn: () => api<SiteBooths>(`/api/sites/${siteCode}`),
  });
  const list = useQuery({
    queryKey: ['assessments', siteCode],
    queryFn: () => api<AssessmentList>(`/api/evaluation/sites/${siteCode}/assessments`),
  });
  const [form, setForm] = useState({
    instrumentCode: 'INSPEKSI-GERAI',
    boothId: '',
    selfOf: '',
    periodFrom: '',
    periodTo: '',
    title: '',
  });
  const [team, setTeam] = useState<Record<string, boolean>>({});
  const [lead, setLead] = useState('');
  const [error, setError] = useState('');
  const booths = detail.data?.booths ?? [];
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  const members = Object.entries({ ...(me ? { [me]: true } : {}), ...team })
    .filter(([, on]) => on)
    .map(([userId]) => ({ userId, lead: userId === (lead || me) }));
  const open = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    setError('');
    const [kind, id] = form.boothId.split(':');
    const body: OpenRequest = {
      siteId,
      instrumentCode: form.instrumentCode,
      periodFrom: form.periodFrom,
      periodTo: form.periodTo,
      title: form.title,
      members,
      ...(kind === 'agency' && id ? { agencyId: id } : {}),
      ...(kind === 'booth' && id ? { boothId: id } : {}),
      ...(form.selfOf ? { selfOf: form.selfOf } : {}),
    };
    try {
      const made = await api<AssessmentDetail>('/api/evaluation/assessments', { method: 'POST', body });
      await navigate(`/kelola/evaluasi/penilaian/${made.id}`);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const agencies = [...new Map(booths.map((b) => [b.agency.id, b.agency])).values()];
  const [kind, unitId] = form.boothId.split(':');
  const agencyOfUnit = kind === 'booth' ? booths.find((b) => b.id === unitId)?.agency.id : unitId;
  // The agency's own assessments this one may verify (the server checks the agency and the instrument version).
  const selves = (list.data?.items ?? []).filter((a) => a.side === 'self' && a.agencyId === agencyOfUnit);
  return (
    <form className="assess-open" onSubmit={(e) => void open(e)}>
      <h2>{t('evaluationAssess.open.heading')}</h2>
      <InstrumentSelect
        value={form.instrumentCode}
        onChange={(instrumentCode) => setForm((f) => ({ ...f, instrumentCode }))}
      />
      <label>
        {t('evaluationAssess.open.unit')}
        <select value={form.boothId} onChange={set('boothId')}>
          <option value="">{t('evaluationAssess.open.wholeSite')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={`agency:${a.id}`}>
              {a.shortName}
            </option>
          ))}
          {booths.map((b) => (
            <option key={b.id} value={`booth:${b.id}`}>
              {b.agency.shortName} — {b.name}
            </option>
          ))}
        </select>
      </label>
      {selves.length > 0 && (
        <label>
          {t('evaluationAssess.open.selfOf')}
          <select value={form.selfOf} onChange={set('selfOf')}>
            <option value="">{t('evaluationAssess.open.noSelf')}</option>
            {selves.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} ({a.periodFrom} – {a.periodTo})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('evaluationAssess.open.from')}
        <input type="date" value={form.periodFrom} onChange={set('periodFrom')} required />
      </label>
      <label>
        {t('evaluationAssess.open.to')}
        <input type="date" value={form.periodTo} onChange={set('periodTo')} required />
      </label>
      <label>
        {t('evaluationAssess.open.title')}
        <input value={form.title} onChange={set('title')} minLength={3} maxLength={200} required />
      </label>
      <fieldset>
        <legend>{t('evaluationAssess.open.team')}</legend>
        {assessors.data?.items.map((u) => (
          <div key={u.userId} className="assess-member">
            <label>
              <input
                type="checkbox"
                checked={u.userId === me || (team[u.userId] ?? false)}
                disabled={u.userId === me}
                onChange={(e) => setTeam({ ...team, [u.userId]: e.currentTarget.checked })}
              />
              {u.name}
            </label>
            <label>
              <input
                type="radio"
                name="lead"
                checked={(lead || me) === u.userId}
                onChange={() => {
                  setLead(u.userId);
                  setTeam({ ...team, [u.userId]: true });
                }}
              />
              {t('evaluationAssess.lead')}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {t('evaluationAssess.open.submit')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** An agency's admin opens its own self-assessment (PEKPPP's penilaian mandiri) at this site. */
function SelfForm({ siteId, agencyId }: { siteId: string; agencyId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [form, setForm] = useState({ instrumentCode: 'PEKPPP', periodFrom: '', periodTo: '', title: '' });
  const [error, setError] = useState('');
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  const open = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    setError('');
    const body: OpenSelfRequest = { siteId, agencyId, ...form };
    try {
      const made = await api<AssessmentDetail>('/api/evaluation/self-assessments', { method: 'POST', body });
      await navigate(`/kelola/evaluasi/penilaian/${made.id}`);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form className="assess-open" onSubmit={(e) => void open(e)}>
      <h2>{t('evaluationAssess.selfOpen.heading')}</h2>
      <InstrumentSelect
        value={form.instrumentCode}
        onChange={(instrumentCode) => setForm((f) => ({ ...f, instrumentCode }))}
      />
      <label>
        {t('evaluationAssess.open.from')}
        <input type="date" value={form.periodFrom} onChange={set('periodFrom')} required />
      </label>
      <label>
        {t('evaluationAssess.open.to')}
        <input type="date" value={form.periodTo} onChange={set('periodTo')} required />
      </label>
      <label>
        {t('evaluationAssess.open.title')}
        <input value={form.title} onChange={set('title')} minLength={3} maxLength={200} required />
      </label>
      <button type="submit" className="primary">
        {t('evaluationAssess.selfOpen.submit')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
