/**
 * A paired device (kiosk, display board) keeps its token in the browser's storage, one per site and kind: the
 * token is what lets this device, and no other, act for the site (the server keeps only its hash, and a manager
 * can revoke it at /kelola/mpp/:code/perangkat).
 */
type Kind = 'kiosk' | 'display';
const keyOf = (kind: Kind, siteCode: string) => `atap.${kind}.${siteCode.toUpperCase()}`;

export const deviceToken = (kind: Kind, siteCode: string): string | null =>
  localStorage.getItem(keyOf(kind, siteCode));
export const saveDeviceToken = (kind: Kind, siteCode: string, token: string): void =>
  localStorage.setItem(keyOf(kind, siteCode), token);
export const forgetDeviceToken = (kind: Kind, siteCode: string): void =>
  localStorage.removeItem(keyOf(kind, siteCode));

export const kioskToken = (siteCode: string): string | null => deviceToken('kiosk', siteCode);
export const saveKioskToken = (siteCode: string, token: string): void =>
  saveDeviceToken('kiosk', siteCode, token);
export const forgetKioskToken = (siteCode: string): void => forgetDeviceToken('kiosk', siteCode);
