import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo, settle } from '../test/fakeGo';
import { merger } from './merge.svelte';
import { errors } from './errors.svelte';

const conflict = (key: string) => ({ key, table: key.split(':')[0], uuid: key.split(':')[1], label: key, fields: [], take: '' });
const plan = (applied = false) => ({
  theirs: '/home/boris/story.db', added: { spans: 12 }, matched: {}, updated: {},
  conflicts: [conflict('claims:u1'), conflict('entities:u2')], proposals: [], leftOut: [], applied,
});

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('DialogService', 'Available', () => true);
  fakeGo.answer('DialogService', 'ChooseWorkspaceToMerge', () => '/home/boris/story.db');
  fakeGo.answer('MergeService', 'Preview', () => plan());
  fakeGo.answer('MergeService', 'Merge', () => plan(true));
});

describe('merge store (Merge Workspace…)', () => {
  it('opening the dialog asks once whether native dialogs exist, and starts from nothing', async () => {
    merger.openDialog();
    await settle();
    expect(merger.dialogOpen).toBe(true);
    expect(merger.desktop).toBe(true);
    merger.openDialog();
    await settle();
    expect(fakeGo.callsTo('DialogService', 'Available')).toHaveLength(1);
    expect(merger.plan).toBeNull();
  });

  it('previews the chosen file (Go sends empty lists and maps as [] and {}), then merges with every conflict decided', async () => {
    merger.openDialog();
    await merger.choosePath();
    expect(fakeGo.callsTo('MergeService', 'Preview')).toEqual([['/home/boris/story.db']]);
    expect(merger.plan?.matched).toEqual({});
    expect(merger.plan?.conflicts[0]!.fields).toEqual([]);
    expect(merger.undecided).toEqual(['claims:u1', 'entities:u2']);

    await merger.merge(); // undecided: nothing is sent
    expect(fakeGo.callsTo('MergeService', 'Merge')).toEqual([]);

    merger.decide('entities:u2', 'theirs');
    expect(merger.undecided).toEqual(['claims:u1']);
    merger.decideAll('mine');
    merger.decide('claims:u1', 'theirs');
    expect(merger.undecided).toEqual([]);
    await merger.merge();
    expect(fakeGo.callsTo('MergeService', 'Merge')).toEqual([
      ['/home/boris/story.db', [{ key: 'claims:u1', take: 'theirs' }, { key: 'entities:u2', take: 'mine' }]],
    ]);
    expect(merger.plan?.applied).toBe(true);
    expect(merger.busy).toBe(false);
  });

  it('a cancelled dialog previews nothing', async () => {
    fakeGo.answer('DialogService', 'ChooseWorkspaceToMerge', () => null);
    merger.openDialog();
    await merger.choosePath();
    expect(fakeGo.callsTo('MergeService', 'Preview')).toEqual([]);
    expect(merger.plan).toBeNull();
  });

  it('a file that is not a workspace: the banner says why and no plan is kept', async () => {
    fakeGo.fail('MergeService', 'Preview', 'invalid', 'story.txt is not a Claimdesk workspace');
    merger.openDialog();
    await merger.choosePath();
    expect(errors.items[0]?.message).toBe('story.txt is not a Claimdesk workspace');
    expect(merger.plan).toBeNull();
    expect(merger.busy).toBe(false);
  });
});
