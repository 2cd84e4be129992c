// Files (and folders) dropped on the window in a browser, as PickedFiles.
// Folders are walked with the File System entries API; hidden files and
// folders are left out, as ImportPaths does.
import type { PickedFile } from '../../stores/import.svelte';
import { isHidden } from './files';

/** True when a drag carries files (not text or a link being dragged inside the page). */
export function carriesFiles(dt: DataTransfer | null): boolean {
  return !!dt && [...dt.types].includes('Files');
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (isHidden(path)) return;
  if (entry.isFile) out.push({ file: await fileOf(entry as FileSystemFileEntry), path });
  else if (entry.isDirectory) for (const e of await readAll(entry as FileSystemDirectoryEntry)) await walk(e, out);
}

/** The files of a drop. Call during the drop event: the items are gone after it. */
export function droppedFiles(dt: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = [];
  const plain: File[] = [];
  for (const item of [...dt.items]) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) plain.push(f);
    }
  }
  if (entries.length === 0 && plain.length === 0) plain.push(...dt.files);
  return (async () => {
    const out: PickedFile[] = plain.map((file) => ({ file, path: file.name }));
    for (const e of entries) {
      try {
        await walk(e, out);
      } catch {
        // An entry the browser will not read: its File, if it has one, still goes.
      }
    }
    return out;
  })();
}
