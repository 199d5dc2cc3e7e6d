"""What an applicant-tracking page writes beside labels, read by the last-resort reader when the
document's title only names the site. Pages written for these tests, in the shapes of real ones."""

from __future__ import annotations

import pytest

from companion.domain.facts import Snapshot
from companion.reading.pages import extract_snapshot
from companion.reading.pages.html import Page
from companion.reading.pages.labelled import labelled_facts, title_over_facts

URL = "https://careers.initech.example/jobdetail.asp?jobid=217790"


def _page(title: str, body: str) -> Page:
    return Page(Snapshot(url=URL, html=f"<html><head><title>{title}</title></head><body>{body}</body></html>"))


def _job(title: str, body: str):
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_snapshot(Snapshot(url=URL, title=title, html=html)).job


def test_a_table_of_labels_and_values_gives_title_and_place_whole_page_a_form():
    body = ("<form><table>"
            "<tr><td><span class='Fieldlabel'><label for='Job Title'>Job Title</label></span></td>"
            "<td><span>Door Attendant</span></td></tr>"
            "<tr><td><span><label for='Location: City'>Location: City</label></span></td><td><span>New York</span></td></tr>"
            "<tr><td><span><label for='Location: State'>Location: State</label></span></td><td><span>New York</span></td></tr>"
            "</table></form>")
    job = _job("Initech - Job details", body)
    assert (job.title, job.location) == ("Door Attendant", "New York, New York")


def test_header_cells_label_the_company_and_place_and_a_marked_title_is_the_title():
    body = ("<table><tr><td class='iCIMS_Header iCIMS_Header_JobTitle'> QA Packaging Engineer </td></tr>"
            "<tr><td><table><tr><th>Job ID:&nbsp;</th><td>4262</td><th>Location:&nbsp;</th><td>US-IL-Yorkville</td></tr>"
            "<tr><th>Company:&nbsp;</th><td>Initech Confections Co.</td></tr></table></td></tr></table>")
    job = _job("Initech.com :: Careers", body)
    assert (job.title, job.company, job.location) == ("QA Packaging Engineer", "Initech Confections Co.", "US-IL-Yorkville")


def test_a_label_and_its_value_in_one_cell_and_a_heading_over_its_value():
    job = _job("Job Posting Details",
               "<table><tr><td class='label'> Location <font>Mooresville, North Carolina</font></td></tr></table>")
    assert job.location == "Mooresville, North Carolina"
    job = _job("Head of Policy Research", "<div><h2>Location</h2></div><div><div>Westminster</div></div>")
    assert job.location == "Westminster"


@pytest.mark.parametrize("body", [
    # A site's menu headed "Company" lists links, not the employer.
    "<h1>Barista</h1><footer><h4>Company</h4><ul><li><a href='/about'>About</a></li>"
    "<li><a href='/blog'>Blog</a></li></ul></footer>",
    # or a column of the site's links headed so outside any footer (an Elementor page, 2023)
    "<h1>Barista</h1><div><h2>Company</h2></div><div><a href='/'>Home</a><br><a href='/about-us'>About Us</a><br>"
    "<a href='/careers'>Careers</a></div>",
    # so does a footer classed in camel case (a food company's IT careers site, 2023)
    "<h1>Barista</h1><div class='siteFooter'><div class='linkLists__col'><p class='linkLists__colTitle'>Company</p>"
    "<a href='https://initech.example/global' title='Global addresses'>Global addresses</a></div></div>",
    # A table of many jobs: each label heads a column, the next cell is the next column's head.
    "<h1>Barista</h1><table><tr><th>Job Title</th><th>Location</th></tr><tr><td>Barista</td><td>Leeds</td></tr></table>",
])
def test_what_only_looks_like_a_label_gives_nothing(body):
    job = _job("Barista | Initech", body)
    assert (job.title, job.company, job.location) == ("Barista", "Initech", "")


def test_a_page_marking_many_job_titles_names_none_of_them():
    # (nor does its title: "Weekend Shifts", with no ad's part nor a way to apply, is no job's)
    body = "".join(f"<div class='job-title'>{title}</div>" for title in ("Barista", "Cook", "Cashier"))
    html = f"<html><head><title>Weekend Shifts | Initech</title></head><body>{body}</body></html>"
    result = extract_snapshot(Snapshot(url=URL, title="Weekend Shifts | Initech", html=html))
    assert result.job is None and "its title “Weekend Shifts” names no job" in result.reason


def test_a_title_naming_only_the_kind_of_page_gives_way_to_the_line_over_the_facts():
    body = ("<div class='pc-rtg-h2'> Applications Project Manager- Web/eCommerce </div><div style='height:10px'></div>"
            "<table><tr><td> Job ID <font>108402</font></td>"
            "<td> Location <font>Mooresville, North Carolina</font></td></tr></table>")
    job = _job("Job Posting Details", body)
    assert (job.title, job.location) == ("Applications Project Manager- Web/eCommerce", "Mooresville, North Carolina")
    # A title that names the job keeps it.
    assert _job("Store Planner | Initech", body).title == "Store Planner"


def test_a_place_that_says_its_region_keeps_it_and_a_list_under_a_label_is_several_values():
    # In the shape of an EasyCruit vacancy (2021): headings over values at the foot of the page.
    facts = ("<div><h3>Region:</h3><ul><li>Region Hovedstaden</li><li>Region Sjælland</li></ul></div>"
             "<div><h3>Location:</h3><p>Ballerup, Greater Copenhagen, DK</p></div>")
    assert _job("Barista | Initech", facts).location == "Ballerup, Greater Copenhagen, DK"
    assert _job("Barista | Initech", facts.split("<div><h3>Location")[0] + "<div><h3>Location:</h3><p>Ballerup</p></div>"
                ).location == "Ballerup, Region Hovedstaden; Region Sjælland"


def test_an_og_title_naming_only_the_employers_account_gives_way_to_the_documents_title():
    html = ("<html><head><title>Initech - Clinical disclosure specialist</title><meta property='og:title' content='Initech'>"
            "</head><body><h1>Clinical disclosure specialist</h1><h2>Initech</h2></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.easycruit.com/vacancy/2738279/127513", html=html)).job
    assert (job.title, job.company) == ("Clinical disclosure specialist", "Initech")


@pytest.mark.parametrize(("logo", "company"), [
    ("<img alt='House of Lords Logo' src='/logos/183926.gif'>", "House of Lords"),  # the logo names the line
    ("<img alt='Civil Service Jobs logo' src='/logo.gif'>", ""),  # the site's own logo names another
])
def test_the_line_under_the_heading_is_the_employer_where_a_logo_names_it(logo, company):
    # In the shape of Civil Service Jobs (GOV.UK, 2023): the heading alone in its block, the employer under it.
    body = (f"<div><div class='csr-page-title'><h1>Head of Policy Research</h1></div><p>House of Lords</p>"
            f"<p>Apply before 10:00 pm on Sunday 2nd July 2023</p></div><div>{logo}</div>")
    assert _job("Head of Policy Research - Civil Service Jobs - GOV.UK", body).company == company


def test_labels_inside_a_link_left_open_round_the_page_are_read():
    # Old applicant-tracking pages (BrassRing, 2010) leave a link open round the rest of the page.
    body = ("<a href='#top'><img alt='Skip to content'><p>" + "Terms of use and privacy notices. " * 10 + "</p><table>"
            "<tr><td><label for='Job Title'>Job Title</label></td><td><span>Door Attendant</span></td></tr>"
            "<tr><td><label for='Location: City'>Location: City</label></td><td><span>New York</span></td></tr></table>")
    assert (_job("Initech - Job details", body).title, _job("Initech - Job details", body).location) == (
        "Door Attendant", "New York")


def test_a_title_naming_the_employer_and_sections_gives_the_employer_and_the_tables_head_cell_the_title():
    # In the shape of an employer's career portal of 2010 (SAIC's): the job's name heads its table of facts.
    body = ("<h1>Career Opportunities</h1><div class='asubnav'><p><a href='/'>Home</a> <a href='/profile'>My Profile</a> "
            "<a href='/login'>Login</a></p><script>function pop() { return 1; }</script>"
            "<table><tr><td colspan='2'>&nbsp;</td></tr><tr><td colspan='2'><table><tr><td><strong>Course Instructor</strong></td>"
            "<td><strong>Part Time Regular</strong></td><td><strong>posted 3/11/2010</strong></td></tr></table></td></tr>"
            "<tr><td><strong>Req ID</strong></td><td>169193</td></tr>"
            "<tr><td><strong>Location</strong></td><td>Mclean, VA &nbsp;</td></tr></table></div>")
    job = _job("Initech: Careers: Career Opportunities", body)
    assert (job.title, job.company, job.location) == ("Course Instructor", "Initech", "Mclean, VA")


