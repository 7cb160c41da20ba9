// Loads IPVS mode's ipsets with the real ipset and then its iptables rules with the real iptables-nft-restore, in
// a private network namespace (unshare -rn) made for this run, and prints both back: what the node would show.
// Fails naming a missing program or a refused namespace; never skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirePrograms } from './programs';

export interface IpsetLoad {
  /** `ipset restore` input: create and add lines. */
  ipsets: string;
  /** iptables-save text for iptables-nft-restore. */
  rules: string;
}

export interface IpsetLoadResult { saved: string; ipsetList: string }

const SEPARATOR = '=== ipset list\n';
const SCRIPT = `set -e
ipset restore < "$0/ipsets"
iptables-nft-restore < "$0/rules"
iptables-nft-save | grep -v '^# '
echo '=== ipset list'
ipset list`;

export function loadIpsetsAndRules(load: IpsetLoad): IpsetLoadResult {
  requirePrograms('the IPVS-mode kernel test', ['unshare', 'sh', 'ipset', 'iptables-nft-restore', 'iptables-nft-save']);
  const dir = mkdtempSync(join(tmpdir(), 'kp-ipset-'));
  try {
    writeFileSync(join(dir, 'ipsets'), load.ipsets);
    writeFileSync(join(dir, 'rules'), load.rules);
    const r = spawnSync('unshare', ['-rn', 'sh', '-c', SCRIPT, dir], { encoding: 'utf8', timeout: 60_000 });
    if (r.error || r.status !== 0) throw new Error(`loading ipsets and rules in 'unshare -rn' failed (status ${r.status}): ${r.error?.message ?? ''} ${r.stderr}`);
    const at = r.stdout.indexOf(SEPARATOR);
    return { saved: r.stdout.slice(0, at), ipsetList: r.stdout.slice(at + SEPARATOR.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
