// The warnings dig prints above an answer, by code. Apart from dig's printer (dig.ts), which reaches CoreDNS, so the
// page can quote a warning without loading it.

/** The warnings dig printed above the answer (codes for the UI, which explains them). */
export type DigWarning = 'mdns-local' | 'recursion-not-available';

/**
 * Each warning's first line as dig prints it (bin/dig/dig.c printmessage), so an explanation can quote it.
 * @example DIG_WARNINGS['mdns-local'] // ';; WARNING: .local is reserved for Multicast DNS'
 */
export const DIG_WARNINGS: Readonly<Record<DigWarning, string>> = {
  'mdns-local': ';; WARNING: .local is reserved for Multicast DNS',
  'recursion-not-available': ';; WARNING: recursion requested but not available',
};