def test_a_tables_first_label_beside_its_value_is_no_title():
    # In the shape of a Dar es Salaam charity's vacancy (2014), a page body without its head: the job's h2, then a table
    # of labels in head cells beside their values, the first "Report to".
    body = ("<div class='vacancy'><h2>Water &amp; Sanitation Project Officer</h2></div><div class='tableOne'><table><tr>"
            "<th>Report to</th><td>Head of Operations</td></tr><tr><th>Location</th><td>Dar Es Salaam</td></tr><tr>"
            "<th>Closing Date</th><td>Wednesday 15th January 2014</td></tr></table></div><h2>Purpose of the Post:</h2>"
            "<p>Deliver the water project.</p><h2>Key Responsibilities and Accountabilities:</h2><ul><li>Reports</li></ul>"
            "<h2>Key Competencies:</h2><p>Analysis.</p>")
    job = _job("", body)
    assert (job.title, job.location) == ("Water & Sanitation Project Officer", "Dar Es Salaam")


@pytest.mark.parametrize(("rows", "location"), [
    ("<tr><td><label>Location Name</label></td><td>North Bergen, NJ</td></tr>", "North Bergen, NJ"),
    # A workplace's name gives way to its town where the page labels both.
    ("<tr><td><label>Location Name</label></td><td>Initech Midtown West</td></tr>"
     "<tr><td><label>Location: City</label></td><td>New York</td></tr>", "New York"),
])
def test_a_workplaces_name_is_the_place_where_no_town_is_labelled(rows, location):
    body = f"<table><tr><td><label>Job Posting Title</label></td><td>Assembler</td></tr>{rows}</table>"
    assert _job("Initech - Job details", body).location == location


def test_a_careers_sites_title_naming_its_owner_gives_the_employer_of_a_labelled_job():
    body = ("<table><tr><td class='iCIMS_Header iCIMS_Header_JobTitle'>Online Adjunct Faculty</td></tr>"
            "<tr><td><table><tr><th>Job ID:</th><td>2010-13545</td><th>Location:</th><td>US-IL-Chicago</td></tr></table></td></tr></table>")
    job = _job("Find job and career opportunities with Initech University", body)
    assert (job.title, job.company, job.location) == ("Online Adjunct Faculty", "Initech University", "US-IL-Chicago")


def test_a_table_of_facts_classed_like_a_menu_and_labels_in_emphasis_are_read():
    # In the shape of CareerBuilder's job overview (2010): its cells are classed "overview_nav".
    body = ("<h1>Support Technician</h1><table><tr><td class='overview_nav'><table>"
            "<tr><td class='overview_nav'>Company:</td><td>teleNetwork</td></tr>"
            "<tr><td class='overview_nav'>Location:</td><td><a class='BingMap' href='#lat=29.4'>US-TX-San Antonio</a></td></tr>"
            "</table></td></tr></table>")
    job = _job("Find Jobs - Support Technician", body)
    assert (job.company, job.location) == ("teleNetwork", "US-TX-San Antonio")
    # In the shape of Job.com's (2010): each label in <em>, its value the text after it.
    body = ("<h1>Security Analyst</h1><h4><em>Company:</em> Initech-Los Angeles&nbsp;<br>"
            "<span><em>Location:</em> Redlands, California</span></h4>")
    assert _job("Security Analyst", body).company == "Initech-Los Angeles"


def test_a_menu_of_links_and_a_footers_link_named_like_a_label_give_nothing():
    menu = ("<div class='main-nav'><span>Company</span><a href='/about'>About us</a> <a href='/press'>Press room</a></div>")
    footer = ("<div class='footer section'><p>Initech, 12 Main Street, Aalborg. Phone 9940 9940. Write to us any time.</p>"
              "<ul><li><a href='/about/organisation'><h3>Organisation</h3></a></li>"
              "<li><a href='https://www.linkedin.com/company/initech'><h3>LinkedIn</h3></a></li></ul></div>")
    # a messaging start-up's Jekyll footer (2019): a column headed "Company", its links one under the other
    column = ("<div class='col'><h4>Company</h4><a href='http://localhost:4000/careers'>Careers</a><br />"
              "<a href='http://localhost:4000/press'>Press</a><br /></div>")
    # a research-software firm's footer (2024): the next link in a box of its own beside a count, a style sheet between
    counted = ("<div class='col'><h2>Company</h2><a href='/company/'>About us</a><style>.c{display:flex}</style>"
               "<div class='c'><a href='/careers/'>Careers</a><span>9</span></div><a href='/press/'>Press</a></div>")
    for body in (menu, footer, column, counted):
        assert _job("Barista | Initech", f"<h1>Barista</h1>{body}").company == "Initech"


def test_title_alone_labels_the_job_where_it_is_the_one_title_beside_a_jobs_facts():
    # In the shape of Dice's job overview (2010), whose document title "… jobs - Dice.com" reads as a search.
    overview = ("<h1>Job Overview</h1><dl><dt>Company:</dt><dd><a href='/search?cn=Initech'>Initech</a></dd></dl>"
                "<dl><dt>Title:</dt><dd>SR. Unix Administrator</dd></dl><dl><dt>Location:</dt><dd>San Diego, CA</dd></dl>")
    job = _job("SR. Unix Administrator jobs - Dice.com", overview)
    assert (job.title, job.company, job.location) == ("SR. Unix Administrator", "Initech", "San Diego, CA")
    # People's cards each say a title: none is the job's, and a page of them is no job.
    team = "".join(f"<div><b>{name}</b><dl><dt>Title:</dt><dd>{title}</dd><dt>Location:</dt><dd>Leeds</dd></dl></div>"
                   for name, title in (("Ana Lima", "Chief Executive"), ("Ben Ode", "Head of Sales")))
    html = f"<html><head><title>Our people - Initech</title></head><body>{team}</body></html>"
    assert extract_snapshot(Snapshot(url="https://www.initech.example/about/people", html=html)).job is None


@pytest.mark.parametrize(("facts", "location"), [
    # In the shape of Workindenmark (2021): the employer's address is the only place the page writes.
    ("", "Herlev"),
    ("<h3>Work location</h3><p>Aarhus</p>", "Aarhus"),  # a place written for the job wins
])
def test_the_town_of_the_employers_address_is_the_place_where_the_page_writes_no_other(facts, location):
    body = (f"<h1>Embedded Software Developer</h1>{facts}<h3>Contact</h3><p>Ana Lima<br>Phone: +45 26 77 70 83</p>"
            "<h3>Employer</h3><p>INITECH A/S<br>Lyskær 3<br>DK 2730 Herlev<br>Denmark</p>")
    assert _job("View job | Workin", body).location == location


@pytest.mark.parametrize("title", ["Initech GmbH - Job details", "Initech GmbH | Karriere", "Initech GmbH | Carrières"])
def test_the_employer_before_the_careers_section_in_any_language_over_a_labelled_title(title):
    body = ("<table><tr><th>Stellenbezeichnung</th><td>Monteur (m/w/d)</td></tr>"
            "<tr><th>Arbeitsort</th><td>München</td></tr></table>")
    job = _job(title, body)
    assert (job.title, job.company, job.location) == ("Monteur (m/w/d)", "Initech GmbH", "München")


@pytest.mark.parametrize(("line", "location"), [
    ("<li>Location: United States</li>", "United States"),
    ("<p>Employment type: Full time<br>Location: Global<br>Salary: DOE</p>", "Global"),
    ("<p>Standort: Berlin</p>", "Berlin"),
    ("<li><strong>Luogo:</strong> Varese</li>", "Varese"),  # Italian: place
    # a Russian factory's vacancy (2024): the workplace's address, its town first
    ("<div><span>Адрес</span><p>Иваново, улица Станкостроителей, 11к5</p></div>", "Иваново, улица Станкостроителей, 11к5"),
    # a sentence after the label is no place (one naming the office's town gives the town, by another rule)
    ("<p>Work Location: This role is based out of our main office.</p>", ""),
    ("<p>Work Location: This role is based out of our London office.</p>", "London"),
])
def test_a_label_and_its_value_in_one_line_of_text(line, location):
    job = _job("Job Posting Details", f"<h1>Support Engineer</h1>{line}")
    assert (job.title, job.location) == ("Support Engineer", location)


