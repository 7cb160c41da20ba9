#!/bin/sh
# Captures every session of sessions.txt from the real dash into OUT/NAME.txt. Usage: capture.sh OUT
set -eu
here=$(dirname "$0")
out=$1
name=
set --
flush() {
  if [ -n "$name" ]; then python3 "$here/drive.py" "$@" > "$out/$name.txt"; fi
}
while IFS= read -r line; do
  case $line in
    '#'*) continue ;;
    '== '*) flush "$@"; name=${line#== }; set -- ;;
    *) set -- "$@" "$line" ;;
  esac
done < "$here/sessions.txt"
flush "$@"
