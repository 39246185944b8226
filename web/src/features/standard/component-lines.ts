import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../lib/api.ts';
import type { Standard } from '../../lib/types.ts';
import { type ComponentKey, needOf } from './components.ts';

/**
 * Each component of a standard as the lines a reader compares: one per requirement, step, channel…, in the
 * language on screen. The version view and the comparison both show these, so what is compared is what is
 * read.
 */
export function useComponentLines() {
  const { t } = useTranslation();
  const need = (r: Standard['requirements'][number]) => {
    const n = needOf(r);
    const word = t(`standardEditor.requirement.needs.${n}`);
    return n === 'conditional' ? `${word}: ${r.condition}` : word;
  };
  return (s: Standard, key: ComponentKey): string[] => {
    switch (key) {
      case 'requirements':
        return s.requirements.map(
          (r) =>
            `${r.name} (${need(r)}, ${r.isDocument ? t('service.document') : t('service.condition')})` +
            (r.description ? ` — ${r.description}` : ''),
        );
      case 'procedure':
        // Unnumbered: a step inserted would otherwise renumber, and so "change", every step after it.
        return s.procedure.map((p) => `${p.title}${p.description ? ` — ${p.description}` : ''}`);
      case 'completionTime':
        return [
          t(`time.${s.completionTime.unit}`, { count: s.completionTime.amount }),
          s.completionTime.pausesWhenReturned === false
            ? t('standardEditor.history.runs')
            : t('standardEditor.history.pauses'),
        ];
      case 'fee':
        return [
          s.fee.isFree ? t('standardEditor.history.free') : formatRupiah(s.fee.amount),
          ...(s.fee.legalBasis ? [`${t('standardEditor.fee.legalBasis')}: ${s.fee.legalBasis}`] : []),
          ...(s.fee.note ? [`${t('standardEditor.fee.note')}: ${s.fee.note}`] : []),
        ];
      case 'complaintChannels':
        return s.complaintChannels.map((c) => `${t(`standardEditor.channel.kinds.${c.kind}`)}: ${c.value}`);
      case 'legalBasis':
        return s.legalBasis.map((l) => l.title);
      case 'facilities':
        return [...s.facilities];
      case 'implementerCompetence':
        return [...s.implementerCompetence];
      case 'implementerCount':
        return [String(s.implementerCount)];
      default:
        return [s[key]];
    }
  };
}
