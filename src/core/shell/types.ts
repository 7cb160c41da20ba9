// A shell session and what a command line returns. Plain data: a session crosses the worker boundary and a
// share link carries the lines typed into it, so replaying the lines from newShellSession gives the same session.
import type { KubectlNoteCode } from '../kubectl/command';
import type { ClusterAction } from '../model/actions';
import type { ClientState, ProxyMode, Trace } from '../traffic/types';

export interface ShellSession {
  /** The Pod the shell runs in (`namespace/name`), as `kubectl exec` / `kubectl run -it` opens it. */
  pod?: string;
  /** The node, for a shell opened on a node (its own tools: iptables-save, nft, ipvsadm, conntrack, ip, crictl). */
  node?: string;
  /** The learner's laptop, outside the cluster: where kubectl runs. */
  laptop?: boolean;
  /** The image as the Pod spec names it (`busybox`, `nginx:latest`). */
  image: string;
  /** The client's network state between commands; `client.now` is the session's clock in seconds. */
  client: ClientState;
  /** `$?`: the status of the last command line. */
  status: number;
  /** `exit` ran: the session is over (kubectl run --rm deletes the Pod; the terminal says so). */
  exited: boolean;
  /** The lines of a `for` typed so far and not yet finished by `done`: ash shows its PS2 prompt `> ` and reads on. */
  pending?: string;
  /** The nodes' kube-proxy mode the Pod's packets meet (default iptables). */
  proxyMode?: ProxyMode;
  /** Lines the shell has read (dash numbers its error messages with it); absent in a session that read none. */
  lines?: number;
  /** Files the shell wrote (`wget` saves, `>` redirections), by absolute path. The working directory is `/`. */
  files: Record<string, string>;
  /**
   * The flows this shell's programs made, as the nodes' connection tracking keeps them: TCP connections and the
   * UDP flows of their DNS lookups (newest last; entries past their timeout are dropped as new ones come).
   */
  tracked?: TrackedConnection[];
  /**
   * On a node: what the client Pod's shell did to the nodes' kernels (its connections, IPVS counters, its clock),
   * handed in by whoever runs the node shell beside it before each line. Absent: nothing was sent yet.
   */
  observed?: ObservedTraffic;
}

/** The tuples and place of one entry in a node's conntrack table (conntrack -L's ORIGINAL and REPLY tuples). */
interface TrackedTuples {
  /** The node whose rules handled the first packet (DNAT happens there). */
  node: string;
  orig: { src: string; sport: number; dst: string; dport: number };
  reply: { src: string; sport: number; dst: string; dport: number };
  /** The endpoint's node, when the packet crossed to another node: that node's kernel tracks it too, untranslated. */
  podNode?: string;
  /** Cluster seconds (clockSeconds plus the shell's clock) of the flow's last packet. */
  at: number;
}

/**
 * One flow in the conntrack table of the node whose rules handled it: a TCP connection with its state, or a UDP
 * flow (a DNS lookup's socket, answered).
 */
export type TrackedConnection =
  | (TrackedTuples & { protocol: 'tcp'; state: 'ESTABLISHED' | 'TIME_WAIT' })
  | (TrackedTuples & { protocol: 'udp' });

export interface ObservedTraffic {
  connections: TrackedConnection[];
  /** `ipvsadm --stats` counters (proxy/ipvs.ts ipvsConnKey). */
  ipvsConns: Readonly<Record<string, number>>;
  /** The client shell's clock, seconds. */
  now: number;
}

/** Where a session opens: a Pod (`default/test`), a node, or the learner's laptop; the image defaults to the Pod's. */
export interface ShellAt { pod?: string; node?: string; laptop?: boolean; image?: string; proxyMode?: ProxyMode }

/** What the simulation could not say about a command, as codes the UI words. */
export type ShellNoteCode =
  /** The Pod answered, but the playground does not know what its image serves on that port. */
  | 'response-not-modelled'
  /** The name led outside the cluster (an ExternalName's CNAME): what answers there is not simulated. */
  | 'left-cluster'
  /**
   * wget reached a server that is not HTTP (a MySQL greeting, "bad header line: 8.0.46"): the error is the proof
   * that the name resolved and the port answered.
   */
  | 'not-http-but-answered'
  /** https:// needs TLS, which the simulation does not speak. */
  | 'tls-not-modelled'
  /** The shell's Pod does not exist (deleted, or Pending with no IP): nothing can run in it. */
  | 'no-such-pod'
  /** A usage error: busybox prints its banner and help, which depend on the build; not reproduced. */
  | 'usage-not-modelled'
  /** ping without -c runs until Ctrl+C: the shell stopped it after four echoes, as if the learner had. */
  | 'stopped-after'
  /** nc reached MySQL, which greets first (binary) and then waits for a login the shell does not send. */
  | 'connected-mysql'
  /** nslookup -type=soa|ns|mx|any: the simulated CoreDNS answers only A, AAAA, SRV, PTR, CNAME and TXT. */
  | 'query-type-not-modelled'
  /**
   * `nft list ruleset` outside nftables mode: iptables-nft keeps the iptables rules as nftables tables, which nft
   * prints translated; the playground does not render that translation (iptables-save shows the same rules).
   */
  | 'nft-translation-not-modelled'
  /** conntrack -L on a node: only the connections the playground's shells made are listed, not the node's own. */
  | 'conntrack-shell-only'
  /** The shell's node is gone (fewer nodes now): nothing can run there. */
  | 'no-such-node'
  /** The image has the program, but not a version the playground simulates (agnhost's netcat-openbsd, iproute2). */
  | 'program-not-modelled'
  /** A usage error of a program other than busybox's: it prints its usage text, not reproduced here. */
  | 'usage-text-not-shown'
  /** dig/host/nslookup asked a server other than the cluster's DNS: nothing simulated answers there. */
  | 'dns-server-not-simulated'
  | KubectlNoteCode;

export interface ShellNote { code: ShellNoteCode; command: string }

/**
 * What a line changed outside the shell, for the state to apply as the graph's menu does.
 * - `actions`: cluster actions (kubectl delete/label/run/rollout restart; a `scale` becomes the edit of
 *   `replicas:` in the text, as the menu's scale does). The runner already applied them for the rest of its line.
 * - `open-shell`: `kubectl run -it` / `kubectl exec -it POD -- sh`: the terminal is now that Pod's shell
 *   (`namespace/name`); when it exits, `kubectlAttachEnded` says what kubectl prints and does (`rm`: `--rm`).
 */
export type ShellEffect =
  | { kind: 'actions'; actions: ClusterAction[] }
  | { kind: 'open-shell'; pod: string; rm: boolean };

export interface ShellResult {
  /** Everything the terminal shows, stdout and stderr interleaved as written. */
  output: string;
  exitCode: number;
  session: ShellSession;
  /** One trace per request a program sent (each `wget`), in order. */
  traces: Trace[];
  notes: ShellNote[];
  /** What the line changed outside the shell, in order (empty for most lines). */
  effects: ShellEffect[];
}
