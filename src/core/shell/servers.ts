// What the seed's server images answer a TCP client, by image: only what wget's output depends on.
import type { Pod } from '../model/types';

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

/** What answers on a Pod's port, as far as an HTTP client can tell. */
export type ServerReply =
  | { kind: 'http'; status: number; reason: string; body: string }
  | { kind: 'mysql-greeting'; version: string }
  | { kind: 'unknown' };

/** The image's name without registry, tag or digest: `docker.io/library/nginx:1.27` → `nginx`. */
export function imageName(image: string | undefined): string {
  const noDigest = (image ?? '').split('@')[0]!;
  const last = noDigest.split('/').pop() ?? '';
  return last.split(':')[0]!;
}

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
      ? { kind: 'http', status: 200, reason: 'OK', body: NGINX_WELCOME_PAGE }
      : { kind: 'http', status: 404, reason: 'Not Found', body: '' };
  }
  if (name === 'mysql' && imageTag(pod.image).startsWith('8.0')) return { kind: 'mysql-greeting', version: MYSQL_8_0_VERSION };
  return { kind: 'unknown' };
}
