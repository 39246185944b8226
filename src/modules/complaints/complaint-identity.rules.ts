/**
 * Who sees how much of a complainant's identity (UU 25/2009 Art. 42: the complainant may ask that their identity be
 * kept confidential). Pure. The handler sees a named or confidential identity masked (a full read is its own,
 * audited call); the agency complained about sees a named one masked and a confidential one not at all — not even
 * masked — unless the handler released it; an evaluator never sees a confidential one; an anonymous complaint
 * keeps no identity to show.
 */
import type { ComplaintIdentity } from './complaints.tables.ts';

/** handler: the site's manager or a national admin; agency: the agency's admin; reader: an evaluator. */
export type Viewer = 'handler' | 'agency' | 'reader';
export type IdentityShown = 'masked' | 'withheld' | 'none';

export function identityShown(identity: ComplaintIdentity, released: boolean, viewer: Viewer): IdentityShown {
  if (identity === 'anonymous') return 'none';
  if (identity === 'named' || viewer === 'handler') return 'masked';
  return viewer === 'agency' && released ? 'masked' : 'withheld';
}

/** "B*** S***": the initials, never the length of a word. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => `${w[0]?.toUpperCase() ?? ''}***`)
    .join(' ');
}

/** "b***@example.org": the first letter and the domain, enough to recognise, not to write to. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
