/**
 * The applications page's summary (#summary): a picture of the search from GET /api/summary.
 * The funnel (applied, answered, interviewed, offered) and the last twelve weeks' activity are
 * drawn by Chart.js, which the extension bundles (node_modules/chart.js, loaded by
 * applications.html: never from a CDN), in the page's own colours, light or dark; each chart
 * has its numbers beside it in a table, for screen readers and for a page without the library.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";

const STAGES = { applied: "Applied", answered: "Answered", interviewed: "Interviewed", offered: "Offered" };
const ACTIVITY = [["applied", "Applied", "--accent"], ["answered", "Answered", "--ok"], ["interviews", "Interviews", "--warn"]];

/** The summary section, filled in once the companion answers. */
export async function buildSummary(ctx) {
  const answer = await api("GET", "/api/summary");
  if (!answer.ok) return el("p", { class: "notice problem" }, answer.error.message);
  const { funnel, weeks, response_rate: rate, median_days_to_first_answer: wait } = answer.data;
  const applied = funnel[0].count;
  const funnelCanvas = el("canvas", { role: "img", "aria-label": funnelWords(funnel) });
  const weeksCanvas = el("canvas", { role: "img", "aria-label": "Applications, first answers and interviews per week" });
  const section = el("section", { class: "card summary", "aria-labelledby": "summary-title" },
    el("h2", { id: "summary-title", tabindex: "-1" }, "Your search"),
    el("p", { class: "key-figures" },
      applied ? `${applied} applied · ${rate === null ? "no answers yet" : `${Math.round(rate * 100)}% answered`}`
        + (wait === null ? "" : ` · ${wait === 1 ? "1 day" : `${wait} days`} to a first answer (median)`)
        : "Nothing applied for yet: the picture fills in as you apply."),
    el("div", { class: "summary-charts" },
      el("figure", {}, el("figcaption", {}, "How far applications got"), el("div", { class: "chart" }, funnelCanvas),
        table("The funnel in numbers", ["Stage", "Applications"], funnel.map((stage) => [STAGES[stage.stage], stage.count]))),
      el("figure", {}, el("figcaption", {}, "The last 12 weeks"), el("div", { class: "chart" }, weeksCanvas),
        table("Each week in numbers", ["Week of", ...ACTIVITY.map(([, label]) => label)],
          weeks.map((week) => [weekLabel(week.week_of), ...ACTIVITY.map(([key]) => week[key])])))));
  // Drawn once the section is in the page (Chart.js measures its container).
  requestAnimationFrame(() => draw(funnelCanvas, weeksCanvas, funnel, weeks, ctx));
  return section;
}

function draw(funnelCanvas, weeksCanvas, funnel, weeks, ctx) {
  const Chart = globalThis.Chart;
  if (!Chart) {
    ctx.announce("The charts need the bundled Chart.js (run `npm ci` in the extension's folder); the numbers are in the tables.", true);
    return;
  }
  const colour = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  Chart.defaults.color = colour("--text");
  Chart.defaults.borderColor = colour("--border");
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const common = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } };
  new Chart(funnelCanvas, {
    type: "bar",
    data: { labels: funnel.map((stage) => STAGES[stage.stage]),
      datasets: [{ data: funnel.map((stage) => stage.count), backgroundColor: colour("--accent") }] },
    options: { ...common, indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  new Chart(weeksCanvas, {
    type: "bar",
    data: { labels: weeks.map((week) => weekLabel(week.week_of)),
      datasets: ACTIVITY.map(([key, label, name]) => ({ label, data: weeks.map((week) => week[key]), backgroundColor: colour(name) })) },
    options: { ...common, plugins: { legend: { display: true, position: "bottom" } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

function table(caption, headings, rows) {
  return el("table", { class: "summary-table" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, headings.map((heading) => el("th", { scope: "col" }, heading)))),
    el("tbody", {}, rows.map(([first, ...rest]) => el("tr", {}, el("th", { scope: "row" }, String(first)),
      rest.map((value) => el("td", {}, String(value)))))));
}

function funnelWords(funnel) {
  return `Funnel: ${funnel.map((stage) => `${stage.count} ${STAGES[stage.stage].toLowerCase()}`).join(", ")}`;
}

// "Mar 9": the Monday a week starts on, as the user's locale writes it (a date, not an instant: no zone shift).
function weekLabel(isoDay) {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
}
