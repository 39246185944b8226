import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { ServiceDetail } from '../../lib/types.ts';
import type { ServiceType } from './types.ts';

/** Lower-case words of a text, for a search that ignores case and punctuation ("ktp el" finds "KTP-el"). */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * The service's national type (jenis layanan nasional): a search box narrowing a list of the national types,
 * Indonesian name first, grouped, and a save that PATCHes serviceTypeCode. Comparisons across sites go by it.
 */
export function ServiceTypePicker({ service }: { service: ServiceDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors(['serviceTypeCode']);
  const ids = { search: useId(), list: useId() };
  const types = useQuery({
    queryKey: ['service-types'],
    queryFn: () => api<ServiceType[]>('/api/service-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(service.serviceType?.code ?? '');
  const [saved, setSaved] = useState(false);
  const english = i18n.language === 'en';
  const matching = useMemo(() => {
    const wanted = words(query);
    return (types.data ?? []).filter((type) => {
      if (type.code === chosen) return true;
      const text = words(`${type.code} ${type.nameId} ${type.nameEn} ${type.groupNameId}`);
      return wanted.every((w) => text.some((word) => word.startsWith(w)));
    });
  }, [types.data, query, chosen]);
  const groups = [...new Set(matching.map((type) => type.group))];
  const save = async () => {
    errors.clear();
    setSaved(false);
    try {
      await api(`/api/services/${service.id}`, {
        method: 'PATCH',
        body: { serviceTypeCode: chosen === '' ? null : chosen },
      });
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['service', service.id] });
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section className="editor" aria-labelledby={`${ids.list}-heading`}>
      <h2 id={`${ids.list}-heading`}>{t('serviceType.heading')}</h2>
      <p>{t('serviceType.intro')}</p>
      <p>
        {service.serviceType
          ? t('serviceType.current', {
              name: english ? service.serviceType.nameEn : service.serviceType.nameId,
              code: service.serviceType.code,
            })
          : t('serviceType.none')}
      </p>
      <label htmlFor={ids.search}>{t('serviceType.search')}</label>
      <input id={ids.search} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p aria-live="polite">{t('serviceType.matches', { count: matching.length })}</p>
      <label htmlFor={ids.list}>{t('serviceType.choose')}</label>
      <select
        id={ids.list}
        size={8}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        aria-invalid={errors.field('serviceTypeCode') ? true : undefined}
      >
        <option value="">{t('serviceType.notMapped')}</option>
        {groups.map((group) => {
          const inGroup = matching.filter((type) => type.group === group);
          return (
            <optgroup key={group} label={english ? inGroup[0]?.groupNameEn : inGroup[0]?.groupNameId}>
              {inGroup.map((type) => (
                <option key={type.code} value={type.code}>
                  {/* Indonesian first, English after, as everywhere; the code for the import template. */}
                  {type.nameId} · {type.nameEn} ({type.code})
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <FieldError text={errors.field('serviceTypeCode')} />
      {errors.summary && <p role="alert">{errors.summary}</p>}
      <button type="button" onClick={() => void save()}>
        {t('serviceType.save')}
      </button>
      {saved && <p role="status">{t('serviceType.saved')}</p>}
    </section>
  );
}
