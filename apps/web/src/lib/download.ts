/**
 * Hands a file made in the page (a CSV, a chart's PDF or PNG, a briefing fetched from the server) to the
 * browser's downloads. The browser has taken the file by the time the click returns; the blob is freed
 * a little later.
 */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `saveBlob` for text: CSV unless another type is given. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8") {
  saveBlob(new Blob([text], { type }), fileName);
}
