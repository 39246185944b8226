import { useQuery } from '@tanstack/react-query';
import type { publicConfigOut } from '../../../src/shared/http/public-config.ts';
import { type ApiReply, api } from './api.ts';

/** The installation's public address (ATAP_PUBLIC_URL, or the address the server was reached at). */
export const publicConfigQuery = {
  queryKey: ['public-config'],
  queryFn: () => api<ApiReply<typeof publicConfigOut>>('/api/config'),
  staleTime: Number.POSITIVE_INFINITY,
};

/**
 * A link a citizen takes home (slip, receipt, QR code): on the public address, never on the host the staff
 * browser happens to use. Until the address is known (prefetched at start), the browser's own origin.
 */
export function usePublicLink(path: string): { url: string; display: string } {
  const config = useQuery(publicConfigQuery);
  const base = config.data?.publicUrl ?? window.location.origin;
  const url = `${base}${path}`;
  return { url, display: url.replace(/^https?:\/\//, '') };
}
