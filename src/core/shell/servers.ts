// What the seed's server images answer a TCP client, by image: only what wget's output depends on.
import type { Pod } from '../model/types';
import { imageName } from './image-names';

/** nginx's welcome page, docs/html/index.html of nginx 1.31.5 (the mainline that `nginx:latest` runs), verbatim. */
export const NGINX_WELCOME_PAGE = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, nginx is successfully installed and working.
Further configuration is required for the web server, reverse proxy, 
API gateway, load balancer, content cache, or other features.</p>

<p>For online documentation and support please refer to
<a href="https://nginx.org/">nginx.org</a>.<br/>
To engage with the community please visit
<a href="https://community.nginx.org/">community.nginx.org</a>.<br/>
For enterprise grade support, professional services, additional 
security features and capabilities please refer to
<a href="https://f5.com/nginx">f5.com/nginx</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/**
 * The server version in the greeting of `mysql:8.0`: docker-library/mysql versions.json had 8.0 at 8.0.46 when
 * it dropped the 8.0 line (MySQL 8.0's end of life). mysqld sends this greeting as soon as a client connects.
 */
export const MYSQL_8_0_VERSION = '8.0.46';

/** The nginx version `nginx:latest` runs (the welcome page above is its docs/html/index.html). */
export const NGINX_VERSION = '1.31.5';

/**
 * A stand-in for the mtime of index.html in the image (Unix seconds, 7 April 2026 12:00 UTC), behind nginx's
 * Last-Modified and ETag: a real image's is the time its nginx package was built, which differs by image.
 */
export const NGINX_INDEX_MTIME = 1775563200;

/** nginx's 404 page (ngx_http_special_response.c ngx_http_error_404_page + ngx_http_error_tail), CRLF as sent. */
const NGINX_404_PAGE = `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`;

/** What answers on a Pod's port, as far as an HTTP client can tell. */
export type ServerReply =
  /** `lastModified`: a static file's mtime (Unix seconds), which nginx sends as Last-Modified and in its ETag. */
  | { kind: 'http'; status: number; reason: string; body: string; lastModified?: number }
  | { kind: 'mysql-greeting'; version: string }
  | { kind: 'unknown' };

const imageTag = (image: string | undefined): string => {
  const last = (image ?? '').split('@')[0]!.split('/').pop() ?? '';
  return last.includes(':') ? last.slice(last.indexOf(':') + 1) : 'latest';
};

/**
 * What the Pod's server answers an HTTP GET of `path`. nginx (default config: root /usr/share/nginx/html,
 * index index.html) serves the welcome page for / and /index.html and 404 otherwise; mysqld speaks first,
 * its greeting, whatever the client sends.
 */
export function serverReply(pod: Pod, path: string): ServerReply {
  const name = imageName(pod.image);
  if (name === 'nginx') {
    return path === '/' || path === '/index.html'
      ? { kind: 'http', status: 200, reason: 'OK', body: NGINX_WELCOME_PAGE, lastModified: NGINX_INDEX_MTIME }
      : { kind: 'http', status: 404, reason: 'Not Found', body: NGINX_404_PAGE };
  }
  if (name === 'mysql' && imageTag(pod.image).startsWith('8.0')) return { kind: 'mysql-greeting', version: MYSQL_8_0_VERSION };
  return { kind: 'unknown' };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 7231 IMF-fixdate, as nginx's ngx_http_time writes it. */
export function httpDate(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/**
 * nginx's status line and headers for an HTTP reply, in the order its header filter writes them
 * (ngx_http_header_filter_module.c: Server, Date, Content-Type, Content-Length, Last-Modified, Connection; then
 * the static module's ETag, `"%xT-%xO"` of mtime and length, and Accept-Ranges). An HTTP/1.1 connection stays
 * open unless the client asked to close it.
 * @example nginxResponseHead(reply, { now: 1795623932, close: false })[0] // 'HTTP/1.1 200 OK'
 */
export function nginxResponseHead(reply: Extract<ServerReply, { kind: 'http' }>, opts: { now: number; close: boolean; contentLength: number }): string[] {
  const m = reply.lastModified;
  return [
    `HTTP/1.1 ${reply.status} ${reply.reason}`,
    `Server: nginx/${NGINX_VERSION}`,
    `Date: ${httpDate(opts.now)}`,
    'Content-Type: text/html',
    `Content-Length: ${opts.contentLength}`,
    ...(m !== undefined ? [`Last-Modified: ${httpDate(m)}`] : []),
    `Connection: ${opts.close ? 'close' : 'keep-alive'}`,
    ...(m !== undefined ? [`ETag: "${m.toString(16)}-${opts.contentLength.toString(16)}"`, 'Accept-Ranges: bytes'] : []),
  ];
}
