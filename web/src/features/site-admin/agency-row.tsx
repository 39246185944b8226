import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyPatch, agencyTypes } from '../../../../src/modules/catalogue/catalogue.schemas.ts';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { checkedBody } from '../../lib/form-check.ts';
import type { Agency } from '../../lib/types.ts';

/** One agency in the list, editable in place (name, short name, type); the code stays, services refer to it. */
export function AgencyRow({
  agency,
  siteCode,
  onChanged,
  onToggle,
}: {
  agency: Agency;
  /** The owning site's code (agency codes are unique per site). */
  siteCode: string;
  onChanged: () => Promise<unknown>;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(agency.name);
  const [shortName, setShortName] = useState(agency.shortName);
  const [type, setType] = useState(agency.type);
  const save = async () => {
    errors.clear();
    try {
      await api(`/api/agencies/${agency.id}`, {
        method: 'PATCH',
        body: checkedBody(agencyPatch, { name, shortName, type }),
      });
      setEditing(false);
      await onChanged();
    } catch (e) {
      errors.setError(e);
    }
  };
  if (!editing)
    return (
      <tr>
        <td>{siteCode}</td>
        <td>{agency.code}</td>
        <td>
          {agency.name} ({agency.shortName})
        </td>
        <td>{t(`admin.agencyType.${agency.type}`)}</td>
        <td>{agency.serviceCount}</td>
        <td>
          <button type="button" onClick={() => setEditing(true)}>
            {t('siteAdmin.agency.edit', { name: agency.shortName })}
          </button>{' '}
          <button type="button" onClick={onToggle}>
            {agency.active ? t('admin.deactivate') : t('admin.activate')}
          </button>
        </td>
      </tr>
    );
  return (
    <tr>
      <td>{siteCode}</td>
      <td>{agency.code}</td>
      <td>
        <label>
          {t('admin.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
          <FieldError text={errors.field('name')} />
        </label>
        <label>
          {t('admin.shortName')}
          <input value={shortName} onChange={(e) => setShortName(e.target.value)} />
          <FieldError text={errors.field('shortName')} />
        </label>
      </td>
      <td>
        <label>
          {t('admin.type')}
          <select value={type} onChange={(e) => setType(e.target.value as Agency['type'])}>
            {agencyTypes.map((ty) => (
              <option key={ty} value={ty}>
                {t(`admin.agencyType.${ty}`)}
              </option>
            ))}
          </select>
        </label>
      </td>
      <td>{agency.serviceCount}</td>
      <td>
        {errors.summary && <span role="alert">{errors.summary}</span>}
        <button type="button" onClick={() => void save()}>
          {t('siteAdmin.save')}
        </button>{' '}
        <button type="button" onClick={() => setEditing(false)}>
          {t('floor.console.cancel')}
        </button>
      </td>
    </tr>
  );
}
