/**
 * The popup's two "shown apart" lists: captures the companion could not fully understand
 * (a missing field to fill in by hand) and applications that have gone quiet after two
 * unanswered check-ins.
 */

import { el } from "../shared/dom.js";
import { buildOutcomePanel } from "../shared/outcome-panel.js";
import { api } from "../shared/messages.js";
import { applicationsPageUrl } from "../shared/page-urls.js";

const SHOWN_CAPTURES = 5;
const FIELD_NAMES = { company: "company", title: "job title", location: "location" };

/**
 * Build "Needs your help": the last capture's missing fields (typed in right here when they
 * are application fields) and captures not understood. Returns null when there is nothing.
 */
export function buildNeedsHelp(captures, lastCapture, applications, ctx) {
  const items = [];
  const lastItem = lastCaptureItem(lastCapture, applications, ctx);
  if (lastItem) items.push(lastItem);
  for (const capture of captures.slice(0, SHOWN_CAPTURES)) {
    items.push(el("li", { class: "help-item" },
      el("p", {}, el("strong", {}, capture.title || capture.url || "A capture"), " was not understood",
        capture.reason ? `: ${capture.reason}` : "."),
      el("a", { class: "button", href: applicationsPageUrl(null, `?capture=${capture.id}`), target: "_blank" }, "Add it by hand")));
  }
  if (captures.length > SHOWN_CAPTURES) {
    items.push(el("li", { class: "muted" }, `and ${captures.length - SHOWN_CAPTURES} more not understood.`));
  }
  if (items.length === 0) return null;
  return el("section", { class: "attention needs-help", "aria-labelledby": "needs-help-title" },
    el("h2", { id: "needs-help-title" }, "Needs your help"),
    el("ul", {}, items));
}

/** The last capture's fields still empty on its application (they may have been filled since),
    and those still holding what the capture guessed. */
function stillToCheck(lastCapture, applications) {
  const brief = lastCapture?.application;
  const application = brief && applications.find((candidate) => candidate.id === brief.id);
  if (!application) return { missing: [], guessed: [] };
  return {
    missing: (lastCapture.missing || []).filter((field) => !(field in application) || !application[field]),
    guessed: (lastCapture.fillable || []).filter((item) => item.why && application[item.field] === item.value),
  };
}

function lastCaptureItem(lastCapture, applications, ctx) {
  const { missing, guessed } = stillToCheck(lastCapture, applications);
  if (missing.length === 0 && guessed.length === 0) return null;
  const application = lastCapture.application;
  const fillable = (lastCapture.fillable || []).filter(({ field }) => missing.includes(field) || guessed.some((item) => item.field === field));
  const inputs = fillable.map(({ field, label, why, value }) => {
    const id = `fill-${field}`;
    return [el("label", { for: id }, why ? `${label} (${why})` : label),
      el("input", { id, name: field, type: "text", required: true, value: why ? value : "" })];
  });
  const save = async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries(fillable.map(({ field }) => [field, form.elements[field].value.trim()]).filter(([, value]) => value));
    if (Object.keys(fields).length === 0) return ctx.announce("Type the missing value first.", true);
    const answer = await api("PATCH", `/api/applications/${application.id}`, fields);
    if (!answer.ok) return ctx.announce(answer.error.message, true);
    ctx.announce(`Saved: ${Object.keys(fields).map((field) => FIELD_NAMES[field] || field).join(", ")}.`);
    await ctx.reload({});
  };
  const named = (fields) => fields.map((field) => FIELD_NAMES[field] || field).join(", ");
  const said = [missing.length ? `is missing: ${named(missing)}` : "",
    guessed.length ? `guessed ${named(guessed.map((item) => item.field))}: check it` : ""].filter(Boolean).join("; it ");
  return el("li", { class: "help-item" },
    el("p", {}, `Your last capture (${application.company || application.title || "untitled"}) ${said}.`),
    fillable.length ? el("form", { class: "fill-form", onSubmit: save }, inputs, el("button", { type: "submit", class: "primary" }, "Save")) : null,
    el("a", { href: applicationsPageUrl(application.id), target: "_blank" }, "Open the application"));
}

/** Build "Gone quiet": open applications with no answer after two check-ins, or null. */
export function buildGoneQuiet(applications, ctx) {
  const quiet = applications.filter((application) => application.gone_quiet);
  if (quiet.length === 0) return null;
  return el("section", { class: "attention gone-quiet", "aria-labelledby": "gone-quiet-title" },
    el("h2", { id: "gone-quiet-title" }, "Gone quiet"),
    el("p", { class: "muted" }, "No answer after two check-ins: time to move on, unless you hear back."),
    el("ul", {}, quiet.map((application) => goneQuietItem(application, ctx))));
}

function goneQuietItem(application, ctx) {
  const panelId = `quiet-${application.id}-panel`;
  const panel = el("div", { id: panelId, class: "fu-panel", hidden: true });
  const toggle = el("button", { type: "button", "aria-expanded": "false", "aria-controls": panelId, onClick: () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    panel.replaceChildren(...(open ? [buildOutcomePanel(application, {
      idPrefix: `quiet-${application.id}`,
      onRecorded: async (message) => { ctx.announce(message); await ctx.reload({}); },
      onError: (error) => ctx.announce(error.message, true),
    })] : []));
    if (open) panel.querySelector("input, button")?.focus();
  } }, "Outcome…");
  return el("li", { class: "quiet-item" },
    el("p", {}, el("strong", {}, application.company || "Unknown company"), application.title ? ` · ${application.title}` : ""),
    el("div", { class: "fu-actions" },
      toggle,
      el("a", { class: "button", href: applicationsPageUrl(application.id), target: "_blank" }, "Open")),
    panel);
}
