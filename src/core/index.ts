// Public API of the core (docs/architecture.md: the rest is internal).

// DNS: CoreDNS answers, the Pod's stub resolvers, busybox nslookup and dig output.
export { resolveDns } from './dns/resolve';
export { queryCoreDns } from './dns/coredns';
export { resolveForApplication, resolvConf, podResolverConfig, busyboxQueries, applicationCandidates } from './dns/search';
export type { ApplicationResolution, TriedQuery, StubFlavor, PodResolverConfig } from './dns/search';
export { nslookup } from './dns/nslookup';
export type { NslookupOptions, NslookupResult, NslookupQuery, BusyboxSearch } from './dns/nslookup';
export { dig } from './dns/dig';
export { DIG_WARNINGS } from './dns/dig-warnings';
export type { DigOptions, DigResult } from './dns/dig';
export type { DigWarning } from './dns/dig-warnings';
export { COREDNS_MODEL } from './dns/coredns-version';
export type { CoreDnsModel } from './dns/coredns-version';
export type { DnsRecord, DnsQuery, DnsQueryType, DnsResult, DnsAnswer, DnsWhy, Rcode, ResolveOptions } from './dns/types';
/**
 * A CoreDNS answer as DNS wire bytes (RFC 1035), truncated (TC) past the client's UDP size as CoreDNS does:
 * what `npm run dns` puts on its socket for a real dig or busybox.
 * @example
 * wireReply(queryCoreDns(cluster, 'web-service.default.svc.cluster.local.', 'A'), { id: 1, name: 'web-service.default.svc.cluster.local.', type: 'A', rd: true }).bytes;
 */
export { wireReply } from './dns/reply';
export type { ClientQuery } from './dns/reply';

// Cluster model: manifests → validated Cluster.
/**
 * Build the simulated cluster from manifest text. Never throws.
 * @example
 * const { cluster, diagnostics } = loadCluster(yamlText, { nodes: 3 });
 * cluster.services.find((s) => s.name === 'web-service')?.clusterIP; // '10.96.100.50'
 */
export { loadCluster } from './model/load';
/**
 * The largest source loadCluster reads, in UTF-8 bytes (1 MiB): the one limit a learner's text meets. A larger
 * one is reported (`source-too-large`) and nothing is loaded; links, drafts and files are sized to carry any
 * source under it.
 * @example
 * new TextEncoder().encode(yamlText).length <= MAX_SOURCE_BYTES; // loadCluster will read it
 */
export { MAX_SOURCE_BYTES } from './manifest/limits';
/** kubelet's default `maxPods`: Pods past this many per node stay Pending, as the scheduler leaves them. */
export { MAX_PODS_PER_NODE } from './model/defaults';
export type * from './model/types';
export type * from './types/api';
/**
 * What loadCluster and applyActions report. `message` set: a real program's words (the API server, kubectl),
 * verbatim. Otherwise a note, a code with its values that the UI words (ui/diagnostic-text.ts).
 * @example
 * const [d] = loadCluster(textWithSelectorTypo).diagnostics;
 * d; // { severity: 'warning', code: 'selector-matches-nothing', selector: { app: 'ngnix' }, namespace: 'default', line: 8, … }
 * d.message === undefined; // true: a note, not an API server message
 */
export type * from './types/diagnostic';
/**
 * Pure cluster actions (scale, delete a Pod, flip readiness, label): each returns a new Cluster.
 * @example
 * const { cluster: next } = applyActions(cluster, [{ type: 'deletePod', namespace: 'default', name: 'mysql-1' }]);
 */
export { applyAction, applyActions } from './model/actions';
/** The longest one advanceClock action may move the simulated clock, in seconds (a year). */
export { MAX_CLOCK_STEP_SECONDS } from './manifest/limits';
export type { ClusterAction, ActionResult } from './model/actions';
/**
 * The editor text after scaling: `replicas:` rewritten (or inserted) at the workload's position.
 * @example
 * const edit = scaleReplicasEdit(source, workload, 5); // { ok: true, value: '…replicas: 5…' }
 */
export { scaleReplicasEdit } from './model/replicas-edit';
export type { EditError, EditResult } from './model/replicas-edit';
/**
 * The text with a headless copy of a ClusterIP Service appended (`clusterIP: None`, same selector and ports), so
 * both DNS answers can be compared for the same Pods.
 * @example
 * addHeadlessCopy(source, cluster, web).endsWith('  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n'); // true
 */
