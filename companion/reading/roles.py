"""Whether words name a job: the nouns of job titles in the languages the readers meet. Invite
titles and page titles both ask it, to tell a role from a company or a meeting's words."""

from __future__ import annotations

import re

from companion.reading.names import FULL_STOP

# (Each regex is tried at each word of every heading a page has: they are written in lower case and read text put in lower
# case, which is several times faster than a case-blind match; no alternative starts with "\w*", which would read each
# word again for each of them: the endings and the stems below are their own regexes.)
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|developer|designer|manager|analyst|scientist|architect|lead|"
    r"director|intern|internship|consultant|specialist|coordinator|administrator|officer|"
    r"associate|researcher|accountant|nurse|teacher|technician|writer|editor|assistant|"
    r"representative|executive|strategist|sre|devops|sysadmin|head of|vp|programmer|marketer|"
    r"product owner|counsel|attorney|paralegal|werkstudent|praktikant|praktikum|stagiaire|ingénieur|consultante|"
    r"pharmacist|chef|cook|driver|cashier|barista|clerk|receptionist|electrician|mechanic|supervisor|therapist|"
    r"planner|producer|copywriter|recruiter|advisor|adviser|agent|operator|tester|staff|expert|enumerator|"
    r"développeu(?:r|se)|chef de projet|chargé(?:e|\.e)? de [\w ]+|responsable|desarrollador(?:a)?|ingenier[oa]|analista|"
    r"sviluppat(?:ore|rice)|ontwikkelaar|medewerker|adviseur|analist|analyste|"
    r"técnic[oa]|desenvolvedor(?:a)?|engenheir[oa]|gerente|assistente|auxiliar|estagiári[oa]|programador(?:a)?|vendedor(?:a)?|"
    r"architecte|technicien(?:ne)?|commercia(?:l|ux|le)|vendeu(?:r|se)|comptable|infirmi(?:er|ère)|ambulanci(?:er|ère)|"
    r"post-?doc(?:toral)?|"
    # Russian and Ukrainian
    r"дизайнер|менеджер|разработчик|розробник|программист|програміст|инженер|інженер|аналитик|аналітик|администратор"
    r"|адміністратор|бухгалтер|слесарь|специалист|спеціаліст|руководитель|керівник|директор|оператор|водитель|водій"
    r"|продавец|продавець|консультант|тестировщик|тестувальник|агент"
    # Vietnamese: staff, specialist, engineer, programmer, supervisor, head of a department or team, manager, accountant,
    # intern, adviser; Indonesian: staff
    r"|nhân\s+viên|chuyên\s+viên|kỹ\s+sư|lập\s+trình\s+viên|giám\s+sát|trưởng\s+(?:phòng|nhóm|ban)|quản\s+lý|kế\s+toán"
    r"|thực\s+tập\s+sinh|tư\s+vấn\s+viên|staf"
    # English trades, care, teaching and research
    r"|actuary|headteacher|lecturer|professor|instructor|tutor|trainer|coach|mentor|fellow|post\s+doc|generalist"
    r"|physician|dentist|hygienist|caregiver|carer|therapist|estimator|welder|fabricator|plumber|carpenter|roofer"
    r"|(?:bio)?informatician|statistician|clinician|dietician|optician|beautician|musician"
    r"|painter|cleaner|janitor|housekeeper|bartender|waiter|waitress|dispatcher|courier|installer|fitter|machinist"
    r"|labou?rer|worker|secretary|bookkeeper|auditor|librarian|translator|interpreter|illustrator|animator|modell?er"
    r"|photographer|guard|apprentice|trainee|processor|underwriter|economist|nanny|(?:baby|pet\s+)?sitter|dog\s+walker"
    r"|merchandiser|foreman|crafts(?:man|woman|person)"
    r"|ph\.?d\.?\s+(?:candidate|student|researcher)|doctoral\s+(?:candidate|researcher)|promovendus|doktorand(?:in)?"
    # Dutch
    r"|tandarts|leerkracht|docent|voorzitter|chauffeur|verpleegkundige|begeleider|stagiair"
    r"|ontwerper|verkoper|timmerman|loodgieter|elektricien|technicus|installateur|werkvoorbereider|kok|instructeur|instructrice"
    r"|voorman|uitvoerder|(?:project|team|spel)leider"  # (a builder's foreman and site manager; project, team, game leader)
    # German
    r"|controller|auszubildende[rn]?|azubi|geselle|koch|köchin"
    # French
    r"|serveu(?:r|se)|cuisini(?:er|ère)|conseill(?:er|ère)|direct(?:eur|rice)|gérant(?:e|\.e)?|assistante|animat(?:eur|rice)"
    r"|éducat(?:eur|rice)|enseignant(?:e)?|professeur(?:e)?|format(?:eur|rice)|apprentie?"
    r"|alternante?|ouvri(?:er|ère)|opérat(?:eur|rice)|magasinier|préparat(?:eur|rice)|électricien(?:ne)?|plombier"
    r"|menuisier|maçon|soudeur|mécanicien(?:ne)?|médecin|dentiste|secrétaire|juriste|avocat(?:e)?|rédact(?:eur|rice)"
    r"|chercheu(?:r|se)|doctorant(?:e)?|post-?doctorant(?:e)?|spécialiste"
    # Spanish, Portuguese, Italian
    r"|aprendiz|asesor(?:a)?|ejecutiv[oa]|jef[ea]|coordinador(?:a)?|supervisora|operari[oa]|conductor(?:a)?|chofer"
    r"|cociner[oa]|camarer[oa]|meser[oa]|dependiente|cajer[oa]|repartidor(?:a)?|enfermer[oa]|médic[oa]|profesor(?:a)?"
    r"|docente|maestr[oa]|investigador(?:a)?|becari[oa]|practicante|representante|especialista|l[ií]der"
    r"|reposter[oa]|panader[oa]|pasteler[oa]|carnicer[oa]|peluquer[oa]|jardiner[oa]|fontaner[oa]|electricista"
    r"|ayudante|albañil|mercaderista|promotor(?:a)?|impulsador(?:a)?|reponedor(?:a)?"  # (shops' shelves: merchandisers)
    r"|contador(?:a)?|abogad[oa]|arquitect[oa]|interiorista|diseñador(?:a)?|redactor(?:a)?|periodista|atendente"
    r"|recepcionista|motorista|tecnic[oa]|impiegat[oa]|operai[oa]|addett[oa]|commess[oa]|magazziniere|camerier[ea]"
    r"|cuoco|autista|responsabile|specialista|manutentore|riparatore|consulente|progettista|disegnat(?:ore|rice)|geometra"
    r"|ingegnere|operat(?:ore|rice)|falegname|meccanico|idraulico|saldatore|muratore|fornaio|pizzaiolo|infermier[ea]"
    r"|insegnante|educat(?:ore|rice)|estetista|parrucchier[ea]|segretari[oa]|programmatore"
    # Polish, Czech, Slovak, Hungarian, Romanian
    r"|kierowca|specjalista|kierownik|programista|sprzedawca|handlowiec|księgow[ay]|magazynier|pracownik"
    r"|inżynier|technik|spawacz|elektryk|mechanik|asystent(?:ka)?|projektant(?:ka)?|kucharz|kelner(?:ka)?|fryzjer(?:ka)?"
    r"|opiekun(?:ka)?|pielęgniarka|nauczyciel(?:ka)?|řidič|prodavač(?:ka)?|účetní|vývojář|programátor"
    r"|skladník|elektrikář|zámečník|svářeč|kuchař|číšník"
    r"|fejlesztő|mérnök|menedzser|értékesítő|könyvelő|asszisztens|sofőr|technikus|munkatárs|borbély|fodrász"
    r"|inginer|dezvoltator|programator|coordonator|contabil|v[âa]nz[ăa]tor|tehnician"
    # Swedish, Norwegian, Danish (Finnish's roles end its compounds: see _ROLE_ENDINGS)
    r"|sjuksköterska|elektriker|snickare|målare|chaufför|förare"
    r"|lagerarbetare|kock|kokk|servitør|servitör|ekonom|handläggare|rådgiver|konsulent|sykepleier"
    r"|sygeplejerske|tømrer|snekker|sjåfør|chauffør|selger|lærling"
    # Indonesian, Malay
    r"|karyawan|pegawai|kasir|teknisi|manajer|koordinator|spesialis|pramuniaga|kurir|sopir|perawat|akuntan)s?\b",
)
# Job nouns that end compounds ("Projektleiter", "Softwareentwickler", "Systemutvecklare", "Onderhoudsschilder",
# "Sähköasentaja", "Bilmekaniker", "электромонтажник"), their gendered endings included ("Entwickler/in").
_ROLE_ENDINGS = re.compile(
    # German
    r"(?:(?:entwickler|berater|leiter|referent|ingenieur|sachbearbeiter|techniker|kaufmann|kauffrau"
    r"|helfer|monteur|erzieher|buchhalter|fachwirt)(?:in)?"
    # Swedish, Danish, Norwegian ("BIM-arkitekt", "Byggledare"; "chef", a manager there)
    r"|utvecklare|ingenjör|ingeniør|arkitekt|architekt|ledare|konsult|säljare|sælger|medarbetare|medarbejder|medarbeider"
    # German skilled, care, teaching and cleaning staff ("Pädagogische Fachkraft", "Pflegekräfte"); tax and medical
    # staff ("Steuerfachangestellte")
    r"|(?:fach|pflege|lehr|reinigungs|aushilfs|hilfs|büro|verkaufs|service)kr(?:a|ä)ft(?:e)?|angestellte[rn]?"
    r"|schilder|assistente|technieker|therapeut(?:e|in)?|verzorger|verzorgster|gastvrouw|gastheer"  # Dutch (boomverzorger)
    r"|(?:arzt|ärztin|zeichner|friseur|fahrer|mechaniker|mechatroniker|elektroniker|informatiker|maler|tischler"
    r"|schreiner|pfleger|assistent|assistenz|sekretär|verkäufer|lagerist|disponent|mitarbeiter|vertreter|gärtner"
    r"|leger|installateur|spezialist)(?:in|innen|en)?"
    r"|terapeuta"  # Spanish, Portuguese, Italian
    r"|asentaja|hoitaja|mekaniker|tekniker|lärare|lærer|utvikler|udvikler|sekretær|sekreterare"  # Finnish, Nordic
    # Finnish, whose compounds end with the role ("Ohjelmistosuunnittelija", software designer; "Pääsuunnittelija")
    r"|kehittäjä|insinööri|myyjä|suunnittelija|työntekijä|kokki|opettaja|kuljettaja|tarjoilija|johtaja|päällikkö"
    r"|asiantuntija|harjoittelija|testaaja|ohjelmoija|arkkitehti|analyytikko|koordinaattori|sihteeri)s?\b"
    # Russian: fitters in any case ("набор электромонтажников")
    r"|монтажник\w{0,3}\b",
)
# Job nouns whatever endings follow them: Polish, Czech and Turkish inflections ("Monterzy", "lektory", "Uzmanı"),
# French's inclusive ones ("Facilitateur·rice"); Russian, Ukrainian, Bulgarian ("Оператори", "медицинская сестра",
# "охранников"); Arabic, Persian, Greek.
_ROLE_STEMS = re.compile(
    r"\b(?:monter|lektor|makléř|manaž[eé]r|grafikus|uzman|mühendis|geliştirici|tasarımcı|müdür|temsilci|personel|eleman"
    r"|teknisyen|şoför|muhasebe|facilitat(?:eur|rice)|охранник|машинист|помощник|сварщик|повар|электрик|механик|курьер)"
    r"|медсестр|медицинская\s+сестр|прораб|кассир|официант|уборщи|грузчик|кладовщик|комплектовщик|сборщик|технолог"
    r"|юрист|экономист|маркетолог|копирайтер|рекрутер|врач|стоматолог|ассистент|секретар|учител|преподавател"
    r"|воспитател|капитан|матрос|штурман|працівник|кухар|офіціант|вантажник|комплектувальник|оператор|бариста"
    r"|продавец|продавець|инженер|специалист"
    r"|مهندس|محاسب|مطور|مدير|مصمم|فني|مندوب|سائق|أخصائي|اخصائي|موظف|مشرف|ممرض|طبيب|معلم|قائد"
    r"|کارشناس|برنامه\s*نویس|طراح|حسابدار|μηχανικός|προγραμματιστής|υπάλληλος|πωλητής",
)


