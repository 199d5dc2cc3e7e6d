/**
 * The applications page's "Export all data" and "Import data…": the companion's whole export as a
 * .json file, and such a file added back (the same document as `export --format json`); or a
 * spreadsheet (.csv, ours or another tracker's), whose columns the companion matches by name:
 * the matching is shown first, and nothing is written until the user says so.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { saveText } from "../shared/download.js";

// Our fields, in the words of the page.
const FIELD_WORDS = { company: "Company", title: "Role", status: "Status", applied_on: "Applied on",
  job_url: "Job posting address", location: "Location", notes: "Notes" };

/** Wire the two controls; `ctx` has announce(message, isError) and reload(); `previewSlot` is where
    a spreadsheet's matching is shown before it is imported. */
export function wireDataTransfer({ exportButton, importInput, previewSlot }, ctx) {
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
    if (/\.csv$/i.test(file.name) || file.type === "text/csv") return previewSheet(file, previewSlot, ctx);
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

/** Ask the companion how it reads the spreadsheet (a dry run), show it, and import on "Import". */
async function previewSheet(file, slot, ctx) {
  const csv = await file.text();
  const preview = await api("POST", "/api/import/sheet", { csv, dry_run: true });
  if (!preview.ok) return ctx.announce(`${file.name} was not imported: ${preview.error.message}`, true);
  const { columns, ignored, problems, added, already_tracked: known } = preview.data;
  const close = () => {
    slot.replaceChildren();
    slot.hidden = true;
  };
  const importButton = el("button", { type: "button", class: "primary", onClick: async () => {
    importButton.disabled = true;
    const done = await api("POST", "/api/import/sheet", { csv });
    if (!done.ok) {
      importButton.disabled = false;
      return ctx.announce(`${file.name} was not imported: ${done.error.message}`, true);
    }
    close();
    ctx.announce(`Imported ${done.data.added} applications from ${file.name}`
      + (done.data.already_tracked ? ` (${done.data.already_tracked} already tracked, left as they were).` : "."));
    ctx.reload();
  } }, added ? `Import ${added} application${added === 1 ? "" : "s"}` : "Nothing to import");
  importButton.disabled = !added;
  slot.replaceChildren(el("section", { class: "sheet-preview", "aria-labelledby": "sheet-preview-title" },
    el("h2", { id: "sheet-preview-title", tabindex: "-1" }, `Import ${file.name}?`),
    el("p", {}, `${added} to add` + (known ? `, ${known} already tracked (left as they are)` : "") + ". Nothing is saved until you import."),
    el("table", {},
      el("caption", {}, "How its columns are read"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Column in the file"), el("th", { scope: "col" }, "Becomes"))),
      el("tbody", {}, Object.entries(columns).map(([column, field]) =>
        el("tr", {}, el("td", {}, column), el("td", {}, FIELD_WORDS[field] || field))))),
    ignored.length ? el("p", {}, `Left out: ${ignored.join(", ")}.`) : null,
    problems.length ? el("div", {}, el("p", {}, "Values that could not be read (left empty):"),
      el("ul", {}, problems.map((problem) => el("li", {}, problem)))) : null,
    el("div", { class: "actions" }, importButton, el("button", { type: "button", onClick: close }, "Cancel"))));
  slot.hidden = false;
  slot.querySelector("h2").focus();
}
