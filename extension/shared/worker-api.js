/**
 * How extension pages reach the companion: every request goes to the service worker as a
 * message ({type: "api"}), which alone talks to the companion and answers {ok, data|error}.
 */

/** Send one API request through the service worker; never throws. */
export async function api(method, path, body) {
  const message = { type: "api", method, path };
  if (body !== undefined) message.body = body;
  return send(message);
}

/** Fetch a text download (an .ics or .eml) through the service worker; never throws. */
export async function apiText(path) {
  return send({ type: "api-text", method: "GET", path });
}

/** Ask the service worker to recount the toolbar badge now. */
export function refreshBadge() {
  return send({ type: "refresh-badge" });
}

/** Send any message to the service worker; never throws (a silent worker is an error answer). */
export async function send(message) {
  let answer;
  try {
    answer = await chrome.runtime.sendMessage(message);
  } catch (error) {
    return workerDown(String(error && error.message || error));
  }
  return answer || workerDown("the service worker gave no answer");
}

function workerDown(detail) {
  return {
    ok: false,
    status: 0,
    error: {
      code: "no_worker",
      message: `The extension's background part did not answer (${detail}). Reload the extension from chrome://extensions.`,
    },
  };
}
