/**
 * The companion's settings as the options page shows them: each key with a label in plain
 * words (taken from the setting's help text in companion/settings.py) and the kind of control.
 */

/** The days in the companion's order and spelling (business_days holds these names). */
export const WEEKDAYS = [
  ["mon", "Monday"], ["tue", "Tuesday"], ["wed", "Wednesday"], ["thu", "Thursday"],
  ["fri", "Friday"], ["sat", "Saturday"], ["sun", "Sunday"],
];

/**
 * "About you": always open. kind is one of text, email, emails, textarea, greeting, locale, zone, weekdays, flag,
 * note_cap, time, count; hint is shown under the control and read with it.
 */
export const ABOUT_YOU = [
  { key: "name", kind: "text", label: "Your full name", hint: "Every draft is signed with it.", autocomplete: "name" },
  { key: "email", kind: "email", label: "Your email address",
    hint: "The sender of the drafts; invites to this address leave you out of the people to thank.", autocomplete: "email" },
  { key: "other_emails", kind: "emails", label: "Your other email addresses",
    hint: "Work, personal or alias addresses, one per line: you are never among the people to thank." },
  { key: "signature", kind: "textarea", label: "Signature", hint: "Lines placed under your name in emails, such as a phone number or a portfolio link." },
  { key: "greeting", kind: "greeting", label: "Greeting in drafts" },
  { key: "locale", kind: "locale", label: "Your locale", hint: "Dates in drafts are written as people write them there: en-US gives \u201cWednesday, December 2\u201d, en-GB \u201cWednesday 2 December\u201d." },
  { key: "zone", kind: "zone", label: "Your time zone", hint: "Follow-ups fall due in this zone, because that is when you act on them." },
  { key: "business_days", kind: "weekdays", label: "Business days", hint: "Check-ins counted in business days only land on these days." },
  { key: "handwritten_cards", kind: "flag", label: "Also plan a handwritten thank-you card for each interviewer",
    hint: "In addition to the thank-you email, never instead of it." },
  { key: "linkedin_note_cap", kind: "note_cap", label: "LinkedIn connection note length",
    hint: "Drafted notes to interviewers fit in this many characters." },
  { key: "backup_keep_days", kind: "count", label: "Keep a daily backup of your data for", unit: "days (0: none)",
    hint: "The companion copies its database once a day into the backups folder of its data directory." },
];

/** "Timing": the offsets of the follow-up rules, grouped by what they time. */
export const TIMING = [
  { legend: "Any follow-up counted in days", fields: [
    { key: "follow_up_time", kind: "time", label: "Falls due at" },
  ] },
  { legend: "Thank-you after an interview", fields: [
    { key: "thank_you_morning_ends", kind: "time", label: "An interview ending before this is thanked the same day" },
    { key: "thank_you_same_day_at", kind: "time", label: "A same-day thank-you is due at" },
    { key: "thank_you_next_morning_at", kind: "time", label: "Otherwise, the next-morning thank-you is due at" },
    { key: "thank_you_within_hours", kind: "count", label: "Never later than this after the interview ends", unit: "hours" },
  ] },
  { legend: "Checking in when there is no news", fields: [
    { key: "check_in_after_decision_business_days", kind: "count", label: "After a decision date they gave has passed", unit: "business days" },
    { key: "check_in_after_interview_days", kind: "count", label: "After the interview, when they gave no date", unit: "days" },
    { key: "second_check_in_after_days", kind: "count", label: "Second check-in, after the first one was sent", unit: "days" },
  ] },
  { legend: "Staying in touch", fields: [
    { key: "keep_in_touch_every_days", kind: "count", label: "During a long decision, a keep-in-touch note every", unit: "days" },
    { key: "thank_you_anyway_after_days", kind: "count", label: "After a rejection, a thank-you-anyway note", unit: "days later" },
    { key: "stay_in_touch_after_days", kind: "count", label: "Then one stay-in-touch note", unit: "days later (0: none)" },
  ] },
  { legend: "An application with no interview yet", fields: [
    { key: "application_follow_up_after_days", kind: "count", label: "Follow up after applying", unit: "days" },
    { key: "application_follow_up_deadline_days", kind: "count", label: "At the latest", unit: "days after applying" },
  ] },
  { legend: "Getting ready for an interview", fields: [
    { key: "prepare_morning_at", kind: "time", label: "A reminder on the morning of the interview at" },
    { key: "prepare_early_start_before", kind: "time", label: "An interview starting before this is an early one" },
    { key: "prepare_hours_before", kind: "count", label: "For an early one, remind me before it starts", unit: "hours" },
  ] },
];

/** Every field the page shows, About you first. */
export const ALL_FIELDS = [...ABOUT_YOU, ...TIMING.flatMap((group) => group.fields)];
