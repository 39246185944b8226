import { useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../lib/api.ts';
import type { LoginRequest, SessionUser } from '../../lib/types.ts';
import type { PairDevice, PairedDevice } from './types.ts';

/** A manager's credentials typed on the device itself, for this one act. */
export type PairingCredentials = LoginRequest;

/**
 * Pairs this device (a kiosk, a display board) through `POST /api/floor/devices`. A kiosk or a hall display is a
 * public device: whoever signed in to pair it, with `credentials` here or beforehand at /masuk, is signed out
 * afterwards whatever happened — a refused pairing (another site's manager, an officer) or a dropped connection
 * must not leave a manager's session on it.
 */
export function usePairDevice() {
  const queryClient = useQueryClient();
  return async (credentials: PairingCredentials | null, body: PairDevice): Promise<PairedDevice> => {
    try {
      if (credentials) {
        const session = await api<SessionUser>('/api/auth/login', {
          method: 'POST',
          body: credentials,
        });
        setCsrfToken(session.csrfToken);
      }
      return await api<PairedDevice>('/api/floor/devices', { method: 'POST', body });
    } finally {
      await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
      setCsrfToken(null);
      await queryClient.invalidateQueries({ queryKey: ['session'] });
    }
  };
}
