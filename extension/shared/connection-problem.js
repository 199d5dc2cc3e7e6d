/**
 * What the popup shows when it cannot reach the companion: which problem it is, in plain
 * words, and the fix (start the companion, in one click where it is installed, or paste the
 * pairing token in the options).
 */

import { el } from "./dom.js";
import { startCompanion } from "./messages.js";

const START_COMMAND = "interview-companion serve";
const TOKEN_COMMAND = "interview-companion token";

/** Build the notice for an error {code, message} from the service worker. */
export function buildConnectionProblem(error, { retry }) {
  const problem = PROBLEMS[error.code] || PROBLEMS.other;
  const detail = el("p", { class: "muted detail" }, error.message || "");
  return el("section", { class: "notice problem connection", "aria-labelledby": "problem-title", "data-problem": error.code || "other" },
    el("h2", { id: "problem-title" }, problem.title),
    problem.fix(),
    detail,
    el("div", { class: "actions" },
      problem.start ? startButton(detail, retry) : null,
      problem.options ? el("button", { type: "button", class: "primary", onClick: () => chrome.runtime.openOptionsPage() }, "Open options") : null,
      el("button", { type: "button", class: problem.options || problem.start ? "" : "primary", onClick: retry }, "Try again")),
  );
}

// Starts the companion through the native host `interview-companion install` registered.
function startButton(detail, retry) {
  const button = el("button", { type: "button", class: "primary", onClick: async () => {
    button.disabled = true;
    button.textContent = "Starting…";
    const started = await startCompanion();
    if (started.ok) return retry();
    detail.textContent = started.error.message;
    button.disabled = false;
    button.textContent = "Start the companion";
  } }, "Start the companion");
  return button;
}

function commandLine(command) {
  const copy = el("button", { type: "button", onClick: async () => {
    await navigator.clipboard.writeText(command).catch(() => {});
    copy.textContent = "Copied";
  } }, "Copy");
  return el("div", { class: "command" }, el("code", {}, command), copy);
}

const PROBLEMS = {
  not_running: {
    title: "The companion is not running",
    start: true,
    fix: () => el("div", {},
      el("p", {}, "Start it in a terminal:"),
      commandLine(START_COMMAND),
      el("p", { class: "muted" }, "Pages you track meanwhile are kept and sent once it is back.")),
  },
  not_paired: {
    title: "Not paired with the companion yet",
    options: true,
    fix: () => el("ol", {},
      el("li", {}, "Show the pairing token in a terminal:", commandLine(TOKEN_COMMAND)),
      el("li", {}, "Open the options and paste it.")),
  },
  unauthorized: {
    title: "The companion did not accept the token",
    options: true,
    fix: () => el("ol", {},
      el("li", {}, "Show the current token:", commandLine(TOKEN_COMMAND)),
      el("li", {}, "Open the options and paste it again.")),
  },
  bad_address: {
    title: "The companion's address is not valid",
    options: true,
    fix: () => el("p", {}, "Set it in the options, for example http://127.0.0.1:8765."),
  },
  timeout: {
    title: "The companion did not answer in time",
    fix: () => el("p", {}, "It may be busy. Try again in a moment."),
  },
  busy: {
    // Its message says what to do: wait a moment (another change held its data), or free disk space.
    title: "The companion cannot save right now",
    fix: () => el("p", {}, "Pages you track meanwhile are kept and sent once it can."),
  },
  other: {
    title: "Something went wrong",
    fix: () => el("p", {}, "The companion could not answer this request."),
  },
};

/** True when the error means nothing else in the popup can work until it is fixed. */
export function isConnectionProblem(error) {
  return ["not_running", "not_paired", "unauthorized", "bad_address", "timeout", "busy", "no_worker"].includes(error?.code);
}
