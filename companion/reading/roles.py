"""Whether words name a job: the nouns of job titles in the languages the readers meet. Invite
titles and page titles both ask it, to tell a role from a company or a meeting's words."""

from __future__ import annotations

import re

from companion.reading.names import FULL_STOP

_ROLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|designer|manager|analyst|scientist|architect|lead|"
    r"director|intern|internship|consultant|specialist|coordinator|administrator|officer|"
    r"associate|researcher|accountant|nurse|teacher|technician|writer|editor|assistant|"
    r"representative|executive|strategist|sre|devops|head of|vp|programmer|marketer|"
    r"product owner|counsel|attorney|paralegal|werkstudent|praktikant|stagiaire|ingénieur|consultante|"
    r"pharmacist|chef|cook|driver|cashier|barista|clerk|receptionist|electrician|mechanic|supervisor|therapist|"
    r"planner|producer|copywriter|recruiter|advisor|adviser|agent|operator|tester|staff|expert|"
    # Other languages' job titles (their gendered endings included: Entwickler/in, desarrollador/a);
    # German ones end compounds too ("Projektleiter", "Softwareentwickler")
    r"\w*(?:entwickler|berater|leiter|referent|ingenieur|sachbearbeiter|techniker|kaufmann|kauffrau)(?:in)?|"
    # Swedish, Danish, Norwegian ("BIM-arkitekt", "Byggledare", "Systemutvecklare"; "chef", a manager there)
    r"\w*(?:utvecklare|ingenjör|ingeniør|arkitekt|architekt|ledare|konsult|säljare|sælger|medarbetare|medarbejder|medarbeider)|"
    # German skilled, care, teaching and cleaning staff ("Pädagogische Fachkraft", "Pflegekräfte"), helpers, fitters
    r"\w*(?:fach|pflege|lehr|reinigungs|aushilfs|hilfs|büro|verkaufs|service)kr(?:a|ä)ft(?:e)?|"
    # (tax and medical staff: "Steuerfachangestellte")
    r"\w*(?:helfer|monteur|erzieher|buchhalter|fachwirt)(?:in)?|\w*angestellte[rn]?|"
    r"développeu(?:r|se)|chef de projet|chargée? de [\w ]+|responsable|desarrollador(?:a)?|ingenier[oa]|analista|"
    r"sviluppat(?:ore|rice)|ontwikkelaar|medewerker|adviseur|analist|analyste|"
    r"técnic[oa]|desenvolvedor(?:a)?|engenheir[oa]|gerente|assistente|auxiliar|estagiári[oa]|programador(?:a)?|vendedor(?:a)?|"
    r"architecte|technicien(?:ne)?|commercia(?:l|ux|le)|vendeu(?:r|se)|comptable|infirmi(?:er|ère)|ambulanci(?:er|ère)|"
    r"post-?doc(?:toral)?|"
    # Russian and Ukrainian
    r"дизайнер|менеджер|разработчик|розробник|программист|програміст|инженер|інженер|аналитик|аналітик|администратор"
    r"|адміністратор|бухгалтер|слесарь|специалист|спеціаліст|руководитель|керівник|директор|оператор|водитель|водій"
    r"|продавец|продавець|консультант|тестировщик|тестувальник"
    # (fitters, guards, drivers of machines, assistants, welders, cooks: in any case, "набор электромонтажников")
    r"|(?:\w*монтажник|охранник|машинист|помощник|сварщик|повар|электрик|механик|курьер)\w{0,3}"
    # Vietnamese: staff, specialist, engineer, programmer, supervisor, head of a department or team, manager, accountant,
    # intern, adviser; Indonesian: staff
    r"|nhân\s+viên|chuyên\s+viên|kỹ\s+sư|lập\s+trình\s+viên|giám\s+sát|trưởng\s+(?:phòng|nhóm|ban)|quản\s+lý|kế\s+toán"
    r"|thực\s+tập\s+sinh|tư\s+vấn\s+viên|staf)s?\b",
    re.IGNORECASE,
)


