"""Company and role read from an invite's title, description and organiser."""

import pytest

from companion.reading.invites.titles import read_company_and_role

ACME_DESCRIPTION = "Thank you for your interest in the Senior Robotics Software Engineer role at Acme Robotics."


@pytest.mark.parametrize("title, description, organiser, people, expected", [
    ("Interview: Senior Robotics Software Engineer - Acme Robotics", ACME_DESCRIPTION,
     "priya@acme-robotics.example", ["Dana Lee"], ("Acme Robotics", "Senior Robotics Software Engineer")),
    # the role sits only in a sentence of the description; the company only in the organiser's domain
    ("Technical interview", ACME_DESCRIPTION, "priya@acme-robotics.example", ["Dana Lee"],
     ("Acme Robotics", "Senior Robotics Software Engineer")),
    ("Globex | Onsite | Staff Engineer", "", "recruiter@gmail.com", [], ("Globex", "Staff Engineer")),
    ("Interview with Initech for the Data Analyst role", "", "", [], ("Initech", "Data Analyst")),
    ("Interview with Dana", "Role: Backend Developer", "dana@hooli.example", ["Dana Lee"], ("Hooli", "Backend Developer")),
    # a requisition number is not part of the role; a meeting service is not the company
    ("Interview scheduled: Payroll Specialist [REQ-20931]", "", "helen@contoso.example", [], ("Contoso", "Payroll Specialist")),
    ("Final round", "", "no-reply@zoom.us", [], ("", "")),
    ("[Initech] Technical Interview", "", "jobs@initech.example", [], ("Initech", "")),
    # "<role> at/bei <company>" inside one part of the title
    ("Coding test: Data Engineer at Vandelay", "", "no-reply@hackerrank.com", [], ("Vandelay", "Data Engineer")),
    ("Vorstellungsgespräch: Softwareentwickler (m/w/d) bei Müller GmbH", "", "hr@mueller.example", [],
     ("Müller GmbH", "Softwareentwickler (m/w/d)")),
    ("Entretien d'embauche chez Crème Digitale pour le poste de Chef de projet", "", "rh@creme-digitale.example", [],
     ("Crème Digitale", "Chef de projet")),
    # one part left beside the interview words, which the organiser's domain abbreviates
    ("Video interview | Pharmacist | Northern Valley Health", "", "jobs@nvh.example", [],
     ("Northern Valley Health", "Pharmacist")),
    # the role and the company in the description's sentences
    ("Interview", "We were glad to get your application for the position of Sous Chef at Bistro Verde. See you soon!",
     "owner@gmail.com", [], ("Bistro Verde", "Sous Chef")),
    ("Chat", "Thanks for applying to Harbour Books! Let's talk about the shop assistant job.", "", [],
     ("Harbour Books", "shop assistant")),
    # a person by their title is not the company; a day or a meeting tool after "with" is not either
    ("Vorstellungsgespräch mit Frau Weber", "", "jobs@hansa-bau.example", [], ("Hansa Bau", "")),
    ("Entretien avec Mme Dupont", "", "rh@globex.example", [], ("Globex", "")),
    ("Interview", "We moved your interview for the job with Monday's panel.", "", [], ("", "")),
    ("Interview", "The interview for the position will take place with Microsoft Teams.", "", [], ("", "")),
    # a company whose name starts with a word that also says an interview's kind
    ("First Republic Interview", "", "", [], ("First Republic", "")),
    # a bracket that is not a requisition number stays
    ("Interview - Nurse (Ward 123) - Mercy", "", "", [], ("Mercy", "Nurse (Ward 123)")),
])
def test_company_and_role(title, description, organiser, people, expected):
    assert read_company_and_role(title, description, organiser, people)[:2] == expected


@pytest.mark.parametrize("title, description, organiser, organiser_name, expected", [
    # The organiser's display name says the company in words; the domain only squashes them.
    ("Phone screen", "", "recruiting@bluefinhealth.example", "Talent Acquisition - Bluefin Health",
     ("Bluefin Health", "")),
    ("Vorstellungsgespräch: Senior Entwickler (m/w/d)", "", "hr@mueller-gmbh.example", "Personalabteilung Müller GmbH",
     ("Müller GmbH", "Senior Entwickler (m/w/d)")),
    ("Entretien technique - Développeur Python", "", "rh@acme.example", "Acme RH", ("Acme", "Développeur Python")),
    # A person's name as the display name is not a company: the domain stays.
    ("Technical interview", "", "dana@hooli.example", "Dana Lee", ("Hooli", "")),
    # A scheduling tool sent it: the company comes from what the description says.
    ("Interview for Staff Engineer", "Your interview at Bluefin Health for the Staff Engineer role.",
     "no-reply@greenhouse.io", "Greenhouse", ("Bluefin Health", "Staff Engineer")),
    # A role in brackets after the company is the role.
    ("Interview: Jane <> Acme (Senior Data Engineer)", "", "jane@acme.example", "Jane Doe",
     ("Acme", "Senior Data Engineer")),
])
def test_what_people_wrote_comes_before_what_a_domain_spells(title, description, organiser, organiser_name, expected):
    assert read_company_and_role(title, description, organiser, ["Jane Doe"], organizer_name=organiser_name)[:2] == expected
