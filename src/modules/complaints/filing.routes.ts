import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { assertMayAt } from '../../shared/auth/policy.ts';
import { AppError } from '../../shared/errors.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { RateLimiter } from '../../shared/http/rate-limit.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { withRetryAfter } from '../../shared/http/retry-after.ts';
import { sendFile } from '../../shared/http/uploads.ts';
import { zodIssuesToFieldIssues } from '../../shared/validation.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import { attachmentForStaff, type IncomingFile, readComplaintParts } from './attachments.ts';
import {
  attachmentParams,
  filedOut,
  publicFilingBody,
  reopenBody,
  replyBody,
  siteParams,
  staffRecordBody,
  trackBody,
  trackedOut,
} from './filing.schemas.ts';
import { type FilingDeps, filePublicComplaint, recordStaffComplaint } from './filing.service.ts';
import { citizenReopen, citizenReply, trackedView, withCodeAndPin } from './tracking.service.ts';

const tags = ['complaints'];

const bodyHelp =
  'multipart/form-data: the complaint as JSON in the field `complaint`, and up to 3 files in `files` (JPEG, PNG, ' +
  'WebP or PDF, judged by their bytes; each at most ATAP_COMPLAINT_FILE_MAX_BYTES). Without files, the same JSON ' +
  'may be sent as an application/json body.';

/** The body of a filing: multipart (JSON + files) or plain JSON, checked with the route's zod schema. */
async function filingInput<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  limits: FilingDeps['files'],
): Promise<{ body: z.infer<S>; files: IncomingFile[] }> {
  const { json, files } = request.isMultipart()
    ? await readComplaintParts(request, limits)
    : { json: request.body, files: [] };
  const parsed = schema.safeParse(json ?? {});
  if (!parsed.success)
    throw new AppError('request.invalid', zodIssuesToFieldIssues(parsed.error.issues, 'body'));
  return { body: parsed.data, files };
}

export function complaintFilingRoutes({
  db,
  floor,
  personalData,
  notify,
  config,
}: AppDeps): FastifyPluginAsyncZod {
  const deps: FilingDeps = {
    db,
    notifier: floor.notifier,
    now: floor.now,
    personalData,
    notify,
    files: { dir: config.complaintFilesDir, maxBytes: config.complaintFileMaxBytes },
  };
  // Public writes and look-ups, per address, like booking and file tracking; guesses are also counted per code.
  const limiter = new RateLimiter(config.bookingRatePerMinute);
  const limit = (request: FastifyRequest) => {
    if (!limiter.allow(request.ip)) throw new AppError('complaint.rate_limited');
  };
  return async (app) => {
    app.post(
      '/complaints',
      {
        config: { access: 'complaints.file' },
        schema: {
          tags,
          summary:
            'A citizen files a complaint: from the public site (web), a ticket’s or a file’s tracking page, or the kiosk',
          description:
            `${bodyHelp} Channel ticket: \`ticketCode\` (a served ticket); request: \`fileCode\` and \`last4\`; ` +
            'the place is then derived and the 30-day window applies (422 complaint.filing_window). web and kiosk: ' +
            '`site` and optionally serviceId, agencyId, boothId. The answer carries the code and the PIN, once.',
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: filedOut },
        },
      },
      async (request, reply) => {
        limit(request);
        const { body, files } = await filingInput(request, publicFilingBody, deps.files);
        const filed = await withRetryAfter(reply, filePublicComplaint(deps, contextOf(request), body, files));
        return reply.status(201).send(filed);
      },
    );

    app.post(
      '/complaints/sites/:site/recorded',
      {
        config: { access: 'complaints.record' },
        schema: {
          tags,
          summary:
            'Staff record a complaint that came by phone, WhatsApp, letter, the suggestion box, LAPOR! or in person',
          description:
            `${bodyHelp} laporId is required for channel lapor. A linked ticket or file (ticketCode, fileCode) ` +
            'past the 30-day window is refused unless acceptLate is true with a note.',
          params: siteParams,
          consumes: ['multipart/form-data', 'application/json'],
          response: { 201: filedOut },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        // Scope before the body: an outsider learns nothing from how their body would have been judged.
        const site = await siteByIdOrCode(db, request.params.site);
        assertMayAt(ctx, 'complaints.record', { siteId: site.id });
        const { body, files } = await filingInput(request, staffRecordBody, deps.files);
        const filed = await recordStaffComplaint(deps, ctx, site.id, body, files);
        return reply.status(201).send(filed);
      },
    );

    app.post(
      '/complaints/track',
      {
        config: { access: 'complaints.track' },
        schema: {
          tags,
          summary:
            'Public tracking: code and PIN (status, deadlines, the public steps and the answer; no one’s data)',
          body: trackBody,
          response: { 200: trackedOut },
        },
      },
      async (request, reply) => {
        limit(request);
        return withRetryAfter(
          reply,
          withCodeAndPin(deps, request.body, (id) => trackedView(db, id, deps.now())),
        );
      },
    );

    app.post(
      '/complaints/track/reply',
      {
        config: { access: 'complaints.track' },
        schema: {
          tags,
          summary: 'The citizen’s reply to the answer: resolved or not, a rating 1–4, a remark (once)',
          body: replyBody,
          response: { 200: trackedOut },
        },
      },
      async (request, reply) => {
        limit(request);
        const ctx = contextOf(request);
        return withRetryAfter(
          reply,
          withCodeAndPin(deps, request.body, async (id) => {
            await citizenReply(deps, ctx, id, request.body);
            return trackedView(db, id, deps.now());
          }),
        );
      },
    );

    app.post(
      '/complaints/track/reopen',
      {
        config: { access: 'complaints.track' },
        schema: {
          tags,
          summary: 'The citizen reopens a closed complaint, once, with a reason',
          body: reopenBody,
          response: { 200: trackedOut },
        },
      },
      async (request, reply) => {
        limit(request);
        const ctx = contextOf(request);
        return withRetryAfter(
          reply,
          withCodeAndPin(deps, request.body, async (id) => {
            await citizenReopen(deps, ctx, id, request.body.reason);
            return trackedView(db, id, deps.now());
          }),
        );
      },
    );

    app.get(
      '/complaints/:id/attachments/:attachmentId',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary: 'Download a complaint’s attachment (staff; the agency only for its own complaints)',
          params: attachmentParams,
          response: fileResponse('application/octet-stream', 'The attachment: JPEG, PNG, WebP or PDF'),
        },
      },
      async (request, reply) => {
        const file = await attachmentForStaff(
          db,
          contextOf(request),
          deps.files.dir,
          request.params.id,
          request.params.attachmentId,
        );
        return sendFile(reply, file.fileName, file.contentType, file.bytes);
      },
    );
  };
}
