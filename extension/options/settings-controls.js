/**
 * One labelled control per setting kind (text, email, time zone, weekdays, ...): each reads
 * and writes the value in the companion's JSON form and has a place for the companion's error.
 */

import { el } from "../shared/dom.js";
import { browserZone } from "../shared/zoned-time.js";
import { WEEKDAYS } from "./settings-fields.js";

const ZONE_LIST_ID = "known-zones";

/**
 * A control for one field description (see settings-fields.js):
 * {key, row, inputs, read(), write(value), showError(text), clearError()}.
 */
export function buildControl(field) {
  return BUILDERS[field.kind](field);
}

const BUILDERS = {
  text: (field) => single(field, el("input", { type: "text", autocomplete: field.autocomplete, spellcheck: "false" })),
  email: (field) => single(field, el("input", { type: "email", autocomplete: field.autocomplete, spellcheck: "false" })),
  textarea: (field) => single(field, el("textarea", { rows: 3 })),
  time: (field) => single(field, el("input", { type: "time", class: "time" })),
  count: countControl,
  zone: zoneControl,
  flag: flagControl,
  weekdays: weekdaysControl,
  note_cap: noteCapControl,
  emails: emailsControl,
  locale: localeControl,
  greeting: greetingControl,
};

const idOf = (key) => `setting-${key}`;

/** A label, one input, an optional unit and hint, and the error line, tied together by ids. */
function single(field, input, { read = () => input.value.trim(), write = (value) => { input.value = value ?? ""; }, extra = null } = {}) {
  const id = idOf(field.key);
  input.id = id;
  input.name = field.key;
  const unit = field.unit ? el("span", { id: `${id}-unit`, class: "unit" }, field.unit) : null;
  const hint = field.hint ? el("p", { id: `${id}-hint`, class: "help" }, field.hint) : null;
  const error = errorLine(id);
  describe(input, [unit, hint, error]);
  const row = el("div", { class: `setting setting-${field.kind}`, "data-setting": field.key },
    el("label", { for: id }, field.label),
    unit ? el("span", { class: "with-unit" }, input, unit) : input,
    extra, hint, error);
  return withError({ key: field.key, row, inputs: [input], read, write }, error);
}

// Whole numbers go as numbers; anything else goes as typed, so the companion says what is wrong.
function countControl(field) {
  const input = el("input", { type: "text", inputmode: "numeric", class: "count", size: 5, autocomplete: "off" });
  return single(field, input, {
    read: () => {
      const text = input.value.trim();
      return /^-?\d+$/.test(text) ? Number(text) : text;
    },
    write: (value) => { input.value = String(value ?? ""); },
  });
}

function zoneControl(field) {
  const input = el("input", { type: "text", list: ZONE_LIST_ID, autocomplete: "off", spellcheck: "false", class: "zone" });
  const zones = el("datalist", { id: ZONE_LIST_ID }, knownZones().map((zone) => el("option", { value: zone })));
  const here = browserZone();
  const useHere = el("button", { type: "button", class: "use-zone", onClick: () => {
    input.value = here;
    input.focus();
  } }, `Use this browser's zone (${here})`);
  return single(field, input, { extra: el("div", { class: "zone-extra" }, zones, useHere) });
}

// One address per line (commas work too); sent as a list.
function emailsControl(field) {
  const input = el("textarea", { rows: 2, spellcheck: "false", autocomplete: "off" });
  return single(field, input, {
    read: () => input.value.split(/[\n,]+/).map((address) => address.trim()).filter(Boolean),
    write: (addresses) => { input.value = (addresses || []).join("\n"); },
  });
}

function localeControl(field) {
  const input = el("input", { type: "text", autocomplete: "off", spellcheck: "false", class: "locale", size: 8 });
  const here = navigator.language;
  const useHere = el("button", { type: "button", class: "use-zone", onClick: () => {
    input.value = here;
    input.focus();
  } }, `Use this browser's (${here})`);
  return single(field, input, { extra: el("div", { class: "zone-extra" }, useHere) });
}

