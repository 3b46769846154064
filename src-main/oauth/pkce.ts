import crypto from 'node:crypto';

/** RFC 7636: a random verifier and its S256 challenge; and a random `state` (RFC 6749 §10.12). */
export interface PkcePair {
  verifier: string;
  challenge: string;
}

export function pkcePair(): PkcePair {
  // 32 random bytes → 43 base64url characters, the shortest verifier RFC 7636 allows.
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function randomState(): string {
  return crypto.randomBytes(16).toString('base64url');
}
