// Pods of one Deployment share a long name prefix (`nginx-5cd48bb5b9-`): in a narrow column every row would
// read `nginx-5cd48b…`. Each name is split into the part the rows share, up to a `-` or `.` boundary, and the
// part that tells them apart; the view may shorten the first, never the second.

export interface NameParts {
  common: string;
  differs: string;
}

export function splitNames(names: readonly string[]): NameParts[] {
  if (names.length < 2) return names.map((n) => ({ common: '', differs: n }));
  let prefix = names[0]!;
  for (const n of names) {
    let i = 0;
    while (i < prefix.length && i < n.length && prefix[i] === n[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Cut after the last separator inside the shared part, so a name is split between its words.
  const cut = Math.max(prefix.lastIndexOf('-'), prefix.lastIndexOf('.')) + 1;
  return names.map((n) => (cut > 0 && cut < n.length ? { common: n.slice(0, cut), differs: n.slice(cut) } : { common: '', differs: n }));
}
