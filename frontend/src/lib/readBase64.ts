/** Reads a file the browser gave (picker or drop) as base64, without the data: URL's prefix:
 *  how files cross the browser door (ImportService.ImportFiles, MergeService.PreviewUpload). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const url = String(r.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error(`cannot read ${file.name}`));
    r.readAsDataURL(file);
  });
}