@pytest.mark.parametrize(("address", "location"), [
    # In the shape of a German employer's job page (2025): a street, then the postal code and town.
    ("<address>Im Dreieck 4<br>23758 Oldenburg in Holstein</address>", "Im Dreieck 4, 23758 Oldenburg in Holstein"),
    ("<p>Oldenburg in Holstein<br>Mo–Fr, 7–16 Uhr</p>", "Oldenburg in Holstein"),  # a place's first line alone
])
def test_the_whole_address_under_a_label_of_the_place_where_it_ends_with_the_postal_code_and_town(address, location):
    job = _job("Job Posting Details", f"<h1>Lagerhelfer</h1><div><h2>Arbeitsort</h2>{address}</div>")
    assert job.location == location


def test_a_mark_going_on_past_the_title_names_something_else():
    # In the shape of a public-sector portal's job view (ASP.NET, 2025): the ad's attachment marked "lblJobTitleURL".
    body = ("<form><span id='Control1_lblJobTitle'>Civil Engineer</span><span id='Control1_lblChapt'> / Tenders Department</span>"
            "<table><tr><td>Salary :</td><td><span>850</span></td></tr></table>"
            "<span id='Control1_lblJobTitleURL' onclick='openAd()'>Attached announcement</span></form>")
    assert _job("Public Sector Recruitment", body).title == "Civil Engineer"


@pytest.mark.parametrize("line", [
    # In the shape of a non-profit's own jobs site (2023): the label in bold, a sentence after the place.
    "<li><strong>Location</strong>: Remote, preference for working hours that overlap with the team's (UTC-7 to UTC+3)</li>",
    "<li>Location: Remote, preference for working hours that overlap with the team's (UTC-7 to UTC+3)</li>",
])
def test_a_labelled_place_followed_by_a_sentence_is_how_the_work_is_done(line):
    body = f"<h1>Delivery Manager</h1><ul><li><strong>Salary</strong>: $85,000</li>{line}</ul>"
    assert _job("Delivery Manager | Initech", body).location == "Remote"


def test_a_chinese_labelled_place_ends_where_the_next_label_begins():
    # In the shape of a Shanghai firm's job page (2019): the job's facts on one line, each label's colon full-width.
    body = ("<p>测试工程师</p><p><span>工作地点：上海&nbsp; &nbsp; 招聘人数：4人&nbsp; &nbsp; 发布时间：2019/09/09</span></p>"
            "<p>岗位职责：</p><p>1、负责软件测试</p>"
            "<p>任职要求：</p><p>1、本科以上学历</p>")
    assert _job("测试工程师", body).location == "上海"


@pytest.mark.parametrize("facts", [
    "<div><div>Location</div><p>China or Remote /</p></div>",
    "<p>Location: China or Remote;</p>",  # (a semicolon on the label's line: found by review, 2026)
])
def test_a_mark_left_after_a_labelled_place_is_no_part_of_it(facts):
    # In the shape of a Hong Kong studio's job page (2021): the label over the place, a slash drawn after it.
    body = f"<h1>Marketing Manager</h1>{facts}<h2>Responsibilities</h2><ul><li>Plan.</li></ul>"
    assert _job("Marketing Manager | Careers | Initech", body).location == "China or Remote"


def test_a_labelled_place_left_unanswered_is_no_place():
    body = "<h1>Metallbauer (m/w/d)</h1><p>Einsatzort: Keine Angabe</p><h2>Ihre Aufgaben</h2><ul><li>Schweißen.</li></ul>"
    assert _job("Metallbauer (m/w/d)", body).location == ""


def test_a_labelled_place_ending_with_its_town_before_a_sentence_is_that_town():
    # In the shape of an institute's research centre's opening (2023): the campus and its town, then a sentence.
    body = ("<h1>Research Associate</h1><h2>Responsibilities</h2><ul><li>Research.</li></ul><h4>Location:</h4>"
            "<p>Indian Institute of Science campus, Bengaluru. This is a full-time on-campus position.</p>")
    assert _job("Research Associate", body).location == "Bengaluru"


def test_an_abbreviation_in_a_labelled_address_ends_no_sentence():
    # In the shape of a Vietnamese shop's ad (2025): "TP." (thành phố, city) before the town's name, the province after
    # it with its tone mark set the old way ("Hoà", listed "Hòa"): the town and its province.
    body = ("<h1>Nhân viên bán hàng</h1><h2>Mô tả công việc</h2><ul><li>Bán hàng.</li></ul><h4>🏢 Địa chỉ làm việc</h4>"
            "<p>37 Nguyễn Văn Hưởng, Khu đô thị VCN Phước Long, TP. Nha Trang, Khánh Hoà</p>")
    assert _job("Nhân viên bán hàng", body).location == "Nha Trang, Khánh Hoà"


@pytest.mark.parametrize("facts", [
    # In the shape of a non-profit's own jobs page (2018): "Based:" labels the place, an aside in brackets after
    # it, and the next label only a line below in the source, on the same line on screen.
    "<p>Based: Washington, DC (We’ll consider remote for the right person.)\nReports to: CEO</p>",
    "<p>Based: Washington, DC (We’ll consider remote for the right person.)<br>Reports to: CEO</p>",
    "<p>Location: Washington, DC (remote considered for the right person)</p>",
    "<p>Location: Washington, DC [a short walk from Union Station]</p>",  # (a Kyiv agency's way, 2024)
    # a freelance board's project (2026): the next heading run into the place, its line break lost in the ad's text
    "<p>Location: Washington, DCResponsibilities<br><br></p>",
    # a Mumbai consultancy's (2024): the next label after a semicolon, in one heading
    "<h3>Location: Washington, DC; Experience: 7-10 yrs</h3>",
])
def test_a_labelled_place_without_the_aside_after_it_or_the_next_label(facts):
    body = f"<h1>Finance Manager</h1>{facts}<h2>Responsibilities</h2><ul><li>Report.</li></ul>"
    assert _job("Finance Manager", body).location == "Washington, DC"


def test_a_labels_heading_over_headings_of_its_own_gives_no_value():
    # In the shape of a university hospital's team site (2023): "Organization" heads the sections on
    # the team and on the hospital, none of them the employer alone.
    body = ("<h1>Research Software Engineer</h1><h2>Profile</h2><p>An MSc.</p><h2>Organization</h2><h3>RSE Team</h3>"
            "<p>A group within the department.</p><h3>Initech Hospital</h3><p>A hospital.</p>")
    assert _job("Research Software Engineer - Initech Software Engineering", body).company != "RSE Team"


@pytest.mark.parametrize(("facts", "location"), [
    # In the shape of a research project's job pages (2019): the label in italics, its colon after it,
    # the place in the next paragraph or after the colon.
    ("<ul><li><p><em>job location</em>:</p><p><strong>CEA, Saclay</strong></p></li></ul>", "CEA, Saclay"),
    ("<p><em>job location</em>: <strong>CEA, Saclay</strong></p>", "CEA, Saclay"),
    # a lab's, its university's and its building's lines over the street and "75013 Paris, France"
    ("<h3>Job location</h3><p><strong>Laboratoire Initech</strong><br>Université de Paris - Bâtiment Condorcet<br>"
     "10 rue Alice Domon et Léonie Duquet<br>75013 Paris, France</p>", "Paris, France"),
])
def test_a_labelled_place_after_its_labels_colon_or_at_the_end_of_a_letterhead(facts, location):
    assert _job("Postdoc at Initech | Initech Project", f"<h1>Postdoctoral position in weak lensing</h1>{facts}").location \
        == location


def test_a_japanese_recruit_pages_terms_name_the_job_and_its_place():
    # In the shape of a Tokyo design studio's recruiting page (2022): its heading the word RECRUIT
    # spaced out, the terms as labelled lines (kind of job, duties, place of work: its town read, the prefecture and
    # the ward, not its street and floor).
    body = ("<h2><span>R</span> <span>E</span> <span>C</span> <span>R</span> <span>U</span> <span>I</span> <span>T</span></h2>"
            "<dl><dt>募集職種</dt><dd>アートディレクター / デザイナー</dd><dt>業務内容</dt><dd>ブランディング</dd>"
            "<dt>勤務場所</dt><dd>東京都渋谷区桜丘町29-35 7F</dd></dl>")
    job = _job("採用｜Initech official webサイト", body)
    assert (job.title, job.location) == ("アートディレクター / デザイナー", "東京都渋谷区")  # the town, not the street


