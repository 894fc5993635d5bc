import type { KubernetesObject } from './manifests.js';

/** Where a connection starts or ends: a pod (its namespace, that namespace's labels, its own labels) or an address outside the cluster. */
export interface PodEndpoint {
  namespace: string;
  namespaceLabels: Record<string, string>;
  podLabels: Record<string, string>;
}

export type Endpoint = PodEndpoint | { ip: string };

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown[];
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number | string; protocol?: string }[];
}

interface PolicySpec {
  podSelector: LabelSelector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: Rule[];
  egress?: Rule[];
}

function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions && selector.matchExpressions.length > 0) throw new Error('matchExpressions are not read by this check; use matchLabels');
  return Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

function ipv4(address: string): number {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) throw new Error(`${address}: not an IPv4 address`);
  return parts.reduce((value, part) => value * 256 + part, 0);
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4(ip) / size) === Math.floor(ipv4(base!) / size);
}

function peerMatches(peer: Peer, policyNamespace: string, endpoint: Endpoint): boolean {
  if (peer.ipBlock) return 'ip' in endpoint && inCidr(endpoint.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((cidr) => inCidr(endpoint.ip, cidr));
  if ('ip' in endpoint) return false;
  const namespaceMatches = peer.namespaceSelector ? selects(peer.namespaceSelector, endpoint.namespaceLabels) : endpoint.namespace === policyNamespace;
  return namespaceMatches && (peer.podSelector ? selects(peer.podSelector, endpoint.podLabels) : true);
}

/** A rule without peers (missing or empty) admits every peer. */
function peersMatch(peers: Peer[] | undefined, namespace: string, endpoint: Endpoint): boolean {
  return !peers || peers.length === 0 || peers.some((peer) => peerMatches(peer, namespace, endpoint));
}

function portMatches(rule: Rule, port: number): boolean {
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some((allowed) => (allowed.protocol ?? 'TCP') === 'TCP' && (allowed.port === undefined || allowed.port === port));
}

/**
 * Whether a TCP connection from one endpoint to another on a port is allowed by the NetworkPolicies
 * of `namespace`: the caller's egress (when it is a pod there) and the callee's ingress (likewise).
 * A pod no policy of a direction selects is open in that direction, as in Kubernetes.
 */
export function allowsConnection(policies: KubernetesObject[], namespace: string, from: Endpoint, to: Endpoint, port: number): boolean {
  const side = (pod: Endpoint, direction: 'Ingress' | 'Egress', other: Endpoint): boolean => {
    if ('ip' in pod || pod.namespace !== namespace) return true;
    const selecting = policies
      .map((policy) => policy.spec as PolicySpec)
      .filter((spec) => selects(spec.podSelector, pod.podLabels) && (spec.policyTypes ?? ['Ingress']).includes(direction));
    if (selecting.length === 0) return true;
    return selecting.some((spec) =>
      ((direction === 'Ingress' ? spec.ingress : spec.egress) ?? []).some(
        (rule) => portMatches(rule, port) && peersMatch(direction === 'Ingress' ? rule.from : rule.to, namespace, other),
      ),
    );
  };
  return side(from, 'Egress', to) && side(to, 'Ingress', from);
}
