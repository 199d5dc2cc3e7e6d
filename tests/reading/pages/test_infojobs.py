"""InfoJobs Brasil: the job in its header, on its own page or open beside a search's results."""

from __future__ import annotations

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot

# Written for this test in the shape of infojobs.com.br's pages (2026): a list of cards, and the
# open job's pane with its header, a link to its own page and its description.
PANE = """
<div id="vacancylistDetail"><div id="VacancyHeader">
  <h2 class="js_vacancyHeaderTitle">Técnico de Manutenção Júnior</h2>
  <div class="h4"><a href="https://www.infojobs.com.br/empresa-initech-metalurgica__4411.aspx">Initech <span>Metalúrgica</span></a></div>
  <div class="text-medium mb-4"> Joinville - SC<span hidden class="js_divUserVagaDistance">, <span></span> km de você.</span></div>
  <div class="text-medium mb-4"> Salário a combinar </div>
</div>
<div class="custom-tab"><a href="https://www.infojobs.com.br/vaga-de-tecnico-manutencao-junior-em-santa-catarina__10022334.aspx">VAGA</a></div>
<div class="js_vacancyDataPanels"><p>Manutenção preventiva de prensas e tornos.</p></div></div>
"""
CARDS = """<div class="js_vacancyLoad" data-href="/vaga-de-soldador-em-sao-paulo__10099887.aspx">
  <a href="/vaga-de-soldador-em-sao-paulo__10099887.aspx"><h2>Soldador</h2></a></div>"""


def test_the_job_open_beside_the_results_is_read_with_its_own_address():
    html = f"<html><head><title>Vagas de Emprego de técnico | Infojobs</title></head><body>{CARDS}{PANE}</body></html>"
    result = extract_snapshot(Snapshot(url="https://www.infojobs.com.br/vagas-de-emprego-tecnico.aspx", html=html))
    job = result.job
    assert result.extractor == "infojobs"
    # The distance from the user, hidden after the place, is not part of it.
    assert (job.title, job.company, job.location) == ("Técnico de Manutenção Júnior", "Initech Metalúrgica", "Joinville - SC")
    # Two jobs captured from the same search stay two: each keeps its own page's address and number.
    assert (job.board, job.board_job_id) == ("infojobs", "10022334")
    assert job.job_url == "https://www.infojobs.com.br/vaga-de-tecnico-manutencao-junior-em-santa-catarina__10022334.aspx"
    assert job.description == "Manutenção preventiva de prensas e tornos."


def test_a_search_with_no_job_open_says_to_open_one():
    html = f"<html><head><title>Vagas de Emprego de técnico | Infojobs</title></head><body>{CARDS}</body></html>"
    result = extract_snapshot(Snapshot(url="https://www.infojobs.com.br/vagas-de-emprego-tecnico.aspx", html=html))
    assert result.job is None and "open one job" in result.reason


def test_a_jobs_own_page_keeps_its_address():
    html = f"<html><body>{PANE}</body></html>"
    url = "https://www.infojobs.com.br/vaga-de-tecnico-manutencao-junior-em-santa-catarina__10022334.aspx?utm_source=x"
    job = extract_snapshot(Snapshot(url=url, html=html)).job
    assert (job.board_job_id, job.job_url) == ("10022334", url.split("?")[0])
