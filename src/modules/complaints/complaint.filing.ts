import { randomInt } from 'node:crypto';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import type { NotifyChannels } from '../notifications/notifications.public.ts';
import { localOf } from '../sites/sites.public.ts';
import { complaintCalendar } from './complaint.calendar.ts';
import type { ComplaintRow } from './complaint.moves.ts';
import { deadlinesAtReceipt } from './complaint-deadlines.rules.ts';
import { subjectOf } from './complaint-subjects.ts';
import type { ComplaintChannel, ComplaintIdentity, ComplaintKind } from './complaints.tables.ts';

export interface ComplaintDeps extends WriteDeps {
  personalData: PersonalDataCipher;
  notify: NotifyChannels;
}

/** A complaint as the filing path hands it over: checked, its place already derived from a linked ticket or file. */
export interface NewComplaint {
  siteId: string;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  laporId?: string | null;
  identity: ComplaintIdentity;
  /** Ignored (not stored) when anonymous. */
  contact?: { name?: string | null; phone?: string | null; email?: string | null };
  language?: 'id' | 'en';
  description: string;
  happenedOn?: string | null;
  asks?: string;
  subject?: string;
  /** The first step's note (staff only: why a late complaint was accepted). */
  note?: string;
  place?: {
    agencyId?: string | null;
    boothId?: string | null;
    counterId?: string | null;
    serviceId?: string | null;
    officerId?: string | null;
    ticketId?: string | null;
    requestId?: string | null;
    servedAt?: Date | null;
  };
}

/** Ten Crockford characters (50 bits: unguessable) read aloud in two groups; a four-digit PIN beside it. */
const CODE_LENGTH = 10;
export const formatComplaintCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;
const newPin = () => String(randomInt(0, 10_000)).padStart(4, '0');

/**
 * Records a complaint as received: its code and PIN, its deadlines from the site's calendar (the first stage,
 * the answer, the law's outer bounds), the first step and the audit entry, in one transaction. Returns the row
 * and the PIN in clear — the only time it is: the citizen is shown it once, with the code.
 */
export async function fileComplaint(
  deps: ComplaintDeps,
  ctx: RequestContext,
  input: NewComplaint,
  /** Runs in the same transaction once the row exists (the attachments' rows): a failure leaves nothing written. */
  within?: (w: Write, row: ComplaintRow) => Promise<void>,
): Promise<{ row: ComplaintRow; pin: string }> {
  const { cal, deadlines } = await complaintCalendar(deps.db, input.siteId);
  const pin = newPin();
  const anonymous = input.identity === 'anonymous';
  const seal = (v: string | null | undefined) =>
    !anonymous && v?.trim() ? deps.personalData.encrypt(v.trim()) : null;
  const staffRecorded = ctx.actor !== null;
  return writeChange(deps, ctx, input.siteId, async (w) => {
    const d = deadlinesAtReceipt(w.now, deadlines, cal);
    const row = await w.tx
      .insertInto('complaints')
      .values({
        siteId: input.siteId,
        trackingCode: randomCode(CODE_LENGTH),
        pinEncrypted: deps.personalData.encrypt(pin),
        kind: input.kind,
        channel: input.channel,
        laporId: input.laporId?.trim() || null,
        identity: input.identity,
        nameEncrypted: seal(input.contact?.name),
        phoneEncrypted: seal(input.contact?.phone),
        emailEncrypted: seal(input.contact?.email),
        language: input.language ?? 'id',
        description: input.description.trim(),
        happenedOn: input.happenedOn ?? null,
        asks: input.asks?.trim() ?? '',
        subject: input.subject ?? subjectOf(`${input.description} ${input.asks ?? ''}`),
        agencyId: input.place?.agencyId ?? null,
        boothId: input.place?.boothId ?? null,
        counterId: input.place?.counterId ?? null,
        serviceId: input.place?.serviceId ?? null,
        officerId: input.place?.officerId ?? null,
        ticketId: input.place?.ticketId ?? null,
        requestId: input.place?.requestId ?? null,
        servedAt: input.place?.servedAt ?? null,
        status: 'received',
        receivedAt: w.now,
        receivedBy: staffRecorded ? (ctx.actor?.userId ?? null) : null,
        receivedOn: localOf(w.now, cal.timeZone).date,
        stageDueAt: d.stageDueAt,
        stageAtRiskAt: d.stageAtRiskAt,
        responseDueAt: d.responseDueAt,
        decisionDueAt: d.decisionDueAt,
        answerDueAt: d.answerDueAt,
        updatedAt: w.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await w.tx
      .insertInto('complaintSteps')
      .values({
        complaintId: row.id,
        action: 'file',
        fromStatus: null,
        toStatus: 'received',
        note: input.note?.trim() ?? '',
        public: true,
        actorUserId: ctx.actor?.userId ?? null,
        actorName: ctx.actor?.displayName ?? 'Pelapor',
        at: w.now,
      })
      .execute();
    // No identity, no description in the audit log: only what arrived, how, and where it points.
    w.audit({
      action: 'complaint.file',
      entityType: 'complaint',
      entityId: row.id,
      siteId: row.siteId,
      agencyId: row.agencyId,
      after: {
        kind: row.kind,
        channel: row.channel,
        identity: row.identity,
        ticketId: row.ticketId,
        requestId: row.requestId,
      },
    });
    await within?.(w, row);
    return { row, pin };
  });
}
