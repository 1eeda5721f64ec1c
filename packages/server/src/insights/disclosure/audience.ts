/**
 * Who receives a release. Differencing is judged per audience: everything one audience has
 * ever received is assumed to be kept and compared by it.
 */
export type Audience =
  | { kind: 'employer'; municipalityId: string; organizationId: string }
  /** Small organisations see only their pool; all of the pool's admins share this audience. */
  | { kind: 'employerPool'; municipalityId: string; poolId: string }
  | { kind: 'city'; municipalityId: string }
  | { kind: 'network' };

export function audienceKey(audience: Audience): string {
  switch (audience.kind) {
    case 'employer':
      return `employer:${audience.municipalityId}:${audience.organizationId}`;
    case 'employerPool':
      return `employer-pool:${audience.municipalityId}:${audience.poolId}`;
    case 'city':
      return `city:${audience.municipalityId}`;
    case 'network':
      return 'network';
  }
}
