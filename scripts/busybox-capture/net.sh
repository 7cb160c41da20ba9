#!/bin/sh
# Captures busybox's ip, ping and nc in a Pod's network: the client Pod default/test (10.244.2.9 on node-2) in a
# namespace of its own, wired to its node as the CNI bridge plugin wires a Pod (eth0 made in the Pod, MAC
# 0a:58:0a:f4:02:09, 10.244.2.9/24 with its broadcast, default via the node's 10.244.2.1), and mysql-0
# (10.244.1.5) behind a second node, node-1, so an echo to it is routed by both nodes. The Service CIDR on
# node-2 leads into a device nobody reads (a ClusterIP nothing DNATs goes nowhere). Per kube-proxy mode, node-2
# holds: nothing for ICMP (iptables: its rules match only TCP, UDP and SCTP); NFT_FILE loaded with nft -f (our
# nftablesRuleset for the seed); the VIP on kube-ipvs0 (IPVS). DNS is refused at once (resolv.conf names
# 127.0.0.1), so a name that is not an address fails as a name the cluster does not know.
# Run from the repository root: unshare -rnm sh scripts/busybox-capture/net.sh NFT_FILE [OUT_DIR]
# Each file is `$ command`, what it printed (stdout and stderr, in order), `[exit N]`; the parts that differ run to
# run (round-trip times, the host-side interface index) are normalised by src/core/testing/netns/volatile.ts.
set -eu
nft_file=$1
golden=${2:-$(pwd)/src/core/testdata/golden/shell}
work=$(mktemp -d)
printf 'nameserver 127.0.0.1\n' > "$work/resolv.conf"
mount --bind "$work/resolv.conf" /etc/resolv.conf
node2=$$
# A network namespace kept open by a sleeping child; prints its pid.
mkns() { unshare -n sleep 600 >/dev/null 2>&1 & echo $!; }
pod=$(mkns); node1=$(mkns); mysql=$(mkns)
sleep 0.3
inns() { t=$1; shift; nsenter -t "$t" -n "$@"; }
ip link set lo up
sysctl -qw net.ipv4.ip_forward=1
# The Pod's eth0 is made in the Pod, its peer moved to the node (the bridge plugin's SetupVeth).
inns "$pod" ip link set lo up
inns "$pod" ip link add eth0 type veth peer name veth-test
inns "$pod" ip link set veth-test netns "$node2"
inns "$pod" ip link set eth0 address 0a:58:0a:f4:02:09
inns "$pod" sysctl -qw net.ipv6.conf.eth0.accept_dad=0
inns "$pod" ip addr add 10.244.2.9/24 brd + dev eth0
inns "$pod" ip link set eth0 up
inns "$pod" ip route add default via 10.244.2.1 dev eth0
ip addr add 10.244.2.1/24 dev veth-test
ip link set veth-test up
# node-2 — node-1 — mysql-0
ip link add n2 type veth peer name n1
ip link set n1 netns "$node1"
ip addr add 192.168.49.3/24 dev n2
ip link set n2 up
ip route add 10.244.1.0/24 via 192.168.49.2
inns "$node1" ip link set lo up
inns "$node1" sysctl -qw net.ipv4.ip_forward=1
inns "$node1" ip addr add 192.168.49.2/24 dev n1
inns "$node1" ip link set n1 up
inns "$node1" ip link add veth-mysql type veth peer name eth0
inns "$node1" ip link set eth0 netns "$mysql"
inns "$node1" ip addr add 10.244.1.1/24 dev veth-mysql
inns "$node1" ip link set veth-mysql up
inns "$node1" ip route add 10.244.2.0/24 via 192.168.49.3
inns "$mysql" ip link set lo up
inns "$mysql" ip addr add 10.244.1.5/24 dev eth0
inns "$mysql" ip link set eth0 up
inns "$mysql" ip route add default via 10.244.1.1
ip tuntap add dev kp-void mode tun
ip link set kp-void up
ip route add 10.96.0.0/12 dev kp-void
mkdir "$work/cwd" && cd "$work/cwd"
cap() { name=$1; shift; { printf '$ %s\n' "$*"; inns "$pod" busybox sh -c "$*" 2>&1 || true; } > "$golden/$name.tmp"; }
capx() { name=$1; shift; { printf '$ %s\n' "$*"; set +e; inns "$pod" busybox sh -c "$*" 2>&1; echo "[exit $?]"; set -e; } > "$golden/$name.txt"; }
capx net-ip-addr 'busybox ip addr'
capx net-ip-route 'busybox ip route'
capx net-ping-pod 'busybox ping -c 2 10.244.1.5'
capx net-ping-bad-address 'busybox ping -c 1 no-such-service'
capx net-nc-refused 'busybox nc 10.244.1.5 81'
capx net-nc-timeout 'busybox nc -w 1 10.96.100.99 80'
capx net-nc-bad-address 'busybox nc no-such-service 80'
capx net-ping-clusterip-iptables 'busybox ping -c 1 -W 1 10.96.100.50'
nft -f "$nft_file"
capx net-ping-clusterip-nftables 'busybox ping -c 2 -W 1 10.96.100.50'
nft flush ruleset
ip tuntap add dev kube-ipvs0 mode tun
ip addr add 10.96.100.50/32 dev kube-ipvs0
capx net-ping-clusterip-ipvs 'busybox ping -c 1 10.96.100.50'
rm -f "$golden"/*.tmp
kill "$pod" "$node1" "$mysql"
rm -rf "$work"
