# Listeners for capture.sh, answering as the seed's Pods do: nginx (the welcome page of nginx's
# docs/html/index.html for / and /index.html, nginx's 404 page otherwise) on 10.96.100.50:80, and a
# MySQL server greeting (protocol 10, as mysqld sends on connect) on 10.244.1.5:3306.
# Usage: python3 servers.py INDEX_HTML NGINX_VERSION MYSQL_VERSION
import socket
import sys
import threading

page = open(sys.argv[1], 'rb').read()
nginx = sys.argv[2].encode()
mysql_version = sys.argv[3].encode()


def http(conn):
    request = conn.recv(4096).decode('latin1').split(' ')
    path = request[1] if len(request) > 1 else '/'
    if path in ('/', '/index.html'):
        status, body = b'200 OK', page
    else:
        status = b'404 Not Found'
        body = (b'<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n'
                b'<hr><center>nginx/' + nginx + b'</center>\r\n</body>\r\n</html>\r\n')
    conn.sendall(b'HTTP/1.1 ' + status + b'\r\nServer: nginx/' + nginx + b'\r\nContent-Type: text/html\r\nContent-Length: '
                 + str(len(body)).encode() + b'\r\nConnection: close\r\n\r\n' + body)
    conn.close()


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
    s.bind((addr, port))
    s.listen(5)
    while True:
        c, _ = s.accept()
        threading.Thread(target=handler, args=(c,), daemon=True).start()


threading.Thread(target=serve, args=('10.96.100.50', 80, http), daemon=True).start()
threading.Thread(target=serve, args=('10.244.1.5', 3306, mysql), daemon=True).start()
threading.Event().wait()
