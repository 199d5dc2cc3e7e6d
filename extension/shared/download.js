/** Saving text the companion produced (an .ics or .eml) as a file the browser downloads. */

/** Offer `text` as a download named `filename`. */
export function saveText(filename, text, contentType = "text/plain") {
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after this click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60e3);
}
