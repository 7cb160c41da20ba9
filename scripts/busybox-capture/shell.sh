#!/bin/sh
# Captures busybox's ash and text applets (Debian's busybox, every applet on PATH, as in the busybox image)
# in a Pod-like namespace: hostname `test`, the kubelet's /etc/hosts for default/test (kubelet_pods.go
# managedHostsFileContent, as kubelet_pods_test.go TestManagedHostsFileContent expects it) and the Pod's
# resolv.conf, both bind-mounted. Run from the repository root: unshare -rnmu sh scripts/busybox-capture/shell.sh [OUT_DIR]
# (OUT_DIR defaults to the golden directory; src/core/shell/real-busybox.test.ts passes a temporary one).
# Each file is `$ command` (a command of several lines goes on with `> `, ash's PS2), what the command printed
# (stdout and stderr, in order), `[exit N]`. ash-eof-*: texts that end inside a `for`, where an interactive ash
# would read on at its PS2 prompt; this is what a non-interactive one says of them.
set -u
bb=$(command -v busybox)
golden=${1:-$(pwd)/src/core/testdata/golden/shell}
work=$(mktemp -d)
mkdir "$work/bin" "$work/cwd"
for applet in $(busybox --list); do ln -s "$bb" "$work/bin/$applet"; done
printf '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.2.9\ttest\n' > "$work/hosts"
printf 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n' > "$work/resolv.conf"
mount --bind "$work/hosts" /etc/hosts
mount --bind "$work/resolv.conf" /etc/resolv.conf
hostname test
cd "$work/cwd"
cap() { name=$1; shift; { printf '%s\n' "$*" | sed '1s/^/$ /; 2,$s/^/> /'; PATH="$work/bin" "$bb" sh -c "$*" 2>&1; echo "[exit $?]"; } > "$golden/$name.txt"; }
cap sh-not-found 'curl web-service'
cap sh-unterminated 'echo "a'
cap sh-unexpected-and '&& echo a'
cap sh-unexpected-eof 'echo a &&'
cap sh-unexpected-pipe 'echo a | | wc -l'
cap sh-missing-brace 'echo ${HOSTNAME'
cap sh-status 'false; echo $?; true && echo yes || echo no; false || echo $?'
cap sh-quotes 'echo a\ b "c  d" '"'"'e $f'"'"' "$?" $NOPE x#y # comment'
cap sh-echo-flags 'echo -e "a\tb"; echo -n c; echo d'
cap sh-redirect 'echo hi > f; cat f; echo $? >> f; cat f; cat /nope 2>&1 | wc -l; cat /nope 2>/dev/null; echo $?'
cap sh-hostname 'hostname'
cap sh-cat-hosts 'cat /etc/hosts'
cap sh-cat-resolv 'cat /etc/resolv.conf'
cap sh-cat-missing 'cat /nope; echo $?'
cap sh-grep 'grep -c ip6 /etc/hosts; grep test /etc/hosts; grep -v ip6 /etc/hosts | grep -i LOCALHOST; grep nomatch /etc/hosts; echo $?'
cap sh-head 'head -n 2 /etc/hosts; head -1 /etc/resolv.conf; cat /etc/hosts | head -n 0; echo $?'
cap sh-head-invalid 'head -n x /etc/hosts'
cap sh-wc 'wc -l /etc/hosts; cat /etc/hosts | wc -l; cat /etc/resolv.conf | wc; wc -l -c /etc/hosts'
cap sh-sleep 'sleep 1x; echo $?; sleep 0; echo $?'
cap sh-for 'for i in 0 1 2; do echo "Testing mysql-$i"; done; echo $?; for i in; do echo x; done; echo $?; for i in x; do false; done; echo $?'
cap sh-for-lines 'for i in a b
do
  echo $i
done; for j in c; do echo $j; done'
cap sh-for-pipe 'for i in a b; do echo $i; cat /nope; done | wc -l; for i in a b; do echo $i; done 2>/dev/null | grep b'
cap sh-for-redirect 'for i in a b; do echo $i; done > f; cat f; for i do echo $i; done; echo $?'
cap sh-for-exit 'for i in a b; do echo $i; exit 3; done; echo no'
cap sh-for-exit-in-pipe 'for i in a b; do echo $i; exit 4; done | wc -l; echo $?'
cap sh-unexpected-done 'echo a; done'
cap sh-for-empty-body 'for i in a b; do done'
cap sh-for-bad-variable 'for 1 in a; do echo; done'
cap sh-for-expecting-do 'for i in a b; echo'
cap sh-for-trailing-word 'for i in a; do echo; done echo'
cap ash-eof-in-for 'for i in 1 2; do echo $i'
cap ash-eof-in-for-words 'for i in 1 2'
rm -rf "$work"
