// The mysql image's first-start rule (docker-library/mysql docker-entrypoint.sh docker_verify_minimum_env), on
// the article's own StatefulSet: each case changes one thing and says whether the learner is warned, and where.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster } from './load';

const mysql = readFileSync(new URL('../testdata/manifests/mysql-headless.yaml', import.meta.url), 'utf8');

function tweak(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`tweak did not apply: ${String(from)}`);
  return out;
}

const withEnv = (env: string): string => tweak(mysql, '        image: mysql:8.0\n', `        image: mysql:8.0\n        env:\n${env}`);
const atImage = { path: 'spec.template.spec.containers[0].image', line: 31, column: 9, object: 'StatefulSet/default/mysql' };

const cases: { name: string; manifest: string; want: Record<string, unknown>[] }[] = [
  { name: "the article's YAML: no password option", manifest: mysql, want: [{ ...atImage, container: 'mysql', image: 'mysql:8.0' }] },
  { name: 'MYSQL_ROOT_PASSWORD', manifest: withEnv('        - name: MYSQL_ROOT_PASSWORD\n          value: s3cret\n'), want: [] },
  { name: 'MYSQL_ROOT_PASSWORD from a Secret', manifest: withEnv('        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: mysql, key: root}\n'), want: [] },
  { name: 'MYSQL_ROOT_PASSWORD_FILE (file_env)', manifest: withEnv('        - name: MYSQL_ROOT_PASSWORD_FILE\n          value: /run/secrets/root\n'), want: [] },
  { name: 'MYSQL_ALLOW_EMPTY_PASSWORD', manifest: withEnv('        - name: MYSQL_ALLOW_EMPTY_PASSWORD\n          value: "yes"\n'), want: [] },
  { name: 'MYSQL_RANDOM_ROOT_PASSWORD', manifest: withEnv('        - name: MYSQL_RANDOM_ROOT_PASSWORD\n          value: "1"\n'), want: [] },
  { name: 'an empty MYSQL_ROOT_PASSWORD counts as none ([ -z ])', manifest: withEnv('        - name: MYSQL_ROOT_PASSWORD\n          value: ""\n'), want: [{ ...atImage }] },
  { name: 'other variables only', manifest: withEnv('        - name: MYSQL_DATABASE\n          value: app\n'), want: [{ ...atImage }] },
  { name: 'envFrom may bring the variable: nothing is guessed', manifest: tweak(mysql, '        image: mysql:8.0\n', '        image: mysql:8.0\n        envFrom:\n        - secretRef: {name: mysql}\n'), want: [] },
  { name: 'a command replaces the entrypoint', manifest: tweak(mysql, '        image: mysql:8.0\n', '        image: mysql:8.0\n        command: ["sleep", "infinity"]\n'), want: [] },
  { name: 'args that are mysqld options still run the entrypoint', manifest: tweak(mysql, '        image: mysql:8.0\n', '        image: mysql:8.0\n        args: ["--character-set-server=utf8mb4"]\n'), want: [{ ...atImage }] },
  { name: 'args that run another program skip the check', manifest: tweak(mysql, '        image: mysql:8.0\n', '        image: mysql:8.0\n        args: ["bash"]\n'), want: [] },
  { name: 'the image by its full name and digest', manifest: tweak(mysql, 'image: mysql:8.0', 'image: docker.io/library/mysql:8.4@sha256:0123'), want: [{ ...atImage, image: 'docker.io/library/mysql:8.4@sha256:0123' }] },
  { name: "Oracle's mysql/mysql-server generates a password instead", manifest: tweak(mysql, 'image: mysql:8.0', 'image: mysql/mysql-server:8.0'), want: [] },
  { name: 'another image', manifest: tweak(mysql, 'image: mysql:8.0', 'image: mariadb:11'), want: [] },
  {
    name: 'a bare Pod',
    manifest: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n  - name: db\n    image: mysql\n',
    want: [{ path: 'spec.containers[0].image', line: 8, column: 5, object: 'Pod/default/db', container: 'db', image: 'mysql' }],
  },
];

describe('the mysql image without a root password option', () => {
  it.each(cases)('$name', ({ manifest, want }) => {
    const { diagnostics } = loadCluster(manifest);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const got = diagnostics.filter((d) => d.code === 'mysql-password-missing');
    expect(got).toHaveLength(want.length);
    got.forEach((d, i) => {
      expect(d).toMatchObject({ severity: 'warning', entrypointError: 'Database is uninitialized and password option is not specified', ...want[i] });
    });
  });

  it('a number as an env value is the API server decoding error, not a warning', () => {
    const { diagnostics } = loadCluster(withEnv('        - name: MYSQL_ROOT_PASSWORD\n          value: 1234\n'));
    // (The Service then selects no Pod: the StatefulSet was not created.)
    expect(diagnostics.map((d) => d.message ?? d.code)).toEqual([
      'selector-matches-nothing',
      'StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string',
    ]);
  });
});
