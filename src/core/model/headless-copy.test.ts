// A headless copy of a ClusterIP Service, appended as text: it loads cleanly and its name answers with the Pods.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveDns } from '../dns/resolve';
import { addHeadlessCopy, headlessCopyName } from './headless-copy';
import { loadCluster } from './load';

// The seed's 场景 1 as a learner selects it in the article: without the line end after its last line, which
// the copy adds before its own document.
const article1 = readFileSync(new URL('../testdata/manifests/article-scenario-1.yaml', import.meta.url), 'utf8').trimEnd();

const service = (text: string, name: string) => loadCluster(text).cluster.services.find((s) => s.name === name)!;

describe('addHeadlessCopy', () => {
  it('appends a document the learner can read, and that loads without a word', () => {
    const { cluster } = loadCluster(article1);
    const text = addHeadlessCopy(article1, cluster, service(article1, 'web-service'));
    expect(text.slice(article1.length)).toBe(`
---
# A headless copy of web-service for the same Pods: its name answers with each Pod's own address.
apiVersion: v1
kind: Service
metadata:
  name: web-service-headless
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
`);
    const after = loadCluster(text);
    expect(after.diagnostics).toEqual([]);
    const copy = after.cluster.services.find((s) => s.name === 'web-service-headless');
    expect(copy).toMatchObject({ headless: true, selector: { app: 'nginx' }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP', name: '' }] });
    const nginx = after.cluster.pods.filter((p) => p.labels.app === 'nginx').map((p) => p.ip).sort();
    const answer = resolveDns(after.cluster, { name: 'web-service-headless.default.svc.cluster.local.', type: 'A' });
    expect(answer.answers.map((r) => r.data).sort()).toEqual(nginx);
  });

  it('keeps names, protocols, named target ports, namespaces and awkward label values exact', () => {
    const text = `apiVersion: v1
kind: Namespace
metadata:
  name: db
---
apiVersion: v1
kind: Service
metadata:
  name: mysql
  namespace: db
spec:
  selector:
    app: mysql
    primary: "true"
  ports:
  - name: sql
    port: 3306
    targetPort: mysql
  - name: dns
    protocol: UDP
    port: 53
    targetPort: 5353
`;
    const { cluster } = loadCluster(text);
    const out = addHeadlessCopy(text, cluster, service(text, 'mysql'));
    const copy = loadCluster(out);
    expect(copy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(copy.cluster.services.find((s) => s.name === 'mysql-headless')).toMatchObject({
      namespace: 'db', headless: true, selector: { app: 'mysql', primary: 'true' },
      ports: [{ name: 'sql', protocol: 'TCP', port: 3306, targetPort: 'mysql' }, { name: 'dns', protocol: 'UDP', port: 53, targetPort: 5353 }],
    });
  });

  it('a taken name gets the next free one', () => {
    const text = `${article1}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-service-headless\nspec:\n  clusterIP: None\n  selector:\n    app: other\n`;
    const { cluster } = loadCluster(text);
    expect(headlessCopyName(cluster, service(text, 'web-service'))).toBe('web-service-headless-2');
  });
});
