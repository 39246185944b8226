import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router';

/**
 * The period of an index, kept in the address: `period=2026`, `2026-S1`, `2026-Q2`, `2026-05`, or `from`/`to` for
 * any range of days (the server reads the same forms: src/modules/satisfaction/period.rules.ts).
 */

const KINDS = ['month', 'quarter', 'semester', 'year', 'range'] as const;
type Kind = (typeof KINDS)[number];
type PeriodValue = { kind: Kind; year: string; part: string; from: string; to: string };

function kindOf(spec: string): Kind {
  if (/^\d{4}-\d{2}$/.test(spec)) return 'month';
  if (/-Q\d$/.test(spec)) return 'quarter';
  if (/-S\d$/.test(spec)) return 'semester';
  return 'year';
}

export function periodQuery(p: PeriodValue): string {
  switch (p.kind) {
    case 'range':
      return `from=${p.from}&to=${p.to}`;
    case 'month':
      return `period=${p.year}-${p.part.padStart(2, '0')}`;
    case 'quarter':
      return `period=${p.year}-Q${p.part}`;
    case 'semester':
      return `period=${p.year}-S${p.part}`;
    default:
      return `period=${p.year}`;
  }
}

export function usePeriod(params: URLSearchParams, setParams: SetURLSearchParams) {
  const now = new Date();
  const thisYear = String(now.getFullYear());
  const from = params.get('from');
  const to = params.get('to');
  const spec = params.get('period') ?? thisYear;
  const value: PeriodValue =
    from && to
      ? { kind: 'range', year: from.slice(0, 4), part: '1', from, to }
      : {
          kind: kindOf(spec),
          year: spec.slice(0, 4),
          part: spec.length > 4 ? spec.slice(spec.length - (kindOf(spec) === 'month' ? 2 : 1)) : '1',
          from: `${spec.slice(0, 4)}-01-01`,
          to: `${spec.slice(0, 4)}-12-31`,
        };
  const set = (next: PeriodValue) => {
    const p = new URLSearchParams(params);
    p.delete('period');
    p.delete('from');
    p.delete('to');
    for (const pair of periodQuery(next).split('&')) {
      const [k = '', v = ''] = pair.split('=');
      p.set(k, v);
    }
    setParams(p);
  };
  const setKind = (kind: Kind) => {
    const month = String(now.getMonth() + 1);
    const part =
      kind === 'month'
        ? month
        : kind === 'quarter'
          ? String(Math.ceil(Number(month) / 3))
          : kind === 'semester'
            ? Number(month) <= 6
              ? '1'
              : '2'
            : '1';
    set({ ...value, kind, part });
  };
  return { value, set, setKind };
}

export function PeriodPicker({ period }: { period: ReturnType<typeof usePeriod> }) {
  const { t } = useTranslation();
  const { value, set, setKind } = period;
  return (
    <>
      <label>
        {t('ikm.periodKind')}
        <select value={value.kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ikm.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {value.kind === 'month' && (
        <label>
          {t('ikm.month')}
          <input
            type="month"
            value={`${value.year}-${value.part.padStart(2, '0')}`}
            onChange={(e) => {
              const [year, month] = e.target.value.split('-');
              if (year && month) set({ ...value, year, part: month });
            }}
          />
        </label>
      )}
      {value.kind !== 'range' && value.kind !== 'month' && (
        <label>
          {t('ikm.year')}
          <input
            type="number"
            min={2000}
            max={2100}
            value={value.year}
            onChange={(e) => {
              if (/^\d{4}$/.test(e.target.value)) set({ ...value, year: e.target.value });
            }}
          />
        </label>
      )}
      {(value.kind === 'quarter' || value.kind === 'semester') && (
        <label>
          {t(`ikm.${value.kind}`)}
          <select value={value.part} onChange={(e) => set({ ...value, part: e.target.value })}>
            {(value.kind === 'quarter' ? ['1', '2', '3', '4'] : ['1', '2']).map((n) => (
              <option key={n} value={n}>
                {value.kind === 'quarter' ? `Q${n}` : `S${n}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'range' && (
        <>
          <label>
            {t('ikm.from')}
            <input
              type="date"
              value={value.from}
              onChange={(e) => e.target.value && set({ ...value, from: e.target.value })}
            />
          </label>
          <label>
            {t('ikm.to')}
            <input
              type="date"
              value={value.to}
              onChange={(e) => e.target.value && set({ ...value, to: e.target.value })}
            />
          </label>
        </>
      )}
    </>
  );
}
