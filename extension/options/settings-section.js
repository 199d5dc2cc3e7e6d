/**
 * The options page's "About you and your follow-ups": the companion's settings in a form that
 * opens once the extension is paired, saves only what changed, and shows the companion's error
 * under the field it names.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { buildControl } from "./settings-controls.js";
import { ABOUT_YOU, ALL_FIELDS, TIMING } from "./settings-fields.js";

const LABELS = new Map(ALL_FIELDS.map((field) => [field.key, field.label]));

/** Fill `section` (from options.html) with the form; returns {refresh} to (re)load the settings. */
export function mountSettingsSection(section) {
  const note = section.querySelector("#settings-note");
  const form = section.querySelector("#settings");
  const fields = form.querySelector("#settings-fields");
  const status = section.querySelector("#settings-status");
  const submit = form.querySelector("#settings-save");
  const controls = new Map(ALL_FIELDS.map((field) => [field.key, buildControl(field)]));
  const timing = el("details", { class: "timing" },
    el("summary", {}, "Timing"),
    el("p", { class: "help" }, "When each follow-up falls due, in your time zone. The defaults follow common career advice; change any of them to suit you."),
    TIMING.map((group) => el("fieldset", { class: "timing-group" },
      el("legend", {}, group.legend),
      group.fields.map((field) => controls.get(field.key).row))));
  fields.prepend(...ABOUT_YOU.map((field) => controls.get(field.key).row), timing);

  let saved = null; // the settings as the companion last sent them
  let generation = 0; // only the latest load may fill the form

  const say = (text, isError = false) => {
    status.textContent = text;
    status.classList.toggle("error", isError);
  };

  /** What the form holds that differs from the saved settings (keys the companion has only). */
  function changes() {
    const changed = {};
    for (const [key, control] of controls) {
      if (!saved || !(key in saved)) continue;
      const value = control.read();
      if (JSON.stringify(value) !== JSON.stringify(saved[key])) changed[key] = value;
    }
    return changed;
  }

  function fill(settings) {
    saved = settings;
    for (const [key, control] of controls) if (key in settings) control.write(settings[key]);
  }

  function clearErrors() {
    for (const control of controls.values()) control.clearError();
  }

  function showError(error) {
    const control = controls.get(error.field);
    if (!control) return say(`Not saved: ${error.message}`, true);
    control.showError(error.message);
    say(`Not saved: fix “${LABELS.get(error.field)}”. Nothing was changed.`, true);
    if (timing.contains(control.row)) timing.open = true;
    control.inputs[0].focus();
  }

  async function refresh() {
    const mine = ++generation;
    const answer = await api("GET", "/api/settings");
    if (mine !== generation) return;
    fields.disabled = !answer.ok;
    if (!answer.ok) {
      note.textContent = answer.error.code === "not_paired"
        ? "Pair with the companion above first: these settings are kept in the companion."
        : `These settings are kept in the companion, which cannot be reached now: ${answer.error.message}`;
      return;
    }
    note.textContent = "Kept in the companion. Drafts, invites and due times use them.";
    // A new load must not throw away what the user is typing.
    if (!saved || Object.keys(changes()).length === 0) fill(answer.data.settings);
  }

  async function save(event) {
    event.preventDefault();
    clearErrors();
    const body = changes();
    const count = Object.keys(body).length;
    if (count === 0) return say("Nothing to save: no setting was changed.");
    submit.disabled = true;
    say("Saving…");
    const answer = await api("PATCH", "/api/settings", body);
    submit.disabled = false;
    if (!answer.ok) return showError(answer.error);
    fill(answer.data.settings);
    say(`Saved ${count === 1 ? "1 change" : `${count} changes`}. Your follow-ups are re-planned with them.`);
  }

  form.addEventListener("submit", save);
  // Typing into a field the companion refused takes its message away.
  form.addEventListener("input", (event) => controls.get(event.target.name)?.clearError());
  return { refresh };
}