export { addHeadlessCopy, headlessCopyName } from './model/headless-copy';
/**
 * A Pod as requests, terminals and links name it: `namespace/name`, or `name` in the default namespace.
 * @example
 * parsePodRef('test'); // { namespace: 'default', name: 'test' }
 * findPod(cluster, 'default/test')?.ip; // '10.244.2.9'
 */
export { findPod, parsePodRef } from './model/pod-ref';
export type { PodRef } from './model/pod-ref';
/**
 * Kubernetes name grammars with apimachinery's own messages (validation.go); an empty list means valid.
 * @example
 * isDNS1123Label('web-1'); // []
 * isDNS1123Subdomain('Web'); // ["a lowercase RFC 1123 subdomain must consist of …"]
 * isQualifiedName('app.kubernetes.io/name'); // [] (a label key)
 * isLabelValue(''); // []
 */
export { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isLabelValue } from './validate/names';

// kubectl's own printing.
/**
 * The seed's client (`kubectl run test --rm -it --image=busybox -- /bin/sh`), for loadCluster's `run`, and the
 * command line a `kubectl run` Pod stands for.
 * @example
 * const { cluster } = loadCluster(articleYaml, { run: [SEED_CLIENT] });
 * formatKubectlRun(findPod(cluster, 'default/test')!.kubectlRun!); // 'kubectl run test --rm -it --image=busybox -- /bin/sh'
 */
export { formatKubectlRun } from './kubectl/run';
export { SEED_CLIENT } from './model/defaults';
/**
 * `kubectl get pods,svc,endpointslices -o wide` for one namespace (default `default`), in kubectl's columns.
 * @example
 * formatKubectlGetWide(cluster).startsWith('NAME                       READY   STATUS'); // true
 */
export { formatKubectlGetWide } from './kubectl/get';

// kube-proxy and the request path.
/**
 * What `iptables-save` prints on a node for kube-proxy's rules (nat + filter), in the kernel's normal form;
 * `table: 'nat'` or `'filter'` prints what `iptables-save -t nat` / `-t filter` prints.
 * @example
 * iptablesSave(cluster, { node: 'node-2', table: 'nat' }).includes('--probability 0.33333333349'); // true with 3 endpoints
 */
export { iptablesSave } from './proxy/iptables';
export type { IptablesSaveOptions } from './proxy/iptables';
/**
 * What `nft list ruleset` prints on a node for kube-proxy in nftables mode: its `table ip kube-proxy`, in the
 * kernel's normal form (service-ips / service-nodeports vmaps, `numgen random mod N` over endpoint chains).
 * @example
 * nftablesRuleset(cluster, { node: 'node-2' }).includes('numgen random mod 3 vmap { 0 : goto endpoint-'); // true with 3 endpoints
 */
export { nftablesRuleset } from './proxy/nftables';
export type { NftablesOptions } from './proxy/nftables';
/**
 * `ipvsadm -Ln` on a node: kube-proxy's virtual servers in IPVS mode (rr); `ipvsMode: false` gives the empty table
 * a node in iptables or nftables mode shows. `ipvsadmStats` is `ipvsadm -Ln --stats` with the connections that
 * requests made (ClientState.ipvsConns).
 * @example
 * ipvsadm(cluster, { node: 'node-2' }).startsWith('IP Virtual Server version 1.2.1 (size=4096)'); // true
 * ipvsadmStats(cluster, state.ipvsConns, { node: 'node-2' }).split('\n')[3]; // 'TCP  10.96.0.1:443        …        0 …'
 */
export { ipvsadm, ipvsadmStats } from './proxy/ipvs';
export type { IpvsOptions, IpvsConnCounts } from './proxy/ipvs';
/**
 * Walk parsed iptables-save text for one packet (the rule tracer behind sendRequest's explanations).
 * @example
 * traceRules(parseIptablesSave(text), { src: '10.244.2.9', dst: '10.96.100.50', proto: 'tcp', dport: 80 },
 *   { hook: 'PREROUTING', localAddresses: [], rng: seedRng(1), now: 0, recent: {} }).verdict; // 'dnat'
 */
export { traceRules } from './proxy/trace';
export type { DecidingRule, Packet, RuleTrace, TraceStep, TraceContext, RecentLists } from './proxy/trace';
/**
 * Parse iptables-save text into tables, chains and structured rules (for traceRules or a rule viewer).
 * @example
 * parseIptablesSave(iptablesSave(cluster)).get('nat')?.get('KUBE-SERVICES')?.rules.length;
 */