def test_a_label_heading_a_box_of_jobs_cards_names_none_of_them():
    # In the shape of a Japanese company's recruiting page (2025): "募集職種" (jobs recruited for) over
    # three jobs' cards, each its English name, its heading and its terms.
    cards = "".join(f"<div class='pos'><div class='pos-en'>{english}</div><h3>{job}</h3><p>正社員</p></div>"
                    for english, job in (("ESTATE CLEANUP STAFF", "遺品整理スタッフ"), ("DRIVER", "ドライバー"),
                                         ("APPRAISAL STAFF", "買取査定スタッフ")))
    html = (f"<html><head><title>採用情報｜株式会社イニテック</title></head><body><h1>採用情報</h1><h2>募集職種</h2>"
            f"<div class='pos-grid'>{cards}</div><h2>募集要項</h2><table><tr><th>勤務地</th><td>埼玉県上尾市</td></tr></table>"
            "</body></html>")
    assert extract_snapshot(Snapshot(url="https://initech.example/recruit.html", html=html)).job is None


def test_a_heading_labelled_as_the_title_and_an_addresss_town_under_its_label():
    # In the shape of a university foundry's opportunities page (2022): the title labelled in the
    # heading, the facts in lines, the place a whole address on one line.
    body = ("<h1>Opportunities</h1><h1>Position Title: Research Assistant, Microbial Genome Engineering</h1>"
            "<h1><strong>Classification: Research Assistant<br>Salary: $27.37/hr<br>"
            "Location: 7141 Sherbrooke St West, GE building, Montreal, QC, H4B 1R6<br></strong></h1>")
    job = _job("Initech Foundry | The Initech Foundry is Canada’s platform for synthetic biology.", body)
    assert (job.title, job.location) == ("Research Assistant, Microbial Genome Engineering", "Montreal, QC")


def test_a_unit_of_an_organisation_under_the_heading_is_the_employer():
    # In the shape of a professor's R Markdown job ad (2020): the school and its university under the heading.
    body = ("<h1>Senior Research Assistant</h1><h3>School of Public Health, The University of Initech</h3>"
            "<h3>Commence as soon as possible for one year</h3><p>Apply to Dr. Lam.</p>")
    assert _job("", body).company == "School of Public Health, The University of Initech"


def test_a_title_marked_in_a_persons_card_is_the_persons_not_the_jobs():
    # In the shape of a hospital's physician-recruitment page (2023): the recruiters' cards, each a
    # name, a title marked "job-title", a telephone and an e-mail.
    cards = "".join(f"<li><div class='name'><h4>{name}</h4></div><div class='contact-info'>"
                    f"<div class='job-title'>{title}</div><a href='tel:+18005550100'>800-555-0100</a>"
                    f"<a href='mailto:{name.split()[0]}@initech.example'>{name.split()[0]}@initech.example</a></div></li>"
                    for name, title in (("Ana Lima", "Physician and Executive Recruiter"),))
    html = (f"<html><head><title>Initech Health</title></head><body><h1>Come for the View, Stay for the Vision</h1>"
            f"<h2>Physician Opportunities</h2><p>Cardiology, Oncology, Urology</p><h2>Join Our Team</h2><ul>{cards}</ul>"
            "</body></html>")
    assert extract_snapshot(Snapshot(url="https://initechhealthcareers.example/", html=html)).job is None


def test_a_link_to_the_employers_page_on_a_network_names_no_employer():
    # In the shape of an Israeli consultancy's job page (2014): "LinkedIn" in a block after the ad,
    # linking the company's page there.
    body = ("<h1>DevOps Professional</h1><p>We are looking for a DevOps professional.</p>"
            "<div class='block linkedIn'><p><a href='http://www.linkedin.com/company/96195'>LinkedIn</a></p></div>")
    assert _job("", body).company == ""


@pytest.mark.parametrize(("label", "company"), [("Zaměstnavatel:", "Initech, z.s."), ("Zamestnávateľ:", "Initech, s.r.o.")])
def test_the_employer_labelled_in_czech_or_slovak(label, company):
    # In the shape of a Czech aerospace cluster's job page (2024): the employer under its label beside the heading.
    body = f"<h1>Kariéra</h1><h2>Opravář mechanik</h2><p><strong>{label}</strong> {company}</p>"
    assert _job("Opravář mechanik | Kariéra", body).company == company


def test_a_whole_address_under_the_place_label_gives_its_town_without_the_map_link():
    # In the shape of an employer's own page on jobs.cz (2025): a definition list of the job's facts, the
    # workplace a whole address with its postal code between commas, a link to show it on a map.
    body = ("<h1>IT Manažer</h1><dl><div><dt>Zadavatel</dt><dd>Initech CZ, a.s.</dd></div><div><dt>Místo pracoviště</dt>"
            "<dd><div>Limuzská 3135/12, 10000, Praha - Strašnice, Praha, Česká republika "
            "(<a href='https://maps.google.com/?q=Limuzsk%C3%A1+3135'>Zobrazit na mapě</a>)</div></dd></div></dl>")
    job = _job("IT Manažer | GS CZ", body)
    assert (job.company, job.location) == ("Initech CZ, a.s.", "Praha - Strašnice")


@pytest.mark.parametrize(("cards", "company"), [
    # a Python association's job board (2017): the employer under the job, its class naming it (an en dash inside)
    (1, "Deployed"),
    (2, None),  # a list marks one employer per job
])
def test_the_employer_marked_by_its_class_once(cards, company):
    card = ("<article class='page-job'><h1 class='page-job–position'>Python Web Developer</h1>"
            "<h2 class='page-job–company'>{}</h2><div>25/07/2017 • Kraków</div><p>Oczekujemy:</p><ul><li>Django</li></ul>"
            "<p>Oferujemy:</p><ul><li>Zdalnie</li></ul></article>")
    job = _job("PyInitech", "".join(card.format(name) for name in ("Deployed", "Vandelay")[:cards]))
    assert (job.company if job else None) == company


@pytest.mark.parametrize(("line", "title"), [
    # a start-up accelerator's page (2016), titled "Contact us": its one post labelled "Position"
    ("<h4>Position: intern</h4>", "intern"),
    # a medical writing firm's (2024): the label gives the kind of post, no role
    ("<h1>Lead Medical Writer</h1><p>Position: Full-time/ Permanent</p>", "Lead Medical Writer"),
])
def test_a_position_label_names_the_job_only_where_its_value_names_a_role(line, title):
    job = _job("Lead Medical Writer | Initech", f"<h2>Jobs</h2>{line}<p>Location: Sheffield, UK</p>"
                                                "<h3>Responsibilities</h3><p>Write.</p><h3>Requirements</h3><p>Science.</p>")
    assert job is not None and job.title == title


def test_the_kind_of_job_labelled_on_a_japanese_terms_table_is_the_title_and_the_town_of_its_workplace_the_place():
    # In the shape of an Osaka ramen shop's recruiting page (2025): "職種" (kind of job), "勤務地" (place of work:
    # the shop, its address in brackets).
    body = ("<h1>一緒に、働こう。</h1><h2>募集要項</h2><dl><dt>職種</dt><dd>ホール／キッチン（調理）</dd>"
            "<dt>雇用形態</dt><dd>アルバイト・正社員</dd><dt>給与</dt><dd>時給 1,200 円〜</dd>"
            "<dt>勤務地</dt><dd>本町店（大阪市中央区南本町 3 丁目 3-17 丸松ビルB1）</dd></dl>")
    job = _job("採用情報｜麺屋 イニテック 本町店", body)
    assert (job.title, job.location) == ("ホール／キッチン（調理）", "大阪市中央区")


@pytest.mark.parametrize(("body_class", "title"), [
    ("modal-open", "Lifeguard"),  # (Bootstrap's class on the body while a cookie banner's dialog was open)
    ("", "Lifeguard"),
])
def test_a_marked_title_outside_any_dialog_is_the_jobs(body_class, title):
    body = "<span class='job-title'>Lifeguard</span><p>Location: Austin, TX</p>"
    page = Page(Snapshot(url=URL, html=f"<html><body class='{body_class}'>{body}</body></html>"))
    assert labelled_facts(page).title == title


