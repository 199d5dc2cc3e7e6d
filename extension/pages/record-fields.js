/**
 * The editable fields of applications, interviews and contacts, as the companion's API
 * names them, with labels a user understands.
 */

export const APPLICATION_STATUSES = [
  ["saved", "Saved"], ["applied", "Applied"], ["interviewing", "Interviewing"], ["offer", "Offer"],
  ["accepted", "Accepted"], ["rejected", "Rejected"], ["withdrew", "Withdrew"],
];

const CHANNELS = [["email", "Email"], ["phone", "Phone call"], ["letter", "Letter"], ["linkedin", "LinkedIn"]];

export const APPLICATION_FIELDS = [
  { name: "company", label: "Company", required: true },
  { name: "title", label: "Role" },
  { name: "status", label: "Status", type: "select", options: APPLICATION_STATUSES },
  { name: "location", label: "Location" },
  { name: "job_url", label: "Job posting address", type: "url" },
  { name: "applied_on", label: "Applied on", type: "date" },
  { name: "decision_by", label: "Decision expected by", type: "date" },
  { name: "contact_on", label: "They asked to be contacted on", type: "date" },
  { name: "channel", label: "Preferred way to follow up", type: "select", options: CHANNELS },
  { name: "long_decision", label: "Still interested, long decision (send keep-in-touch notes)", type: "checkbox" },
  { name: "board", label: "Job board" },
  { name: "board_job_id", label: "Job id on the board" },
  { name: "notes", label: "Notes", type: "textarea" },
];

export const NEW_APPLICATION_FIELDS = APPLICATION_FIELDS.filter((field) =>
  ["company", "title", "status", "location", "job_url", "applied_on", "notes"].includes(field.name));

export const INTERVIEW_FIELDS = [
  { name: "title", label: "Title", required: true },
  { name: "round", label: "Round", type: "number" },
  { name: "start", label: "Starts", type: "datetime", required: true },
  { name: "end", label: "Ends", type: "datetime", required: true },
  { name: "location", label: "Place" },
  { name: "video_link", label: "Video link", type: "url" },
];

export const INTERVIEW_EDIT_FIELDS = [
  ...INTERVIEW_FIELDS,
  { name: "status", label: "Status", type: "select", options: [["scheduled", "Scheduled"], ["cancelled", "Cancelled"]] },
];

/** The notes on an interview: in general, per person met (each one's thank-you quotes their own), and what was left unsaid. */
export function interviewNotesFields(participants) {
  return [
    ...participants.map((person) => ({
      name: `person-${person.id}`, label: `What ${person.name || person.email || "this person"} talked about`, type: "textarea", rows: 2,
      hint: "Their thank-you quotes the first sentence.",
    })),
    { name: "notes", label: "What was discussed (the thank-you drafts use it)", type: "textarea", rows: 3,
      hint: participants.length ? "A line starting with a person's name and a colon is theirs." : "" },
    { name: "forgot", label: "Anything you forgot to say", type: "textarea", rows: 2, hint: "The thank-you emails add it." },
  ];
}

export const CONTACT_KINDS = [
  ["interviewer", "Interviewer"], ["recruiter", "Recruiter"], ["hiring_manager", "Hiring manager"], ["reference", "Reference"],
];

export const CONTACT_FIELDS = [
  { name: "name", label: "Name", required: true },
  { name: "title", label: "Job title" },
  { name: "email", label: "Email", type: "email" },
  { name: "kind", label: "Role in the process", type: "select", options: CONTACT_KINDS },
  { name: "linkedin_url", label: "LinkedIn profile", type: "url" },
];

/** The label shown for a value of a select field. */
export function optionLabel(options, value) {
  return options.find(([optionValue]) => optionValue === value)?.[1] || value || "";
}
