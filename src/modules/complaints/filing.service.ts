import { guardedByCode } from '../../shared/auth/code-guesses.ts';
import { assertMayAt } from '../../shared/auth/policy.ts';
import { normaliseCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { checkedPhone } from '../../shared/personal-data/checks.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import {
  type AttachmentLimits,
  type CheckedFile,
  checkFiles,
  type IncomingFile,
  recordFiles,
  storeFiles,
} from './attachments.ts';
import {
  type ComplaintDeps,
  fileComplaint,
  formatComplaintCode,
  type NewComplaint,
} from './complaint.filing.ts';
import { withinFilingWindow } from './complaint-deadlines.rules.ts';
import { chosenPlace, type Linked, linkFile, linkTicket } from './filing.links.ts';
import type { PublicFilingBody, StaffRecordBody } from './filing.schemas.ts';

/**
 * Filing: a citizen from the public site, a ticket's or a file's tracking page, or the kiosk; staff recording what
 * came by phone, WhatsApp, letter, the suggestion box, LAPOR! or in person. Both check the content, find the place
 * (derived from a linked ticket or file, else chosen), hold a linked service to the 30-day window, and file the
 * complaint with its attachments in one transaction (core: complaint.filing.ts).
 */

export interface FilingDeps extends ComplaintDeps {
  files: AttachmentLimits;
}

const windowIssue = {
  field: 'acceptLate',
  message: {
    id: 'Layanan yang dirujuk lebih dari 30 hari lalu. Terima dengan catatan bila tetap ditangani.',
    en: 'The service referred to was more than 30 days ago. Accept it with a note if it is still handled.',
  },
};

/** The contact kept: none when anonymous; a name required when the citizen gives their identity. */
function contactOf(body: { identity: NewComplaint['identity']; contact?: PublicFilingBody['contact'] }) {
  if (body.identity === 'anonymous') return undefined;
  const c = body.contact ?? {};
  if (!c.name)
    throw new AppError('request.invalid', [
      {
        field: 'body.contact.name',
        message: {
          id: 'Tuliskan nama Anda, atau pilih "Anonim".',
          en: 'Give your name, or choose "Anonymous".',
        },
      },
    ]);
  const phone = c.phone ? guardPhone(c.phone) : null;
  return { name: c.name, phone, email: c.email || null };
}

function guardPhone(phone: string): string {
  try {
    return checkedPhone(phone);
  } catch (error) {
    // The shared check names its field `phone`; here the field is the contact's.
    if (error instanceof AppError)
      throw new AppError(
        error.code,
        error.details?.map((d) => ({ ...d, field: 'body.contact.phone' })),
      );
    throw error;
  }
}

/** Files the complaint with its files: written first, removed again if the transaction fails. */
async function fileWithAttachments(
  deps: FilingDeps,
  ctx: RequestContext,
  input: NewComplaint,
  files: CheckedFile[],
  lateNote: string | null,
) {
  const removeFiles = await storeFiles(deps.files.dir, files);
  try {
    const { row, pin } = await fileComplaint(deps, ctx, input, async (w, complaint) => {
      await recordFiles(w, complaint.id, files);
      if (lateNote !== null)
        w.audit({
          action: 'complaint.accept_late',
          entityType: 'complaint',
          entityId: complaint.id,
          siteId: complaint.siteId,
          agencyId: complaint.agencyId,
          after: { servedAt: complaint.servedAt?.toISOString() ?? null },
        });
    });
    return {
      id: row.id,
      code: formatComplaintCode(row.trackingCode),
      pin,
      status: row.status,
      answerDueAt: row.answerDueAt.toISOString(),
      attachments: files.length,
    };
  } catch (error) {
    await removeFiles();
    throw error;
  }
}

/** A citizen's complaint (public: no sign-in). */
export async function filePublicComplaint(
  deps: FilingDeps,
  ctx: RequestContext,
  body: PublicFilingBody,
  incoming: IncomingFile[],
) {
  const files = checkFiles(incoming, deps.files);
  const contact = contactOf(body);
  let linked: Linked | null = null;
  let siteId: string;
  let place: NewComplaint['place'];
  if (body.channel === 'ticket' && body.ticketCode) {
    linked = await linkTicket(deps.db, body.ticketCode);
  } else if (body.channel === 'request' && body.fileCode && body.last4) {
    const { fileCode, last4 } = body;
    // A wrong last-4 is a guess at someone's file: counted per code like file tracking counts it.
    linked = await guardedByCode(
      deps.db,
      {
        kind: 'request',
        code: normaliseCode(fileCode),
        notFound: 'complaint.link_not_found',
        locked: 'complaint.link_locked',
        now: deps.now(),
      },
      () => linkFile(deps.db, deps.personalData, fileCode, last4),
    );
  }
  if (linked) {
    if (linked.windowFrom && !withinFilingWindow(linked.windowFrom, deps.now()))
      throw new AppError('complaint.filing_window');
    siteId = linked.siteId;
    place = linked.place;
  } else {
    const site = await siteByIdOrCode(deps.db, body.site ?? '');
    siteId = site.id;
    place = await chosenPlace(deps.db, siteId, body);
  }
  return fileWithAttachments(deps, ctx, { ...body, siteId, contact, place }, files, null);
}

/** A complaint that reached staff another way, recorded by the site's complaint handler. */
export async function recordStaffComplaint(
  deps: FilingDeps,
  ctx: RequestContext,
  siteRef: string,
  body: StaffRecordBody,
  incoming: IncomingFile[],
) {
  const site = await siteByIdOrCode(deps.db, siteRef);
  assertMayAt(ctx, 'complaints.record', { siteId: site.id });
  const files = checkFiles(incoming, deps.files);
  const contact = contactOf(body);
  const linked = body.ticketCode
    ? await linkTicket(deps.db, body.ticketCode)
    : body.fileCode
      ? await linkFile(deps.db, deps.personalData, body.fileCode, null)
      : null;
  if (linked && linked.siteId !== site.id)
    throw new AppError('complaint.link_not_found', [
      {
        field: body.ticketCode ? 'body.ticketCode' : 'body.fileCode',
        message: { id: 'Kode ini dari MPP lain.', en: 'This code is from another MPP.' },
      },
    ]);
  // Past the window the handler decides: refused unless accepted explicitly, with the reason written down.
  const late = linked?.windowFrom ? !withinFilingWindow(linked.windowFrom, deps.now()) : false;
  if (late && !body.acceptLate) throw new AppError('complaint.filing_window', [windowIssue]);
  const place = linked ? linked.place : await chosenPlace(deps.db, site.id, body);
  return fileWithAttachments(
    deps,
    ctx,
    { ...body, siteId: site.id, contact, place, note: body.note },
    files,
    late ? body.note : null,
  );
}
