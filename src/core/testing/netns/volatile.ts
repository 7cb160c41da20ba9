// The parts of a real program's transcript that differ from run to run, and the one way both the real transcript
// and ours are normalised before they are compared. Everything else is compared byte for byte.
//   - ping's round-trip times (`time=0.310 ms`, the `round-trip min/avg/max` line): the machine's timing;
//   - `ip addr`'s interface indices (`3: eth0@if2:`): eth0's own index and its peer's on the node depend on the
//     order the runtime and CNI made interfaces, on the capture machine and in a cluster alike;
//   - `ipset list`'s `initval` (the kernel's random hash seed per set), `Size in memory` (the kernel's allocation,
//     which differs by kernel build and by how entries fall into buckets) and the order of `Members:` (bucket order).
const RULES: [RegExp, string][] = [
  [/time=[0-9.]+ ms/g, 'time=T ms'],
  [/round-trip min\/avg\/max = [0-9.]+\/[0-9.]+\/[0-9.]+ ms/g, 'round-trip min/avg/max = T/T/T ms'],
  [/^[0-9]+: (\S+)@if[0-9]+:/gm, 'N: $1@ifN:'],
];

export function normaliseVolatile(text: string): string {
  return RULES.reduce((t, [re, to]) => t.replace(re, to), text);
}

/** `ipset list` with its volatile parts (see the top of this file) made equal: seeds, sizes, and members sorted. */
export function normaliseIpsetList(text: string): string {
  return text
    .replace(/initval 0x[0-9a-f]+/g, 'initval 0xN')
    .replace(/^Size in memory: \d+$/gm, 'Size in memory: N')
    .replace(/(Members:\n)((?:.+\n)*)/g, (_m, head: string, body: string) => head + body.split('\n').filter(Boolean).sort().map((l) => `${l}\n`).join(''));
}