# A job's title marked for every gender: "(m/w/d)", "H/F", "(f/m/x)", "(m/v)".
GENDERS = r"\b(?:m/w/d|w/m/d|m/f/d|f/m/d|m/w/x|f/m/x|m/f/x|h/f|f/h|m/f|f/m|m/w|w/m|m/v|v/m)\b"
_GENDERED = re.compile(GENDERS, re.IGNORECASE)


def marked_for_every_gender(text: str) -> bool:
    """Whether a title is marked for every gender, as German, French and Dutch job titles are
    ("Informationselektroniker (m/w/d)", "Ingénieur FinOps H/F")."""
    return bool(_GENDERED.search(text or ""))


def names_a_job(text: str) -> bool:
    """Whether words name a job: a role ("Software Engineer"), or a title marked for every gender ("ZFA (m/w/d)")."""
    return names_a_role(text) or marked_for_every_gender(text)


# Japanese's and Chinese's job nouns, which end compounds with no space before them ("システムエンジニア", "研发工程师").
# (Japanese: sales, clerical work, workers, staff, drivers, technical posts, site managers, carers, nursery and
# dental staff, lecturers, cooks, shop managers, painters, scientists, architects, marketers, trainers, instructors,
# operators, assistants, and the kinds of work a staffing agency's card names: retail, serving customers, light work,
# cleaning, security, a call centre, delivery; Chinese, simplified and traditional: engineers, developers,
# managers, designers, leads, specialists, assistants, accountants, sales, operations, architects, administrators,
# interns, advisers, teachers, researchers, postdocs, trainees ("IT储备", a graduate trainee in IT); Korean: the person in
# charge, developers, engineers, designers, managers, marketers, planners, researchers, interns, team leads; Thai: staff,
# engineers, managers, developers)
_ROLE_WORDS_CJK = re.compile(r"エンジニア|マネージャー|デザイナー|プログラマー?|ディレクター|コンサルタント|看護師|薬剤師"
                             r"|営業|事務|作業員|スタッフ|運転士|運転手|ドライバー|技術職|技術者|施工管理|現場管理|介護職|保育士"
                             r"|歯科衛生士|技工士|講師|調理|店長|塗装工|総合職|プランナー|アナリスト|リーダー|スペシャリスト|セールス"
                             r"|サイエンティスト|アーキテクト|マーケター|トレーナー|インストラクター|オペレーター|アシスタント"
                             r"|販売|接客|軽作業|清掃|警備|コールセンター|配送"
                             r"|工程师|工程師|程序员|程式設計師|经理|經理|设计师|設計師|分析师|分析師|开发|開發|研发|研發|主管|专员|專員|助理"
                             r"|会计|會計|销售|銷售|运营|運營|架构师|架構師|管理员|管理員|实习生|實習生|顾问|顧問|教师|教師|老师"
                             r"|老師|研究员|研究員|博士后|博士後|储备|儲備"
                             r"|담당자|개발자|엔지니어|디자이너|매니저|마케터|기획자|연구원|인턴|팀장|사원"
                             r"|พนักงาน|วิศวกร|ผู้จัดการ|นักพัฒนา")


