// One sentence beside the DNS output for each piece of real but misleading output it shows — busybox's NXDOMAIN
// lines from the search-list walk on a lookup that succeeded, dig's mDNS and recursion warnings — once, however
// many terminals print it, and only when one does.
import { useTranslation } from 'react-i18next';
import { DIG_WARNINGS } from '../../core';
import type { DnsLookupResult, OutputNote } from '../../state';

/** The notes of the results, one per kind, with the values of the first result that has it. */
export function notesOnce(results: ReadonlyArray<DnsLookupResult | undefined>): OutputNote[] {
  const seen = new Map<OutputNote['kind'], OutputNote>();
  for (const r of results) if (r?.status === 'ok') for (const n of r.notes) if (!seen.has(n.kind)) seen.set(n.kind, n);
  return [...seen.values()];
}

function NoteText({ note }: { note: OutputNote }) {
  const { t } = useTranslation();
  if (note.kind === 'search-nxdomain') {
    return <>{t('outputNotes.searchNxdomain', { count: note.replies, queries: note.queries, found: note.found, missed: note.missed.join(', ') })}</>;
  }
  // The warning is quoted as dig prints it: program output is never translated.
  return <>{t(`outputNotes.${note.kind}`, { warning: DIG_WARNINGS[note.kind] })}</>;
}

export function OutputNotes({ results }: { results: ReadonlyArray<DnsLookupResult | undefined> }) {
  const notes = notesOnce(results);
  if (notes.length === 0) return null;
  return (
    <ul className="output-notes" data-testid="output-notes">
      {notes.map((n) => (
        <li key={n.kind} data-testid={`output-note-${n.kind}`}><NoteText note={n} /></li>
      ))}
    </ul>
  );
}
