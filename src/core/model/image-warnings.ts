// Learner warnings about well-known images that would not start as written. The playground assumes every
// container starts, becomes Ready and listens on its declared ports; where a famous image is known to exit
// instead, the learner is told, and the manifest stays as they wrote it.
//
// The Docker Hub `mysql` image (docker-library/mysql, docker-entrypoint.sh docker_verify_minimum_env): on a
// first start (an empty data directory) with mysqld as its command, it exits 1 unless one of
// MYSQL_ROOT_PASSWORD (or MYSQL_ROOT_PASSWORD_FILE, read by file_env), MYSQL_ALLOW_EMPTY_PASSWORD or
// MYSQL_RANDOM_ROOT_PASSWORD is non-empty (`[ -z … ]`), printing
//   [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified
// so the Pod restarts in CrashLoopBackOff and never becomes Ready.

import type { ContainerIn, ObjectSource } from '../validate/objects';
import type { Diagnostic } from '../types/diagnostic';
import { warningAt } from './report';

/** The entrypoint's mysql_error line (after its `[ERROR] [Entrypoint]: ` prefix). */
export const MYSQL_ENTRYPOINT_ERROR = 'Database is uninitialized and password option is not specified';

/** Any one of these, non-empty, lets the mysql entrypoint initialise a new database. */
const MYSQL_PASSWORD_OPTIONS = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'];

/** Docker Hub's official `mysql` image, under any name that pulls it (`mysql:8.0`, `docker.io/library/mysql@sha256:…`). */
export function isOfficialMysqlImage(image: string): boolean {
  let repo = image.trim();
  const at = repo.indexOf('@');
  if (at >= 0) repo = repo.slice(0, at);
  const colon = repo.lastIndexOf(':');
  if (colon > repo.lastIndexOf('/')) repo = repo.slice(0, colon);
  repo = repo.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return repo === 'mysql';
}

/** The container runs the image's entrypoint with mysqld: no `command`, and `args` absent, mysqld or options. */
function runsMysqlEntrypoint(c: ContainerIn): boolean {
  const arg = c.startup.firstArg;
  return !c.startup.command && (arg === undefined || arg === 'mysqld' || arg.startsWith('-'));
}

function lacksMysqlPassword(c: ContainerIn): boolean {
  // Variables from envFrom are not seen here: say nothing rather than guess.
  return !c.startup.envFrom && !c.startup.env.some((name) => MYSQL_PASSWORD_OPTIONS.includes(name));
}

/** Warnings for the containers of an accepted Pod or Pod template at `specPath` (`spec`, `spec.template.spec`). */
export function addImageWarnings(containers: readonly ContainerIn[], specPath: string, source: ObjectSource, object: string, diags: Diagnostic[]): void {
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i] as ContainerIn;
    if (isOfficialMysqlImage(c.image) && runsMysqlEntrypoint(c) && lacksMysqlPassword(c)) {
      diags.push(warningAt(source, object, `${specPath}.containers[${i}].image`, { code: 'mysql-password-missing', container: c.name, image: c.image, entrypointError: MYSQL_ENTRYPOINT_ERROR }));
    }
  }
}
