#!/usr/bin/env python3
# Types lines into the real dash, started as `sh` (argv[0], as `kubectl exec -it POD -- sh` starts it) on a
# pseudo-terminal, one line at a time, each after the shell has shown its prompt, and prints the screen's text:
# what a learner sees in a Debian image's shell. Usage: drive.py LINE... ; the transcript ends at the last prompt.
# Only the real program's output; nothing here models anything.
import os
import pty
import select
import signal
import sys
import time

PROMPTS = (b'# ', b'> ')


def read_until_prompt(fd: int, timeout: float = 5.0) -> bytes:
    buf = b''
    end = time.time() + timeout
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return buf
            if not data:
                return buf
            buf += data
        elif buf.endswith(PROMPTS):
            return buf
    sys.exit('dash showed no prompt within %.0f s; screen so far: %r' % (timeout, buf))


def main() -> None:
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir('/')
        os.execve('/bin/dash', ['sh'], {'PATH': '/usr/local/bin:/usr/bin:/bin', 'TERM': 'dumb', 'HOME': '/root'})
    screen = read_until_prompt(fd)
    for line in sys.argv[1:]:
        os.write(fd, line.encode() + b'\n')
        screen += read_until_prompt(fd)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    sys.stdout.write(screen.decode().replace('\r\n', '\n'))


main()
