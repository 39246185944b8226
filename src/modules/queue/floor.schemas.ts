import { z } from 'zod';

export const priorityInput = z.enum(['none', 'elderly', 'disability', 'pregnant_child']);
export const outcomeInput = z.enum(['served', 'incomplete_documents', 'referred']);

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') });
export const counterParams = z.object({ id: z.uuid() });
export const trackingParams = z.object({
  code: z.string().regex(/^[0-9a-z]{16}$/, 'a 16-character tracking code'),
});

export const issueBody = z.object({
  serviceIds: z.array(z.uuid()).min(1).max(5).describe('the services of this visit, in itinerary order'),
  priority: priorityInput.default('none'),
});

export const issuedOut = z.object({
  visitId: z.uuid(),
  trackingCode: z.string(),
  siteId: z.uuid(),
  priority: priorityInput,
  tickets: z.array(
    z.object({
      ticketId: z.uuid(),
      number: z.string(),
      serviceId: z.uuid(),
      boothId: z.uuid(),
      step: z.number().int(),
    }),
  ),
});

export const callOut = z.object({ ticketId: z.uuid(), number: z.string(), callCount: z.number().int() });
export const okOut = z.object({ ok: z.boolean() });
export const sessionOut = z.object({ sessionId: z.uuid() });
export const ticketOut = z.object({ ticketId: z.uuid(), number: z.string() });
export const finishedOut = ticketOut.extend({ outcome: z.enum([...outcomeInput.options, 'submitted']) });
export const transferredOut = ticketOut.extend({ boothId: z.uuid() });

export const pauseBody = z.object({ reason: z.string().trim().max(200).default('') });
export const callSpecificBody = z.object({ ticketId: z.uuid(), reason: z.string().trim().min(3).max(300) });
export const finishBody = z.object({ outcome: outcomeInput });
export const returnBody = z.object({ ticketId: z.uuid() });
export const transferBody = z.object({
  serviceId: z.uuid(),
  boothId: z.uuid().optional(),
  reason: z.string().trim().max(300).default(''),
});
export const pairBody = z.object({ siteId: z.uuid(), name: z.string().trim().min(1).max(80) });
/** `after`: the lastEventId of the view the screen just loaded, so nothing between load and connect is missed. */
export const afterQuery = z.object({ after: z.coerce.number().int().min(0).optional() });
export const streamQuery = afterQuery.extend({
  zone: z.string().max(60).optional(),
  booth: z.uuid().optional(),
});
export const sessionsQuery = z.object({ date: z.iso.date().optional() });