# A job's title marked for every gender: "(m/w/d)", "H/F", "(f/m/x)", "(m/v)".
GENDERS = r"\b(?:m/w/d|w/m/d|m/f/d|f/m/d|m/w/x|f/m/x|m/f/x|h/f|f/h|m/f|f/m|m/w|w/m|m/v|v/m)\b"
_GENDERED = re.compile(GENDERS, re.IGNORECASE)


def marked_for_every_gender(text: str) -> bool:
    """Whether a title is marked for every gender, as German, French and Dutch job titles are
    ("Informationselektroniker (m/w/d)", "Ingénieur FinOps H/F")."""
    return bool(_GENDERED.search(text or ""))


# Japanese's and Chinese's job nouns, which end compounds with no space before them ("システムエンジニア", "研发工程师").
_ROLE_WORDS_CJK = re.compile(r"エンジニア|マネージャー|デザイナー|プログラマー?|ディレクター|コンサルタント|看護師|薬剤師|工程师|程序员|经理|设计师")


def names_a_role(text: str) -> bool:
    """Whether the words name a job ("Backend Engineer (India)", "Projektleiter Bau", "システムエンジニア（php）")."""
    return bool(_ROLE_WORDS.search(text or "") or _ROLE_WORDS_CJK.search(text or ""))


# "Backend Engineer (India) at VectorShift", "Entwickler bei Müller GmbH": a role, then its employer;
# "Full Stack Engineer role for CoinSmart - Cryptocurrency Trading Platform": its slogan after a dash left out.
# (the title may end with a full stop after the name, which is no abbreviation's: "Product Designer at Dogstudio.")
# (Russian's "в", "at", only before a name in Latin letters: "Старший дизайнер продукта в Daryn.Duken"; before a town it
# is written in Cyrillic)
_ROLE_AT_EMPLOYER = re.compile(r"^(?P<role>.+?)\s+(?:(?:(?:role|position|job|opening)\s+(?:at|for|with)|at|bei|chez|presso|bij"
                               r"|в)\s+"
                               r"|@\s*)"  # (an "@" may touch the name: "Post-doc position in Robotics @INSA Rouen Normandy")
                               rf"(?P<employer>[A-ZÀ-Þ][^|–—]*?)(?:\s+-\s+[^|–—]*|{FULL_STOP})?\s*$")


# A call to become the role at the employer: "Devenir agent chez essential security", "Become a Barista at Initech",
# "Werde Koch bei Initech" (the employer may be written in lower case, as a brand); or to work there as the role:
# "Werken bij The Hunt als spelleider", "Work at Initech as a Barista".
_BECOME = re.compile(r"^(?:become|devenir|werde|word|diventa|conviértete\s+en|torne-se)\s+"
                     r"(?:(?:an?|une?|eine?n?|een|una?|uma?)\s+)?(?P<role>.+?)\s+(?:at|chez|bei|bij|presso|en|na)\s+"
                     r"(?P<employer>\S.*)$"
                     r"|^(?:werken|work|arbeiten|travailler|trabajar|lavorare)\s+(?:bij|at|bei|chez|en|presso)\s+"
                     r"(?P<at>\S.+?)\s+(?:als|as|comme|como|come)\s+(?:(?:an?|une?|eine?n?|een|una?)\s+)?(?P<as>\S.*)$",
                     re.IGNORECASE)


def role_to_become(text: str) -> tuple[str, str]:
    """The role and the employer of a call to become the one at the other, where the role names a job, or
    to work at the one as the other, which says it is a role (("", "") otherwise)."""
    found = _BECOME.match(text or "")
    if found and found["as"]:
        return found["as"], found["at"]
    return (found["role"], found["employer"]) if found and names_a_role(found["role"]) else ("", "")


def role_at_employer(text: str) -> tuple[str, str]:
    """The role and the employer of "<role> at <Employer>" where the first part names a job
    (("", "") otherwise: "Software Engineer at Scale" is one title when no capital follows)."""
    found = _ROLE_AT_EMPLOYER.match(text or "")
    return (found["role"], found["employer"]) if found and names_a_role(found["role"]) else ("", "")
