/** Everyone authorized who joined a consultation's live events. */
export const consultationRoom = (consultationId: string) => `consultation:${consultationId}`;

/** One participant's sockets within a consultation, so `mine` can differ per recipient. */
export const participantRoom = (consultationId: string, userId: string) =>
  `consultation:${consultationId}:user:${userId}`;

/** Every socket of one account, on any instance: "is this person online?", and where a call rings. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * Sockets that follow a municipality's waiting queue: its care team, and the people who
 * consult there (so a waiting position refreshes). Notices to it carry no content.
 */
export const queueRoom = (municipalityId: string) => `queue:${municipalityId}`;

/** The care team's sockets of a municipality (coordinators, supervisors): the 緊急 inbox count. */
export const careTeamRoom = (municipalityId: string) => `care:${municipalityId}`;
