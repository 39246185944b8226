import type { ElementId } from './elements.ts';
import type { InvitationRow } from './survey.repository.ts';

/** What a survey link shows: the service, booth, site and day it is about, its state, and the elements asked. */
export function presentSurvey(s: {
  inv: InvitationRow;
  state: 'open' | 'answered' | 'expired';
  elements: ElementId[];
}) {
  const { inv } = s;
  return {
    token: inv.token,
    state: s.state,
    elements: s.elements,
    service: { id: inv.serviceId, name: inv.serviceName },
    agency: { name: inv.agencyName, shortName: inv.agencyShortName },
    booth: { name: inv.boothName },
    site: { code: inv.siteCode, name: inv.siteName },
    servedOn: inv.servedOn,
    expiresAt: inv.expiresAt.toISOString(),
    feeFree: inv.feeFree,
  };
}
