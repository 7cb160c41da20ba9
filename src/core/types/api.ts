// Kubernetes API shapes that every layer of the core shares: the manifests' decoded objects use them,
// and so does the cluster model built from them.

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ContainerPort {
  container: string;
  name?: string;
  containerPort: number;
  protocol: Protocol;
}