export { parseIptablesSave } from './proxy/parse';
/**
 * kube-proxy's chain names and the kernel's printed probability.
 * @example
 * serviceChainName('KUBE-SVC-', 'default/web-service', 'tcp'); // 'KUBE-SVC-SZGXCNNBZLC4E3DM'
 * savedProbability(3); // '0.33333333349'
 */
export { endpointChainName, serviceChainName, savedProbability } from './proxy/chains';
/**
 * One request, hop by hop: DNS, the client's pick, the kernel on the client's node applying kube-proxy's rules, the Pod.
 * @example
 * const { trace, state } = sendRequest(cluster, { from: 'default/test', url: 'http://web-service/', seed: 1 });
 * trace.outcome; // 'delivered'
 */
export { sendRequest } from './traffic/send';
/**
 * What a request would meet, without sending it: a missing client, an empty or bad target, a name nothing
 * answers, or a port nothing listens on (with the ports the Service or Pod has).
 * @example
 * checkRequest(cluster, { from: 'default/test', url: 'mysql-headless' }).status; // 'wrong-port' (its Pods listen on 3306)
 */
export { checkRequest } from './traffic/check';
export type { RequestCheck, TargetPorts } from './traffic/check';
/**
 * Many requests, counted per Pod; full traces for the first `keepTraces` (default 20), said in the result.
 * @example
 * sendRequests(cluster, { from: 'default/test', url: 'http://web-service/', seed: 7 }, 10000).counts;
 */
export { sendRequests } from './traffic/send-many';
export type { SendManyOptions, SendManyResult } from './traffic/send-many';
/**
 * An empty ClientState (clock at 0, no DNS cache, no connections); sendRequest starts from one when given none.
 * @example
 * sendRequest(cluster, { from: 'default/test', url: 'web-service:80', state: initialClientState() });
 */
export { initialClientState } from './traffic/client-state';
/**
 * What a client kind does with DNS answers and connections: busybox wget (a process per request: no cache, no
 * keep-alive, the first address) or a long-running app (cache for the TTL, kept-alive connections).
 * @example
 * clientBehaviour({ client: 'busybox-wget' }); // { dnsCache: false, keepAlive: false, headlessStrategy: 'first' }
 */
export { clientBehaviour } from './traffic/client-kind';
export type { ClientKind, ClientBehaviour } from './traffic/client-kind';
/**
 * The Kubernetes minors offered (1.33, nftables GA, to the newest sourced) and kube-proxy's startup in a mode: the
 * mode an unset configuration means, the messages it logs (IPVS deprecated from 1.35) and notes for the UI.
 * @example
 * kubeProxyStartup('1.35', 'ipvs').notes; // ['ipvs-deprecated']
 */
export { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, kubeProxyStartup, parseKubernetesVersion } from './traffic/kube-proxy-startup';
export type { KubernetesVersion, KubeProxyNote, KubeProxyStartup } from './traffic/kube-proxy-startup';
export type { ClientState, Trace, ReasonCode, RequestOptions, SendRequest, SendResult, HeadlessStrategy, ProxyMode } from './traffic/types';
/**
 * A trace's hops: a union on `kind`, each kind with its own typed `detail` (HopDetails maps kind to detail).
 * @example
 * const hop = trace.hops[3];
 * if (hop.kind === 'dnat') hop.detail.endpoint; // '10.244.1.7:80'
 */
export type {
  Hop, HopKind, HopDetails, RulesApplied, RulesVerdict, DnsCacheHitDetail, DnsQueryDetail, DnsQuerySent, DnsQueryLost,
  DnsAnswerDetail, DnsAnswered, DnsNotPublic, ClientPickDetail, ConnectDetail, DnatDetail, ConntrackHitDetail, ForwardDetail,
  DeliverDetail, DeliveredDetail, DeliveredKeptAliveDetail, RejectDetail, ResetDetail, ConnectionResetDetail, NodeResetDetail,
  PodResetDetail, TimeoutDetail, DnsTimeoutDetail, OutsideTimeoutDetail, DroppedDetail, PortNotExposedDetail, AddressGoneDetail,
  LeaveClusterDetail, CnameLeaveDetail, AddressLeaveDetail,
} from './traffic/types';
/**
 * Narrow a hop to one kind (for `find`/`filter`), so its detail is typed.
 * @example
 * trace.hops.find(isHop('dnat'))?.detail.endpoint; // '10.244.1.7:80'
 */
