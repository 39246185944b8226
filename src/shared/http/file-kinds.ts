/**
 * The media type a file's first bytes say it is, or null: photos (JPEG, PNG, WebP) and PDF — judged by the bytes,
 * not by the name or the type the browser declares (a renamed program is still refused). Complaint attachments and
 * assessment photos check with it. Pure.
 */
export function sniffType(bytes: Buffer): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}
