import { describe, expect, it } from 'vitest';
import { followWording, originAfterChannel, type AttributionFields } from './channelWording';

const read: AttributionFields = { speaker: 'Rescue', channelSourceId: 0, originSourceId: 7, channelText: 'Rescue said' };

describe('followWording', () => {
  it('clears the suggested wording when the speaker it described is corrected, and says so', () => {
    const r = followWording(read, { ...read, speaker: 'Amberford Fire and Rescue' }, true, false);
    expect(r.channelText).toBe('');
    expect(r.note).toContain('“Rescue said”');
    expect(r.note).toContain('speaker');
  });

  it('clears it when the origin is corrected, naming both when both changed', () => {
    expect(followWording(read, { ...read, originSourceId: 0 }, true, false).note).toContain('the origin you changed');
    expect(followWording(read, { ...read, speaker: 'X', originSourceId: 0 }, true, false).note).toContain('speaker and origin');
  });

  it('keeps it when nothing it described changed (a speaker retyped in other case)', () => {
    expect(followWording(read, { ...read, speaker: ' rescue ' }, true, false)).toEqual({ channelText: 'Rescue said', note: '' });
  });

  it("keeps the analyst's own wording, and wording edited in this form", () => {
    expect(followWording(read, { ...read, speaker: 'X' }, false, false).channelText).toBe('Rescue said');
    expect(followWording(read, { ...read, speaker: 'X', channelText: 'the fire service said' }, true, false).channelText).toBe('the fire service said');
  });

  it('keeps the same words typed again, and wording whose channel source is picked where there was none', () => {
    expect(followWording(read, { ...read, speaker: 'X' }, true, true).channelText).toBe('Rescue said');
    const agency = { ...read, channelText: 'Lantern News Agency reported' };
    expect(followWording(agency, { ...agency, channelSourceId: 4 }, true, false).note).toBe('');
    expect(followWording({ ...agency, channelSourceId: 3 }, { ...agency, channelSourceId: 4 }, true, false).note).toContain('the channel you changed');
  });

  it('has nothing to clear when there is no wording', () => {
    expect(followWording({ ...read, channelText: '' }, { ...read, channelText: '', speaker: 'X' }, true, false).note).toBe('');
  });
});

describe('originAfterChannel', () => {
  it('is none when the channel chosen is the origin (a source relayed by itself), else the origin', () => {
    expect(originAfterChannel(7, 7)).toBe(0);
    expect(originAfterChannel(7, 3)).toBe(3);
    expect(originAfterChannel(0, 3)).toBe(3);
    expect(originAfterChannel(0, 0)).toBe(0);
  });
});
