# Listeners for the capture scripts (busybox's wget here, curl in scripts/curl-capture), answering as the seed's
# Pods do: nginx on 10.96.100.50:80 — the welcome page of nginx's docs/html/index.html for / and /index.html,
# nginx's 404 page otherwise, with the headers nginx's header filter writes in its order (ngx_http_header_filter:
# Server, Date, Content-Type, Content-Length, Last-Modified, Connection; then ETag and Accept-Ranges from the
# static module), HEAD answered without a body, the connection kept alive unless the client asked to close it —
# and a MySQL server greeting (protocol 10, as mysqld sends on connect) on port 3306 of mysql-0/1/2's 10.244.1.5,
# 10.244.2.8 and 10.244.3.12 (those the script put on lo: capture.sh all three, others mysql-0's).
# Usage: python3 servers.py INDEX_HTML NGINX_VERSION MYSQL_VERSION [INDEX_MTIME]
# INDEX_MTIME (Unix seconds, default 1775563200) stands for the image's index.html mtime, behind Last-Modified
# and ETag; Date is the real clock (normalised by src/core/testing/netns/volatile.ts).
import email.utils
import socket
import sys
import threading
import time

page = open(sys.argv[1], 'rb').read()
nginx = sys.argv[2].encode()
mysql_version = sys.argv[3].encode()
mtime = int(sys.argv[4]) if len(sys.argv) > 4 else 1775563200


def http_date(t):
    return email.utils.formatdate(t, usegmt=True).encode()


def http(conn):
    buf = b''
    while True:
        while b'\r\n\r\n' not in buf:
            chunk = conn.recv(4096)
            if not chunk:
                conn.close()
                return
            buf += chunk
        head, _, buf = buf.partition(b'\r\n\r\n')
        lines = head.decode('latin1').split('\r\n')
        method, path = (lines[0].split(' ') + ['', '/'])[:2]
        close = any(l.lower().replace(' ', '') == 'connection:close' for l in lines[1:])
        if path in ('/', '/index.html'):
            status, body = b'200 OK', page
            extra = (b'Last-Modified: ' + http_date(mtime) + b'\r\n', b'ETag: "' + ('%x-%x' % (mtime, len(page))).encode() + b'"\r\nAccept-Ranges: bytes\r\n')
        else:
            status = b'404 Not Found'
            body = (b'<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n'
                    b'<hr><center>nginx/' + nginx + b'</center>\r\n</body>\r\n</html>\r\n')
            extra = (b'', b'')
        conn.sendall(b'HTTP/1.1 ' + status + b'\r\nServer: nginx/' + nginx + b'\r\nDate: ' + http_date(time.time())
                     + b'\r\nContent-Type: text/html\r\nContent-Length: ' + str(len(body)).encode() + b'\r\n' + extra[0]
                     + b'Connection: ' + (b'close' if close else b'keep-alive') + b'\r\n' + extra[1] + b'\r\n'
                     + (b'' if method == 'HEAD' else body))
        if close:
            conn.close()
            return


def mysql(conn):
    # Initial handshake packet: protocol 10, version NUL-terminated, thread id, salt, capabilities, auth plugin.
    payload = (b'\x0a' + mysql_version + b'\x00' + b'\x08\x00\x00\x00' + b'abcdefgh\x00' + b'\xff\xff\xff\x02\x00\xff\xdf\x15'
               + b'\x00' * 10 + b'ijklmnopqrst\x00' + b'caching_sha2_password\x00')
    conn.sendall(len(payload).to_bytes(3, 'little') + b'\x00' + payload)
    try:
        conn.recv(4096)
    except OSError:
        pass
    conn.close()


def serve(addr, port, handler):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind((addr, port))
    except OSError:
        return
    s.listen(5)
    while True:
        c, _ = s.accept()
        threading.Thread(target=handler, args=(c,), daemon=True).start()


threading.Thread(target=serve, args=('10.96.100.50', 80, http), daemon=True).start()
for addr in ('10.244.1.5', '10.244.2.8', '10.244.3.12'):
    threading.Thread(target=serve, args=(addr, 3306, mysql), daemon=True).start()
threading.Event().wait()
