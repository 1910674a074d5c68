/** A file made by the API: text formats as UTF-8, binary ones (PDF) as base64. */
export interface ApiFile {
  fileName: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

export function toBlob(file: ApiFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mime });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mime });
}

/** Hands a file to the browser (or Electron) as a download under its own name. */
export function downloadFile(file: ApiFile): void {
  const url = URL.createObjectURL(toBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** JSON documents (exercise and attempt files) are written pretty-printed, for people to read. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadFile({
    fileName,
    mime: 'application/json',
    encoding: 'utf8',
    content: `${JSON.stringify(value, null, 2)}\n`,
  });
}

/** A name every file system accepts: letters, digits and dashes. */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .toLowerCase()
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'untitled'
  );
}
