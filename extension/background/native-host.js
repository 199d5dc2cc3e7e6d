/* The installed companion's native messaging host (`interview-companion install` registers it):
   it starts the companion and hands over its address and pairing token, so the user neither
   opens a terminal nor copies a token. Where it is not installed, the answer says how to. */
import { failure } from "./companion-client.js";

const HOST = "local.interview_companion";

/* Asks the host to "pair" or "start"; on success stores the address and token it gave.
   Resolves to {ok: true, running} or {ok: false, error}. */
export async function askNativeHost(command) {
  let answer;
  try {
    answer = await chrome.runtime.sendNativeMessage(HOST, { command });
  } catch (error) {
    return failure("no_native_host",
      `The companion is not installed for this browser (${error.message}). Install it once with \`interview-companion install\`, or pair by hand in the options.`);
  }
  if (!answer?.ok) return failure("native_host_failed", `The companion could not be started: ${answer?.error || "no answer"}.`);
  await chrome.storage.local.set({ companionUrl: answer.url, token: answer.token });
  return { ok: true, running: Boolean(answer.running) };
}
