import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { changedOnly, conflictMessage, draftBase, typedText } from './saveConflict';

describe('draftBase', () => {
  it('follows the record while the draft reads as saved', () => {
    expect(draftBase(3, 'Ferry resumes', 'Ferry resumes', 9)).toBe(9);
  });
  it('keeps the readAt the analyst began typing on while the draft differs', () => {
    expect(draftBase(3, 'Ferry resumes Tuesday', 'Ferry resumes', 9)).toBe(3);
  });
  it('compares values, not only strings', () => {
    expect(draftBase(3, 0, 0, 5)).toBe(5);
    expect(draftBase(3, 1, 0, 5)).toBe(3);
  });
});

describe('conflictMessage', () => {
  it('is the message of a conflict marked stale, in whichever shape it arrived', () => {
    const m = 'This claim was changed in another window at 14:02 (statement): reload to see it.';
    expect(conflictMessage(new ApiError('conflict', m, true))).toBe(m);
    expect(conflictMessage({ code: 'conflict', message: m, stale: true })).toBe(m);
    expect(conflictMessage(JSON.stringify({ code: 'conflict', message: m, stale: true }))).toBe(m);
  });
  it('goes by the marker, not by the words', () => {
    const m = 'This claim was changed in another window at 14:02 (statement): reload to see it.';
    expect(conflictMessage({ code: 'conflict', message: m })).toBeNull();
    const reworded = 'Another window saved this tag at 14:02 (colour); reload to see it.';
    expect(conflictMessage({ code: 'conflict', message: reworded, stale: true })).toBe(reworded);
    expect(conflictMessage({ code: 'conflict', message: m, stale: 'yes' })).toBeNull();
  });
  it('is null for another conflict: the workspace busy, a merged entity', () => {
    expect(conflictMessage(new ApiError('conflict', 'workspace busy: another program is writing to it; your change was not saved'))).toBeNull();
    expect(conflictMessage(new ApiError('conflict', 'entity 4 (Orlen Trust) was merged into entity 9; edit that one'))).toBeNull();
  });
  it("is null for another conflict quoting a name that holds the words (Go's messages quote the analyst's names)", () => {
    const name = 'Dock Board was changed in another window';
    expect(conflictMessage(new ApiError('conflict', `organisation "${name}" (entity 5) already has that name; they would be the same entity`))).toBeNull();
    expect(conflictMessage(new ApiError('conflict', `entity 4 (${name}) was merged into entity 9; edit that one`))).toBeNull();
  });
  it('is null for any other failure', () => {
    expect(conflictMessage(new ApiError('invalid', 'a statement cannot be empty'))).toBeNull();
    expect(conflictMessage({ code: 'invalid', message: 'a statement cannot be empty', stale: true })).toBeNull();
    expect(conflictMessage(new Error('network down'))).toBeNull();
  });
});

describe('changedOnly', () => {
  it('keeps only the fields the analyst changed', () => {
    const opened = { name: 'Harbour Courier', reliability: 'C', note: '' };
    expect(changedOnly(opened, { ...opened, note: 'strike coverage' })).toEqual({ note: 'strike coverage' });
    expect(changedOnly(opened, { ...opened })).toEqual({});
    expect(changedOnly(opened, { name: 'Courier', reliability: 'B', note: '' })).toEqual({ name: 'Courier', reliability: 'B' });
  });
});

describe('typedText', () => {
  it('names each field the analyst typed in', () => {
    expect(typedText({ name: 'Courier', note: 'strike coverage' }, { name: 'Name', note: 'Note' })).toBe('Name: Courier; Note: strike coverage');
  });
});
