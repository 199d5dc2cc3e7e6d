/* The options page: the companion's address and the pairing token, saved as typed, and a
   "Test connection" button that says in plain words what is wrong when it does not work;
   below, the user's settings, which open once the pairing works. */
import { checkCompanionUrl, DEFAULT_COMPANION_URL } from "../background/companion-client.js";
import { mountSettingsSection } from "./settings-section.js";
import { mountOutboxLists } from "./outbox-lists.js";
import { outboxStatus, pairNative, startCompanion, testConnection } from "../shared/messages.js";

const form = document.getElementById("connection");
const urlInput = document.getElementById("companion-url");
const tokenInput = document.getElementById("token");
const status = document.getElementById("status");
const outboxNote = document.getElementById("outbox");
const settings = mountSettingsSection(document.getElementById("about-you"));
const outboxLists = mountOutboxLists(document.getElementById("waiting-captures"), document.getElementById("failed-captures"));

function say(text, kind) {
  status.textContent = text;
  status.className = kind || "";
}

async function showOutbox() {
  const { pending = 0 } = await outboxStatus();
  outboxNote.textContent = pending
    ? `${pending === 1 ? "1 capture is" : `${pending} captures are`} waiting to be sent to the companion.`
    : "";
}

// Saves what is typed; returns false (and says why) when the address is not acceptable.
async function save() {
  let companionUrl;
  try {
    companionUrl = checkCompanionUrl(urlInput.value || DEFAULT_COMPANION_URL);
  } catch (error) {
    say(error.message, "error");
    urlInput.setAttribute("aria-invalid", "true");
    return false;
  }
  urlInput.removeAttribute("aria-invalid");
  urlInput.value = companionUrl;
  await chrome.storage.local.set({ companionUrl, token: tokenInput.value.trim() });
  return true;
}

async function saveAndTest(event) {
  event.preventDefault();
  if (!(await save())) return;
  await testAndSay();
}

async function testAndSay() {
  say("Testing…");
  const result = await testConnection();
  if (result.ok) {
    const version = result.health.version ? ` ${result.health.version}` : "";
    say(`Connected: the companion${version} is running and the token is right.`, "ok");
  } else {
    say(result.error.message, "error");
  }
  await Promise.all([showOutbox(), outboxLists.refresh(), settings.refresh()]);
}

function showStored(stored) {
  urlInput.value = stored.companionUrl || DEFAULT_COMPANION_URL;
  tokenInput.value = stored.token || "";
}

/* Not paired yet: where `interview-companion install` registered the native host, the
   companion hands over its address and token (and is started if it is not running), so
   nothing is typed. Elsewhere the fields wait for the token, as before. */
async function pairThroughTheHost() {
  say("Pairing with the installed companion…");
  const paired = await pairNative();
  if (!paired.ok) {
    say("");
    return;
  }
  if (!paired.running) await startCompanion();
  showStored(await chrome.storage.local.get(["companionUrl", "token"]));
  await testAndSay();
}

async function load() {
  const stored = await chrome.storage.local.get(["companionUrl", "token"]);
  showStored(stored);
  if (!stored.token) await pairThroughTheHost();
  await Promise.all([showOutbox(), outboxLists.refresh(), settings.refresh()]);
}

form.addEventListener("submit", saveAndTest);
urlInput.addEventListener("change", save);
tokenInput.addEventListener("change", save);
document.getElementById("show-token").addEventListener("change", (event) => {
  tokenInput.type = event.target.checked ? "text" : "password";
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (changes.outbox) showOutbox();
  if (changes.outbox || changes.outboxFailed) outboxLists.refresh();
  if (changes.token || changes.companionUrl) settings.refresh(); // paired or unpaired meanwhile
});
load();
