// Generated scenarios for benchmarks and scale tests: `services` Services, each in front of a
// Deployment (every fourth: a StatefulSet behind a headless Service), `pods` Pods in total.
// Pure string building; no Node APIs, so it runs in a browser bench too.

export interface ScenarioSize {
  pods: number;
  services: number;
}

/**
 * YAML text for a cluster of the given size. 2,000 Pods need loadCluster(text, { nodes: 20 }) or more
 * (kubelet's 110 Pods per node).
 * @example
 * const text = generateScenario({ pods: 2000, services: 200 });
 */
export function generateScenario({ pods, services }: ScenarioSize): string {
  const out: string[] = [];
  const n = Math.max(1, services);
  for (let i = 0; i < n; i++) {
    // Spread the Pods as evenly as possible: the first (pods % n) workloads get one more.
    const replicas = Math.floor(pods / n) + (i < pods % n ? 1 : 0);
    const name = `app-${String(i).padStart(4, '0')}`;
    const stateful = i % 4 === 3;
    out.push(service(name, stateful), stateful ? statefulSet(name, replicas) : deployment(name, replicas));
  }
  return out.join('---\n');
}

function service(name: string, headless: boolean): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
${headless ? '  clusterIP: None\n' : ''}  selector:
    app: ${name}
  ports:
  - name: http
    port: 80
    targetPort: http
  - name: metrics
    port: 9090
    targetPort: 9090
`;
}

function template(name: string): string {
  return `  template:
    metadata:
      labels:
        app: ${name}
        tier: backend
    spec:
      containers:
      - name: app
        image: registry.example.com/${name}:1.0.0
        ports:
        - name: http
          containerPort: 8080
        - name: metrics
          containerPort: 9090
        env:
        - name: MODE
          value: production
`;
}

function deployment(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
${template(name)}`;
}

function statefulSet(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  serviceName: ${name}
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
${template(name)}`;
}
