/** Hand a file to the browser's downloads (an extension page may click its own blob: link). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function stamp(d = new Date()): string {
  return d.toISOString().slice(0, 10);
}