export { isHop } from './traffic/hop';
/**
 * The seeded random stream the simulation draws from (sfc32); RngState is plain data.
 * @example
 * traceRules(tables, packet, { hook: 'PREROUTING', localAddresses: [], rng: seedRng(42), now: 0, recent: {} });
 */
export { seedRng } from './util/rng';
export type { RngState } from './util/rng';

// A shell inside a Pod: busybox's ash and applets, driving the same simulation.
/**
 * Open a shell in a Pod (or on a node): plain data holding the image, the clock and the client's state.
 * @example
 * const session = newShellSession(cluster, { pod: 'default/test' }); // the article's busybox client
 * session.image; // 'busybox'
 */
export { newShellSession } from './shell/session';
/**
 * Run one typed line in a session: the output a terminal shows, `$?`, the next session, and a trace per request.
 * @example
 * const r = runCommand(cluster, session, 'wget -O- http://web-service/');
 * r.output.startsWith('Connecting to web-service (10.96.100.50:80)\nwriting to stdout\n'); // true
 * r.traces[0]?.outcome; // 'delivered'
 * runCommand(cluster, r.session, 'nslookup nosuch').exitCode; // 1
 * runCommand(cluster, r.session, 'curl web-service').output; // 'sh: curl: not found\n' (exit 127)
 */
export { runCommand } from './shell/run';

/** The line a terminal records for Ctrl+C, so a replay drops an unfinished `for` where the learner did. */
export { replayedLines, SHELL_INTERRUPT } from './shell/replay';
/**
 * What Tab completes in a shell: its programs, and the Service and Pod names with the DNS names CoreDNS answers.
 * @example
 * shellWords(cluster, session).commands.includes('nslookup'); // true in the busybox client
 * shellWords(cluster, session).names.includes('web-service.default.svc.cluster.local'); // true
 */
export { shellWords } from './shell/complete';
export type { ShellWords } from './shell/complete';
export type { ShellSession, ShellAt, ShellResult, ShellNote, ShellNoteCode, TrackedConnection, ObservedTraffic, ShellEffect } from './shell/types';
/**
 * The prompt a shell shows where it runs: `/ # ` in a busybox Pod, `root@node-1:/# ` on a node, `$ ` on the laptop.
 * @example shellPrompt(newShellSession(cluster, { node: 'node-1' })); // 'root@node-1:/# '
 */
export { shellPrompt } from './shell/session';
/** PS2, `> `: the prompt of a line that continues an unfinished `for`. */
export { CONTINUATION_PROMPT } from './shell/session';
/**
 * kube-proxy's iptables rules in IPVS mode (nat and filter over its ipsets) on a node, and the ipsets they match.
 * @example ipvsIptables(cluster, { node: 'node-1', table: 'nat' }).text.includes('--match-set KUBE-CLUSTER-IP dst,dst'); // true
 */
export { ipvsIptables } from './proxy/ipvs-iptables';
export type { IpvsIptables, IpvsIptablesOptions } from './proxy/ipvs-iptables';
/**
 * What kubectl prints and does when the Pod shell it attached (`kubectl run -it`, `kubectl exec -it`) exits:
 * the reattach hint, and for `--rm` the Pod's deletion (the graph menu's delete, as actions).
 * @example
 * const r = runCommand(cluster, newShellSession(cluster, { laptop: true }), 'kubectl run test2 --rm -it --image=busybox -- sh');
 * const open = r.effects.find((e) => e.kind === 'open-shell'); // { kind: 'open-shell', pod: 'default/test2', rm: true }
 * kubectlAttachEnded(clusterWithTest2, open).actions; // [{ type: 'terminatePod', namespace: 'default', name: 'test2' }]
 */
export { kubectlAttachEnded } from './shell/kubectl-attach';
/**
 * What a Pod's image has on its PATH, by image name.
 * @example imageTools({ pod: 'default/dnsutils', image: DNSUTILS_IMAGE }).programs.dig !== undefined; // true
 */
export { imageTools } from './shell/images';
/**
 * Which `sh` a shell session runs (busybox's ash or Debian's dash), by its image's name; light enough for the page.
 * @example imageShell({ pod: 'default/test', image: 'busybox' }); // 'ash'
 */
export { DNSUTILS_IMAGE, imageShell } from './shell/image-names';
export type { ImageTools } from './shell/images';
export type { ShellDialect } from './shell/parse';
