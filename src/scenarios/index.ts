// The seed's examples as runnable scenarios. Titles and blurbs are i18n keys (ui/i18n), the YAML is verbatim
// from the seed for the Services, with the workloads the seed elides written out (each marked "Added").
import defaultYaml from './default.yaml?raw';
import webClusterIP from './web-clusterip.yaml?raw';
import mysqlHeadless from './mysql-headless.yaml?raw';
import mysqlPrimaryReplica from './mysql-primary-replica.yaml?raw';
import mysqlMixed from './mysql-mixed.yaml?raw';
import kafka from './kafka.yaml?raw';
import elasticsearch from './elasticsearch.yaml?raw';
import redisCluster from './redis-cluster.yaml?raw';
import sessionAffinity from './session-affinity.yaml?raw';
import seedBasics from './seed-basics.yaml?raw';

export interface Scenario {
  id: string;
  /** i18n key of the title, under `scenario.<id>.title`; blurb under `scenario.<id>.blurb`. */
  titleKey: string;
  blurbKey: string;
  source: string;
  /** The request the scenario is about: target as a learner types it after `wget`. */
  suggested: { client: string; target: string };
  /** Alternatives offered in the target box. */
  targets: string[];
}

const s = (id: string, source: string, target: string, targets: string[]): Scenario => ({
  id,
  titleKey: `scenario.${id}.title`,
  blurbKey: `scenario.${id}.blurb`,
  source,
  suggested: { client: 'default/test', target },
  targets,
});

export const scenarios: Scenario[] = [
  s('default', defaultYaml, 'web-service', ['web-service', 'mysql-headless:3306', 'mysql-0.mysql-headless:3306', 'web-service.default.svc.cluster.local', '10.96.100.50:80']),
  s('web-clusterip', webClusterIP, 'web-service', ['web-service', 'web-service.default.svc.cluster.local']),
  s('mysql-headless', mysqlHeadless, 'mysql-headless:3306', ['mysql-headless:3306', 'mysql-0.mysql-headless:3306', 'mysql-2.mysql-headless.default.svc.cluster.local:3306']),
  s('mysql-primary-replica', mysqlPrimaryReplica, 'mysql-0.mysql:3306', ['mysql-0.mysql:3306', 'mysql-1.mysql:3306', 'mysql:3306']),
  s('mysql-mixed', mysqlMixed, 'mysql-read:3306', ['mysql-read:3306', 'mysql-0.mysql-headless:3306', 'mysql-headless:3306']),
  s('kafka', kafka, 'kafka:9092', ['kafka:9092', 'kafka-0.kafka:9092', 'kafka-2.kafka:9092']),
  s('elasticsearch', elasticsearch, 'elasticsearch:9200', ['elasticsearch:9200', 'elasticsearch-1.elasticsearch:9300']),
  s('redis-cluster', redisCluster, 'redis-cluster:6379', ['redis-cluster:6379', 'redis-0.redis-cluster:6379']),
  s('session-affinity', sessionAffinity, 'my-service', ['my-service', 'my-service:80']),
  s('seed-basics', seedBasics, 'my-web-service', ['my-web-service', 'my-headless-service:3306', 'database-0.my-headless-service:3306']),
];

export const defaultScenario = scenarios[0]!;

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((x) => x.id === id);
}