function greetingControl(field) {
  const choices = [["first_name", "Dear Dana,", "(first name)"], ["full_name", "Dear Dana Lee,", "(full name)"],
    ["formal", "Dear Ms Lee,", "(title and surname; you choose the title in each draft)"]];
  const { group, error, inputs } = choiceGroup(field, choices, "radio");
  return withError({
    key: field.key, row: group, inputs,
    read: () => inputs.find((radio) => radio.checked)?.value ?? "first_name",
    write: (value) => inputs.forEach((radio) => { radio.checked = radio.value === value; }),
  }, error);
}

/** Every zone this browser knows (Intl), for the time zone's suggestions. */
function knownZones() {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return []; // an older browser: the field still takes any zone name typed in
  }
}

function flagControl(field) {
  const id = idOf(field.key);
  const box = el("input", { type: "checkbox", id, name: field.key });
  const hint = field.hint ? el("p", { id: `${id}-hint`, class: "help" }, field.hint) : null;
  const error = errorLine(id);
  describe(box, [hint, error]);
  const row = el("div", { class: "setting setting-flag", "data-setting": field.key },
    el("div", { class: "check" }, box, el("label", { for: id }, field.label)), hint, error);
  return withError({
    key: field.key, row, inputs: [box],
    read: () => box.checked,
    write: (value) => { box.checked = Boolean(value); },
  }, error);
}

/** A fieldset of choices (checkboxes or radios) with the field's label as its legend. */
function choiceGroup(field, choices, type) {
  const id = idOf(field.key);
  const inputs = choices.map(([value, label, note]) => {
    const input = el("input", { type, id: `${id}-${value}`, name: field.key, value: String(value) });
    return { input, item: el("div", { class: "check" }, input, el("label", { for: input.id }, label, note ? el("span", { class: "help" }, ` ${note}`) : null)) };
  });
  const hint = field.hint ? el("p", { id: `${id}-hint`, class: "help" }, field.hint) : null;
  const error = errorLine(id);
  const group = el("fieldset", { id, class: `setting setting-${field.kind}`, "data-setting": field.key },
    el("legend", {}, field.label),
    hint,
    el("div", { class: "choices" }, inputs.map(({ item }) => item)),
    error);
  describe(group, [hint, error]);
  return { group, error, inputs: inputs.map(({ input }) => input) };
}

function weekdaysControl(field) {
  const { group, error, inputs } = choiceGroup(field, WEEKDAYS, "checkbox");
  return withError({
    key: field.key, row: group, inputs,
    read: () => inputs.filter((box) => box.checked).map((box) => box.value),
    write: (days) => inputs.forEach((box) => { box.checked = (days || []).includes(box.value); }),
  }, error);
}

function noteCapControl(field) {
  const choices = [[300, "300 characters", "(LinkedIn's cap)"], [200, "200 characters", "(200 on a free LinkedIn account)"]];
  const { group, error, inputs } = choiceGroup(field, choices, "radio");
  return withError({
    key: field.key, row: group, inputs,
    read: () => Number(inputs.find((radio) => radio.checked)?.value ?? 300),
    write: (cap) => inputs.forEach((radio) => { radio.checked = Number(radio.value) === Number(cap); }),
  }, error);
}

function errorLine(id) {
  return el("p", { id: `${id}-error`, class: "field-error" });
}

function describe(node, parts) {
  const ids = parts.filter(Boolean).map((part) => part.id);
  if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
}

/** Adds showError/clearError: the message under the field, its inputs marked invalid. */
function withError(control, error) {
  control.showError = (text) => {
    error.textContent = text;
    control.inputs.forEach((input) => input.setAttribute("aria-invalid", "true"));
  };
  control.clearError = () => {
    error.textContent = "";
    control.inputs.forEach((input) => input.removeAttribute("aria-invalid"));
  };
  return control;
}
