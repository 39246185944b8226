import { useTranslation } from 'react-i18next';
import { TimeField } from '../../components/time-field.tsx';
import { FieldError } from '../../components/use-form-errors.tsx';
import type { DayHours } from './types.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Opening hours per weekday with their breaks (lunch, the Friday prayer). A day not listed is closed.
 * Controlled: the parent keeps the list and saves it.
 */
export function HoursEditor({
  value,
  onChange,
  fieldError,
  prefix,
}: {
  value: DayHours[];
  onChange: (next: DayHours[]) => void;
  fieldError: (path: string) => string | null;
  prefix: string;
}) {
  const { t } = useTranslation();
  const set = (weekday: number, patch: Partial<DayHours> | null) => {
    const rest = value.filter((d) => d.weekday !== weekday);
    const current = value.find((d) => d.weekday === weekday) ?? {
      weekday,
      opens: '08:00',
      closes: '15:00',
      breaks: [],
    };
    const next = patch === null ? rest : [...rest, { ...current, ...patch }];
    onChange(next.sort((a, b) => a.weekday - b.weekday));
  };
  return (
    <table className="hours-editor">
      <thead>
        <tr>
          <th scope="col">{t('siteAdmin.hours.day')}</th>
          <th scope="col">{t('siteAdmin.hours.open')}</th>
          <th scope="col">{t('siteAdmin.hours.opens')}</th>
          <th scope="col">{t('siteAdmin.hours.closes')}</th>
          <th scope="col">{t('siteAdmin.hours.breaks')}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((weekday) => {
          const day = value.find((d) => d.weekday === weekday);
          const index = value.findIndex((d) => d.weekday === weekday);
          const name = t(`siteAdmin.weekday.${weekday}`);
          return (
            <tr key={weekday}>
              <th scope="row">{name}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('siteAdmin.hours.openOn', { day: name })}
                  checked={Boolean(day)}
                  onChange={(e) => set(weekday, e.target.checked ? {} : null)}
                />
              </td>
              <td>
                {day && (
                  <TimeField
                    aria-label={t('siteAdmin.hours.opensOn', { day: name })}
                    value={day.opens}
                    onChange={(opens) => set(weekday, { opens })}
                  />
                )}
              </td>
              <td>
                {day && (
                  <>
                    <TimeField
                      aria-label={t('siteAdmin.hours.closesOn', { day: name })}
                      value={day.closes}
                      onChange={(closes) => set(weekday, { closes })}
                    />
                    <FieldError text={fieldError(`${prefix}.${index}`)} />
                  </>
                )}
              </td>
              <td>
                {day?.breaks.map((b, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: breaks have no identity beyond their place in the day.
                  <div key={`${weekday}-${i}`} className="break-row">
                    <TimeField
                      aria-label={t('siteAdmin.hours.breakStarts', { day: name, n: i + 1 })}
                      value={b.starts}
                      onChange={(starts) =>
                        set(weekday, { breaks: day.breaks.map((x, j) => (j === i ? { ...x, starts } : x)) })
                      }
                    />
                    <TimeField
                      aria-label={t('siteAdmin.hours.breakEnds', { day: name, n: i + 1 })}
                      value={b.ends}
                      onChange={(ends) =>
                        set(weekday, { breaks: day.breaks.map((x, j) => (j === i ? { ...x, ends } : x)) })
                      }
                    />
                    <input
                      aria-label={t('siteAdmin.hours.breakLabel', { day: name, n: i + 1 })}
                      value={b.label}
                      onChange={(e) =>
                        set(weekday, {
                          breaks: day.breaks.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)),
                        })
                      }
                    />
                    <button
                      type="button"
                      onClick={() => set(weekday, { breaks: day.breaks.filter((_, j) => j !== i) })}
                    >
                      {t('siteAdmin.remove')}
                    </button>
                  </div>
                ))}
                {day && (
                  <button
                    type="button"
                    onClick={() =>
                      set(weekday, {
                        breaks: [
                          ...day.breaks,
                          { starts: '12:00', ends: '13:00', label: t('siteAdmin.hours.lunch') },
                        ],
                      })
                    }
                  >
                    {t('siteAdmin.hours.addBreak', { day: name })}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
