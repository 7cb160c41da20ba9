// The parts of a real program's transcript that differ from run to run, and the one way both the real transcript
// and ours are normalised before they are compared. Everything else is compared byte for byte.
//   - ping's round-trip times (`time=0.310 ms`, the `round-trip min/avg/max` line): the machine's timing;
//   - `ip addr`'s interface indices (`3: eth0@if2:`): eth0's own index and its peer's on the node depend on the
//     order the runtime and CNI made interfaces, on the capture machine and in a cluster alike;
//   - `ipset list`'s `initval` (the kernel's random hash seed per set), `Size in memory` (the kernel's allocation,
//     which differs by kernel build and by how entries fall into buckets) and the order of `Members:` (bucket order).
//   - curl's elapsed times (`Failed to connect to … after 11 ms`) and its progress meter's speeds: the machine's
//     timing (the capture's kernel also gives up a connect after 3 s instead of 127 s: tcp_syn_retries=1);
//   - carriage returns: a terminal ends a line at CR LF (the pseudo-terminal's, and nginx's own in its 404 page),
//     and curl's meter redraws its line after a CR, the screen keeping the last drawing — what the playground prints;
//   - curl -v's `* Could not resolve host:` line, which its threaded resolver and the transfer race to print: once
//     or twice a run;
//   - nginx's `Date:` header: the clock when the request was answered;
//   - bold header names: curl -I in a terminal sets them in bold (SGR 1); the playground's screen shows program
//     output inert, so it prints them plain;
//   - bind's `dig` header id, cookie, query time and date (`id: 4711`, `COOKIE: …`, `Query time: 3 msec`, `WHEN:`);
//   - a resolver's UDP source port in `conntrack -L` (`sport=41234 dport=53 … sport=53 dport=41234`): the kernel
//     binds the socket to a random port.
const RULES: [RegExp, string][] = [
  [/time=[0-9.]+ ms/g, 'time=T ms'],
  [/round-trip min\/avg\/max = [0-9.]+\/[0-9.]+\/[0-9.]+ ms/g, 'round-trip min/avg/max = T/T/T ms'],
  [/^[0-9]+: (\S+)@if[0-9]+:/gm, 'N: $1@ifN:'],
  [/ after [0-9]+ ms: /g, ' after N ms: '],
  [/\r+$/gm, ''],
  [/^[^\n]*\r/gm, ''],
  [/^(100 +[0-9.]+[kM]? +100 +[0-9.]+[kM]? +0 +0) +[0-9.]+[kM]? +0 (--:--:-- --:--:-- --:--:--) +[0-9.]+[kM]?$/gm, '$1 S 0 $2 S'],
  [/^(\* Could not resolve host: .*\n)\1+/gm, '$1'],
  [new RegExp(`${String.fromCharCode(0x1b)}\\[[01]m`, 'g'), ''],
  [/^(< )?Date: .* GMT$/gm, '$1Date: D'],
  [/, id: [0-9]+$/gm, ', id: N'],
  [/^; COOKIE: [0-9a-f]+/gm, '; COOKIE: C'],
  [/^;; Query time: [0-9]+ msec$/gm, ';; Query time: T msec'],
  [/^;; WHEN: .*$/gm, ';; WHEN: W'],
  [/ sport=[0-9]+ dport=53 (.*) sport=53 dport=[0-9]+ /g, ' sport=P dport=53 $1 sport=53 dport=P '],
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
