/* The small in-page panel that tells the user what a capture understood and lets them fill in
   what is missing. It lives in a shadow root so the page's styles cannot reach it, and every
   string in it goes in as text. */
(function (ns) {
  "use strict";

  const HOST_ID = "interview-follow-up-extension";

  const STYLE = `
    :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
            font: 14px/1.4 system-ui, sans-serif; color: #1d2433; }
    .track { border: 0; border-radius: 18px; padding: 8px 14px; background: #1f5fbf;
             color: #fff; font: inherit; font-weight: 600; cursor: pointer;
             box-shadow: 0 2px 8px rgb(0 0 0 / 25%); }
    .track:disabled { opacity: 0.7; cursor: progress; }
    .tracked { display: block; margin: 0 0 6px auto; max-width: 340px; border: 1px solid #1f5fbf;
               border-radius: 18px; padding: 6px 12px; background: #fff; color: #1f5fbf; font: inherit;
               cursor: pointer; text-align: left; box-shadow: 0 2px 8px rgb(0 0 0 / 15%); overflow-wrap: anywhere; }
    .panel { box-sizing: border-box; width: 340px; max-height: 70vh; overflow: auto;
             margin-bottom: 8px; padding: 12px 14px; background: #fff; border-radius: 10px;
             border-left: 5px solid #1f5fbf; box-shadow: 0 4px 16px rgb(0 0 0 / 25%); }
    .panel.queued { border-left-color: #b7791f; }
    .panel.error, .panel.not_understood { border-left-color: #c53030; }
    header { display: flex; gap: 8px; align-items: start; justify-content: space-between; }
    .headline { font-weight: 600; overflow-wrap: anywhere; }
    .close { border: 0; background: none; font: inherit; font-size: 18px; cursor: pointer; }
    .message { margin: 6px 0; overflow-wrap: anywhere; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0; }
    dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
    form { display: grid; gap: 6px; margin-top: 8px; }
    label { display: grid; gap: 2px; color: #555; }
    input { font: inherit; padding: 4px 6px; border: 1px solid #aab; border-radius: 4px; }
    .save { justify-self: start; font: inherit; padding: 4px 12px; cursor: pointer; }
  `;

  /* The extension's shadow root on this page, made on first use. It stays "open" because
     Playwright's locators (the e2e tests) cannot reach into a closed root; what keeps the
     page's own scripts from pressing our buttons is that every handler ignores events the
     user did not make (event.isTrusted is false for element.click() and dispatchEvent). */
  ns.shadowRoot = function shadowRoot() {
    const existing = document.getElementById(HOST_ID);
    if (existing && existing.shadowRoot) return existing.shadowRoot;
    const host = document.createElement("div");
    host.id = HOST_ID;
    const root = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet(); // adopted sheets are not blocked by a page's CSP
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    document.documentElement.append(host);
    return root;
  };

  const factList = (facts) =>
    ns.el("dl", {}, facts.map((fact) => [ns.el("dt", {}, fact.label), ns.el("dd", {}, fact.value)]));

  // A form with one input per missing field, and per guessed one (filled with the guess, saying
  // how it was read); saving patches the application, so a recapture keeps what was typed.
  function missingForm(feedback) {
    const status = ns.el("p", { role: "status", class: "message" });
    const inputs = feedback.fillable.map((item) =>
      ns.el("input", { name: item.field, autocomplete: "off", value: item.value || "" }),
    );
    const guessed = feedback.fillable.some((item) => item.why);
    const save = ns.el("button", { type: "submit", class: "save" }, guessed ? "Save as shown" : "Save");
    const form = ns.el(
      "form",
      { "aria-label": guessed ? "Check what was guessed" : "Fill in what is missing" },
      ns.el("span", {}, guessed ? "Guessed from the page — check, correct or fill in:" : "Not found on the page — fill in:"),
      feedback.fillable.map((item, i) => ns.el("label", {}, item.why ? `${item.label} (${item.why})` : item.label, inputs[i])),
      save,
      status,
    );
    // A page script's form.requestSubmit() fires a trusted "submit", so saving waits for the
    // Save button's click instead: trusted only when the user clicks it or presses Enter.
    form.addEventListener("submit", (event) => event.preventDefault());
    save.addEventListener("click", async (event) => {
      event.preventDefault();
      if (!event.isTrusted) return;
      const fields = {};
      for (const input of inputs) if (input.value.trim()) fields[input.name] = input.value.trim();
      if (!Object.keys(fields).length) {
        status.textContent = "Type at least one value first.";
        return;
      }
      status.textContent = "Saving…";
      const answer = await ns.sendFillMissing(feedback.application.id, fields);
      if (answer && answer.ok) ns.showPanel(answer.feedback);
      else status.textContent = answer?.error?.message || "Could not save.";
    });
    return form;
  }

  // "I applied": records the outcome, so the follow-up on the application is planned.
  function appliedButton(feedback) {
    const button = ns.el("button", { type: "button", class: "save applied" }, "I applied");
    button.addEventListener("click", async (event) => {
      if (!event.isTrusted) return;
      button.disabled = true;
      const answer = await ns.sendApplied(feedback.application.id).catch((error) => ({ ok: false, error }));
      if (answer && answer.ok) {
        ns.showPanel(answer.feedback);
        ns.showTrackedStatus?.(); // "Tracked · Applied · next: …" (on the supported sites, where that button is)
      }
      else {
        button.disabled = false;
        button.textContent = answer?.error?.message || "Could not record it.";
      }
    });
    return button;
  }

  // Shows (or replaces) the panel for one capture's feedback, as built by the service worker.
  ns.showPanel = function showPanel(feedback) {
    const root = ns.shadowRoot();
    root.querySelector(".panel")?.remove();
    const panel = ns.el(
      "section",
      { class: `panel ${feedback.state}`, "aria-label": "Interview Follow-Up: capture result" },
      ns.el(
        "header",
        {},
        ns.el("span", { class: "headline" }, feedback.headline),
        ns.el("button", { class: "close", "aria-label": "Close", onclick: () => panel.remove() }, "×"),
      ),
      feedback.message ? ns.el("p", { class: "message" }, feedback.message) : null,
      feedback.facts.length ? factList(feedback.facts) : null,
      feedback.fillable?.length && feedback.application ? missingForm(feedback) : null,
      feedback.application?.status === "saved" ? appliedButton(feedback) : null,
    );
    root.prepend(panel);
    return panel;
  };
})(globalThis.InterviewFollowUp);
