#!/bin/sh
# Captures the real curl (Debian's) in a terminal against listeners that answer as the seed's Pods do
# (scripts/busybox-capture/servers.py: nginx on 10.96.100.50:80, a MySQL greeting on 10.244.1.5:3306), for
# src/core/testdata/golden/curl/. Names resolve through a bind-mounted /etc/hosts (the seed's addresses);
# nothing listens on 10.244.1.7:81 (an nginx Pod, a port it does not serve: the kernel answers RST); 10.96.100.99
# (a ClusterIP no rule translates) leads into a device nobody reads, so a connect there is never answered, and
# this namespace's kernel gives up a connect after one SYN retransmission (net.ipv4.tcp_syn_retries=1) instead of
# the default six, so the kernel's own timeout is captured in seconds, not minutes.
# Each command runs under `script`, in a pseudo-terminal, as `kubectl exec -it` gives one (curl shows a progress
# meter only when its output is not the terminal); carriage returns are dropped. Run from the repository root:
#   unshare -rnm sh scripts/curl-capture/capture.sh NGINX_INDEX_HTML NGINX_VERSION MYSQL_VERSION [OUT_DIR]
# OUT_DIR defaults to the golden directory (src/core/shell/real-curl.test.ts passes a temporary one).
# Each file is `$ command`, what the command printed (stdout and stderr, in order), `[exit N]`.
set -u
servers=$(cd "$(dirname "$0")/../busybox-capture" && pwd)/servers.py
golden=${4:-$(pwd)/src/core/testdata/golden/curl}
work=$(mktemp -d)
ip link set lo up
ip addr add 10.96.100.50/32 dev lo
ip addr add 10.244.1.5/32 dev lo
ip addr add 10.244.1.7/32 dev lo
ip tuntap add dev kp-void mode tun
ip link set kp-void up
ip route add 10.96.100.99/32 dev kp-void
sysctl -qw net.ipv4.tcp_syn_retries=1
printf '127.0.0.1\tlocalhost\n10.96.100.50\tweb-service\n10.244.1.5\tmysql-0.mysql-headless\n' > "$work/hosts"
mount --bind "$work/hosts" /etc/hosts
python3 "$servers" "$1" "$2" "$3" &
server=$!
# Wait until both listeners accept (up to 10 s), not a fixed time.
python3 -c "
import socket, time
for _ in range(100):
    try:
        for a in (('10.96.100.50', 80), ('10.244.1.5', 3306)): socket.create_connection(a, 0.2).close()
        break
    except OSError:
        time.sleep(0.1)
"
mkdir "$work/cwd" && cd "$work/cwd"
cap() {
  name=$1; shift
  { printf '$ %s\n' "$*"; script -qec "sh -c '$*'; echo \"[exit \$?]\"" /dev/null | sed 's/\r$//'; } > "$golden/$name.txt"
}
cap curl-body 'curl http://web-service/'
cap curl-silent 'curl -s http://web-service/'
cap curl-head 'curl -I http://web-service/'
cap curl-silent-head 'curl -sI http://web-service'
cap curl-verbose 'curl -v http://web-service/'
cap curl-404 'curl http://web-service/nope'
cap curl-404-verbose 'curl -v http://web-service/nope'
cap curl-output 'curl -o page.html http://web-service/'
cap curl-silent-output 'curl -s -o page.html http://web-service/'
cap curl-pipe-head 'curl -s http://web-service/ | head -n 4'
cap curl-refused 'curl http://10.244.1.7:81/'
cap curl-refused-verbose 'curl -v http://10.244.1.7:81/'
cap curl-refused-silent 'curl -s http://10.244.1.7:81/'
cap curl-bad-host 'curl http://no-such-service/'
cap curl-bad-host-verbose 'curl -v http://no-such-service/'
cap curl-mysql 'curl http://mysql-0.mysql-headless:3306'
cap curl-mysql-verbose 'curl -v http://mysql-0.mysql-headless:3306'
cap curl-connect-timeout 'curl --connect-timeout 1 http://10.96.100.99/'
cap curl-connect-timeout-verbose 'curl -v --connect-timeout 2 http://10.96.100.99/'
cap curl-kernel-timeout 'curl http://10.96.100.99/'
cap curl-kernel-timeout-verbose 'curl -v http://10.96.100.99/'
cap curl-verbose-head 'curl -vI http://web-service/'
cap curl-no-scheme 'curl -s web-service | head -n 1'
cap curl-no-url 'curl'
cap curl-unknown-option 'curl --bogus http://web-service/'
kill "$server"
rm -rf "$work"
