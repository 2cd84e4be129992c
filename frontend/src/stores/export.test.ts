import { beforeEach, describe, expect, it } from 'vitest';
import { fakeGo } from '../test/fakeGo';
import { exporter } from './export.svelte';
import { errors } from './errors.svelte';
import { progress } from './progress.svelte';

beforeEach(() => {
  fakeGo.reset();
  errors.clear();
  fakeGo.answer('DialogService', 'Available', () => true);
  fakeGo.answer('DialogService', 'ChooseExportFile', () => '/home/anna/claims.csv');
  exporter.options = { what: 'claims', format: 'csv', articleId: 0, tag: '', since: '', state: '', excel: false };
});

describe('export store, in the window', () => {
  it('asks where to save, exports there, and says how many rows', async () => {
    fakeGo.answer('ExportService', 'ExportToFile', (path) => ({ path, rows: 1, warnings: [] }));
    await exporter.run();
    const [[name]] = fakeGo.callsTo('DialogService', 'ChooseExportFile') as [[string]];
    expect(name).toMatch(/claims.*\.csv$/);
    expect(fakeGo.callsTo('ExportService', 'ExportToFile')[0]!.slice(0, 2)).toEqual(['/home/anna/claims.csv', false]);
    expect(exporter.result).toEqual({ rows: 1, where: '/home/anna/claims.csv', warnings: [] });
    expect(progress.notice?.text).toBe('Exported 1 row to /home/anna/claims.csv');
    expect(exporter.running).toBe(false);
  });

  it('a cancelled save dialog exports nothing', async () => {
    fakeGo.answer('DialogService', 'ChooseExportFile', () => '');
    await exporter.run();
    expect(fakeGo.callsTo('ExportService', 'ExportToFile')).toEqual([]);
    expect(exporter.result).toBeNull();
  });

  it('an existing file asks "Replace?": yes overwrites, no leaves it', async () => {
    fakeGo.answer('ExportService', 'ExportToFile', (path, overwrite) => {
      if (!overwrite) throw { code: 'conflict', message: `${path} exists; choose another name or replace it` };
      return { path, rows: 40, warnings: [] };
    });
    await exporter.run();
    expect(exporter.confirmReplace).toBe('/home/anna/claims.csv');
    expect(errors.items).toEqual([]);
    await exporter.replace(false);
    expect(exporter.confirmReplace).toBeNull();
    expect(fakeGo.callsTo('ExportService', 'ExportToFile')).toHaveLength(1);

    await exporter.run();
    await exporter.replace(true);
    const calls = fakeGo.callsTo('ExportService', 'ExportToFile');
    expect(calls).toHaveLength(3);
    expect(calls[2]!.slice(0, 2)).toEqual(['/home/anna/claims.csv', true]);
    expect(exporter.result?.rows).toBe(40);
  });

  it('other failures are banners, not "Replace?"', async () => {
    fakeGo.fail('ExportService', 'ExportToFile', 'internal', 'no space left on device');
    await exporter.run();
    expect(exporter.confirmReplace).toBeNull();
    expect(errors.items[0]?.message).toBe('no space left on device');
  });
});

describe('memo, in the window', () => {
  it('asks where to save under the memo’s name, writes it there, and says so', async () => {
    fakeGo.answer('DialogService', 'ChooseExportFile', () => '/home/anna/memo.html');
    fakeGo.answer('ExportService', 'MemoToFile', (path) => ({ path, rows: 1, warnings: [] }));
    await exporter.memo('claim:12', { claimIds: [12], tag: '', format: 'html' });
    const [[name]] = fakeGo.callsTo('DialogService', 'ChooseExportFile') as [[string]];
    expect(name).toMatch(/^claimdesk-memo-claim12-\d{8}\.html$/);
    expect(fakeGo.callsTo('ExportService', 'MemoToFile')[0]).toEqual(['/home/anna/memo.html', false, { claimIds: [12], tag: '', format: 'html' }]);
    expect(fakeGo.callsTo('ExportService', 'Memo')).toEqual([]); // never a download in the window
    expect(exporter.memoWhere).toBe('/home/anna/memo.html');
    expect(progress.notice?.text).toBe('Memo of 1 claim saved to /home/anna/memo.html');
  });

  it('an existing file asks "Replace?" on the memo that asked: yes overwrites', async () => {
    fakeGo.answer('DialogService', 'ChooseExportFile', () => '/home/anna/memo.txt');
    fakeGo.answer('ExportService', 'MemoToFile', (path, overwrite) => {
      if (!overwrite) throw { code: 'conflict', message: `${path} exists; choose another name or confirm overwriting it (--force)` };
      return { path, rows: 2, warnings: [] };
    });
    await exporter.memo('picked', { claimIds: [3, 4], tag: '', format: 'text' });
    expect(exporter.memoReplace).toBe('/home/anna/memo.txt');
    expect(exporter.memoKey).toBe('picked');
    expect(errors.items).toEqual([]);
    await exporter.replaceMemo(true);
    const calls = fakeGo.callsTo('ExportService', 'MemoToFile');
    expect(calls.map((c) => c[1])).toEqual([false, true]);
    expect(exporter.memoReplace).toBeNull();
    expect(exporter.memoWhere).toBe('/home/anna/memo.txt');
  });

  it('a deleted claim is a banner with Go’s message, and nothing is said to be saved', async () => {
    fakeGo.answer('DialogService', 'ChooseExportFile', () => '/home/anna/memo.html');
    fakeGo.fail('ExportService', 'MemoToFile', 'not_found', 'claim 12 does not exist');
    await exporter.memo('claim:12', { claimIds: [12], tag: '', format: 'html' });
    expect(errors.items[0]?.message).toBe('claim 12 does not exist');
    expect(exporter.memoWhere).toBe('');
    expect(exporter.memoReplace).toBeNull();
  });
});
