"""UKG Pro Recruiting: the job from the object its page is drawn from, drawn or not yet."""

from __future__ import annotations

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot

URL = ("https://recruiting.ultipro.com/INI1001INTC/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail"
       "?opportunityId=ed167829-e71b-4771-8216-9326404d6f0a&source=LinkedIn")

# Written for this test in the shape of a UKG page saved before its script ran.
PAGE = """<!DOCTYPE html><html><head><title data-bind="text: title()"></title></head><body>
<script>$(function () { var opportunity = new US.Opportunity.CandidateOpportunityDetail({
"Id":"ed167829-e71b-4771-8216-9326404d6f0a",
"Title":"VP Workforce AI \\u0026 Productivity","Locations":[{"LocalizedName":"USA (Remote)"},{"LocalizedName":"Austin, TX"}],
"Description":"\\u003cp\\u003eAt Initech, we build the tools of tomorrow.\\u003c/p\\u003e"}); });</script>
<footer><p>&copy; 2026 Initech, Inc. All rights reserved.</p></footer></body></html>"""


def test_an_undrawn_page_is_read_from_the_object_its_script_is_given():
    result = extract_snapshot(Snapshot(url=URL, html=PAGE))
    job = result.job
    assert result.extractor == "ultipro"
    assert (job.title, job.location) == ("VP Workforce AI & Productivity", "USA (Remote); Austin, TX")
    assert job.description == "At Initech, we build the tools of tomorrow."
    # The employer, named only by the copyright line, is a guess the user is asked to check.
    assert (job.company, job.guessed) == ("Initech", {"company": "from the page's copyright line"})
    assert job.board_job_id == "ed167829-e71b-4771-8216-9326404d6f0a"
    assert job.job_url == URL.removesuffix("&source=LinkedIn")


def test_a_job_board_page_without_one_job_says_so():
    result = extract_snapshot(Snapshot(url=URL.split("/OpportunityDetail")[0], html="<html><body><p>Search</p></body></html>"))
    assert result.job is None and "open one job" in result.reason


def test_a_page_of_the_older_board_is_read_as_it_shows():
    # In the shape of UKG's JobDetails.aspx (2011): a table of labels, the employer and section in the title.
    rows = "".join(f"<tr><td class='LabelCell'><span>{label}</span></td><td class='Cell'><span>{value}</span></td></tr>"
                   for label, value in (("Requisition Number", "11-0243"), ("Title", "Pipeline Designer"),
                                        ("City", "Addison"), ("State", "TX")))
    html = (f"<html><head><title>Initech Energy Company | Employment Opportunities2</title></head><body>"
            f"<p>Job Details</p><table>{rows}</table></body></html>")
    read = extract_snapshot(Snapshot(url="https://rn12.ultipro.com/JWO1000/JobBoard/JobDetails.aspx?__ID=*94762A5E73A8D794",
                                     html=html))
    assert (read.job.title, read.job.company, read.job.location) == ("Pipeline Designer", "Initech Energy Company", "Addison, TX")
    search = extract_snapshot(Snapshot(url="https://rn12.ultipro.com/JWO1000/JobBoard/SearchJobs.aspx", html=html))
    assert search.job is None and "search" in search.reason
