/**
 * A paired kiosk keeps its token in the browser's storage, one per site: the token is what lets this device,
 * and no other, print numbers for the public (the server keeps only its hash).
 */
const keyOf = (siteCode: string) => `atap.kiosk.${siteCode.toUpperCase()}`;

export const kioskToken = (siteCode: string): string | null => localStorage.getItem(keyOf(siteCode));
export const saveKioskToken = (siteCode: string, token: string): void =>
  localStorage.setItem(keyOf(siteCode), token);
export const forgetKioskToken = (siteCode: string): void => localStorage.removeItem(keyOf(siteCode));
