/** NIST SP 800-63B: length over composition rules; the upper bound keeps argon2 cheap. */
export const passwordMinLength = 10;
export const passwordMaxLength = 128;
