"""Whether words name a job, in the languages job pages are written in."""

from __future__ import annotations

import pytest

from companion.reading.roles import names_a_role, title_without_lead


@pytest.mark.parametrize("title", [
    "Tandarts", "Onderhoudsschilder", "Leerkracht de Hofakker in Vorden",  # Dutch: dentist, painter, teacher
    "Kariéra řidič", "IT Manažer",  # Czech: driver, manager
    "Aprendiz Universitario/a", "Interiorista", "Tecnico riparatore di carrelli elevatori",  # Spanish, Italian
    "Falegname", "Neodiplomato operatore CNC / Meccanico", "Educatrice asilo nido",  # Italian: carpenter, CNC operator
    "Fullstack-utvikler", "Sähköasentaja", "Bilmekaniker/Skadetekniker",  # Norwegian, Finnish, Swedish
    "Koch (m/w/d)", "Voorzitter verenigingsbestuur", "Chargé.e de déploiement", "Facilitateur·rice",
    "遊戲引擎開發工程師", "운영 담당자(경력9년~14년)", "2021년 신입 및 경력사원 모집", "運営プランナー",  # Chinese, Korean, Japanese
    "Оператори ПРОИЗВОДСТВО за Добрич", "Медицинская сестра", "مهندس مدني",  # Bulgarian, Russian, Arabic
    "Actuary", "Headteacher", "Maya Generalist", "Post doc",
    "Spécialiste en essais et validation", "IT-Spezialistin", "Specialista marketing",  # French, German, Italian
    "Praktikum im Produktdesign",  # German: an internship
    "PhD Candidate, Generative Retrieval", "Doktorand (m/w/d) Robotik", "Líder de Comunidad",
    "Sysadmin", "Statistician", "Clinician",
    "Auto rij-instructeur", "データサイエンティスト",  # Dutch: driving instructor; Japanese: data scientist
    "Voorman", "Uitvoerder Utiliteitsbouw", "Projectleider Installatietechniek", "Site Foreman",  # a builder's posts
    "Software Craftsman",
    # a Tokyo staffing agency's cards (2022): the kind of work alone (a call centre, serving customers and retail);
    # a Ningbo fashion firm's graduate trainee posts (2016)
    "コールセンター(受信)", "接客・販売", "IT储备",
    "Field Enumerator",  # a Lagos data firm's survey post (2026)
])
def test_a_role_in_any_language_names_a_job(title):
    assert names_a_role(title)


@pytest.mark.parametrize("words", [
    "Molex", "DX Tech Lab", "Recrutement & Carrières", "THE EMPLOYEE EXPERIENCE", "SMB2021 Career Fair",
    "Automatyzacja Przemysłowa i Robotyka", "Meet the team", "Fellowship programme", "Guardian of the galaxy",
])
def test_a_name_a_section_or_a_slogan_names_no_job(words):
    assert not names_a_role(words)



@pytest.mark.parametrize(("title", "role"), [
    ("We're Hiring: Virtual Full Stack Assistant", "Virtual Full Stack Assistant"),  # a colon after the verb
    ("Hiring an Assistant Professor in Design", "Assistant Professor in Design"),
    ("Now hiring: Barista", "Barista"),
    ("Recrutement d'ingénieur d'étude", "Ingénieur d'étude"),  # French: recruiting (of) …
    ("Recrutamento de Analista de Dados", "Analista de Dados"),  # Portuguese
    ("Hiring Manager", "Hiring Manager"),  # a role: no article nor colon after "Hiring"
])
def test_the_words_leading_into_a_role_are_no_part_of_its_title(title, role):
    assert title_without_lead(title) == role
