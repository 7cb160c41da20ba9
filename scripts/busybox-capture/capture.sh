#!/bin/sh
# Captures the real busybox wget (Debian's busybox) against listeners that answer as the seed's Pods do,
# for src/core/testdata/golden/shell/. Names resolve through a bind-mounted /etc/hosts (the seed's
# addresses); the listeners sit on lo, and nothing listens on 10.244.1.7:81 (an nginx Pod, a port it does not
# serve: the kernel answers RST). Run from the repository root:
#   unshare -rnm sh scripts/busybox-capture/capture.sh NGINX_INDEX_HTML NGINX_VERSION MYSQL_VERSION [OUT_DIR]
# OUT_DIR defaults to the golden directory (src/core/shell/real-busybox.test.ts passes a temporary one).
# Each file is `$ command` (a command of several lines goes on with `> `, ash's PS2), what the command printed
# (stdout and stderr, in order), `[exit N]`. The article's loop runs in busybox's own sh with every applet on PATH.
set -u
here=$(cd "$(dirname "$0")" && pwd)
golden=${4:-$(pwd)/src/core/testdata/golden/shell}
work=$(mktemp -d)
ip link set lo up
ip addr add 10.96.100.50/32 dev lo
ip addr add 10.244.1.5/32 dev lo
ip addr add 10.244.1.7/32 dev lo
ip addr add 10.244.2.8/32 dev lo
ip addr add 10.244.3.12/32 dev lo
printf '127.0.0.1\tlocalhost\n10.96.100.50\tweb-service\n10.244.1.5\tmysql-0.mysql-headless\n10.244.2.8\tmysql-1.mysql-headless\n10.244.3.12\tmysql-2.mysql-headless\n' > "$work/hosts"
mount --bind "$work/hosts" /etc/hosts
python3 "$here/servers.py" "$1" "$2" "$3" &
server=$!
# Wait until both listeners accept (up to 10 s), not a fixed time.
python3 -c "
import socket, time
for _ in range(100):
    try:
        for a in (('10.96.100.50', 80), ('10.244.1.5', 3306), ('10.244.2.8', 3306), ('10.244.3.12', 3306)): socket.create_connection(a, 0.2).close()
        break
    except OSError:
        time.sleep(0.1)
"
mkdir "$work/cwd" "$work/bin" && cd "$work/cwd"
bb=$(command -v busybox)
for applet in $(busybox --list); do ln -s "$bb" "$work/bin/$applet"; done
cap() { name=$1; shift; { printf '$ %s\n' "$*"; sh -c "$*" 2>&1; echo "[exit $?]"; } > "$golden/$name.txt"; }
capash() { name=$1; shift; { printf '%s\n' "$*" | sed '1s/^/$ /; 2,$s/^/> /'; PATH="$work/bin" "$bb" sh -c "$*" 2>&1; echo "[exit $?]"; } > "$golden/$name.txt"; }
cap wget-stdout 'busybox wget -O- http://web-service/'
cap wget-quiet 'busybox wget -q -O- http://web-service/'
cap wget-save 'busybox wget http://web-service/'
cap wget-save-exists 'busybox wget http://web-service/'
cap wget-404 'busybox wget -O- http://web-service/nope'
cap wget-refused 'busybox wget -O- http://10.244.1.7:81/'
cap wget-refused-quiet 'busybox wget -q -O- http://10.244.1.7:81/'
cap wget-bad-address 'busybox wget -O- http://no-such-service/'
cap wget-mysql 'busybox wget -O- http://mysql-0.mysql-headless:3306'
cap wget-pipe-head 'busybox wget -O- http://web-service/ 2>/dev/null | busybox head -n 4'
cap wget-pipe-grep 'busybox wget -q -O- http://web-service/ | busybox grep -c nginx'
capash wget-mysql-loop 'for i in 0 1 2; do
  echo "Testing mysql-$i"
  wget -O- http://mysql-$i.mysql-headless:3306
done'
kill "$server"
rm -rf "$work"
