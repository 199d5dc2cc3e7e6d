/**
 * The debrief after an interview (R13), in about a minute and with the keyboard alone: who was
 * there and what each person talked about, anything forgotten, when news will come, references,
 * another round and how it went. Saving sends it all to the companion, which re-plans; the
 * thank-you emails it leaves to send are offered right here. Opened as
 * debrief.html?interview=<id> (from the popup's row, a notification or the applications page).
 */

import { buildConnectionProblem } from "../shared/connection-problem.js";
import { el } from "../shared/dom.js";
import { saveText } from "../shared/download.js";
import { api, apiText, refreshBadge } from "../shared/messages.js";
import { loadUserSettings } from "../shared/user-settings.js";
import { formatExact, formatTime } from "../shared/zoned-time.js";

const main = document.getElementById("debrief");
const interviewId = new URLSearchParams(location.search).get("interview");
const RATINGS = [[1, "1, badly"], [2, "2"], [3, "3"], [4, "4"], [5, "5, very well"]];

async function load() {
  if (!/^\d+$/.test(interviewId || "")) return showProblem({ message: "Open the debrief from a follow-up: this address names no interview." });
  const [answer, settings] = await Promise.all([api("GET", `/api/interviews/${interviewId}/debrief`), loadUserSettings()]);
  if (!answer.ok) return showProblem(answer.error);
  render(answer.data, settings.zone);
}

function showProblem(problem) {
  main.replaceChildren(buildConnectionProblem({ code: problem.code || "other", message: problem.message }, { retry: load }));
  main.setAttribute("aria-busy", "false");
  document.body.dataset.state = "problem";
}

function render(debrief, zone) {
  const company = debrief.application?.company || "the company";
  const start = new Date(debrief.interview.start);
  const people = debrief.people.map((person) => knownPerson(person));
  const added = [];
  const addedList = el("div", { class: "added" });
  const status = el("p", { id: "debrief-status", class: "status-line", role: "status", "aria-live": "polite" });

  const addPerson = () => {
    const person = newPerson(added.length, () => {
      added.splice(added.indexOf(person), 1);
      person.node.remove();
      addButton.focus();
    });
    added.push(person);
    addedList.append(person.node);
    person.focus();
  };
  const addButton = el("button", { type: "button", onClick: addPerson }, "Someone else was there");

  const forgot = textArea("forgot", "Anything you forgot to say", debrief.forgot, "The thank-you emails add it.");
  const heardBy = textInput("heard-by", "When they said you would hear", debrief.heard_words || debrief.heard_by || "",
    "A date, or their words: \u201cby Friday\u201d, \u201cend of next week\u201d, \u201cin two weeks\u201d. Check-ins wait until then.");
  const followUpOn = dateInput("follow-up-on", "They asked you to follow up on", debrief.follow_up_on || "");
  const references = checkbox("references", "They asked for references", debrief.references_requested);
  const anotherRound = checkbox("another-round", "Another round is coming", debrief.another_round);
  const ratings = RATINGS.map(([value, label]) => {
    const input = el("input", { type: "radio", name: "rating", id: `rating-${value}`, value: String(value) });
    input.checked = debrief.rating === value;
    return { input, node: el("label", { for: input.id }, input, label) };
  });

  const form = el("form", { id: "debrief-form", novalidate: true },
    el("fieldset", { "data-field": "people" },
      el("legend", {}, "Who was there"),
      people.length ? people.map((person) => person.node) : el("p", { class: "hint" }, "The invite named nobody: add the people you met."),
      addedList,
      el("div", { class: "actions" }, addButton)),
    forgot.node,
    el("fieldset", {},
      el("legend", {}, "When will you hear?"),
      heardBy.node, followUpOn.node),
    el("fieldset", {},
      el("legend", {}, "What comes next"),
      references.node, anotherRound.node),
    el("fieldset", { "data-field": "rating" },
      el("legend", {}, "How did it go? (for your own statistics)"),
      el("div", { class: "choices" }, ratings.map((rating) => rating.node))),
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary" }, debrief.saved_at ? "Save changes" : "Save debrief"),
      el("button", { type: "button", onClick: () => skip(debrief.follow_up_id, status) }, "Skip the debrief")),
    status);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      people: [...people.map((person) => person.value()), ...added.map((person) => person.value())],
      forgot: forgot.input.value.trim(),
      heard_by: heardBy.input.value.trim() || null,
      follow_up_on: followUpOn.input.value || null,
      references_requested: references.input.checked,
      another_round: anotherRound.input.checked,
      rating: Number(ratings.find((rating) => rating.input.checked)?.input.value) || null,
    };
    const answer = await api("POST", `/api/interviews/${interviewId}/debrief`, body);
    if (!answer.ok) return showError(answer.error, status, { people: [...people, ...added], heardBy, followUpOn, ratings });
    status.textContent = "";
    status.classList.remove("error");
    refreshBadge();
    showThankYous(answer.data.thank_yous, form);
  });

  main.replaceChildren(
    el("h1", { id: "debrief-title", tabindex: "-1" }, `How did the interview with ${company} go?`),
    el("p", { class: "when" }, [debrief.application?.title, debrief.interview.title].filter(Boolean).join(" · "), " · ",
      formatExact(start, zone), debrief.interview.end ? ` to ${formatTime(new Date(debrief.interview.end), zone)}` : ""),
    form);
  main.setAttribute("aria-busy", "false");
  document.body.dataset.state = "ready";
  (people[0]?.focus || (() => addButton.focus()))();
}

