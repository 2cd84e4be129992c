import { describe, expect, it } from 'vitest';
import { clashNote, mergeMentionEdit, type MentionFields } from './mentionEdit';

const OPENED: MentionFields = {
  rawValue: '40 boats',
  hedge: 'about',
  speaker: '',
  channelSourceId: 0,
  originSourceId: 0,
  channelText: '',
  isDirectQuote: false,
};

describe('mergeMentionEdit', () => {
  it('keeps what another window saved in a field the analyst did not touch', () => {
    const now = { ...OPENED, hedge: 'at least' };
    const form = { ...OPENED, rawValue: '41 boats' };
    const m = mergeMentionEdit(OPENED, form, now);
    expect(m.clashes).toEqual([]);
    expect(m.values).toEqual({ ...OPENED, rawValue: '41 boats', hedge: 'at least' });
    expect(m.changed('rawValue')).toBe(true);
    expect(m.changed('speaker')).toBe(false);
  });

  it('a field both changed to different values is a clash; to the same value is none', () => {
    const now = { ...OPENED, hedge: 'nearly', originSourceId: 3 };
    expect(mergeMentionEdit(OPENED, { ...OPENED, hedge: 'roughly' }, now).clashes).toEqual(['hedge']);
    expect(mergeMentionEdit(OPENED, { ...OPENED, hedge: 'nearly' }, now).clashes).toEqual([]);
    expect(mergeMentionEdit(OPENED, { ...OPENED, originSourceId: 4 }, now).clashes).toEqual(['originSourceId']);
  });

  it('nothing changed elsewhere: the form is saved as typed', () => {
    const form = { ...OPENED, speaker: 'Tarrow Harbour Board', isDirectQuote: true };
    expect(mergeMentionEdit(OPENED, form, OPENED)).toMatchObject({ values: form, clashes: [] });
  });

  it('the note names each field and what the other window wrote', () => {
    const now = { ...OPENED, hedge: 'nearly', originSourceId: 3 };
    const note = clashNote(['hedge', 'originSourceId'], now, (id) => `source ${id}`);
    expect(note).toContain('Hedge is now “nearly”');
    expect(note).toContain('Origin is now source 3');
    expect(note).toContain('another window');
  });
});
