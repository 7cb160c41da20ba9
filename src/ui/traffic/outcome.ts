/** i18n keys for a trace outcome code from the core ('delivered', 'refused', 'nxdomain', …), specific first. */
export const outcomeKey = (outcome: string): string[] => [`outcome.${outcome}`, 'outcome.unknown'];
