import type { Actor } from '../../shared/auth/roles.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { maskPhone } from '../../shared/personal-data/nik.rules.ts';
import { formatComplaintCode } from './complaint.filing.ts';
import type { ComplaintRow } from './complaint.moves.ts';
import { stageState } from './complaint-deadlines.rules.ts';
import { identityShown, maskEmail, maskName, type Viewer } from './complaint-identity.rules.ts';

/**
 * Presenters: what leaves the server of a complaint. Never a raw row — the encrypted contact columns and the PIN
 * stay here; the identity goes out only as identityShown allows (a confidential one withheld from the agency).
 */

/** The viewer a reader is: the agency when their list is limited to an agency, an evaluator a reader. */
export function viewerOf(actor: Actor, scope: { agencyId: string | null }): Viewer {
  if (scope.agencyId !== null) return 'agency';
  return actor.role === 'evaluator' ? 'reader' : 'handler';
}

/** A complaint row with the names of where it points. */
export type PlacedRow = ComplaintRow & {
  agencyName: string | null;
  boothName: string | null;
  serviceName: string | null;
};

function presentIdentity(r: ComplaintRow, viewer: Viewer, cipher: PersonalDataCipher) {
  const shown = identityShown(r.identity, r.identityReleased, viewer);
  const open = (v: string | null, mask: (s: string) => string) =>
    shown === 'masked' && v ? mask(cipher.decrypt(v)) : null;
  return {
    mode: r.identity,
    shown,
    released: r.identityReleased,
    name: open(r.nameEncrypted, maskName),
    phone: open(r.phoneEncrypted, maskPhone),
    email: open(r.emailEncrypted, maskEmail),
  };
}

const isoOrNull = (d: Date | null) => d?.toISOString() ?? null;

export function presentRow(r: PlacedRow, viewer: Viewer, cipher: PersonalDataCipher, now: Date) {
  return {
    id: r.id,
    code: formatComplaintCode(r.trackingCode),
    status: r.status,
    kind: r.kind,
    channel: r.channel,
    subject: r.subject,
    agency: r.agencyId ? { id: r.agencyId, name: r.agencyName ?? '' } : null,
    booth: r.boothName,
    service: r.serviceName,
    receivedAt: r.receivedAt.toISOString(),
    stageState: stageState(r, now),
    deadlines: {
      stageDueAt: isoOrNull(r.stageDueAt),
      stageAtRiskAt: isoOrNull(r.stageAtRiskAt),
      answerDueAt: r.answerDueAt.toISOString(),
      followUpDueAt: isoOrNull(r.followUpDueAt),
      responseDueAt: r.responseDueAt.toISOString(),
      decisionDueAt: r.decisionDueAt.toISOString(),
    },
    identity: presentIdentity(r, viewer, cipher),
    version: r.version,
  };
}

export interface StepRow {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  public: boolean;
  actorName: string;
  at: Date;
}
export interface AttachmentRow {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  addedAt: Date;
}

export function presentDetail(
  r: PlacedRow & { timezone: string },
  extra: {
    viewer: Viewer;
    steps: StepRow[];
    attachments: AttachmentRow[];
    moves: string[];
    may: { readIdentity: boolean; releaseIdentity: boolean };
  },
  cipher: PersonalDataCipher,
  now: Date,
) {
  // The ticket and the file a complaint links to name the citizen: for a withheld identity they stay here too.
  const withheld = identityShown(r.identity, r.identityReleased, extra.viewer) === 'withheld';
  return {
    ...presentRow(r, extra.viewer, cipher, now),
    timezone: r.timezone,
    siteId: r.siteId,
    laporId: r.laporId,
    description: r.description,
    asks: r.asks,
    happenedOn: r.happenedOn,
    ticketId: withheld ? null : r.ticketId,
    requestId: withheld ? null : r.requestId,
    servedAt: isoOrNull(r.servedAt),
    outcome: r.outcome,
    forwardedTo: r.forwardedTo,
    answer: r.answer,
    answeredOnTime: r.answeredOnTime,
    citizen: { resolved: r.citizenResolved, rating: r.citizenRating, remark: r.citizenRemark },
    reopenCount: r.reopenCount,
    steps: extra.steps.map((s) => ({
      action: s.action,
      fromStatus: s.fromStatus,
      toStatus: s.toStatus,
      note: s.note,
      public: s.public,
      actor: s.actorName,
      at: s.at.toISOString(),
    })),
    attachments: extra.attachments.map((a) => ({ ...a, addedAt: a.addedAt.toISOString() })),
    viewer: extra.viewer,
    moves: extra.moves,
    may: extra.may,
  };
}
