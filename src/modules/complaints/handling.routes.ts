import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import type { ComplaintDeps } from './complaint.filing.ts';
import { complaintDetail, lateComplaints, listComplaints } from './handling.queries.ts';
import {
  detailOut,
  followUpBody,
  fullIdentityOut,
  idParams,
  lateOut,
  listOut,
  listQuery,
  moveBody,
  movedOut,
  reasonBody,
  settingsBody,
  settingsOut,
  siteParams,
} from './handling.schemas.ts';
import {
  complaintSettings,
  followUp,
  handleMove,
  readIdentity,
  releaseIdentity,
  setComplaintSettings,
} from './handling.service.ts';

const tags = ['complaints'];

/** Complaint handling: the site's handler (its manager; national admins) and the agency concerned. */
export function handlingRoutes({ db, floor, personalData, notify }: AppDeps): FastifyPluginAsyncZod {
  const deps: ComplaintDeps = { db, notifier: floor.notifier, now: floor.now, personalData, notify };
  return async (app) => {
    app.get(
      '/complaints/sites/:site',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary:
            "A site's complaints in my scope, newest first, a page at a time; each with its stage's state and deadlines (identity masked or withheld)",
          params: siteParams,
          querystring: listQuery,
          response: { 200: listOut },
        },
      },
      async (request) =>
        listComplaints(db, personalData, contextOf(request), request.params.site, request.query, floor.now()),
    );
    app.get(
      '/complaints/sites/:site/late',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary: 'The live late list: open complaints whose stage is past its deadline now, oldest first',
          params: siteParams,
          response: { 200: lateOut },
        },
      },
      async (request) =>
        lateComplaints(db, personalData, contextOf(request), request.params.site, floor.now()),
    );
    app.get(
      '/complaints/sites/:site/settings',
      {
        config: { access: 'complaints.settings' },
        schema: {
          tags,
          summary: "A site's complaint deadlines (working days) within what the regulation allows",
          params: siteParams,
          response: { 200: settingsOut },
        },
      },
      async (request) => complaintSettings(deps, contextOf(request), request.params.site),
    );
    app.put(
      '/complaints/sites/:site/settings',
      {
        config: { access: 'complaints.settings' },
        schema: {
          tags,
          summary: "Change a site's complaint deadlines (audited; stages entered from now on)",
          params: siteParams,
          body: settingsBody,
          response: { 200: settingsOut },
        },
      },
      async (request) => setComplaintSettings(deps, contextOf(request), request.params.site, request.body),
    );
    app.get(
      '/complaints/:id',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary: 'One complaint: its steps, attachments, deadlines, and the moves I may make now',
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) =>
        complaintDetail(db, personalData, contextOf(request), request.params.id, floor.now()),
    );
    app.post(
      '/complaints/:id/moves',
      {
        config: { access: 'complaints.handle' },
        schema: {
          tags,
          summary:
            "The handler's move: verify, postpone, resume, archive, forward, dispatch, return the follow-up, answer, reopen (409 when someone moved it first)",
          params: idParams,
          body: moveBody,
          response: { 200: movedOut },
        },
      },
      async (request) => handleMove(deps, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/follow-up',
      {
        config: { access: 'complaints.follow-up' },
        schema: {
          tags,
          summary: "The agency's follow-up, for the handler to review (not shown to the citizen)",
          params: idParams,
          body: followUpBody,
          response: { 200: movedOut },
        },
      },
      async (request) => followUp(deps, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/identity',
      {
        config: { access: 'complaints.identity.read' },
        schema: {
          tags,
          summary: "Read the complainant's full identity: a reason is required, and the read is audited",
          params: idParams,
          body: reasonBody,
          response: { 200: fullIdentityOut },
        },
      },
      async (request) => readIdentity(deps, contextOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/complaints/:id/identity/release',
      {
        config: { access: 'complaints.handle' },
        schema: {
          tags,
          summary: 'Release a confidential identity to the agency concerned (audited, with a reason)',
          params: idParams,
          body: reasonBody,
          response: { 200: movedOut },
        },
      },
      async (request) => releaseIdentity(deps, contextOf(request), request.params.id, request.body.reason),
    );
  };
}
