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
])
def test_company_and_role(title, description, organiser, people, expected):
    assert read_company_and_role(title, description, organiser, people) == expected