def names_a_role(text: str) -> bool:
    """Whether the words name a job ("Backend Engineer (India)", "Projektleiter Bau", "システムエンジニア（php）")."""
    lowered = (text or "").lower()
    return any(pattern.search(lowered) for pattern in (_ROLE_WORDS, _ROLE_ENDINGS, _ROLE_STEMS, _ROLE_WORDS_CJK))


# "Backend Engineer (India) at VectorShift", "Entwickler bei Müller GmbH": a role, then its employer;
# "Full Stack Engineer role for CoinSmart - Cryptocurrency Trading Platform": its slogan after a dash left out.
# (the title may end with a full stop after the name, which is no abbreviation's: "Product Designer at Dogstudio.")
# (Russian's "в", "at", only before a name in Latin letters: "Старший дизайнер продукта в Daryn.Duken"; before a town it
# is written in Cyrillic)
_ROLE_AT_EMPLOYER = re.compile(r"^(?P<role>.+?)\s+(?:(?:(?:role|position|job|opening)\s+(?:at|for|with)|at|bei|chez|presso|bij"
                               r"|в)\s+"
                               r"|@\s*)"  # (an "@" may touch the name: "Post-doc position in Robotics @INSA Rouen Normandy")
                               # (not a phrase's noun ending a slogan: "Engineers at Heart.", "Developers at Work"; but
                               # "Sales Associate at Home Depot")
                               r"(?!(?i:heart|home|work|play|scale|speed|large|best|once|night|first|last)[.!]?\s*$)"
                               # (one name, not running on past a sentence's end: "Engineers at Heart. Builders by Trade.")
                               r"(?P<employer>[A-ZÀ-Þ](?:(?!(?<=[a-z]{3})\.\s+[A-ZÀ-Þ])[^|–—])*?)"
                               rf"(?:\s+-\s+[^|–—]*|{FULL_STOP})?\s*$")


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


