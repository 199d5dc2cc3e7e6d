/**
 * The applications page's "Export all data" and "Import data…": the companion's whole export as a
 * .json file, and such a file added back (the same document as `export --format json`).
 */

import { api } from "../shared/messages.js";
import { saveText } from "../shared/download.js";

/** Wire the two controls; `ctx` has announce(message, isError) and reload(). */
export function wireDataTransfer({ exportButton, importInput }, ctx) {
  exportButton.addEventListener("click", async () => {
    const answer = await api("GET", "/api/export/data.json");
    if (!answer.ok) return ctx.announce(answer.error.message, true);
    const day = new Date().toISOString().slice(0, 10);
    saveText(`interview-companion-${day}.json`, JSON.stringify(answer.data, null, 1), "application/json");
    ctx.announce(`Exported ${answer.data.applications.length} applications and ${answer.data.follow_ups.length} follow-ups.`);
  });
  importInput.addEventListener("change", async () => {
    const file = importInput.files[0];
    importInput.value = "";
    if (!file) return;
    let document;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      return ctx.announce(`${file.name} is not an export of the companion (${error.message}).`, true);
    }
    const answer = await api("POST", "/api/import", document);
    if (!answer.ok) return ctx.announce(`${file.name} was not imported: ${answer.error.message}`, true);
    const { applications, follow_ups: followUps } = answer.data.added;
    ctx.announce(`Imported ${applications} applications and ${followUps} follow-ups from ${file.name}.`);
    ctx.reload();
  });
}
