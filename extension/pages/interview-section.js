/**
 * The interviews of one application on the applications page: when and where each is,
 * who took part, notes on what was discussed, an edit form, and a form to add one by hand.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { debriefPageUrl } from "../shared/page-urls.js";
import { formatDay, formatExact, formatTime } from "../shared/zoned-time.js";
import { buildFieldForm } from "./field-form.js";
import { INTERVIEW_EDIT_FIELDS, INTERVIEW_FIELDS, interviewNotesFields } from "./record-fields.js";

/** Build the section; `ctx` has {zone, announce, reload}. */
export function buildInterviewSection(application, interviews, ctx) {
  const sorted = [...interviews].sort((a, b) => new Date(a.start) - new Date(b.start));
  return el("section", { class: "card", "aria-labelledby": "interviews-title" },
    el("h3", { id: "interviews-title" }, "Interviews"),
    sorted.length ? el("ol", { class: "records" }, sorted.map((interview) => interviewItem(interview, ctx))) : el("p", { class: "muted" }, "No interviews yet."),
    el("details", { class: "add" },
      el("summary", {}, "Add an interview by hand"),
      buildFieldForm({
        id: "new-interview",
        fields: INTERVIEW_FIELDS,
        values: { title: `Interview with ${application.company || "the company"}` },
        zone: ctx.zone,
        isNew: true,
        submitLabel: "Add interview",
        onSubmit: (changes) => api("POST", "/api/interviews", { ...changes, application_id: application.id, zone: ctx.zone }),
        onSaved: () => { ctx.announce("Interview added."); ctx.reload(); },
      })),
  );
}

// What the debrief said, and the way to it (to fill it in, or to change it later).
function debriefLine(interview) {
  if (interview.status === "cancelled") return null;
  const debrief = interview.debrief;
  const href = debriefPageUrl(interview.id);
  const said = debrief ? [
    "Debriefed",
    debrief.heard_by ? `you will hear by ${formatDay(debrief.heard_by)}` : null,
    debrief.another_round ? "another round is coming" : null,
    debrief.rating ? `it went ${debrief.rating}/5` : null,
  ].filter(Boolean).join(" · ") : null;
  return el("p", { class: "debrief-line" }, said ? `${said}. ` : "",
    el("a", { href, target: "_blank" }, debrief ? "Change the debrief" : "Debrief this interview"));
}

// The form's changed fields as the companion takes them: "person-5" fields become participant_notes.
function notesBody(changes) {
  const body = {};
  const perPerson = [];
  for (const [name, value] of Object.entries(changes)) {
    const person = /^person-(\d+)$/.exec(name);
    if (person) perPerson.push({ contact_id: Number(person[1]), notes: value ?? "" });
    else body[name] = value ?? "";
  }
  if (perPerson.length) body.participant_notes = perPerson;
  return body;
}

function interviewItem(interview, ctx) {
  const start = new Date(interview.start);
  const cancelled = interview.status === "cancelled";
  const participants = interview.participants || [];
  const people = participants.map((person) => person.name).filter(Boolean);
  return el("li", { class: `record interview${cancelled ? " cancelled" : ""}` },
    el("h4", {}, interview.title || "Interview", interview.round ? ` (round ${interview.round})` : "",
      cancelled ? el("span", { class: "chip" }, "cancelled") : null),
    el("p", {}, formatExact(start, ctx.zone), interview.end ? ` to ${formatTime(new Date(interview.end), ctx.zone)}` : "",
      interview.zone && interview.zone !== ctx.zone ? el("span", { class: "muted" }, ` (${formatExact(start, interview.zone)} ${interview.zone})`) : null),
    interview.location ? el("p", { class: "muted" }, interview.location) : null,
    interview.video_link ? el("p", {}, el("a", { href: interview.video_link, target: "_blank", rel: "noopener" }, "Video link")) : null,
    people.length ? el("p", {}, "With ", people.join(", ")) : null,
    debriefLine(interview),
    buildFieldForm({
      id: `interview-${interview.id}-notes`,
      // A field for each person thanked for the interview; the recruiter who sent the invite is not.
      fields: interviewNotesFields(participants.filter((person) => person.kind !== "recruiter")),
      values: {
        notes: interview.notes || "", forgot: interview.forgot || "",
        ...Object.fromEntries(participants.map((person) => [`person-${person.id}`, person.notes || ""])),
      },
      submitLabel: "Save notes",
      className: "notes-form",
      onSubmit: (changes) => api("PATCH", `/api/interviews/${interview.id}`, notesBody(changes)),
      onSaved: () => ctx.announce("Interview notes saved."),
    }),
    el("details", { class: "edit" },
      el("summary", {}, "Edit interview"),
      buildFieldForm({
        id: `interview-${interview.id}-edit`,
        fields: INTERVIEW_EDIT_FIELDS,
        values: interview,
        zone: ctx.zone,
        submitLabel: "Save interview",
        onSubmit: (changes) => api("PATCH", `/api/interviews/${interview.id}`, changes),
        onSaved: () => { ctx.announce("Interview saved."); ctx.reload(); },
      })),
  );
}
