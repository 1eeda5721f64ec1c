import { describe, expect, it } from 'vitest';
import { formatInviteCodeInput } from './invite-code-input.ts';

describe('formatInviteCodeInput', () => {
  it('upper-cases, converts full-width and adds the dash', () => {
    expect(formatInviteCodeInput('４ac7defg')).toBe('4AC7-DEFG');
    expect(formatInviteCodeInput('4ac7 defg')).toBe('4AC7-DEFG');
    expect(formatInviteCodeInput('4AC7ーDEFG')).toBe('4AC7-DEFG');
  });

  it('lets backspace remove the dash naturally', () => {
    expect(formatInviteCodeInput('4AC7-')).toBe('4AC7');
    expect(formatInviteCodeInput('4AC')).toBe('4AC');
  });

  it('leaves over-long input alone so the error can be shown', () => {
    expect(formatInviteCodeInput('4AC7DEFGH')).toBe('4AC7DEFGH');
  });
});