# A title saying whom the employer seeks: "Vi söker frontend-utvecklare!", "We're looking for a Rust engineer".
WE_SEEK = re.compile(r"^(?:we(?:['’]re|\s+are)\s+(?:currently\s+)?(?:looking\s+for|hiring|seeking)|vi\s+s[öø]ker|vi\s+søger"
                     r"|wir\s+suchen|we\s+zoeken|wij\s+zoeken|nous\s+recherchons|buscamos|procuramos|cerchiamo|stiamo\s+cercando)"
                     # (a colon may follow: "We're Hiring: Virtual Full Stack Assistant")
                     r"(?:\s*:)?\s+(?:an?|en|ett|eine?n?|een|un[·.]e|un\(e\)|une?|una?|uma?|our\s+(?:first|next|new))?\s*"
                     r"(?:(?:dich|sie|euch|you)\s+(?:als|as)\s+(?:an?\s+|eine?n?\s+)?)?"  # "Wir suchen dich als Koch!"
                     # (not where it hires: "We're hiring in Berlin: Backend Developer")
                     r"(?!(?:in|across|at)\s)(?P<role>\w.*?)[!.]?$", re.IGNORECASE)
# What a sentence seeking a role says after it: what for, from when ("Registered Nurse to work nights at our home",
# "Stagiaire en communication pour 6 mois", "Camarero/a para la temporada de verano").
_PURPOSE_AFTER = re.compile(r"\s+(?:to\s+(?:join|work|help|lead|support|strengthen|grow|be)|pour|para|per|für|um|à\s+partir"
                            r"|from|starting)\b.*$", re.IGNORECASE)
