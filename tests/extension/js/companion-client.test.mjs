// How extension/background/companion-client.js classifies answers: only the companion's own
// JSON error with a 4xx (other than 401) is "refused" (the outbox drops a capture only then);
// a stranger's 404, a 200 that is not JSON, or a 429 must never look final.
// Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:http";
import { afterEach, test } from "node:test";

let companionUrl = "http://127.0.0.1:8765";
globalThis.chrome = {
  storage: { local: { get: async () => ({ companionUrl, token: "secret" }) } },
};
const { callCompanion } = await import("../../../extension/background/companion-client.js");

const realFetch = globalThis.fetch;
let lastRequest;
function answerWith(body, status, contentType = "application/json") {
  globalThis.fetch = async (url, init) => {
    lastRequest = { url, init };
    return new Response(body, { status, headers: { "Content-Type": contentType } });
  };
}
afterEach(() => {
  globalThis.fetch = realFetch;
});

const companionError = (message) => JSON.stringify({ error: { message, field: "url" } });

test("the companion's JSON error with a 4xx is refused, with its message and field", async () => {
  answerWith(companionError("url is required"), 400);
  const answer = await callCompanion({ method: "POST", path: "/api/captures", body: {} });
  assert.deepEqual(answer, { ok: false, status: 400, error: { code: "refused", message: "url is required", field: "url" } });
});

test("a 404 page from another local server is not the companion, so nothing is refused", async () => {
  answerWith("<h1>Not Found</h1>", 404, "text/html");
  const answer = await callCompanion({ method: "POST", path: "/api/captures", body: {} });
  assert.equal(answer.error.code, "not_companion");
  assert.equal(answer.status, 404);
});

test("a 405 with a JSON body that is not the companion's error is not the companion", async () => {
  answerWith(JSON.stringify({ detail: "Method Not Allowed" }), 405);
  assert.equal((await callCompanion({ method: "POST", path: "/api/captures", body: {} })).error.code, "not_companion");
});

test("a 200 that is not JSON is not the companion", async () => {
  answerWith("hello", 200, "text/plain");
  assert.equal((await callCompanion({ path: "/api/health" })).error.code, "not_companion");
});

test("401 means a wrong token, even with the companion's JSON error", async () => {
  answerWith(companionError("bad token"), 401);
  assert.equal((await callCompanion({ path: "/api/applications" })).error.code, "unauthorized");
});

test("408 and 429 mean try again later, even with the companion's JSON error", async () => {
  for (const status of [408, 429]) {
    answerWith(companionError("slow down"), status);
    assert.equal((await callCompanion({ path: "/api/applications" })).error.code, "busy", `HTTP ${status}`);
  }
});

test("a 5xx from the companion is its failure, not a refusal", async () => {
  answerWith(companionError("the companion hit an internal error; details are in its log"), 500);
  const answer = await callCompanion({ path: "/api/applications" });
  assert.equal(answer.error.code, "http_error");
  assert.equal(answer.error.message, "the companion hit an internal error; details are in its log");
});

test("a busy store (503) or a full disk (507) means try later, with what the companion says to do", async () => {
  answerWith(companionError("the companion is busy with another change; try again in a moment"), 503);
  const busy = await callCompanion({ method: "POST", path: "/api/captures", body: {} });
  assert.equal(busy.error.code, "busy"); // the outbox keeps the capture and uses up no tries
  assert.match(busy.error.message, /busy with another change; try again in a moment/);
  answerWith(companionError("the disk holding the companion's data is full: nothing was saved; free some space and try again"), 507);
  const full = await callCompanion({ method: "POST", path: "/api/captures", body: {} });
  assert.equal(full.error.code, "busy");
  assert.match(full.error.message, /free some space/);
});

test("a good answer carries the data, and the token is sent", async () => {
  answerWith(JSON.stringify({ applications: [] }), 200);
  const answer = await callCompanion({ path: "/api/applications" });
  assert.deepEqual(answer.data, { applications: [] });
  assert.equal(lastRequest.init.headers.Authorization, "Bearer secret");
});

test("a redirect is not followed, so the token and the body never leave the companion's address", async () => {
  const seen = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url, authorization: request.headers.authorization });
    if (request.url === "/api/captures") response.writeHead(307, { Location: "/elsewhere" }).end();
    else response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  companionUrl = `http://127.0.0.1:${server.address().port}`;
  try {
    const answer = await callCompanion({ method: "POST", path: "/api/captures", body: { url: "https://a.example/" } });
    assert.equal(answer.ok, false);
    assert.deepEqual(seen.map((request) => request.url), ["/api/captures"]);
  } finally {
    companionUrl = "http://127.0.0.1:8765";
    server.close();
  }
});
