/**
 * A form built from a list of field descriptions, used for every edit and "add" form on the
 * applications page. It sends only what changed (or, for a new record, what was filled in)
 * and shows the companion's error next to the field it names.
 */

import { el } from "../shared/dom.js";
import { fromLocalInput, toLocalInput } from "../shared/zoned-time.js";

/**
 * id: a stable id (controls are `${id}-${name}`, so focus can be found again after a redraw);
 * fields: [{name, label, type: text|textarea|date|datetime|select|checkbox|url|email|number,
 *           options: [[value, label]], required, hint}]
 * values: the record's current values ({} for a new one); zone: for datetime fields.
 * onSubmit(changes) must return the API answer ({ok, error}); onSaved(answer) runs after success.
 */
export function buildFieldForm({ id: formId, fields, values = {}, zone, submitLabel, onSubmit, onSaved, isNew = false, className = "" }) {
  const controls = new Map();
  const message = el("p", { class: "form-message", role: "status", "aria-live": "polite" });
  const rows = fields.map((field) => {
    const control = buildControl(field, formId, shownValue(field, values[field.name], zone));
    controls.set(field.name, control);
    const errorId = `${control.id}-error`;
    const label = el("label", { for: control.id }, field.label, field.required ? el("span", { "aria-hidden": "true" }, " *") : null);
    return el("div", { class: `field field-${field.type || "text"}`, "data-field": field.name },
      field.type === "checkbox" ? [control, label] : [label, control],
      field.hint ? el("small", { class: "muted" }, field.hint) : null,
      el("small", { id: errorId, class: "field-error" }));
  });
  const submit = el("button", { type: "submit", class: "primary", id: `${formId}-submit` }, submitLabel);
  const form = el("form", { id: formId, class: `field-form ${className}`, novalidate: true }, rows, el("div", { class: "actions" }, submit), message);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form, controls);
    const changes = collectChanges(fields, controls, values, zone, isNew);
    const missing = fields.find((field) => field.required && isEmpty(changes[field.name] ?? values[field.name]));
    if (missing) return showError(form, controls, missing.name, `${missing.label} is required.`);
    if (Object.keys(changes).length === 0) {
      message.textContent = "Nothing changed.";
      return;
    }
    submit.disabled = true;
    const answer = await onSubmit(changes);
    submit.disabled = false;
    if (!answer.ok) return showError(form, controls, answer.error.field, answer.error.message);
    message.textContent = "Saved.";
    Object.assign(values, changes);
    if (onSaved) onSaved(answer);
  });
  return form;
}

function shownValue(field, value, zone) {
  if (value === null || value === undefined) return field.type === "checkbox" ? false : "";
  if (field.type === "datetime") return toLocalInput(value, zone);
  return value;
}

function buildControl(field, formId, value) {
  const id = `${formId}-${field.name}`;
  const common = { id, name: field.name, required: field.required || false };
  if (field.type === "textarea") {
    const area = el("textarea", { ...common, rows: field.rows || 4 });
    area.value = String(value);
    return area;
  }
  if (field.type === "select") {
    const select = el("select", common, field.options.map(([optionValue, label]) => el("option", { value: optionValue }, label)));
    select.value = String(value);
    return select;
  }
  if (field.type === "checkbox") {
    const box = el("input", { ...common, type: "checkbox" });
    box.checked = Boolean(value);
    return box;
  }
  const input = el("input", { ...common, type: field.type === "datetime" ? "datetime-local" : field.type || "text" });
  input.value = String(value);
  return input;
}

/** What the form holds that differs from `values` (everything filled in, for a new record). */
function collectChanges(fields, controls, values, zone, isNew) {
  const changes = {};
  for (const field of fields) {
    const value = readControl(field, controls.get(field.name), zone);
    const before = values[field.name] ?? (field.type === "checkbox" ? false : null);
    if (isNew ? !isEmpty(value) : !sameValue(field, value, before, zone)) changes[field.name] = value;
  }
  return changes;
}

// Dates, times and numbers are cleared with null; text fields with an empty string.
const NULL_WHEN_EMPTY = new Set(["date", "datetime", "number", "select"]);

function readControl(field, control, zone) {
  if (field.type === "checkbox") return control.checked;
  const text = control.value.trim();
  if (text === "") return NULL_WHEN_EMPTY.has(field.type) ? null : "";
  if (field.type === "number") return Number(text);
  if (field.type === "datetime") return fromLocalInput(text, zone)?.toISOString() ?? null;
  return text;
}

function sameValue(field, value, before, zone) {
  if (field.type === "datetime") return toLocalInput(value, zone) === toLocalInput(before, zone);
  return (value ?? "") === (before ?? "") || String(value) === String(before);
}

function isEmpty(value) {
  return value === null || value === undefined || value === "" || value === false;
}

function clearErrors(form, controls) {
  for (const control of controls.values()) control.removeAttribute("aria-invalid");
  for (const error of form.querySelectorAll(".field-error")) error.textContent = "";
  form.querySelector(".form-message").textContent = "";
}

function showError(form, controls, fieldName, text) {
  const control = controls.get(fieldName);
  if (!control) {
    form.querySelector(".form-message").textContent = text;
    return;
  }
  const error = form.querySelector(`#${CSS.escape(control.id)}-error`);
  error.textContent = text;
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", error.id);
  control.focus();
}