def test_the_kinds_of_job_labelled_for_each_of_two_shops_name_no_one_job():
    # In the shape of a ramen group's recruiting page (2025): each shop's terms table, the first line of each
    # "職種" the same.
    shop = ("<table><tr><th>職種</th><td><p>アルバイト ホール / 調理補助</p><p>正社員 {role}</p></td></tr>"
            "<tr><th>給与</th><td>時給1,000円〜</td></tr></table>")
    body = "<h1>募集中のポジション</h1>" + shop.format(role="店長候補") + shop.format(role="調理スタッフ")
    assert labelled_facts(Page(Snapshot(url=URL, html=f"<html><body>{body}</body></html>"))).title == ""


def test_the_name_labelled_in_the_section_about_the_company_is_the_employer_not_the_contacts():
    # In the shape of an engineering school's alumni job board (2024): "Nom :" in the company's section and in the
    # contact's, the board's own name in its title.
    body = ("<header><img src='img/logo.png' alt='Logo INSA Alumni'><h1>Détails de l'offre</h1></header>"
            "<h2>Informations sur l'entreprise</h2><div><strong>Nom :</strong> Initech SAS</div>"
            "<div><strong>Lieu de travail :</strong> Lyon</div><h2>Informations sur le poste</h2>"
            "<div><strong>Intitulé du poste :</strong> Ingénieur calcul</div><h2>Contact</h2>"
            "<div><strong>Nom :</strong> Victor Dupont</div>")
    job = _job("INSA Alumni - Offres d'emploi", body)
    assert (job.title, job.company, job.location) == ("Ingénieur calcul", "Initech SAS", "Lyon")


@pytest.mark.parametrize(("site", "location"), [
    # In the shape of a Casablanca engineering firm's offer (2025): "Localisation" says only how the work is done,
    # "Site" names where.
    ("Grand Casablanca", "Grand Casablanca"),
    ("www.initech.example", "Hybride"),  # a website, no place
])
def test_the_site_named_beside_a_place_labelled_only_as_how_the_work_is_done(site, location):
    body = (f"<h1>Ingénieur IoT</h1><ul><li>Localisation: Hybride</li><li>Type: CDI</li><li>Site: {site}</li></ul>"
            "<h2>Missions</h2><p>Optimiser.</p><h2>Profil recherché</h2><p>Bac+5.</p>")
    assert _job("Ingénieur IoT | Initech Technologies", body).location == location


@pytest.mark.parametrize(("said", "location"), [
    # In the shape of a Vancouver kitchenware shop's job page (2019): a sentence under "Location:".
    ("Typically the Vancouver downtown core, or other areas in Vancouver proper", "Vancouver"),
    ("Wherever our customers need us on the day", "Wherever our customers need us on the day"),  # no town: as written
    # as a Birmingham charity writes it (2012): the town after the quarter's comma
    ("Initech’s centre in Selly Oak, Birmingham", "Selly Oak, Birmingham"),
    ("Our centre in Selly Oak, with some travel", "Selly Oak"),  # no place after the comma
])
def test_the_town_a_labelled_sentence_puts_the_work_in(said, location):
    body = (f"<h1>Product Demonstrator</h1><p><strong>Location:</strong> {said}</p>"
            "<h2>Responsibilities</h2><p>Demonstrate.</p><h2>Requirements</h2><p>Cooking.</p>")
    assert _job("Product Demonstrator | Initech & Co.", body).location == location


@pytest.mark.parametrize(("label", "value", "title"), [
    # In the shape of a Ho Chi Minh City cosmetics distributor's ad (2019): the ad's parts numbered, the title
    # written as a sentence.
    ("1. Vị trí tuyển dụng:", "Nhân viên Kinh doanh Mỹ phẩm.", "Nhân viên Kinh doanh Mỹ phẩm"),
    ("1. Vị trí tuyển dụng:", "Nhân viên Kinh doanh Sr.", "Nhân viên Kinh doanh Sr."),  # an abbreviation keeps its stop
])
def test_a_numbered_label_names_the_title_without_its_sentences_full_stop(label, value, title):
    body = (f"<h3>THÔNG BÁO TUYỂN DỤNG</h3><p><strong>{label}</strong> {value}</p><p><strong>2. Số lượng:</strong> 05</p>"
            "<p><strong>3. Tiêu chuẩn:</strong></p><ul><li>Bán hàng online tốt.</li></ul>"
            "<p><strong>4. Nội dung công việc:</strong></p><ul><li>Tư vấn khách hàng.</li></ul>")
    assert _job("Tuyển dụng – INITECH COSMETICS", body).title == title


