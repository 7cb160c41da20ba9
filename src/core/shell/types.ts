// A shell session and what a command line returns. Plain data: a session crosses the worker boundary and a
// share link carries the lines typed into it, so replaying the lines from newShellSession gives the same session.
import type { ClientState, ProxyMode, Trace } from '../traffic/types';

export interface ShellSession {
  /** The Pod the shell runs in (`namespace/name`), as `kubectl exec` / `kubectl run -it` opens it. */
  pod?: string;
  /** The node, for a shell opened on a node (no programs yet beyond the shell's own). */
  node?: string;
  /** The image as the Pod spec names it (`busybox`, `nginx:latest`). */
  image: string;
  /** The client's network state between commands; `client.now` is the session's clock in seconds. */
  client: ClientState;
  /** `$?`: the status of the last command line. */
  status: number;
  /** `exit` ran: the session is over (kubectl run --rm deletes the Pod; the terminal says so). */
  exited: boolean;
  /** The nodes' kube-proxy mode the Pod's packets meet (default iptables). */
  proxyMode?: ProxyMode;
  /** Lines the shell has read (dash numbers its error messages with it); absent in a session that read none. */
  lines?: number;
  /** Files the shell wrote (`wget` saves, `>` redirections), by absolute path. The working directory is `/`. */
  files: Record<string, string>;
}

/** Where a session opens: a Pod (`default/test`) or a node; the image defaults to the Pod's. */
export interface ShellAt { pod?: string; node?: string; image?: string; proxyMode?: ProxyMode }

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
  /** The image has the program, but not a version the playground simulates (agnhost's netcat-openbsd, iproute2). */
  | 'program-not-modelled'
  /** A usage error of a program other than busybox's: it prints its usage text, not reproduced here. */
  | 'usage-text-not-shown'
  /** dig/host/nslookup asked a server other than the cluster's DNS: nothing simulated answers there. */
  | 'dns-server-not-simulated';

export interface ShellNote { code: ShellNoteCode; command: string }

export interface ShellResult {
  /** Everything the terminal shows, stdout and stderr interleaved as written. */
  output: string;
  exitCode: number;
  session: ShellSession;
  /** One trace per request a program sent (each `wget`), in order. */
  traces: Trace[];
  notes: ShellNote[];
}
