/** A file's bytes as base64, the shape every shell's API takes files in. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from the disk.`));
    reader.readAsDataURL(file);
  });
}
