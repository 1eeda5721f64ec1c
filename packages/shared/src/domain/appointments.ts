/**
 * Booked consultations (相談予約). Coordinators publish weekly windows in Japan time, cut
 * into slots of a fixed length; a worker or family member books one slot for chat or video.
 */
export const appointmentChannels = ['chat', 'video'] as const;
export type AppointmentChannel = (typeof appointmentChannels)[number];

/** booked: holds the slot; cancelled / rescheduled: released (a reschedule books a new row). */
export const appointmentStatuses = ['booked', 'cancelled', 'rescheduled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** Slot lengths a coordinator may offer, in minutes. */
export const slotLengths = [15, 20, 30, 45, 60] as const;

/** How far ahead people can book, in days. */
export const maxBookingDays = 28;

/** Minutes after midnight; a window ends at the latest at 24:00 of the same Japanese day. */
export const minutesPerDay = 24 * 60;
