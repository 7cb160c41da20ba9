// Image names the playground offers by name. Apart from the images' program tables (images.ts), which reach every
// program, so the page can offer a Pod of one without loading them.

/** The image of the Kubernetes docs' DNS debugging Pod (`kubectl run dnsutils --image=… -- sleep infinity`). */
export const DNSUTILS_IMAGE = 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3';
