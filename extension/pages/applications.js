/**
 * The applications page: every application in a filterable list, and the one chosen in the
 * address (#application-<id>) in full, editable. #new (or ?capture=<id>, from the popup's
 * "Add it by hand") opens a form to add an application by hand.
 */

import { buildConnectionProblem } from "../shared/connection-problem.js";
import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { loadUserSettings } from "../shared/user-settings.js";
import { browserZone, describeZone } from "../shared/zoned-time.js";
import { buildApplicationDetail } from "./application-detail.js";
import { renderApplicationList } from "./application-list.js";
import { buildBoard } from "./board.js";
import { buildSummary } from "./summary.js";
import { wireDataTransfer } from "./data-transfer.js";
import { buildFieldForm } from "./field-form.js";
import { NEW_APPLICATION_FIELDS } from "./record-fields.js";

const list = document.getElementById("application-list");
const detailPane = document.getElementById("detail");
const statusLine = document.getElementById("status");
const search = document.getElementById("search");
const statusFilter = document.getElementById("status-filter");
const sortOrder = document.getElementById("sort-order");

let applications = [];
const ctx = {
  zone: browserZone(),
  announce(message, isError = false) {
    statusLine.textContent = message;
    statusLine.classList.toggle("error", isError);
  },
  reload: () => refresh({ keepFocus: true }),
  onDeleted: () => {
    location.hash = "";
    refresh({});
  },
};

function selectedId() {
  return /^#application-(\d+)$/.exec(location.hash)?.[1] || null;
}

function renderList() {
  renderApplicationList(list, applications, { text: search.value, status: statusFilter.value, sort: sortOrder.value },
    selectedId(), ctx.zone);
}

/** Reload the list and the shown application; keepFocus puts the keyboard back where it was. */
async function refresh({ keepFocus = false } = {}) {
  const focusedId = keepFocus ? document.activeElement?.id : null;
  const scroll = window.scrollY;
  const [listAnswer, settings] = await Promise.all([api("GET", "/api/applications"), loadUserSettings()]);
  if (!listAnswer.ok) return showProblem(listAnswer.error);
  ctx.zone = settings.zone;
  document.getElementById("zone-note").textContent = `Times in ${describeZone(ctx.zone)}`;
  applications = listAnswer.data.applications;
  renderList();
  await showDetail();
  document.body.dataset.state = "ready";
  if (focusedId && document.getElementById(focusedId)?.checkVisibility()) {
    document.getElementById(focusedId).focus({ preventScroll: true });
    window.scrollTo(0, scroll);
  }
}

// The header's Board and Summary links say which of them is shown.
function markCurrentView() {
  for (const link of document.querySelectorAll("header.bar a[href^='#']")) {
    if (link.getAttribute("href") === location.hash) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function showDetail() {
  markCurrentView();
  if (location.hash === "#board") {
    detailPane.replaceChildren(buildBoard(applications, ctx));
    return;
  }
  if (location.hash === "#summary") {
    detailPane.replaceChildren(await buildSummary(ctx));
    return;
  }
  if (location.hash === "#new" || new URLSearchParams(location.search).has("capture")) return showNewForm();
  const id = selectedId() || (applications[0] && String(applications[0].id));
  if (!id) {
    detailPane.replaceChildren(el("section", { class: "empty" },
      el("h2", {}, "No applications yet"),
      el("p", {}, "Track a job posting from the browser, import an interview invite, or add one by hand."),
      el("a", { class: "button primary", href: "#new" }, "Add an application")));
    return;
  }
  const answer = await api("GET", `/api/applications/${id}`);
  if (!answer.ok) {
    detailPane.replaceChildren(el("p", { class: "notice problem" }, answer.error.message));
    return;
  }
  detailPane.replaceChildren(buildApplicationDetail(answer.data, ctx));
}

async function showNewForm() {
  const captureId = new URLSearchParams(location.search).get("capture");
  const values = captureId ? await captureValues(captureId) : {};
  detailPane.replaceChildren(el("section", { class: "card", "aria-labelledby": "new-title" },
    el("h2", { id: "new-title", tabindex: "-1" }, "Add an application"),
    captureId ? el("p", { class: "muted" }, "Filled in from a page the companion could not read: check and complete it.") : null,
    buildFieldForm({
      id: "new-application",
      fields: NEW_APPLICATION_FIELDS,
      values,
      isNew: true,
      submitLabel: "Add application",
      onSubmit: (changes) => api("POST", "/api/applications", changes),
      onSaved: (answer) => {
        const created = answer.data.application || answer.data;
        ctx.announce(`Added ${created.company || "the application"}.`);
        history.replaceState(null, "", `${location.pathname}#application-${created.id}`);
        refresh({});
      },
    })));
  document.getElementById("new-title").focus();
}

async function captureValues(captureId) {
  const answer = await api("GET", "/api/captures?status=not_understood");
  const capture = answer.ok && answer.data.captures.find((item) => String(item.id) === captureId);
  return capture ? { title: capture.title || "", job_url: capture.url || "", status: "saved" } : {};
}

function showProblem(error) {
  document.body.dataset.state = "problem";
  list.replaceChildren();
  detailPane.replaceChildren(buildConnectionProblem(error, { retry: () => refresh({}) }));
}

wireDataTransfer({ exportButton: document.getElementById("export-data"), importInput: document.getElementById("import-data"),
  previewSlot: document.getElementById("sheet-preview") }, ctx);
search.addEventListener("input", renderList);
statusFilter.addEventListener("change", renderList);
sortOrder.addEventListener("change", renderList);
window.addEventListener("hashchange", async () => {
  renderList();
  await showDetail();
  detailPane.querySelector("h2")?.focus();
});
refresh({});
