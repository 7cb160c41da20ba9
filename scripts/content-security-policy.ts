// The Content-Security-Policy the built page ships with, as a <meta> tag (a static host may set no headers).
// Monaco runs its language workers from blob: URLs and sets inline styles, hence `worker-src blob:` and
// `style-src 'unsafe-inline'`; graph images are drawn through data: and blob: URLs. Inline scripts the build
// adds to index.html are allowed by their hash, computed here from the final HTML, so `script-src` never needs
// 'unsafe-inline'. A <meta> policy cannot set `frame-ancestors` (nor report): the README lists the headers a host
// adds for that.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
};

/** The policy for `html`: the base policy, with each inline script's sha256 added to script-src. */
export function policyFor(html: string): string {
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => [directive, ...sources, ...(directive === 'script-src' ? hashes : [])].join(' '))
    .join('; ');
}

/** Puts the policy right after the charset, before any script; list it after every plugin that adds inline scripts. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/;
        if (!charset.test(html)) throw new Error('content-security-policy: index.html has no <meta charset>');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
