import { z } from 'zod';

/** Request and response schemas of the evaluation reports and the dashboard. */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });
export const reportParams = siteParams.extend({ id: z.uuid() });

export const issueBody = z.object({
  kind: z
    .enum(['assessment', 'follow_up'])
    .describe(
      "'assessment': the results and findings; 'follow_up': each finding's status, actions and verdicts",
    ),
  assessmentIds: z
    .array(z.uuid())
    .min(1)
    .max(50)
    .describe("the site's submitted or closed assessments it covers"),
});

export const reportOut = z.object({
  id: z.uuid(),
  kind: z.enum(['assessment', 'follow_up']),
  number: z.string(),
  assessmentIds: z.array(z.uuid()),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  issuedAt: z.iso.datetime().describe('when it was issued (ISO)'),
  issuedBy: z.string().nullable(),
});
export const reportsOut = z.object({ reports: z.array(reportOut) });

const band = z.object({
  code: z.string(),
  label: z.string(),
  zone: z.enum(['green', 'yellow', 'red']).optional(),
});
const latest = z.object({
  instrumentCode: z.string(),
  assessmentId: z.uuid(),
  periodTo: z.string(),
  total: z.string(),
  band: band.nullable(),
  share: z.number().describe('the total as a share of its scale, 0–1'),
  previousTotal: z.string().nullable(),
  trend: z.enum(['up', 'down', 'same']).nullable(),
});

export const dashboardOut = z.object({
  instruments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['evaluation', 'compliance', 'inspection', 'custom']),
    }),
  ),
  site: z.array(latest),
  agencies: z.array(
    z.object({
      agencyId: z.uuid(),
      agencyName: z.string(),
      agencyShortName: z.string(),
      latest: z.array(latest),
      zone: z.enum(['green', 'yellow', 'red']).nullable(),
      strength: z.number().nullable(),
      openFindings: z.number().int(),
      overdueFindings: z.number().int(),
    }),
  ),
});