# A title saying where the employer hires, then the role: "We're hiring in Berlin: Backend Developer (m/w/d)".
_HIRING_IN = re.compile(r"^we(?:['’]re|\s+are)\s+hiring\s+in\s+[^:]{2,40}:\s*(?P<role>\S.*)$", re.IGNORECASE)
# Hiring, recruiting (of) a role, first in a title: "Hiring an Assistant Professor in Design", "Now hiring: Barista",
# "Recrutement d'ingénieur d'étude", "Recrutamento de Analista" (not "Hiring Manager", a role: an article or a colon after)
_HIRING_LEAD = re.compile(r"^(?:(?:now\s+)?hiring(?:\s+for)?\s*(?::\s*|\s(?:an?|one)\s+)(?:an?\s+)?"
                          r"|(?:recrutement|recrutamento|reclutamiento|contratación)\s+(?:d['’]une?\s+|d['’]|de\s+|del?\s+))"
                          r"(?P<role>\S.*)$", re.IGNORECASE)
# French's article written for either gender, which no job's title begins with: "un·e développeur·euse front-end".
_INCLUSIVE_ARTICLE = re.compile(r"^un(?:[·.•⋅∙-]e|\(e\))\s+", re.IGNORECASE)


def title_without_lead(title: str) -> str:
    """A job's title without the words leading into it: the role the employer's "we" seeks ("Rust engineer" of "We're
    looking for a Rust engineer", "Registered Nurse" of "… Registered Nurse to work nights at our home") or hires somewhere
    ("We're hiring in Berlin: Backend Developer") or hires, recruits ("Hiring an Assistant Professor …", "Recrutement
    d'ingénieur …"), or the role after an article a site's data leaves before it ("développeur·euse front-end" of "un·e
    développeur·euse front-end")."""
    if (hiring := _HIRING_IN.match(title) or _HIRING_LEAD.match(title)) and names_a_job(hiring["role"]):
        role = hiring["role"]
        return role[:1].upper() + role[1:]
    if (sought := WE_SEEK.match(title)) and names_a_job(sought["role"]):
        role = sought["role"]
        if (purpose := _PURPOSE_AFTER.search(role)) and not marked_for_every_gender(purpose[0]):
            role = role[:purpose.start()]  # (what it is sought for; not a title's own: "Mitarbeiter für Lager (m/w/d)")
        return role[:1].upper() + role[1:]
    return _INCLUSIVE_ARTICLE.sub("", title)