@pytest.mark.parametrize(("said", "location"), [
    # In the shape of a Hanoi delivery firm's ad (2025): the town, then its office's address after a colon.
    ("Hà Nội: Số 2, Ngõ 15, Duy Tân, Cầu Giấy, Hà Nội", "Hà Nội"),
    # and a distributor's (2019): the street's number first ("Số", number), the town last
    ("Số 64, Đường 31D, Phường An Phú, Quận 2, Tp. Hồ Chí Minh", "Tp. Hồ Chí Minh"),
    # a building first, the city's abbreviation in capitals (review): no sentence ends after "TP."
    ("Tòa nhà Bitexco, Quận 1, TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
])
def test_a_vietnamese_workplace_labelled_by_its_town_or_address(said, location):
    body = ("<h1>NHÂN VIÊN KINH DOANH PRICING</h1><p><strong>I. Mô tả công việc</strong></p><ul><li>Báo giá.</li></ul>"
            f"<p><strong>II. Yêu cầu</strong></p><ul><li>Tốt nghiệp Đại học.</li></ul><p><strong>IV. Địa điểm làm việc: </strong>"
            f"{said}</p>")
    assert _job("NHÂN VIÊN KINH DOANH PRICING - Initech Post", body).location == location


def test_words_in_bold_inside_a_sentence_label_nothing():
    # In the shape of a Hanoi auditing firm's careers page (2025): "write in the subject the post applied for
    # (vị trí ứng tuyển) and the place wished for", in bold, under four groups of jobs.
    body = ("<h2>Bốn nhóm vị trí Initech tuyển thường xuyên</h2><h3>Kỹ sư Xây dựng</h3><p>Đọc bản vẽ.</p>"
            "<h3>Kỹ sư dữ liệu &amp; AI</h3><p>Xây phần mềm.</p><h3>Gửi hồ sơ về hr@initech.example</h3>"
            "<p>Tiêu đề thư ghi rõ <b>vị trí ứng tuyển</b> và <b>địa điểm mong muốn</b> trong 15 điểm.</p>")
    page = _page("Tuyển dụng | Initech", body)
    assert (labelled_facts(page).title, labelled_facts(page).location) == ("", "")


def test_a_mark_naming_other_jobs_titles_is_not_the_jobs_title():
    # In the shape of a careers guide built with Jekyll (2021): the heading "Related Job Titles" anchored as
    # "related-job-titles", under the page's own heading.
    body = ("<h1 class='page__title'>Data Analyst</h1><p>Data analysts make sense of data.</p>"
            "<h2 id='related-job-titles'>Related Job Titles</h2><ul><li>Data Scientist</li></ul>")
    page = _page("Data Analyst - Initech", body)
    assert labelled_facts(page).title == ""


def test_a_sentence_under_the_kind_of_jobs_label_is_no_title():
    # In the shape of a Niigata interior builder's hiring page (2023): "募集職種" (kinds of job sought) over a sentence
    # ("we seek the following kinds of job."), then the terms table naming one: "現場管理" (site management).
    body = ("<h2>EMPLOYMENT OPPORTUNITIES</h2><div class='company-profile'>募集職種</div><h3 class='company-title'>"
            "イニテック内装では、以下の職種を募集しております。</h3><table><tr><th>募集職種</th><td>現場管理</td></tr>"
            "<tr><th>勤務地</th><td>新潟県小千谷市</td></tr></table>")
    assert _job("採用情報", body).title == "現場管理"


def test_a_japanese_workplaces_postal_code_on_its_own_line_gives_way_to_the_address_under_it():
    # In the shape of an Osaka pharmacy group's hiring page (2025): "勤務地" (workplace) over "〒552-0014", the address
    # and the shop's name, each on its line.
    body = ("<h1>調剤事務</h1><div class='tr'><div class='th'>勤務地</div><div class='td'>〒552-0014<br>大阪府大阪市港区八幡屋1丁目12-7"
            "<br>イニテック薬局</div></div><h2>仕事内容</h2><p>調剤事務です。</p><h2>応募資格</h2><p>未経験可</p>")
    assert _job("調剤事務 | 株式会社イニテック", body).location == "大阪府大阪市港区"


def test_a_hungarian_address_gives_the_town_between_its_postal_code_and_its_street():
    # In the shape of a barber shop's careers page (2025): "Cím:" (address) with the postal code, town, then street.
    body = ("<h1>Borbély</h1><p><strong>Cím:</strong> 4200 Hajdúszoboszló Hőforrás utca 2.</p><h2>Feladataid</h2>"
            "<p>Hajvágás.</p><h2>Amit kínálunk</h2><p>Fix bér.</p>")
    html = f"<html><head><title>Karrier | Initech Barbers</title></head><body>{body}</body></html>"
    job = extract_snapshot(Snapshot(url=URL, html=html)).job
    assert job is not None and job.location == "Hajdúszoboszló"


@pytest.mark.parametrize(("said", "location"), [
    # In the shape of a Hyogo painting firm's ads (2024): the address written with spaces between its parts.
    ("兵庫県 加古郡 播磨町 東新島（〒675-0164）", "兵庫県加古郡播磨町"),  # a district and its town
    ("兵庫県 神戸市 東灘区 魚崎浜町", "兵庫県神戸市東灘区"),  # a city and its ward
])
def test_a_japanese_address_written_with_spaces_gives_its_town_without_them(said, location):
    body = (f"<h1>塗装工</h1><table><tr><th>勤務地</th><td>{said}</td></tr></table><h2>仕事内容</h2><p>塗装。</p>"
            "<h2>応募資格</h2><p>未経験可</p>")
    assert _job("塗装工 | 株式会社イニテック", body).location == location


def test_an_address_opening_with_its_building_gives_its_town_and_country():
    # In the shape of a Kuala Lumpur HR firm's job page (2024): the building, the quarter, the town, the country.
    body = ("<h1>Business Analyst</h1><p><strong>Location:</strong> Vertical Business Suite, Bangsar South, Kuala Lumpur, "
            "Malaysia</p><h2>Responsibilities</h2><p>Analyse.</p><h2>Requirements</h2><p>SQL.</p>")
    assert _job("Business Analyst | Initech Solutions", body).location == "Kuala Lumpur, Malaysia"


def test_a_schools_boards_school_label_names_the_employer():
    # In the shape of a regional schools' board (2018): its name in the title, "School:" beside the school hiring.
    body = ("<h1>Headteacher</h1><p><strong>School:</strong> Initech Community High School</p><p><strong>Location:"
            "</strong> Northumberland</p><h2>Job description</h2><p>Lead the school.</p><h2>Requirements</h2><p>QTS.</p>")
    job = _job("Headteacher - Jobs in Schools North East", body)
    assert (job.company, job.location) == ("Initech Community High School", "Northumberland")


def test_a_forms_labelled_choice_of_posts_names_no_title():
    # In the shape of a Jakarta services firm's careers page (2025): the application form's "Posisi" (position) label
    # holds a list to choose the post from.
    body = ("<h1>Bergabung dengan Kami</h1><form><label>Nama<input name='nama'></label><label>Posisi<select name='posisi'>"
            "<option value=''>Pilih</option><option>Petugas Kebersihan</option><option>Security Officer</option></select>"
            "</label></form>")
    page = _page("Karier", body)
    assert labelled_facts(page).title == ""


def test_a_forms_question_over_its_boxes_to_tick_names_no_title():
    # In the shape of a Dutch escape room's job page (2025): the form's "Functie" (post) label in a box of its own, the
    # posts to tick in the next.
    body = ("<h1>Werken bij ons als Spelleider</h1><form><div class='part'><div class='label-container'><label for='f'>"
            "<span class='label'>Functie</span></label></div><div class='part__el'><label><input type='checkbox' name='f'>"
            "<span class='label'>Spelleider - Voltijd</span></label><label><input type='checkbox' name='f'>"
            "<span class='label'>Spelleider - Part-time</span></label></div></div></form>")
    page = _page("Spelleider", body)
    assert labelled_facts(page).title == ""


def test_a_labelled_value_with_a_box_to_tick_after_it_is_still_the_value():
    # (review) a board's "Job title:" over the title and a box to shortlist the job
    body = ("<h1>Vacancy 88213</h1><p><b>Job title:</b></p><p><strong>Warehouse Operative</strong> <label><input "
            "type='checkbox' name='s'> Shortlist</label></p>")
    page = _page("Vacancy 88213", body)
    assert labelled_facts(page).title.startswith("Warehouse Operative")  # (the box's words after it are read on)


def test_a_labelled_list_of_the_jobs_places_outside_any_form_still_says_them():
    # (second review) a facts list's "Location" over a list of the towns, no form around it
    body = ("<h1>Warehouse Operative</h1><dl><dt>Location</dt><dd><select name='l'><option>Leeds</option><option>York"
            "</option></select></dd></dl>")
    page = _page("Warehouse Operative", body)
    assert labelled_facts(page).location.startswith("Leeds")


def test_the_place_of_deployment_labelled_over_an_address_gives_its_town():
    # In the shape of a Swabian machine shop's job page (2019): "Einsatzort" (place of deployment) in an h5 over the
    # works' address.
    body = ("<h1>CNC-Dreher / Zerspanungsmechaniker (m/w)</h1><h5>Einsatzort</h5><p>Erwin Wimmer GmbH<br> CNC-Fertigung"
            "<br> Carl-Berberich-Straße 4<br> 74232 Abstatt</p>")
    assert _job("CNC-Dreher / Zerspanungsmechaniker (m/w) | Wimmer", body).location == "Abstatt"


def test_the_workplace_labelled_on_a_line_of_its_own_is_the_place():
    # In the shape of a Lagos-registered firm's WordPress export (2023): "Workplace: Warsaw" under the job's heading.
    body = "<h2>DevOps Engineer</h2><p>Workplace: Warsaw</p><h3>Responsibilities</h3><p>Pipelines.</p>"
    assert _job("DevOps Engineer - Initech", body).location == "Warsaw"


def test_a_label_shown_again_in_place_of_its_value_is_no_value():
    # In the shape of a Berlin studio's job page (2024): a hidden heading "Location" and its shown copy over a map.
    body = ("<header><h1>Software Engineer (f/m/x)</h1><h2>Berlin/Remote</h2></header><p>We build apps.</p>"
            "<article class='applet'><header class='applet-header'><h3 class='visually-hidden'>Location</h3>"
            "<p aria-hidden='true'>Location</p></header><mad-map></mad-map><div class='map-panel'><svg></svg></div></article>")
    assert _job("Software Engineer (f/m/x) | Initech", body).location == "Berlin/Remote"  # (the line under the heading)


def test_words_leading_to_the_places_under_a_label_give_way_to_the_places():
    # In the shape of USAJOBS (2023): "Location" over "1 vacancy in the following location:" and the list of places.
    body = ("<h1>Supply Technician</h1><h3>Location</h3><p>1 vacancy in the following location:</p>"
            "<ul><li><span class='city'>Rosebud, SD</span></li></ul><h2>Duties</h2><p>Keep stock.</p>")
    assert _job("Supply Technician", body).location == "Rosebud, SD"  # (the list after them)


def test_a_chinese_place_labelled_in_bold_with_its_colon_outside():
    # In the shape of a researcher's page relaying an internship (2026): "<strong>地点</strong>：<strong>北京</strong>，线下全勤"
    # (place: Beijing, on site every day), the label and its value each in bold, the colon between them.
    body = ("<h1>研究实习生</h1><h2>岗位职责</h2><ul><li>独立承担研究课题。</li></ul><h2>工作方式与待遇</h2><ul>"
            "<li><strong>时长</strong>：<strong>6 个月起</strong>。</li><li><strong>地点</strong>：<strong>北京</strong>，"
            "<strong>线下全勤</strong>。</li></ul>")
    assert _job("研究实习生招聘 - Initech", body).location == "北京"


@pytest.mark.parametrize(("value", "location"), [
    # In the shape of a London credit union's vacancy (2024): the building, then its town.
    ("The Civic Centre, Uxbridge", "Uxbridge"),
    ("Thames Tower, Reading", "Reading"),
    ("Selly Oak, Birmingham", "Selly Oak, Birmingham"),  # (a district, then its town: both kept)
])
def test_a_labelled_buildings_town_is_the_place(value, location):
    body = f"<h1>Administration Officer</h1><p><b>Location:</b> {value}</p><h2>Duties</h2><p>Answer the phone.</p>"
    assert _job("Administration Officer", body).location == location


def test_a_tables_head_row_drawn_in_boxes_labels_no_job():
    # In the shape of a Wuhan snack maker's jobs page (2015): a table drawn in boxes, its head row "职位名称 | 工作地点 |
    # 招聘人数" (the job, its place, how many are hired) over each job's row; no label's value is the next label.
    head = "".join(f"<div class='td{n}'>{label}</div>" for n, label in enumerate(("职位名称", "工作地点", "招聘人数"), 1))
    rows = "".join(f"<li><div class='td1'><a href='#'>{job}</a></div><div class='td2'>武汉市东西湖区</div>"
                   "<div class='td3'>2人</div></li>" for job in ("研发经理", "销售主管", "客服专员"))
    html = (f"<html><head><title>初始科技_关于初始科技</title></head><body><div class='cn'>人才招聘</div>"
            f"<ul class='tbHire'><li class='zhaopin'>{head}</li>{rows}</ul></body></html>")
    result = extract_snapshot(Snapshot(url="https://www.initech.example/zhaopin.html", html=html))
    assert result.job is None


def test_a_tables_head_row_naming_the_post_and_its_closing_date_labels_no_job():
    # In the shape of a Swedish casino operator's vacancies page (2026): the head row "Tjänst | Sista ansökningsdatum" (the
    # post, the last day to apply) drawn in boxes over each job's row; the closing date's label is no post's value.
    rows = "".join(f"<div class='job-row'><div class='col-title'>{job}</div><div class='col-date'>2026-04-0{n}</div>"
                   f"<a href='/jobb/{n}'>Sök tjänsten →</a></div>" for n, job in enumerate(("Blackjackdealer i Umeå",
                                                                                           "Casinopersonal i Örebro"), 1))
    html = ("<html><head><title>Initech</title></head><body><h1>Initech</h1><p>Vi söker alltid nya stjärnor!</p>"
            "<div class='jobs-table-header'><div class='col-title'>Tjänst</div><div class='col-date'>Sista ansökningsdatum</div>"
            f"</div>{rows}</body></html>")
    assert extract_snapshot(Snapshot(url="https://initech.example/karriar/lediga-tjanster.html", html=html)).job is None


def test_a_templates_labels_left_empty_give_no_values():
    # In the shape of a Philippine manpower agency's job window (2025): each label's value is filled in by a script, so the
    # next label follows an empty box.
    html = ("<html><head><title>Job Vacancies | Initech Services Inc.</title></head><body><h1>Job Vacancies</h1>"
            "<div class='modal'><h4 id='jobTitle'>Cook</h4><p><strong>Employer:</strong> <span id='jobEmployer'></span></p>"
            "<p><strong>Deployment Location:</strong> <span id='jobLocation'></span></p></div></body></html>")
    assert labelled_facts(Page(Snapshot(url="https://initech.example/jobs.html", html=html))).company == ""


def test_a_chinese_labelled_address_gives_its_district_not_the_building_after_it():
    # In the shape of a BOSS直聘 job page (2025): "工作地址" (work address) over the district, then the employer's building.
    body = ("<h1>高级嵌入式软件工程师</h1><h3>职位描述</h3><p>嵌入式开发。</p><h3>工作地址</h3>"
            "<div class='location-address'>南京江宁区南京初始电子股份有限公司(南门)</div>")
    assert _job("高级嵌入式软件工程师 - 初始电子", body).location == "南京江宁区"


def test_a_listed_places_last_item_a_sentence_of_its_own_leaves_no_mark_after_them():
    # In the shape of a data company's job page (2023): under "Location", two towns, then a paragraph in the last item.
    body = ("<h1>Technical Recruiter</h1><h2>Location</h2><ul><li>Indore, Madhya Pradesh, India</li><li>Hyderabad, "
            "Telangana, India</li><li><p>Open for Remote full-time role.</p></li></ul><h2>Responsibilities</h2>"
            "<p>Hire.</p><h2>Requirements</h2><p>Two years.</p>")
    assert _job("Technical Recruiter | Initech", body).location == "Indore, Madhya Pradesh, India; Hyderabad, Telangana, India"


@pytest.mark.parametrize(("place", "location"), [
    # In the shape of a Niigata hair salon's page (2025): the place of work, the salon's name, its address, the way there.
    ("Initech Salon<br>新潟県新潟市中央区上近江4丁目12-20 1F<br>（女池ICから車で3分）", "新潟県新潟市中央区"),
    # (found by review, 2026) where the first line says where in words, over the head office's address: that line
    ("全国各地の現場<br>本社：愛知県名古屋市中区栄1-1", "全国各地の現場"),
    ("愛知県全域(本社所在地:愛知県知立市南陽2-128)", "愛知県全域"),  # the head office in brackets after the place
    ("スターバックス 渋谷店<br>東京都渋谷区道玄坂2-1", "東京都渋谷区"),  # a shop's name in kanji (the second review)
])
def test_a_shops_name_over_its_japanese_address_gives_the_addresss_town(place, location):
    body = ("<h1>髪を綺麗にすることが、好きな人と働きたい。</h1><table><tr><th>募集職種</th><td>美容師（スタイリスト）</td></tr>"
            f"<tr><th>勤務地</th><td>{place}</td></tr><tr><th>仕事内容</th><td>カット、カラー</td></tr></table>")
    assert _job("採用情報 | Initech Salon", body).location == location


def test_a_labs_news_dated_beside_its_ad_lists_no_jobs_facts():
    # In the shape of a Boston lab's post-doc ad (2020): its news in the sidebar, each item after its month and year.
    news = "".join(f"<li>{month} 2020: {item}</li>" for month, item in (
        ("Jul", "Podcast"), ("Jul", "Fellowship"), ("Jul", "Library"), ("Jun", "Subgraphs"), ("Jun", "Defence"),
        ("Jun", "Meta Learning"), ("May", "Benchmark"), ("May", "Special Issue"), ("May", "Interactome")))
    body = ("<p class='title'>Postdoctoral Research Fellow Position</p><h2>Overview</h2><p>We seek a fellow.</p>"
            "<h2>Qualifications</h2><p>A PhD.</p><h2>Application process</h2><p>Send a CV.</p>"
            f"<aside><p>Latest News</p><ul>{news}</ul></aside>")
    job = _job("Postdoctoral Research Fellow Position - INITECH LAB", body)
    assert job is not None and job.title == "Postdoctoral Research Fellow Position"


@pytest.mark.parametrize(("place", "location"), [
    # In the shape of a British staffing firm's job page (2012): a link saying "Map", a script showing it, before the town
    ("<a href='#' onclick='showMap()' class='job-details-map'>Map</a>&nbsp;Basingstoke, Hampshire", "Basingstoke, Hampshire"),
    ("<a href='#' onclick='showMap()'>Map</a>&nbsp;Mapleton, Utah", "Mapleton, Utah"),  # (the word alone, not a town's part)
])
def test_a_labelled_place_without_its_map_links_word(place, location):
    body = (f"<h1>Project Co-ordinator</h1><dl><dt>Location:</dt><dd>{place}</dd><dt>Salary:</dt><dd>£25,000</dd></dl>"
            "<h2>Responsibilities</h2><ul><li>Plan projects.</li></ul><h2>Requirements</h2><ul><li>A degree.</li></ul>")
    assert _job("Project Co-ordinator", body).location == location


def test_a_labelled_employer_without_its_head_offices_address_in_brackets():
    # In the shape of a Sendai materials start-up's careers site (2026): "会社名: <firm>株式会社（本社：<address>）" under the ad.
    body = ("<h1>ソフトウェアエンジニア</h1><h2>1. 私たちについて</h2><p>研究開発型スタートアップです。</p><h2>8. 会社情報</h2><ul><li>"
            "<p><strong>会社名</strong>:</p><ul><li>イニテック株式会社（本社：宮城県仙台市青葉区中央4丁目4-19）</li></ul></li></ul>")
    assert _job("ソフトウェアエンジニア", body).company == "イニテック株式会社"


def test_a_japanese_terms_page_naming_its_role_only_in_its_description():
    # In the shape of an Aichi delivery firm's recruiting page (2025): its title and heading say only "募集要項" (the terms
    # offered), its description names the role; the place is all of the prefecture, the head office in brackets.
    html = ("<html><head><title>募集要項｜採用情報｜株式会社イニテック</title><meta name='description' content="
            "'株式会社イニテックの軽貨物ドライバー募集要項。業務委託、未経験歓迎。'></head><body><h2>募集要項</h2><table>"
            "<tr><th>業務内容</th><td>軽貨物の配送業務</td></tr><tr><th>報酬</th><td>月収40〜80万円</td></tr>"
            "<tr><th>勤務地</th><td>愛知県全域（本社：愛知県知立市南陽2-128）</td></tr></table><h2>福利厚生</h2>"
            "<h3>制服貸与</h3><h2>応募資格</h2><p>普通免許</p></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/recruit/detail.html", html=html)).job
    assert job is not None and (job.title, job.location) == ("軽貨物ドライバー", "愛知県全域")


