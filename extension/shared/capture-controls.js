/* The capture controls for the popup: "Track this page" captures the tab the user is on
   (Chrome grants activeTab when the toolbar button is clicked) and "Import an invite or e-mail"
   sends a calendar file (.ics) or a recruiter's message (.eml, or Outlook's .msg) the user picks. Each shows the
   capture's feedback as text. */
import { el } from "./dom.js";
import { buildLastCapture } from "./last-capture.js";
import { messageKindWords } from "./message-kinds.js";
import { api, captureIcs, captureTab } from "./messages.js";

const MAX_INVITE_BYTES = 2 * 1024 * 1024;

/** A message file sent as it is (base64 keeps any charset and transfer encoding intact). */
async function takeMessage(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return api("POST", "/api/messages", { eml_base64: btoa(binary) });
}

// onResult(answer) is called after each capture, e.g. to reload the follow-up list.
export function buildCaptureControls({ onResult } = {}) {
  const result = el("div", { class: "capture-result", "aria-live": "polite" });
  const show = (answer) => {
    result.replaceChildren(
      answer.feedback ? buildLastCapture(answer.feedback) : el("p", { class: "status-line error" }, answer.error?.message || "That did not work."),
    );
    onResult?.(answer);
  };

  const trackButton = el("button", { type: "button", class: "primary" }, "Track this page");
  trackButton.addEventListener("click", async () => {
    trackButton.disabled = true;
    show(await captureTab());
    trackButton.disabled = false;
  });

  const fileInput = el("input", { type: "file", id: "invite-file", accept: ".ics,.eml,.msg,text/calendar,message/rfc822,application/vnd.ms-outlook",
    class: "visually-hidden" });
  fileInput.addEventListener("change", async () => {
    const [file] = fileInput.files;
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_INVITE_BYTES) {
      show({ ok: false, error: { message: `${file.name} is too large to be an invite or a message (over 2 MB).` } });
      return;
    }
    if (/\.(eml|msg)$/i.test(file.name) || ["message/rfc822", "application/vnd.ms-outlook"].includes(file.type)) {
      return showMessage(await takeMessage(file));
    }
    show(await captureIcs(await file.text(), file.name));
  });
  // What the companion understood of a recruiter's message, in a sentence.
  const showMessage = (answer) => {
    if (!answer.ok) return show(answer);
    const { verdict, recorded, application_id: applicationId } = answer.data;
    const said = `${messageKindWords(verdict.kind, { capital: true })} (${verdict.reason}).`;
    const done = recorded ? ` Recorded: ${recorded.replace("_", " ")}.`
      : applicationId ? " Nothing recorded: check it on the applications page." : " No tracked application matches it.";
    result.replaceChildren(el("p", { class: "status-line" }, said + done));
    onResult?.(answer);
  };

  return el(
    "section",
    { class: "capture-controls", "aria-label": "Track" },
    el("div", { class: "actions" }, trackButton, el("label", { for: "invite-file", class: "button" }, "Import an invite or e-mail"), fileInput),
    result,
  );
}
