// Defaults as the API server applies them while decoding (pkg/apis/core/v1/defaults.go SetDefaults_Service,
// SetDefaults_ServicePort via the generated defaulters; pkg/apis/apps/v1/defaults.go
// SetDefaults_Deployment / SetDefaults_StatefulSet).

export const DEFAULT_NAMESPACE = 'default';
/** v1.DefaultClientIPServiceAffinitySeconds (3 hours). */
export const DEFAULT_CLIENT_IP_TIMEOUT = 10800;
/** core.MaxClientIPServiceAffinitySeconds (1 day). */
export const MAX_CLIENT_IP_TIMEOUT = 86400;
export const DEFAULT_DEPLOYMENT_REPLICAS = 1;
export const DEFAULT_STATEFULSET_REPLICAS = 1;
export const DEFAULT_POD_MANAGEMENT_POLICY = 'OrderedReady';
export const DEFAULT_RESTART_POLICY = 'Always';

/**
 * SetDefaults_Service: sessionAffinity None; ClientIP gets timeoutSeconds 10800; type ClusterIP;
 * ports get protocol TCP and targetPort = port when unset or 0/"" ; externalTrafficPolicy Cluster for
 * NodePort and LoadBalancer; internalTrafficPolicy Cluster (except ExternalName).
 */
export function defaultTargetPort(targetPort: number | string | undefined, port: number): number | string {
  if (targetPort === undefined || targetPort === 0 || targetPort === '') return port;
  return targetPort;
}