def test_an_old_table_pages_opening_labelled_by_its_title():
    # (found in 2026's thirty-second batches) an architects' employment page: "Job Title of Opening:"
    html = ("<html><head><title>kcd web page</title></head><body><table><tr><td><p>Initech Design is always looking for new "
            "talented designers; please email your resume to info@initech.example</p><p>Current openings:</p><p>Job Title of "
            "Opening: Architectural Designer</p><p>Participate in the entire design and construction process.</p><p>Job Site: "
            "Los Angeles, CA</p><p>Full Time</p><p>©2004 Initech Design - Employment Opportunities</p></td></tr></table>"
            "</body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/employment.htm", html=html)).job
    assert job is not None and job.title == "Architectural Designer"


# In the shape of an English council's jobs site (2007): every job's page titled "Job vacancies" at the section's
# address, the post's title in a span over labelled lines set apart only by line breaks, the school's governors
# appointing, a notice in capitals at the foot.
_COUNCIL_JOB = ("<div id='main'><h1>Welcome to <strong>Jobs and Careers</strong></h1>"
                "<span class='largetext'>Teaching Assistant (Level 3)</span><br /><br />"
                "<strong>Department</strong> Education<br /><br /><strong>Date Posted</strong> 02/03/2007<br /><br />"
                "<strong>Salary</strong> Scale 5 £18,000 - £19,500<br /><br /><strong>Location</strong> Initown<br /><br />"
                "<strong>Job Description</strong><br />Initown Park Primary School{sep}Park Road{sep}Initown{sep}"
                "{appointing} are seeking to appoint a teaching assistant to support pupils in Key Stage 2.<br /><br />"
                "AS AN EQUAL OPPORTUNITIES EMPLOYER, WE WELCOME APPLICATIONS FROM EVERYONE.</div>"
                "<p>© Copyright Initown Borough Council 2005</p>")