/** Someone on the invite: were they there (recruiters who only sent the invite start unticked), what did they talk about. */
function knownPerson(person) {
  const id = `person-${person.contact_id}`;
  const name = person.name || person.email || "Someone";
  const there = el("input", { type: "checkbox", id: `${id}-there` });
  there.checked = person.attended ?? person.kind !== "recruiter";
  const notes = el("textarea", { id: `${id}-notes`, rows: 2, "aria-describedby": `${id}-hint` });
  notes.value = person.notes || "";
  return {
    node: el("div", { class: "person", "data-contact": person.contact_id },
      el("div", { class: "check" }, there, el("label", { for: there.id }, `${name} was there`),
        person.title ? el("span", { class: "hint" }, ` · ${person.title}`) : null),
      el("div", { class: "field" },
        el("label", { for: notes.id }, `What ${name} talked about`), notes,
        el("small", { id: `${id}-hint` }, "One sentence is enough: their thank-you quotes it."))),
    value: () => ({ contact_id: person.contact_id, attended: there.checked, notes: notes.value.trim() }),
    focus: () => there.focus(),
  };
}

/** Someone not on the invite: their name (needed), title and e-mail when known, and what they talked about. */
function newPerson(number, remove) {
  const id = `new-person-${Date.now()}-${number}`;
  const inputs = {
    name: el("input", { type: "text", id: `${id}-name`, autocomplete: "off", required: true }),
    title: el("input", { type: "text", id: `${id}-title`, autocomplete: "off" }),
    email: el("input", { type: "email", id: `${id}-email`, autocomplete: "off", spellcheck: "false" }),
    notes: el("textarea", { id: `${id}-notes`, rows: 2 }),
  };
  const field = (name, label) => el("div", { class: "field" }, el("label", { for: inputs[name].id }, label), inputs[name]);
  return {
    node: el("div", { class: "person new-person", role: "group", "aria-label": "Someone else who was there" },
      el("div", { class: "row" }, field("name", "Name"), field("title", "Title (if known)"), field("email", "Email (if known)")),
      field("notes", "What they talked about"),
      el("div", { class: "actions" }, el("button", { type: "button", onClick: remove }, "Remove"))),
    value: () => ({ name: inputs.name.value.trim(), title: inputs.title.value.trim(), email: inputs.email.value.trim(),
      attended: true, notes: inputs.notes.value.trim() }),
    focus: () => inputs.name.focus(),
  };
}

function textArea(id, label, value, hint) {
  const input = el("textarea", { id, rows: 2, "aria-describedby": `${id}-hint` });
  input.value = value || "";
  return { input, node: el("div", { class: "field" }, el("label", { for: id }, label), input, el("small", { id: `${id}-hint` }, hint)) };
}

function textInput(id, label, value, hint) {
  const input = el("input", { type: "text", id, autocomplete: "off", "aria-describedby": `${id}-hint` });
  input.value = value;
  return { input, node: el("div", { class: "field" }, el("label", { for: id }, label), input, el("small", { id: `${id}-hint` }, hint)) };
}

function dateInput(id, label, value) {
  const input = el("input", { type: "date", id });
  input.value = value;
  return { input, node: el("div", { class: "field" }, el("label", { for: id }, label), input) };
}

function checkbox(id, label, checked) {
  const input = el("input", { type: "checkbox", id });
  input.checked = Boolean(checked);
  return { input, node: el("div", { class: "check" }, input, el("label", { for: id }, label)) };
}

/** The companion's error, said and with the keyboard on the field it names ("people[1].email"). */
function showError(error, status, { people, heardBy, followUpOn, ratings }) {
  status.textContent = error.message;
  status.classList.add("error");
  const person = /^people\[(\d+)\]/.exec(error.field || "");
  const target = person ? people[Number(person[1])] : null;
  if (target) return target.focus();
  ({ heard_by: heardBy.input, follow_up_on: followUpOn.input, rating: ratings[0].input })[error.field]?.focus();
}

/** After saving: the thank-you emails to send now, each ready to open in the mail program. */
function showThankYous(thankYous, form) {
  const heading = el("h2", { id: "send-title", tabindex: "-1" },
    thankYous.length ? "Saved. Send your thank-yous now" : "Saved. No thank-you email is left to send for this interview");
  const items = thankYous.map((followUp) => el("li", {},
    el("span", {}, followUp.label, followUp.draft_warnings.length ? el("small", { class: "hint" }, ` (check: ${followUp.draft_warnings.join(" ")})`) : null),
    followUp.mailto ? el("a", { class: "button primary", href: followUp.mailto, target: "_blank", rel: "noopener" }, "Open draft") : null,
    el("button", { type: "button", onClick: () => downloadEml(followUp) }, "Download .eml")));
  const section = el("section", { class: "send", "aria-labelledby": "send-title" }, heading, items.length ? el("ul", {}, items) : null);
  document.querySelector(".send")?.remove();
  form.after(section);
  heading.focus();
}

async function downloadEml(followUp) {
  const answer = await apiText(`/api/followups/${followUp.id}/draft.eml`);
  if (answer.ok) saveText(`${followUp.kind}-${followUp.id}.eml`, answer.text, "message/rfc822");
}

async function skip(followUpId, status) {
  if (!followUpId) {
    status.textContent = "There is no open debrief to skip for this interview.";
    return;
  }
  const answer = await api("POST", `/api/followups/${followUpId}/mark`, { action: "skipped" });
  status.textContent = answer.ok ? "Debrief skipped: the thank-yous go ahead with what you noted before." : answer.error.message;
  status.classList.toggle("error", !answer.ok);
  if (answer.ok) refreshBadge();
}

load();
