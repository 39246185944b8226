/** Ticket numbers: the booth's prefix and its daily sequence, zero-padded to three digits (`B-017`). Pure. */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}