def test_a_title_over_lines_labelled_between_line_breaks_on_a_councils_jobs_page():
    html = f"<html><head><title>Job vacancies</title></head><body>{_COUNCIL_JOB.format(appointing='The Governors', sep='<br />')}"
    job = extract_snapshot(Snapshot(url="https://www.initown.gov.example/jobs/", html=html)).job
    assert job is not None and (job.title, job.location) == ("Teaching Assistant (Level 3)", "Initown")
    assert job.company != "WE WELCOME APPLICATIONS FROM EVERYONE"  # (a sentence in capitals names no employer)


@pytest.mark.parametrize(("appointing", "sep", "company"), [
    # (who governs it appoints for it; the school's address before, its lines ended only in the page's source)
    ("The Governors of Initown Park Primary School", "\n", "Initown Park Primary School"),
    ("Initown Park Primary School", "<br />", "Initown Park Primary School"),
])
def test_the_school_seeking_to_appoint_is_the_employer(appointing, sep, company):
    html = f"<html><head><title>Job vacancies</title></head><body>{_COUNCIL_JOB.format(appointing=appointing, sep=sep)}"
    assert extract_snapshot(Snapshot(url="https://www.initown.gov.example/jobs/", html=html)).job.company == company


def test_lines_labelled_between_line_breaks_under_prose_have_no_title_over_them():
    # (the line above is a sentence's end, text of its own: no title there)
    body = ("<div><p>Initech makes tools.</p>We hire often and train everyone.<br><strong>Location</strong> Leeds<br>"
            "<strong>Salary</strong> £20,000</div>")
    assert title_over_facts(_page("Initech", body)) == ""


def _ad(title: str, said: str) -> str:
    """A job's ad on its employer's own site, one sentence of it given."""
    return (f"<html><head><title>{title}</title></head><body><nav class='main-nav'><a href='/about'>About</a>"
            f"<a href='/jobs'>Jobs</a></nav><main><h1>{title.split(' - ')[0]}</h1><p>{said}</p><h2>What you'll do</h2>"
            "<ul><li>Help the team.</li></ul><h2>What you'll need</h2><ul><li>A positive attitude.</li></ul></main></body></html>")


@pytest.mark.parametrize(("url", "title", "said", "company"), [
    # (found by the session's review, 2026) a place serving the public is not the employer where it names no one hired, or
    # is only where the post is based, or is described, not named
    ("https://www.initech-catering.example/careers/kitchen-assistant", "Kitchen Assistant - Initech Catering",
     "The role is based at Hollybank School, Mirfield, where our team cooks for 120 pupils.", "Initech Catering"),
    ("https://www.greenroutes.example/jobs/cycling-instructor", "Cycling Instructor - Green Routes",
     "Initown City Council is looking for a provider to expand the programme, and we are growing our team.", "Green Routes"),
    ("https://www.dentalstaff.example/vacancies/dental-nurse", "Dental Nurse - Dental Staff Direct",
     "A busy Dental Clinic in Leeds is looking for a qualified Dental Nurse to join their team.", "Dental Staff Direct"),
    ("https://www.initechrecruitment.example/jobs/year-3-teacher", "Year 3 Teacher - Initech Recruitment",
     "Thriving Primary School is seeking a Year 3 Teacher for September.", "Initech Recruitment"),
    ("https://www.taylorshaw.example/careers/cook", "Cook at Greenfield Primary School - Taylor Shaw",
     "Greenfield Primary School, Initown: our team cooks for 300 pupils.", "Taylor Shaw"),
    # (and one the page names again, seeking someone to employ, is)
    ("https://www.initown.example/jobs/learning-mentor", "Learning Mentor - Initown Schools",
     "Initown Park Primary School, Park Road, Initown.<br>Initown Park Primary School is seeking to appoint a suitably "
     "qualified candidate.", "Initown Park Primary School"),
])
def test_a_school_council_or_clinic_is_the_employer_only_where_it_seeks_someone_to_employ(url, title, said, company):
    assert extract_snapshot(Snapshot(url=url, html=_ad(title, said))).job.company == company


def test_one_word_in_capitals_after_saying_equal_opportunities_is_no_employer_where_it_is_a_common_word():
    html = _ad("Seasonal Sales Assistant - Millbrook Garden Centre",
               "As an equal opportunities employer, ALL applications will be considered on merit alone.")
    job = extract_snapshot(Snapshot(url="https://www.millbrook.example/jobs/seasonal", html=html)).job
    assert job.company == "Millbrook Garden Centre"


def test_a_sentence_naming_the_employer_broken_after_a_comma_reads_on_to_the_university():
    html = ("<html><head><title>Jobs | Pain Research Lab</title></head><body><main><h1>Research Assistant</h1>"
            "<p>Research Assistant at the Centre for Pain Research, Department for Health,<br>University of Initown. The post is "
            "funded for 18 months.</p><h2>Duties</h2><ul><li>Test participants</li></ul><h2>Requirements</h2><ul><li>A degree"
            "</li></ul></main></body></html>")
    assert extract_snapshot(Snapshot(url="https://painlab.example/jobs/", html=html)).job.company == "University of Initown"


def test_a_name_joined_by_an_ampersand_seeks_whole():
    # (found by the session's review, 2026) a council named for two towns: not "Hove City Council"
    html = ("<html><head><title>Social Worker</title></head><body><h1>Social Worker</h1><p>Brighton &amp; Hove City "
            "Council is seeking a Social Worker for its children's services team.</p><p>Brighton &amp; Hove City Council "
            "values every applicant.</p><h2>Responsibilities</h2><ul><li>Assess families.</li></ul><h2>Requirements</h2>"
            "<ul><li>A social work degree.</li></ul></body></html>")
    job = extract_snapshot(Snapshot(url="https://jobs.initech.example/social-worker", html=html)).job
    assert job.company == "Brighton & Hove City Council"
