/* The only code that talks to the companion: reads its address and the pairing token from
   storage, adds the token, bounds each request with a time-out, and turns every failure into
   one of a few errors a user can act on. */

export const DEFAULT_COMPANION_URL = "http://127.0.0.1:8765";
const DEFAULT_TIMEOUT_MS = 10_000;
const START_HINT = "start it with `interview-companion serve`";
const TOKEN_HINT = "get it with `interview-companion token`";

// The manifest's host permissions cover exactly these hosts, on any port.
const ALLOWED_HOSTS = ["127.0.0.1", "localhost"];

// Checks a companion address typed by the user; returns it without a trailing slash.
// Throws an Error whose message says what is wrong.
export function checkCompanionUrl(text) {
  let url;
  try {
    url = new URL(String(text || "").trim());
  } catch {
    throw new Error("The companion address must look like http://127.0.0.1:8765");
  }
  if (url.protocol !== "http:" || !ALLOWED_HOSTS.includes(url.hostname)) {
    throw new Error(
      "The companion address must be on this computer: http://127.0.0.1:PORT or http://localhost:PORT",
    );
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new Error("The companion address is just http://127.0.0.1:PORT, without a path");
  }
  return url.origin;
}

export async function loadConnection() {
  const stored = await chrome.storage.local.get(["companionUrl", "token"]);
  return { baseUrl: stored.companionUrl || DEFAULT_COMPANION_URL, token: stored.token || "" };
}

// `field`, when the companion names one, is the request field its error is about.
export const failure = (code, message, status = 0, field = undefined) =>
  ({ ok: false, status, error: field ? { code, message, field } : { code, message } });

const notRunning = (baseUrl) =>
  failure("not_running", `The companion is not running at ${baseUrl} — ${START_HINT}.`);

// The companion's own error: {message, field} (field only when it names one), or null when
// the body is not the companion's JSON {error: {message}} (something else answered).
async function companionError(response) {
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) {
      const field = typeof body.error.field === "string" ? body.error.field : undefined;
      return { message: String(body.error.message), field };
    }
  } catch {
    // not JSON: not the companion
  }
  return null;
}

const notCompanion = (baseUrl, status) =>
  failure(
    "not_companion",
    `Something other than the companion answered at ${baseUrl} (HTTP ${status}) — check the address in the options.`,
    status,
  );

// Statuses that mean "not now": the request may succeed later. The companion answers 503 when
// another change held its store too long and 507 when its disk is full; its message says what to do.
const TRY_LATER_STATUSES = new Set([408, 429, 503, 507]);

/* Classifies an answer that is not ok. Only the companion's own JSON error with a 4xx status
   is "refused" (the request itself is wrong: sending it again cannot help); a 5xx from the
   companion is "http_error"; anything else did not come from the companion. */
async function failedAnswer(response, baseUrl) {
  const error = await companionError(response);
  if (TRY_LATER_STATUSES.has(response.status)) {
    const said = error ? `The companion says: ${error.message}.` : "try again in a moment.";
    return failure("busy", `The companion is busy (HTTP ${response.status}) — ${said}`, response.status);
  }
  if (!error) return notCompanion(baseUrl, response.status);
  const code = response.status < 500 ? "refused" : "http_error";
  return failure(code, error.message, response.status, error.field);
}

async function readBody(response, asText) {
  if (asText) return { text: await response.text() };
  if (response.status === 204) return { data: null };
  try {
    return { data: await response.json() };
  } catch {
    return null;
  }
}

/* Sends one request to the companion.
   options: {method, path, body, asText, timeoutMs, auth (default true), baseUrl, token}
   (baseUrl/token default to the stored ones).
   Resolves to {ok: true, status, data} ({ok, status, text, contentType} with asText) or to
   {ok: false, status, error: {code, message, field?}}; it never rejects. error.code is one of
   not_paired, bad_address, not_running, timeout, unauthorized (401), refused (the companion
   rejected the request: a 4xx with its JSON error), http_error (the companion failed: 5xx),
   not_companion (an answer that is not the companion's). */
export async function callCompanion(options) {
  const stored = await loadConnection();
  const token = options.token ?? stored.token;
  let baseUrl;
  try {
    baseUrl = checkCompanionUrl(options.baseUrl ?? stored.baseUrl);
  } catch (error) {
    return failure("bad_address", `${error.message} (change it in the extension's options).`);
  }
  const auth = options.auth !== false;
  if (auth && !token) {
    return failure(
      "not_paired",
      `The extension is not paired with the companion yet — paste the pairing token in the options (${TOKEN_HINT}).`,
    );
  }
  const headers = { Accept: options.asText ? "*/*" : "application/json" };
  if (auth) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  const timeoutMs = options.timeoutMs || DEFAULT_TIMEOUT_MS;
  let response;
  try {
    response = await fetch(baseUrl + options.path, {
      method: options.method || "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: "omit",
      cache: "no-store",
      redirect: "error", // the token and the body go to the companion's address or nowhere
    });
  } catch (error) {
    if (error.name === "TimeoutError") {
      return failure(
        "timeout",
        `The companion did not answer within ${Math.round(timeoutMs / 1000)} seconds — it may be busy; try again.`,
      );
    }
    return notRunning(baseUrl); // connection refused, nothing listening, wrong port
  }

  if (response.status === 401) {
    return failure(
      "unauthorized",
      `The pairing token is wrong — paste it again in the extension's options (${TOKEN_HINT}).`,
      401,
    );
  }
  if (!response.ok) return failedAnswer(response, baseUrl);
  const body = await readBody(response, options.asText);
  if (!body) return notCompanion(baseUrl, response.status);
  return { ok: true, status: response.status, contentType: response.headers.get("Content-Type") || "", ...body };
}

/* Checks that the companion answers at an address and accepts the token.
   Resolves to {ok: true, health} or {ok: false, error}. */
export async function testConnection({ baseUrl, token } = {}) {
  const health = await callCompanion({ path: "/api/health", auth: false, baseUrl, token, timeoutMs: 5000 });
  if (!health.ok) return health;
  if (!health.data || health.data.database === undefined) {
    const shown = baseUrl ?? (await loadConnection()).baseUrl;
    return failure("not_companion", `Something other than the companion answered at ${shown} — check the address.`);
  }
  // /api/health needs no token: ask for something that does, to prove the pairing.
  const paired = await callCompanion({ path: "/api/applications", baseUrl, token, timeoutMs: 5000 });
  if (!paired.ok) return paired;
  return { ok: true, health: health.data };
}
