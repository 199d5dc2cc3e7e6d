"""What in a page's body says it is one job's ad, where nothing marks it up and neither its
address nor its title says "job": an apply button for one job, or the sections an ad is written in.
Asked by the last-resort reader."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import islice

from selectolax.lexbor import LexborNode

from companion.reading.names import squeezed
from companion.reading.pages.html import (SOURCE_TAGS, Page, element_beside, element_under, in_dialog, node_text,
                                          over_main_heading, parents, unseen, words_before_break)
from companion.reading.pages.labelled import BRACKETED_AFTER, NUMBERED, SOUGHT, WE, about_us, in_site_menus, place_labelled_in
from companion.reading.pages.regions import names_a_place
from companion.reading.roles import marked_for_every_gender, names_a_job, names_a_role


_ASKED = r"(?:qualifications|skills|knowledge|experience|abilities|competenc(?:ies|es|e))"  # what a profile's head asks for

# The sections a job ad is written in, by kind: what the job is, whom it asks for, what it offers.
_AD_SECTIONS = {
    # (responsibilities often misspelt: "Roles and Responsibilites")
    "tasks": r"(?:your|deine|ihre)\s+(?:tasks|responsibilities|mission|role|aufgaben)"
             # "General Job Responsibilities", "Likely future responsibilities", "Responsibilties"
             r"|(?:[^\W\d_]+\s+){0,2}responsibili?t(?:ies|es)"
             # "As a part of the team, your responsibilities may include:" (a state office's, 2023)
             r"|(?:as\s+(?:a\s+)?(?:part|member)\s+of\s+(?:the|our)\s+team,\s+)?"
             r"your\s+(?:responsibilities|duties)\s+(?:may|will)\s+include"
             r"|das\s+erwartet\s+(?:dich|sie)|was\s+(?:dich|sie)\s+erwartet"  # German: what awaits you
             r"|was\s+(?:du|sie)\s+bewegst|was\s+sie\s+bewegen"  # what you will move
             # "Primary Duties", "Specific duties", "Position Description"
             r"|(?:[^\W\d_]+\s+){0,2}duties(?:\s+include)?|(?:job|position)\s+descriptions?|aufgaben"
             # "Care worker / care assistant duties may include" (not a guide's "Tenant responsibilities include")
             r"|(?:[^\W\d_]+\s+(?:/\s+)?){0,4}duties\s+may\s+include|huvuduppgifter"  # (Swedish: main tasks)
             r"|roles?\s+(?:and|&)\s+responsibilit(?:ies|es)"
             r"|(?:position|role|job)\s+(?:overview|summary|functions)|about\s+the\s+(?:position|role|job)"
             r"|(?:the\s+|research\s+)?project(?:\s+description)?"  # a PhD's or a post-doc's: its project
             r"|what\s+you(?:['’]ll|\s+will)\s+do|what\s+will\s+you\s+(?:do|be\s+doing)|vos\s+missions|mansioni"
             # Italian: the activities (the role, the post) described, responsibilities (not "compiti", a school's homework)
             r"|descrizione\s+(?:delle\s+attività|del\s+ruolo|della\s+posizione|del\s+lavoro)|responsabilità"
             r"|what\s+are\s+you\s+going\s+to\s+do|what\s+you(?:['’]re|\s+are)\s+going\s+to\s+do"
             r"|your\s+work\s+consists?\s+of(?:,?\s+but\s+is\s+not\s+limited\s+to)?"  # (a Dubai studio's, 2023)
             r"|(?:principales\s+)?responsabilidades(?:\s+principales)?"  # Spanish, Portuguese: (main) responsibilities
             r"|(?:tus\s+|sus\s+)?funciones(?:\s+del\s+(?:cargo|puesto))?"  # Spanish: (your) functions (of the post)
             # Dutch: "what will you do (as …)", "what do you do as?"
             r"|(?:jouw\s+|je\s+)?taken|(?:jouw|je|uw)\s+werkzaamheden"
             r"|wat\s+(?:ga\s+je\s+doen|doe\s+je)(?:\s+als(?:\s+[^\W\d_][\w/ -]{0,40})?)?"
             r"|opis\s+stanowiska|zakres\s+(?:obowiązków|zadań)|(?:twoje\s+)?obowiązki"  # Polish: the post's description, duties
             r"|do\s+(?:twoich|pana|pani|państwa)\s+zadań\s+(?:będzie\s+)?należ(?:eć|y|ą)"  # (what your tasks will include)
             # Danish, Swedish, Norwegian
             r"|(?:dine|dina)\s+(?:arbejds)?(?:opgaver|arbetsuppgifter)|arbejdsopgaver|arbetsuppgifter|arbeidsoppgaver"
             r"|(?:ditt\s+|dit\s+)?ansvar(?:sområden)?|functieomschrijving"  # Swedish, Danish: (your) responsibility; Dutch
             r"|om\s+(?:jobbet|tjänsten|rollen|stillingen)"  # Swedish, Norwegian, Danish: about the job
             # Russian, Ukrainian: (your main, the post's) duties, tasks, the vacancy described, kinds of work
             r"|(?:(?:ваши|твои|ваші|твої)\s+)?(?:(?:основные|основні|должностные|посадові|функціональні|функциональные)\s+)?"
             r"(?:обязанности|обов['’ʼ]язки)"
             r"|задачи|завдання|описание\s+вакансии|опис\s+вакансії|виды\s+работ|види\s+робіт"
             # what you will do (Russian, Ukrainian)
             r"|что\s+(?:нужно|надо|предстоит)\s+(?:будет\s+)?делать|що\s+(?:потрібно|треба)\s+(?:буде\s+)?робити"
             r"|(?:вам|тебе)\s+предстоит|(?:вам|тобі)\s+належить"  # (what lies ahead of you)
             # Korean, Japanese, Chinese: duties
             r"|(?:담당|주요)?\s*업무(?:\s*내용)?|모집\s*내용|仕事の?内容|業務内容|職務内容|(?:岗位|工作)职责|工作内容"
             r"|(?:职位|岗位|工作)描述|职责(?:描述|内容)|职位职责(?:和工作权限)?"  # Chinese: the post, its duties described
             r"|(?:職位|崗位|工作)描述|(?:崗位|工作)職責|職責描述"  # the same in traditional characters
             # Vietnamese, Indonesian, Turkish: the job described (in short: "Mô tả công việc cơ bản")
             r"|mô\s+tả\s+công\s+việc(?:\s+cơ\s+bản)?|deskripsi\s+pekerjaan|iş\s+tanımı"
             # Vietnamese: the work's content, (professional) tasks; Indonesian
             r"|nội\s+dung\s+công\s+việc|nhiệm\s+vụ(?:\s+chuyên\s+môn)?|tanggung\s+jawab|deskripsi\s+tugas"
             r"|công\s+việc\s+(?:của\s+)?bạn(?:\s+sẽ\s+làm)?|bạn\s+sẽ\s+làm\s+gì"  # Vietnamese: the work you will do
             r"|descrição\s+da\s+vaga|atividades|descripción\s+del\s+puesto"  # Portuguese, Spanish
             # Spanish: activities and knowledge, the position's aim (not "Actividades" alone, a school's, a hotel's; nor
             # "… del puesto", a council's manual describing its posts)
             r"|actividades\s+y\s+conocimientos|objetivo\s+de\s+la\s+posición"
             r"|o\s+que\s+você\s+(?:irá|vai)\s+fazer|(?:lo\s+)?qu[eé]\s+har[aá]s"  # what you will do
             r"|sobre\s+o\s+trabalho|sobre\s+a\s+vaga"  # Portuguese: about the work, about the vacancy
             r"|description\s+du\s+poste|(?:les\s+)?responsabilités|(?:les\s+)?missions"  # French
             r"|responsabilități|despre\s+rol|descrierea\s+postului"  # Romanian: responsibilities, about the role
             r"|(?:twoje\s+)?zadania|feladataid(?:\s+lesznek)?|(?:főbb\s+)?feladatok"  # Polish, Hungarian: (your) tasks
             r"|görevler|görev\s+tanımı|sorumluluklar"  # Turkish: duties, responsibilities
             r"|co\s+vás\s+čeká|čo\s+vás\s+čaká|náplň\s+práce|pracovní\s+náplň"  # Czech, Slovak: what awaits you, the work
             r"|(?:jaká\s+bude\s+)?(?:tvá|tvoje|vaše)\s+(?:pracovní\s+)?náplň(?:\s+práce)?"  # (what your work will be)
             r"|opis\s+posla|zaduženja|odgovornosti|отговорности|задължения"  # Serbo-Croatian, Bulgarian: duties
             r"|αρμοδιότητες|καθήκοντα"  # Greek: duties
             r"|työnkuva|(?:työ)?tehtävät|tehtävän\s+kuvaus"  # Finnish: the work described, (work) tasks
             # Arabic: the job described, the job's tasks, tasks and responsibilities (not "المهام", "المسؤوليات" alone: a
             # project's tasks, a firm's responsibilities)
             r"|وصف\s+الوظيفة|(?:مهام|واجبات)\s+الوظيفة|المهام\s+والمسؤوليات"
             # Persian: responsibilities, the duties described (its plural's joiner written as a space too)
             r"|مسئولیت[\u200c\s]?ها|مسؤولیت[\u200c\s]?ها|شرح\s+وظایف"
             r"|iş\s+barədə\s+məlumat|vəzifə\s+öhdəlikləri",  # Azerbaijani: about the job, the post's duties
    # ("Job Requirements", "Technical requirements")
    "profile": r"(?:(?:your|dein|ihr)\s+)?profile?|(?:your|dein|ihr)\s+(?:skills|qualifications)"
               # ("Knowledge & skills requirements", "Skills/Knowledge Requirements")
               r"|(?:[^\W\d_]+(?:\s*/\s*|\s+(?:(?:and|&)\s+)?)){0,2}requirements"
               # "Preferred Qualifications", "Essential Knowledge, Skills, and Experience"
               rf"|(?:essential|required|necessary|preferred|minimum|desired|bonus|key)\s+(?:technical\s+)?{_ASKED}"
               rf"(?:,?\s+(?:(?:and|&)\s+)?{_ASKED})*"
               # qualifications with skills or experience: "Skills and Qualifications" (not a course's "Knowledge and Skills")
               r"|(?:skills|experience)\s+(?:and|&)\s+qualifications|qualifications\s+(?:and|&)\s+(?:skills|experience)"
               # (one: "Qualification", an Indian ad's head over the degree it asks for)
               r"|qualifications?|(?:what\s+)?you\s+(?:bring|have)|about\s+you"
               r"|what\s+we\s+need(?:\s+from\s+you)?"
               # "To be successful in this role, you should have:"
               r"|to\s+be\s+successful\s+in\s+this\s+role,?\s+you\s+(?:should|will|must)\s+have"
               r"|preferred\s+candidates\s+(?:will|should)\s+have"  # (a museum's intern, 2015)
               r"|(?:selection|essential|desirable)\s+criteria|person\s+specification"  # (British, Dutch and Australian posts)
               r"|what\s+we\s+expect(?:\s+(?:from|of)\s+you)?|who\s+you\s+are|(?:the\s+|our\s+)?ideal\s+candidate"
               # "The suitable candidate should possess:"
               r"|(?:the\s+)?(?:suitable|ideal|successful)\s+candidate\s+(?:should|must|will)\s+(?:possess|have)"
               r"|who\s+(?:we\s+think\s+)?(?:will\s+be|is)\s+a\s+(?:great|good)\s+fit\W*"  # ("Who we think will be a great fit…")
               r"|skills\s*(?:/|and|&)\s*experience(?:\s+required)?"  # "SKILLS/EXPERIENCE REQUIRED"
               r"|(?:what|who)\s+(?:we(?:['’]re|\s+are)|are\s+we)\s+looking\s+for|anforderungen"
               r"|(?:votre\s+)?profil\s+recherché|votre\s+profil"
               r"|compétences\s+(?:recherchées|requises|attendues)"  # French: skills sought, required
               r"|(?:deine\s+|ihre\s+)?voraussetzungen"  # German: (your) prerequisites
               r"|was\s+dich\s+ausmacht|was\s+sie\s+ausmacht|das\s+zeichnet\s+(?:dich|sie)\s+aus"  # what makes you, you
               r"|das\s+bringen\s+sie\s+mit|das\s+bringst\s+du\s+mit|was\s+(?:sie|du)\s+mitbring(?:en|st)"
               r"|du\s+bringst\s+mit|sie\s+bringen\s+mit|wen\s+wir\s+suchen"  # (whom we seek)
               r"|requisitos(?:\s+del\s+(?:perfil|puesto|cargo))?|requisiti|wymagania|(?:jouw\s+|je\s+)?profiel|qu[eé]\s+buscamos"
               r"|requerimientos|esperienza\s+richiesta"  # Spanish: requirements; Italian: experience asked for
               r"|what\s+is\s+needed|the\s+successful\s+candidate\s+(?:must|will|should)\s+have(?:\s+the\s+following)?"
               r"|diferenciais|qualificações"  # Portuguese: what counts in one's favour, qualifications
               r"|wat\s+(?:(?:vragen|verwachten)\s+(?:we|wij)(?:\s+van\s+(?:je|jou|u))?|(?:we|wij)\s+vragen)"
               r"|wie\s+zoeken\s+(?:we|wij)"
               r"|(?:dit|wie)\s+ben\s+(?:jij|je)|functie-?eisen"  # Dutch: this is you, who you are, the post's requirements
               r"|om\s+dig|vi\s+søger|vi\s+söker|din\s+profil|kvalifikationer|kvalifikasjoner"  # Danish, Swedish, Norwegian
               # Swedish: we seek you who…, our wish list (of you), experience and knowledge required (not "Kunskapskrav"
               # alone: a school's grading criteria)
               r"|vi\s+s[öø]ker\s+d(?:ig|eg)\s+som|vår\s+önskelista(?:\s+av\s+dig)?|erfarenhet\s*(?:&|och)\s*kunskapskrav"
               r"|vad\s+du\s+förväntas\s+ha(?:\s+i\s+ditt\s+cv)?"  # Swedish: what you are expected to have (in your CV)
               # Swedish: to apply for the post you must (have)
               r"|för\s+att\s+söka\s+(?:tjänsten|jobbet)\s+(?:ska|måste|behöver)\s+du(?:\s+ha)?"
               # Russian, Ukrainian: (required, main) requirements
               r"|(?:необходимые\s+|основные\s+|обязательные\s+)?требования(?:\s+к\s+кандидату)?|(?:основні\s+)?вимоги"
               r"|(?:необходимые\s+|необхідні\s+)?(?:навыки|навички)"  # (required) skills
               r"|(?:что\s+)?для\s+нас\s+важно|(?:що\s+)?для\s+нас\s+важлив[оі]"  # what matters to us
               r"|(?:что\s+)?(?:от\s+вас\s+)?мы\s+жд[её]м(?:\s+от\s+вас)?"  # (what) we expect of you
               r"|(?:що\s+)?ми\s+очіку[єе]мо(?:\s+від\s+(?:вас|тебе))?|(?:что\s+)?мы\s+ожидаем(?:\s+от\s+(?:вас|тебя))?"
               r"|자격\s*(?:요건|조건)|지원\s*자격|우대\s*사항|応募資格|(?:任职|岗位|职位)要求|任职(?:资格|条件)(?:要求)?|加分项"  # requirements, preferred
               r"|(?:任職|崗位|職位)要求|任職(?:資格|條件)"  # (traditional characters)
               r"|応募(?:要件|条件)|(?:必須|歓迎(?:する)?)スキル(?:・経験)?|求める人物像|求める人材"
               r"|(?:こんな|このような)(?:方|人)を求めています"  # Japanese: requirements, skills required, welcome
               r"|経験・資格|資格・経験"  # (Japanese: experience and qualifications)
               # Vietnamese, Indonesian, Turkish: requirements, conditions to apply
               r"|yêu\s+cầu(?:\s+(?:công\s+việc|ứng\s+viên|chung|(?:đối\s+với|cho)\s+(?:vị\s+trí|ứng\s+viên)))?"
               r"|tiêu\s+chuẩn|điều\s+kiện\s+ứng\s+tuyển|bạn\s+cần\s+có"  # (Vietnamese: what you need to have)
               r"|kualifikasi|persyaratan|aranan\s+nitelikler"
               # Spanish: the post's, the candidate's, the sought profile (not "Perfil" alone: a person's, a hotel's)
               r"|perfil\s+(?:del\s+(?:puesto|candidato)|requerido|buscado)"
               r"|cerințe|profilul\s+candidatului"  # Romanian: requirements, the candidate's profile
               r"|(?:nasze\s+)?oczekiwania|oczekujemy|kogo\s+szukamy"  # Polish: (our) expectations, whom we seek
               r"|elvárások|elvárásaink|téged\s+keresünk(?:,?\s+ha)?|előnyt\s+jelent(?:,?\s+ha)?"  # Hungarian
               r"|(?:genel\s+)?nitelikler|beklentilerimiz"  # Turkish: (general) qualifications, what we expect
               r"|koho\s+hledáme|koho\s+hľadáme|požadujeme|požadavky|požiadavky"  # Czech, Slovak: whom we seek, requirements
               r"|kdo\s+je\s+pro\s+nás\s+(?:tím\s+)?(?:správným|ideálním)\s+kandidátem"  # (who the right candidate is)
               r"|uslovi|uvjeti|zahtevi|zahtjevi|kvalifikacije|(?:šta|što)\s+očekujemo"  # Serbo-Croatian
               r"|изисквания|απαιτήσεις|προσόντα"  # Bulgarian, Greek: requirements
               # Finnish: the criteria to apply, (qualification) requirements, what we expect of you
               r"|hakukriteerit|(?:pätevyys)?vaatimukset|(?:odotamme|toivomme)\s+(?:sinulta|hakijalta)"
               # Arabic: qualifications and experience (required), the job's requirements (not "المتطلبات" alone, a
               # product's system requirements, nor a course's "المؤهلات المطلوبة")
               r"|المؤهلات\s+والخبرات(?:\s+المطلوبة)?|متطلبات\s+الوظيفة"
               # Persian: the skills (and abilities) required, the conditions to qualify
               r"|مهارت[\u200c\s]?ها(?:ی)?(?:\s+و\s+توانمندی[\u200c\s]?ها(?:ی)?)?\s+(?:مورد\s*نیاز|لازم)|شرایط\s+احراز"
               r"|(?:namizədə\s+)?tələblər",  # Azerbaijani: requirements (of the candidate)
    "offer": r"what\s+(?:do\s+)?we\s+offer(?:\s+you)?|we\s+offer|what['’]s\s+in\s+it\s+for\s+(?:you|me)"
             r"|perks(?:\s+(?:and|&)\s+benefits)?|(?:was\s+)?wir\s+bieten(?:\s+dir|\s+ihnen)?|das\s+bieten\s+wir|unser\s+angebot"
             r"|das\s+(?:finden|erwartet)\s+(?:sie|du)\s+bei\s+uns"  # German: what you find with us
             r"|funding|financial\s+support|stipend"  # a PhD's or a post-doc's funding
             # (French: the advantages of working there)
             r"|benefits|(?:nos\s+|les\s+)?avantages(?:\s+(?:de|chez)\s+[\w' -]{1,30})?"
             r"|(?:ce\s+que\s+)?nous\s+(?:vous\s+)?offrons|(?:qu[eé]\s+)?(?:te\s+|les\s+)?ofrecemos|oferecemos|offriamo"
             r"|oferujemy"
             r"|(?:wat\s+|dit\s+)?(?:(?:we|wij)\s+bieden|bieden\s+(?:we|wij))(?:\s+(?:je|jou|u))?(?:\s+ook)?"
             r"|(?:salaris\s+(?:en|&)\s+)?arbeidsvoorwaarden"  # Dutch: (pay and) terms of employment
             r"|wat\s+(?:hebben|heb)\s+(?:we|wij)\s+(?:(?:je|jou|u)\s+)?te\s+bieden"  # Dutch: what we have to offer (you)
             # Danish, Norwegian, Swedish: (what) we (can) offer
             r"|(?:(?:for\s+den\s+rette\s+person\s+)?kan\s+|vad\s+|hva\s+|hvad\s+)?vi\s+(?:kan\s+)?"
             r"(?:tilbyde|tilbyder|tilbyr|erbjuder)"
             r"|vårt\s+erbjudande|vores\s+tilbud|vårt\s+tilbud"  # our offer: Swedish, Danish, Norwegian
             r"|det\s+du\s+får\s+av\s+oss|vad\s+erbjuder\s+[^\W\d_][\w ]{1,40}"  # what you get from us; what does X offer
             # Russian, Ukrainian: conditions (of work), we offer (in return)
             r"|условия(?:\s+работы)?|(?:что\s+)?(?:мы\s+)?предлагаем(?:\s+взамен)?|умови(?:\s+роботи)?|(?:що\s+)?ми\s+пропонуємо"
             r"|근무\s*조건|복리\s*후생|待遇|福利厚生|福利待遇"  # conditions, benefits
             r"|給与(?:・(?:諸条件|待遇|報酬))?|(?:勤務)?諸?条件"  # Japanese: pay (and conditions, rewards)
             # Vietnamese: benefits
             r"|(?:các\s+)?phúc\s+lợi|quyền\s+lợi(?:\s+(?:nhận\s+được|được\s+hưởng))?|chế\s+độ\s+đãi\s+ngộ"
             r"|lương\s+và\s+phúc\s+lợi"  # pay and benefits
             r"|yang\s+kami\s+tawarkan"  # Indonesian: what we offer
             r"|benefícios|beneficios|ce\s+oferim|beneficii"  # Portuguese, Spanish, Romanian
             r"|co\s+(?:ci\s+|wam\s+)?oferujemy|amit\s+kínálunk|ajánlatunk|amit\s+nyújtunk"  # Polish, Hungarian: what we offer
             r"|sunduklarımız|neler\s+sunuyoruz|yan\s+haklar"  # Turkish: what we offer, benefits
             r"|(?:co\s+)?nabízíme|(?:čo\s+)?ponúkame|(?:šta\s+|što\s+)?nudimo|pogodnosti"  # Czech, Slovak, Serbo-Croatian
             r"|co\s+(?:ti|vám)\s+(?:můžeme\s+nabídnout|nabízíme)"  # (what we can offer you)
             r"|(?:ние\s+)?предлагаме|προσφέρουμε|παροχές"  # Bulgarian, Greek: we offer, benefits
             r"|(?:me\s+)?tarjoamme(?:\s+sinulle)?"  # Finnish: (what) we offer (you)
             # Arabic: the work's advantages (not "المزايا" alone, a product's features, nor a course's "ما نقدمه")
             r"|مميزات\s+(?:العمل|الوظيفة)",
}
# a colon may follow, full-width in Chinese and Japanese ("工作内容："), a full stop ("Job Description."), or marks
# of a shout ("QUE OFRECEMOS!")
_AD_SECTION = {kind: re.compile(rf"^(?:{words})\s*(?:[:：.]|[!?]+)?$", re.IGNORECASE) for kind, words in _AD_SECTIONS.items()}
# characters: a longer line is a sentence, not a section's heading ("Essential Knowledge, Skills, and Experience")
AD_SECTION_LIMIT = 50
HEADING_SECTION_LIMIT = 64  # (a heading's element may say more: "Preferred Technical Experience, Skills and Abilities")


# Where a page heads its sections: headings, emphasis, boxes classed as a title ("vacancy-box__title").
# (h1 too: a page written in Markdown; a terms table's header cells: "<th>仕事内容</th>", or its rows' first cells: "<td
# class='Komoku'>仕事の内容</td>"; a list's items, shaded as its parts' heads: "<li class='list-group-item-secondary'>Wymagania:</li>")
_SECTION_HEADS = "h1, h2, h3, h4, h5, h6, strong, b, [class*='title' i], p, dt, th, li, tr > td:first-child, span"
_TABLE_HEADS = ("dt.", "th.")  # how a terms table draws its heads, weighed by their shape (ads_repeated), not counted here


def _section_heads(page: Page) -> list[tuple[str, list[str], str, LexborNode]]:
    """The page's heads of a job ad's sections, in order, each with the kinds it names, how it is
    drawn (its tag and classes) and its element, found once per page: four questions ask."""
    if page.section_heads is None:
        page.section_heads = _heads_of_sections(page)
    return page.section_heads


def _heads_of_sections(page: Page) -> list[tuple[str, list[str], str, LexborNode]]:
    heads, seen = [], set()
    for node in page.css(_SECTION_HEADS):
        if node.mem_id in seen:
            continue  # found by two selectors: "<h2 class='section-title'>"
        said = without_marks(node_text(node))
        limit = HEADING_SECTION_LIMIT if node.tag in _HEADINGS[1:] else AD_SECTION_LIMIT  # (h2 to h6)
        if len(said) <= limit and (kinds := _kinds_of(said)) and not in_site_menus(node, page):
            if not any(parent.mem_id in seen for parent in parents(node)):  # "<h3><b>Requirements</b></h3>" is one head
                heads.append((said, kinds, f"{node.tag}.{node.attributes.get('class') or ''}", node))
            seen.add(node.mem_id)
    return heads


def headings_over_ad(page: Page) -> list[LexborNode]:
    """The page's h1-h3 before the first head of an ad's sections after its h1 (all of them where it has none): the
    headings over the ad, not its sections' nor what follows them ("Life in London", another job's "Frontend Developer in
    Manchester")."""
    heads = {node.mem_id for _, _, _, node in _section_heads(page)}
    main = page.css_first("h1")
    over, started = [], main is None  # (a sidebar's "Benefits" before the h1 ends nothing)
    for node in page.css(f"h1, h2, h3, {_SECTION_HEADS}"):
        started = started or node.mem_id == main.mem_id
        if started and node.mem_id in heads:
            break
        if node.tag in ("h1", "h2", "h3"):
            over.append(node)
    return over


def without_marks(said: str) -> str:
    """Words without the marks or the number some pages set before them ("📍 업무 내용", "■ 仕事内容",
    "💰 Salary Insights", "II. Yêu cầu")."""
    return _MARKS.sub("", said)


_MARKS = re.compile(rf"^(?:[^\w(]+|{NUMBERED}(?=\w))+")
# A head's first words and a second part joined to them by "and" ("och", "og", "und", "et", "y", "e", "és", "ve"; Dutch
# "en" after a comma only, not the Nordic languages' "a": "Vi søger en erfaren backend-udvikler."), a colon or nothing
# after them ("Wat wij vragen, en wat je gaat doen").
_JOINED = re.compile(r"^(?P<first>\S.*?)(?:,\s*en|\s+(?:and|&|och|og|und|et|y|e|és|ve))\s+\S[^:：.]*[:：]?$", re.IGNORECASE)


def _kinds_of(said: str) -> list[str]:
    """The kinds of an ad's section a head names (none for other words), in either of its languages
    where it gives two."""
    heads = [said, *(two.groups() if (two := BRACKETED_AFTER.match(said)) else ())]  # "Талаптар (Requirements)"
    if joined := _JOINED.match(said):  # one head over two of its kind's parts: "Kvalifikationer och erfarenheter"
        heads.append(joined["first"])
    return [kind for kind, pattern in _AD_SECTION.items() if any(pattern.match(head) for head in heads)]


def heads_part(said: str) -> bool:
    """Whether a heading's words, whole, head a part of a job's ad ("Responsibilities") or the part about its employer
    ("Who we are"), not the ad (not "Benefits and Payroll Administrator", a job whose first words head a part)."""
    said = without_marks(said)
    return (any(pattern.match(said) for pattern in _AD_SECTION.values()) and not names_a_role(said)) or about_us(said)


def parts_left_empty(page: Page) -> bool:
    """Whether the page heads an ad's parts with nothing under any of them ("JOB QUALIFICATIONS" over an empty
    list: a template a script fills in once the page has opened)."""
    heads = [node for _, _, _, node in _section_heads(page)]
    return bool(heads) and not any(node_text(under) for node in heads if (under := _content_under(node)) is not None) \
        and not any(_text_after(node) for node in heads) and not _words_between(page, heads)


_BESIDE_THE_AD = {*SOURCE_TAGS, "aside", "nav", "footer", "form", "button", "a"}


def _words_between(page: Page, heads) -> bool:
    """Whether the page writes words between one head and the next, wherever its boxes put them (a page builder's head,
    the last of its boxes, its text in a box beside an ancestor's: "Job Description" over Elementor's text widget)."""
    in_heads = {node.mem_id for head in heads for node in head.traverse(include_text=True) if node.tag == "-text"}
    after_head = words_after = False
    for node in page.text_nodes():
        # (not a sidebar's, a menu's or a control's words: "Follow us on Twitter" in an aside between a shell's empty parts)
        if not (node.text_content or "").strip() or any(parent.tag in _BESIDE_THE_AD for parent in parents(node)):
            continue
        if node.mem_id in in_heads:
            if words_after:
                return True
            after_head = True
        elif after_head:
            words_after = True
    return False


def _text_after(head) -> bool:
    """Whether words follow a head in its own box, outside any element ("<b>Oferujemy:<br/></b>&#9830; Wypłaty co
    tydzień.<br/>", its parts as loose lines)."""
    after = head.next
    while after is not None and after.tag in ("-text", "br"):
        if after.tag == "-text" and after.text().strip():
            return True
        after = after.next
    return False


_DECOR = {"img", "svg", "picture", "figure"}  # drawn between a heading and its text ("<h2>Profiel</h2><img …><p>…")


def _content_under(heading):
    """The element under a heading, past the pictures drawn under it and an empty paragraph the parser closed before
    a list ("<p><ul>…</ul></p>", which HTML reads as an empty "<p>", then the list)."""
    under = element_under(heading)
    while under is not None and (under.tag in _DECOR or under.tag == "p" and not node_text(under)):
        under = element_beside(under, "next")
    return under


def heads_a_section(page: Page) -> bool:
    """Whether the page heads one section of a job ad, at least ("Qualifications")."""
    return bool(_section_heads(page))


def written_as_ad(page: Page) -> bool:
    """Whether the page is written in a job ad's sections, two kinds of them or more ("Deine Mission"
    and "Was wir bieten"; "Responsibilities" and "Requirements"), or two sections of one job's tasks
    or whom it asks for ("Requirements" and "Preferred Qualifications"): a careers page shows what
    it offers, but not one job's tasks or whom it asks for."""
    kinds = part_kinds(page)
    heads = {said.casefold() for said, *_ in _section_heads(page)}
    return len(kinds) >= 2 or bool(kinds & {"tasks", "profile"}) and len(heads) >= 2


def part_kinds(page: Page) -> set[str]:
    """The kinds of a job ad's parts the page heads ("tasks", "profile", "offer", …)."""
    return {kind for _, kinds, _, _ in _section_heads(page) for kind in kinds}


def ads_written(page: Page, under_list: bool = False) -> int:
    """How many ads the page writes in full, where it writes more than one: the same heads of
    sections, drawn alike, over and over ("Требования:" over each of four jobs); a page in two
    languages words each head its own way, and a job's summary box draws the heads of its sections
    otherwise than the ad under it (고용24's "근무조건" and "복리후생" twice), so two heads must repeat,
    or one `under_list`, a heading naming a list ("Dit ben jij" twice under "Vacatures"). 0 where it
    writes one or none."""
    counts = Counter((said.casefold(), drawn) for said, _, drawn, _ in _section_heads(page) if not drawn.startswith(_TABLE_HEADS))
    repeated = sorted((count for count in counts.values() if count >= 2), reverse=True)
    return repeated[1] if len(repeated) >= 2 else repeated[0] if repeated and under_list else 0


# Where a page heads the parts of each ad it writes, whatever its words: headings, emphasis, a terms table's or
# list's head cells, boxes classed as a title.
_PART_HEADS = "h2, h3, h4, h5, h6, strong, b, dt, th, [class*='title' i]"
_REPEATED_PARTS = 3  # at least, of an ad's parts headed alike in each of its ads


def ads_repeated(page: Page) -> int:
    """How many ads a page writes in full, by their shape alone, whatever its language: three heads or more,
    the same words in the same order, over and over, each time over other words (a terms table's "業務内容",
    "応募資格", "勤務地" under each of two jobs' headings; "💻 하시게 될 업무", "🙋 …", "💪 …" under each of three);
    0 where none repeat so, or where they say the same each time (one ad drawn twice)."""
    heads, seen = [], set()
    for node in page.css(_PART_HEADS):
        said = without_marks(node_text(node))
        if node.mem_id in seen or not said or len(said) > AD_SECTION_LIMIT \
                or any(parent.mem_id in seen for parent in parents(node)):
            continue
        seen.add(node.mem_id)
        if not any(parent.tag in ("a", "button") for parent in parents(node)) and not in_site_menus(node, page):
            heads.append((said, node))
    counts = Counter(said for said, _ in heads)
    for times in sorted({count for count in counts.values() if count >= 2}, reverse=True):
        kept = [(said, node) for said, node in heads if counts[said] == times]
        block = [said for said, _ in kept[:len(kept) // times]]
        if len(set(block)) >= _REPEATED_PARTS and [said for said, _ in kept] == block * times and not _said_alike(kept, block):
            return times
    return 0


def _said_alike(kept: list, block: list[str]) -> bool:
    """Whether the heads are one ad's, drawn twice: its first head over the same words each time (a copy for narrow
    screens), or the job's own title among them (a summary box of its title, school and place over the ad)."""
    first = {node_text(element_beside(node, "next") or node) for said, node in kept if said == block[0]}
    return len(first) == 1 or any(names_a_job(head) for head in block)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # the levels a job's title is written at (a card's h4, a small site's h5)


# The facts a list's teaser gives of an opening: its deadline, who employs, for how long, from when,
# where ("Location:"), how many hours ("Full time", "Hours: 37 hours per week"), on what contract, for
# what pay; or a button to apply for it ("Apply to this position"). (A search's cards give some too,
# but are many.)
_OPENING_FACTS = re.compile(r"\b(?:deadline|employer|duration|start(?:ing)?\s+date|bewerbungsfrist|date\s+limite"
                            # when it starts, in a sentence: "… Research Technician beginning as early as September 2023"
                            r"|(?:starting|beginning)\s+(?:as\s+early\s+as\s+|in\s+|on\s+)?(?:january|february|march|april|may"
                            r"|june|july|august|september|october|november|december)\b"
                            r"|fecha\s+límite|scadenza|location\s*:|(?:full|part)[\s-]time|hours\s+per\s+week"
                            r"|vollzeit|teilzeit|temps\s+(?:plein|partiel)|voltijd|deeltijd"  # full or part time
                            r"|clt"  # Brazilian: hired under the labour code
                            r"|(?:send|submit)\s+(?:us\s+)?your\s+(?:cv|résumé|resume|application)"
                            r"|требования|обязанности|опыт\s+работы|зарплата|график\s+работы"  # Russian: requirements, duties…
                            r"|(?:contract|pay|salary)\s*:|apply\s+(?:to|for)\s+this\s+(?:position|job|role)"
                            # its ad's parts ("Software Engineer Responsibilities:"); the employer saying it hires, the
                            # verb first in Swedish, Norwegian, Danish, German, Dutch ("Just nu söker vi dig som …")
                            r"|(?:responsibilities|requirements|qualifications|aufgaben|anforderungen)\s*:"
                            r"|(?:key|required|minimum|essential)\s+qualifications\b"  # its head without a colon
                            # an institution inviting applications: "The … Lab at SUTD invites applications for a PhD position"
                            r"|invites\s+applications|applications\s+are\s+(?:invited|welcome)|(?:is|are)\s+invited\s+to\s+apply"
                            # "The Laboratory … has an opening for a postdoctoral …", "… are accepting applications for 2-3
                            # Research Fellow (Postdoc) positions", "These positions will be open until filled"
                            r"|has\s+an\s+opening\s+for|(?:is|are)\s+(?:now\s+)?accepting\s+applications|open\s+until\s+filled"
                            r"|(?:is|are)\s+(?:currently\s+)?(?:seeking|recruiting)\s+(?:an?|one|two|three)\b"
                            r"|is\s+hiring|(?:söker|søker|søger|suchen|zoeken)\s+(?:vi|wir|we|wij)\b"
                            # the post described as one: "This position requires some Ruby", "This position is located in"
                            r"|(?:this|the)\s+(?:position|role)\s+(?:requires|is\s+(?:located|based))\b)(?!\w)"
                            # Japanese: the kind of employment, how to apply, the pay, the place of work
                            r"|正社員|契約社員|応募方法|給与|勤務地",
                            re.IGNORECASE)
OPENING_TEASER = 600  # characters after an opening's heading where its teaser gives its facts


# A class naming the element a job's title, as a site's own styles name it ("job-card__title", "job__title",
# "vacancy-card__title", "position-title", Dutch "vacature-title", German "stelle-title"); not its subtitle, nor a
# related job's or a search result's.
# (or its name: "vacancy-card-block-header-name")
_JOB_TITLE_CLASS = re.compile(r"^(?:[\w-]*[_-])?(?:jobs?|vacancy|vacature|vacante|stelle|position|opening|posting)"
                              r"(?:[_-]+(?:card|item|list|header|block))*(?:__|[_-])(?:title|name)$", re.IGNORECASE)


def classed_job_title(page: Page) -> str:
    """The text of the one element, outside the site's menus, that the page's classes name a job's title (one card
    under "Offene Stellen": "<h3 class='job-card__title'>Steuerfachangestellte/r …</h3>"); "" where none or several."""
    classed = set().union(*classed_job_titles(page).values())
    return next(iter(classed)) if len(classed) == 1 else ""


def classed_job_titles(page: Page) -> dict[str, set[str]]:
    """The texts of the elements, outside the site's menus, that the page's classes name jobs' titles, by their classes
    (one job's title drawn twice, for wide and narrow screens, is one; an open application's card is none)."""
    classed: dict[str, set[str]] = {}
    for node in page.css("[class*='title' i], [class*='name' i]"):
        classes = node.attributes.get("class") or ""
        if any(_JOB_TITLE_CLASS.match(name) for name in classes.split()) and not in_site_menus(node, page) \
                and not OPEN_APPLICATION.match(said := node_text(node)):
            classed.setdefault(classes, set()).add(said)
    return classed


# Applying to no opening in particular: "Open application", "Åpen søknad" (Norwegian), "Öppen ansökan", "Allmän
# intresseanmälan", a general tech job ad in Swedish ("Allmän tech-jobbannons"), "Initiativbewerbung", "Candidature
# spontanée", "Open sollicitatie", "Spontane sollicitatie" (Flemish), "Avoin hakemus", "Candidatura espontánea".
OPEN_APPLICATION_WORDS = (r"(?:general|open|spontaneous|unsolicited)\s+application|åpen\s+søknad|spontansøknad|öppen\s+ansökan"
                          r"|allmän\s+(?:ansökan|intresseanmälan)|allmän\s+(?:\w+[\s-])?jobbannons|spontanansökan"
                          r"|uopfordret\s+ansøgning|initiativbewerbung|spontanbewerbung|candidature\s+spontanée"
                          r"|(?:open|spontane)\s+sollicitatie|avoin\s+hakemus|candidatura\s+(?:espontánea|spontanea|espontânea)")
OPEN_APPLICATION = re.compile(rf"^(?:{OPEN_APPLICATION_WORDS})$", re.IGNORECASE)  # a card for it


def one_opening(page: Page) -> str:
    """The heading of the one opening a list holds, where it holds one only: the one heading at its
    deepest level, outside the site's menus and no ad's section, followed by the opening's facts
    (a lab's "Vacancies" over "PhD Research Fellow in …" and "Application deadline: …"); else the one
    line right under a heading that names a role where the heading names none ("Offene Stellen" over
    "<p><strong>Pädagogische Fachkraft …</strong></p>"); first of all, the one element classed as a job's title;
    "" otherwise."""
    if classed := classed_job_title(page):
        return classed
    # (not a label, unless it names a role: "Senior PHP Developer:" over "Location: Bhopal"; nor a call to apply, nor a
    # telephone number: "(619)422-6252"; nor the page's name, "Job Detail")
    # (nor a sentence drawn as a heading: "Du är välkommen med din ansökan och CV till oss …")
    headings = [(node.tag, said) for node in page.css("h2, h3, h4, h5, h6")
                if (said := _role_labelled(node_text(node))) and re.search(r"[^\W\d_]", said) and not said.endswith((":", "："))
                and len(said.split()) <= ROLE_LINE_WORDS and not _DETAILS_OF_JOB.match(said)
                and not _APPLY.match(said) and not _OPENING_FACTS.fullmatch(said)  # (nor a fact: "Full time")
                and not _LIST_ALONE.match(said)  # (nor the list's own heading beside it: "Jobs" over its one opening)
                and not in_site_menus(node, page) and not unseen(node) and not in_dialog(node)]  # (nor a dialog's: "Cite")
    deepest = max((tag for tag, _ in headings), default="")
    openings = [said for tag, said in headings if tag == deepest]
    if len(openings) == 1 and _kinds_of(openings[0]):
        # the deepest heads a section of the opening's own ad: the heading right over it names the opening ("Vendedor(a)"
        # over "Requisitos e responsabilidades"), alone (not a colleague beside a role: "Meet Sarah, our Lead Engineer")
        over = [said for tag, said in headings[:headings.index((deepest, openings[0]))] if tag < deepest]
        openings = over[-1:] if over and names_a_job(over[-1]) and not re.search(r"[,:：]", over[-1]) else []
    if len(openings) != 1 or _kinds_of(openings[0]) or _FAQ.search(openings[0]) or _we_say(openings[0]):
        openings = list({line for node in page.css("h1, h2, h3") if (line := _role_under(node, page))})
    return openings[0] if len(openings) == 1 and _facts_follow(page, openings[0]) else ""


def _we_say(said: str) -> bool:
    """Whether a heading is the employer speaking of itself, seeking no one and naming no role: "Wir freuen uns auf Sie"
    (we look forward to you) over a careers page's links; not "Wir suchen: Erzieher (m/w/d)", "We need a Dishwasher",
    "On recherche un plongeur"."""
    return said.split()[0].casefold() in WE and not names_a_job(said) and not _SEEKING.search(said)


# A verb of seeking or hiring, in the languages of "we" (WE): need, seek, search, look for, hire, recruit, …
_SEEKING = re.compile(r"\b(?:need|seek|search|look|hir|recrut|recherch|such|zoek|s[öø]k|s[øo]g|busc|procur|cerc|rekrut"
                      r"|assum|contrat)\w*", re.IGNORECASE)


def _role_labelled(said: str) -> str:
    """A heading without the colon after it where it names a role in a few words ("Senior PHP Developer" of "Senior PHP
    Developer:"; not a sentence leading to what follows: 'Send your resume to our email with subject "Barista":')."""
    bare = said.rstrip(":： ")
    return bare if bare != said and len(bare.split()) <= _ROLE_LABEL_WORDS and names_a_job(bare) else said


_ROLE_LABEL_WORDS = 5


# Words calling a page one job's details: "Job Detail(s)", "Job Posting Details", "Position details", "Stellendetails",
# "Détails de l'offre", "Detalles de la oferta", "Detalhes da vaga", "Dettaglio offerta", "Szczegóły oferty", Czech and
# Slovak "Detail pozice", Turkish "İlan detayı".
DETAILS_OF_JOB_WORDS = (r"(?:job|position|vacancy)\s+(?:posting\s+)?details?|stellendetails|vacaturedetails"
                        r"|détails?\s+de\s+l['’](?:offre|annonce)|detalles?\s+de\s+la\s+(?:oferta|vacante)|detalhes\s+da\s+vaga"
                        r"|dettagli?o?\s+(?:dell['’])?(?:offerta|annuncio)|szczegóły\s+oferty"
                        r"|detail\s+(?:pozice|nabídky|inzerátu|ponuky)|ilan\s+detayı"
                        r"|detail\s+lowongan|lowongan\s+detail")  # (Indonesian, either way round)
_DETAILS_OF_JOB = re.compile(rf"^(?:{DETAILS_OF_JOB_WORDS})$", re.IGNORECASE)


def role_of_details(page: Page) -> str:
    """The one heading naming a role on a page calling itself one job's details, by a heading or a line in bold
    ("Web Designer" beside the heading "Job Detail"; "Product Designer" over the trail "Job listing > <b>Job
    details</b>"); "" where it does not, or where no heading names a role or several do (a list's cards)."""
    if not any(_DETAILS_OF_JOB.match(node_text(node)) for node in page.css(", ".join([*_HEADINGS, "b", "strong"]))
               if not in_site_menus(node, page)):
        return ""
    headings = [node_text(node) for node in page.css(", ".join(_HEADINGS)) if not in_site_menus(node, page)]
    roles = {said for said in headings if names_a_job(said) and not _kinds_of(said) and not _DETAILS_OF_JOB.match(said)}
    return roles.pop() if len(roles) == 1 else ""


def _facts_follow(page: Page, opening: str) -> bool:
    """Whether the opening's facts follow it in the page's text (or a sentence saying the job is sought:
    "Onze school zoekt een enthousiaste leerkracht")."""
    if (at := page.body_text.find(opening)) < 0:
        return False
    teaser = " ".join(page.body_text[at:at + 4 * OPENING_TEASER].split())[:len(opening) + OPENING_TEASER]
    return bool(_OPENING_FACTS.search(teaser) or SOUGHT.search(teaser))


# a heading over the answers to questions about the jobs ("Häufige Fragen zu Stellenangeboten"), no opening's
_FAQ = re.compile(r"\b(?:faqs?|frequently\s+asked|häufige\s+fragen|questions\s+fréquentes|preguntas\s+frecuentes"
                  r"|veelgestelde\s+vragen|domande\s+frequenti)\b", re.IGNORECASE)
ROLE_LINE_WORDS = 12  # at most, of a line naming a role: more is a sentence about it


def _role_under(heading, page: Page) -> str:
    """The line right under a heading naming no role, where it names one on its own and links nowhere
    ("Ihre Karriere bei uns" over "ZFA (m/w/d) in Vollzeit - Übertariflich & Modern"); "" otherwise (a list's
    first link, a section's first sentence)."""
    if in_site_menus(heading, page) or names_a_job(node_text(heading)) or (below := element_under(heading)) is None:
        return ""
    line = words_before_break(below)
    if below.tag in _HEADINGS or below.css_first("a[href]") is not None or len(line.split()) > ROLE_LINE_WORDS:
        return ""
    return line if names_a_job(line) else ""


def gendered_heading(page: Page) -> str:
    """The one heading (h1-h4, outside the site's menus) marked for every gender, which names the
    job ("Informationselektroniker für Bürosystemtechnik (m/w/d)" under "wolkenhof Jobs & Karriere"
    and "Stellenangebot"); "" where none or several are (a careers page's list), or where it links
    to the job's own page (a careers page holding one opening's link)."""
    # (a link to a part of this page is the heading's own anchor: "<a href='#presales-engineer'>")
    marked = {said for node in page.css(", ".join(_HEADINGS))
              if marked_for_every_gender(said := node_text(node)) and not in_site_menus(node, page)
              and all((link.attributes.get("href") or "").startswith("#") for link in node.css("a[href]"))
              and not any(parent.tag == "a" for parent in parents(node))}
    return marked.pop() if len(marked) == 1 else ""


# The job a sentence says is sought, up to the words that go on about it: "a post-doctoral research fellow" of
# "We are currently looking for a post-doctoral research fellow to work on …".
_POST_IN_PROSE = re.compile(r"(?P<job>[\w'’/-]+(?:\s+[\w'’/-]+){0,6}?)"
                            r"(?=\s+(?:to|who|that|for|with|in|on|at|of|beginning|starting)\b|\s*[.,;:!(])")


PROSE_PAGE = 4_000  # characters at most: a page saying in a sentence which post it seeks says little else (a list says more)


# A sentence asking the reader to join as the one role: "Join our team as a Barista.", Indonesian's "Bergabunglah
# bersama kami sebagai ABK Kapal Jaring.", French, Spanish, German.
_JOIN_AS = re.compile(r"\b(?:join\s+(?:us|our\s+team)|bergabung(?:lah)?\s+(?:bersama|dengan)\s+(?:kami|tim\s+kami)"
                      r"|rejoignez[- ]nous|únete\s+a\s+(?:nosotros|nuestro\s+equipo)|verstärke\s+(?:uns|unser\s+team))"
                      r"\s+(?:as|sebagai|en\s+tant\s+que|como|als)\s+(?:(?:an?|une?|eine?n?|un[ao]?)\s+)?"
                      r"(?P<role>[^\s.!?,;:][^.!?\n,;:]{1,59})[.!]", re.IGNORECASE)


def one_joined_as(page: Page) -> str:
    """The one role a short page's sentence asks the reader to join as ("Bergabunglah bersama kami sebagai ABK Kapal
    Jaring.", join us as …, under "Lowongan Kerja", job vacancies); "" where none, or several, do."""
    if len(page.body_text) > PROSE_PAGE:
        return ""
    joined = {found["role"].strip() for found in islice(_JOIN_AS.finditer(page.body_text), 3)}
    return joined.pop() if len(joined) == 1 else ""


# The ad's sentence saying what the reader will be: "As a penetration tester in Kovert, you are part of …", "As an
# Instructional Design Assistant , you will design …".
_AS_ROLE = re.compile(r"\bAs\s+an?\s+(?P<role>[^,.;:!?\n]{3,60}?)(?:\s+(?:in|at|with|for)\s+[^,.;:!?\n]{2,40}?)?\s*,\s+you\b")


def one_role_as(page: Page) -> str:
    """The one role the ad's sentences say the reader will work as; "" where none, or several, do."""
    roles = {found["role"].strip() for found in islice(_AS_ROLE.finditer(page.body_text), 3)}
    role = roles.pop() if len(roles) == 1 else ""
    return role[:1].upper() + role[1:] if names_a_role(role) else ""  # (as a title: "Penetration tester")


def one_post_in_prose(page: Page) -> str:
    """The one job a short careers page's text says is sought, where it says so once, names a role
    and gives the post's facts after it ("We are currently looking for a post-doctoral research fellow
    to … The deadline for applications is 28th August 2022"); "" otherwise."""
    sought = list(islice(SOUGHT.finditer(page.body_text), 2))
    if len(sought) != 1 or len(page.body_text) > PROSE_PAGE:
        return ""
    after = page.body_text[sought[0].end():sought[0].end() + OPENING_TEASER]
    found = _POST_IN_PROSE.match(after)
    job = _PRAISE.sub("", found["job"]) if found else ""  # "an experienced QA engineer": the role, "QA engineer"
    return job if names_a_role(job) and _OPENING_FACTS.search(after) else ""


# Words praising whom a post is for before its role: "an experienced QA engineer", "a motivated Barista".
_PRAISE = re.compile(r"^(?:(?:experienced|talented|motivated|skilled|passionate|dedicated|enthusiastic|qualified|driven)\s+)+",
                     re.IGNORECASE)


# A sentence naming the one role hired for: "Pawblem Solved is hiring for a Part-Time Pet Nanny and Dog Walker." (not
# several: "… is hiring for a crew leader, two laborers and …", "a range of roles, from pickers to managers", "a Software
# Engineer and a Field Technician")
_SENTENCE_HIRING_FOR = re.compile(r"\b(?:is|are)\s+hiring\s+for\s+an?\s+(?P<job>(?:(?!\s+and\s+an?\s)[^.!?,;\n]){2,80}?)\s*[.!]")


def one_hired_for(page: Page) -> str:
    """The role a sentence right under the page's h1 says the employer hires for ("We Are Hiring!" over a slogan, then
    "Pawblem Solved is hiring for a Part-Time Pet Nanny and Dog Walker."); "" where none does."""
    heading = page.text("h1")
    if not heading or (at := page.body_text.find(heading)) < 0:
        return ""
    found = _SENTENCE_HIRING_FOR.search(page.body_text, at + len(heading), at + len(heading) + OPENING_TEASER)
    job = found["job"] if found else ""
    return job if names_a_role(job) and not _SEVERAL.search(job) and not OF_SEVERAL.search(job) else ""


# A sentence's words for several posts: "a number of Dental Nurse roles", "a range of positions".
_SEVERAL = re.compile(r"^(?:number|range|variety|couple|few)\s+of\b|\broles$", re.IGNORECASE)
OF_SEVERAL = re.compile(r"\b(?:openings|positions|vacancies|jobs)\b", re.IGNORECASE)  # a heading naming several
_LIST_ALONE = re.compile(r"^(?:(?:current|open|our)\s+)?(?:job\s+)?(?:openings|positions|vacancies|jobs|careers|opportunities)$",
                         re.IGNORECASE)


# A heading saying which job is wanted now: "Aktuell gesucht: Objektpfleger:innen (m/w/d)", "Wanted: Barista".
# Russian and Ukrainian say it before the job, with no colon: "Потрібен Оператор ЧПК" (a CNC operator needed), "Требуется …".
_WANTED_NOW = re.compile(r"^(?:(?:(?:aktuell|derzeit|zurzeit)\s+)?(?:gesucht|wir\s+suchen|wanted|now\s+hiring|we['’]re\s+hiring"
                         r"|gezocht|on\s+recherche|buscamos|cerchiamo)\s*:"
                         # (after "we": "НАМ НУЖЕН WEB-РАЗРАБОТЧИК", we need a web developer; "Мы ищем", "Ми шукаємо")
                         r"|(?P<we>(?:нам|мы|ми)\s+)?"
                         r"(?:требуется|требуются|нужен|нужна|нужны|ищем|потрібен|потрібна|потрібні|шукаємо)"
                         r"\s*:?)"
                         r"\s*(?P<job>\S.{1,100})$", re.IGNORECASE)


# Japanese: the job, then "recruiting (now)": "エンジニア募集", "看護師の募集中"
_WANTED_JA = re.compile(r"^(?P<job>[^\s、。]{1,30}?)の?募集中?[!！]?$")


def job_wanted(page: Page) -> str:
    """The job the one heading saying which job is wanted names, on a page written as its ad
    ("Objektpfleger:innen (m/w/d)" on a careers page headed "Stellenangebote & Bewerbung"), or the line over
    the page's heading saying so ("Pflegefachkräfte in Halle & Umgebung gesucht" over a landing page's slogan); ""
    where no heading, or several, say so."""
    # (where "we" seek, a role: not "Мы ищем дилеров", we seek dealers)
    wanted = {found["job"].strip() for node in page.css("h1, h2, h3")
              if (found := _WANTED_NOW.match(said := node_text(node))) and not (found["we"] and not names_a_role(found["job"]))
              or (found := _WANTED_JA.match(said)) and names_a_role(found["job"])}
    if len(wanted) == 1 and written_as_ad(page):
        return wanted.pop()
    return _wanted_over_heading(page) if not wanted else ""


# The job first, wanted after it, and the place it is wanted in between: "Pflegefachkräfte in Halle & Umgebung gesucht" (the
# line over a landing page's slogan), "MedienpädagogIn in München gesucht" (a post's title).
WANTED_AFTER = re.compile(r"^(?P<job>\S.{1,160}?)(?:\s+(?:in|im)\s+(?P<place>[A-ZÀ-Þ].{1,40}?))?"
                          # (Swedish, Norwegian, Danish, Icelandic: "Snickare sökes", "Tømrer søges", "Bifvélavirki óskast.")
                          r"\s+(?i:gesucht|gezocht|wanted|needed|sökes|søkes|søges|óskast)[!.]?$")


def _wanted_over_heading(page: Page) -> str:
    """The job the line right over the page's h1 says is wanted, where it names a role ("Pflegefachkräfte");
    "" where it says none."""
    over = over_main_heading(page)
    found = WANTED_AFTER.match(node_text(over)) if over is not None else None
    return found["job"] if found and names_a_role(found["job"]) else ""


def heading_over_sections(page: Page) -> str:
    """The heading one job ad's sections sit under ("Technolog-Kosztorysant" over "Opis stanowiska",
    "Wymagania"): the last h1-h3 before the first section's head, outside the site's menus, and at a
    higher level than that head where it is a heading ("Backend Developer" over the h2s "Who We Are",
    "In This Role You Will", "What We Offer"), else, or where only it names a role, the one at its level;
    "" where the page is not written as one ad."""
    if not written_as_ad(page) or ads_written(page):
        return ""
    over: dict[str, str] = {}  # the last heading of each level
    nodes = page.css(f"h1, {_SECTION_HEADS}")
    headings = [at for at, node in enumerate(nodes) if node.tag in _HEADINGS]  # where each heading stands among them
    for at, node in enumerate(nodes):
        said = without_marks(node_text(node))
        next_two = headings[(after := bisect_right(headings, at)):after + 2]
        if len(said) <= AD_SECTION_LIMIT and _kinds_of(said) and not in_site_menus(node, page) \
                and not _heads_the_role(node, [nodes[next_at] for next_at in next_two]):  # (not a menu's "Profile")
            above = [level for level in _HEADINGS if level < node.tag] if node.tag in _HEADINGS else _HEADINGS
            # where no heading stands higher, the one before it at its level: "<h2>Python-utvecklare</h2>" over the
            # h2 "Vad du förväntas ha i ditt CV:" on a page whose only h1 is its logo
            higher = next((over[level] for level in reversed(above) if level in over), "")
            # (or naming the job where the higher names none: "Project Engineer" under the h1 "Vacatures")
            beside = over.get(node.tag, "")
            return beside if beside and (not higher or names_a_role(beside) and not names_a_role(higher)) \
                else higher or _role_line_before(nodes, at)
        # (its marks kept: "[Coupang Pay] …"; not a labelled place drawn as a heading: "LOCATION: Nashville, TN"; nor a
        # label or a sentence leading to what follows: "Vacancy number:", "… are looking for a :"; nor the kind of page:
        # "Job Details" between the job's h1 and the ad's heads; nor a section about the employer: "Who we are")
        if node.tag in _HEADINGS and said and not in_site_menus(node, page) and not place_labelled_in(said) \
                and not said.endswith((":", "：")) and not _DETAILS_OF_JOB.match(said) and not about_us(said):
            over = {level: heading for level, heading in over.items() if level < node.tag} | {node.tag: node_text(node)}
    return ""


def _role_line_before(nodes: list, at: int) -> str:
    """The line right before the ad's first head where no heading stands over it, where that line names a role: a page
    drawing its headings in bold or large type ("<b>SQA Engineer</b>" over "<i>Major Responsibilities:</i>", a 2001 site;
    "<p class='text-7'>小红书运营</p>" over "职责内容："); "" otherwise."""
    around = {parent.mem_id for parent in parents(nodes[at])}  # (the boxes holding the head come before it: not a line)
    before = next((node for node in reversed(nodes[:at]) if node.mem_id not in around), None)
    said = without_marks(node_text(before)) if before is not None else ""
    # (a line naming the place too is a summary's, read otherwise: "DevOps Engineer / Prishtine, Kosovo")
    return said if said and len(said.split()) <= ROLE_LINE_WORDS and not _kinds_of(said) and names_a_role(said) \
        and not any(map(names_a_place, _LINE_PIECES.split(said)[1:])) else ""


_LINE_PIECES = re.compile(r"\s+/\s+|\s*[|｜,]\s*|\s+[-–—]\s+")  # a line's pieces: "DevOps Engineer / Prishtine, Kosovo"


def _heads_the_role(head, following: list) -> bool:
    """Whether a section's head stands over the heading of the job, a level under it, whose own sections' heads follow
    a level under that ("Koho hledáme?", whom we seek, over "Obchodní zástupce/kyně" over "Jaká bude tvá náplň práce?"):
    that heading names the job (not a label repeated under each section: "Profiel", "project engineer", "Wij bieden").
    `following` holds the two headings after the head."""
    if head.tag not in _HEADINGS or len(following) < 2:
        return False
    job, section = following
    return head.tag < job.tag < section.tag and not _kinds_of(without_marks(node_text(job))) \
        and bool(_kinds_of(without_marks(node_text(section))))


# A heading over links to the site's other jobs, under one job's ad: "More Job Openings", "Similar jobs",
# "Weitere Stellenangebote", "Andere vacatures", "Autres offres", "Otras ofertas".
MORE_JOBS = re.compile(r"^(?:more|other|similar|related)\s+(?:job\s+)?(?:jobs?|openings?|positions?|vacanc(?:y|ies)|roles?"
                       r"|opportunit(?:y|ies))|weitere\s+(?:stellen(?:angebote)?|jobs)|ähnliche\s+jobs|andere\s+vacatures"
                       r"|autres\s+(?:offres|postes)|otras\s+ofertas|altre\s+offerte"
                       r"|(?:похожие|другие)\s+вакансии|схожі\s+вакансії"  # Russian, Ukrainian: similar jobs
                       r"|(?:この求人に)?似(?:ている|た)求人|相似职位|相关职位"  # Japanese, Chinese: (jobs) like this one
                       r"|việc\s+làm\s+(?:tương\s+tự|liên\s+quan)", re.IGNORECASE)  # Vietnamese: similar, related jobs


def other_jobs_boxes(page: Page) -> list[LexborNode]:
    """The boxes a heading naming the site's other jobs heads ("Việc làm tương tự", similar jobs, over their cards): each the
    heading's first box that holds more than it, where that box is not the page's whole content (a careers page's list
    under "More jobs", its main heading in the same box)."""
    boxes = []
    for heading in page.css("h2, h3, h4, h5"):
        if MORE_JOBS.match(said := node_text(heading)) \
                and (box := next((box for box in parents(heading) if node_text(box) != said), None)) is not None \
                and box.tag not in ("body", "main", "article", "html") and box.css_first("h1") is None:
            boxes.append(box)
    return boxes


# A link back to the list of jobs or the search: "Back to all jobs", "← Retour aux offres", "Zurück zu allen Jobs",
# "Terug naar vacatures", "Torna alle posizioni aperte", "< Back to search results".
_BACK_TO_JOBS = re.compile(r"^\W*(?:back\s+to\s+(?:all\s+)?(?:jobs|openings|positions|vacancies|careers|(?:search\s+)?results)"
                           r"|zurück\s+zu\s+den\s+suchergebnissen|retour\s+aux\s+résultats"
                           r"|retour\s+(?:aux|à\s+la\s+liste\s+des)\s+(?:offres|postes)"
                           r"|zurück\s+zu(?:r|\s+allen)?\s+(?:jobs|stellen(?:angeboten)?|übersicht)"
                           r"|terug\s+naar\s+(?:alle\s+)?vacatures|volver\s+a\s+(?:las\s+)?ofertas"
                           r"|torna\s+alle\s+(?:offerte|posizioni(?:\s+aperte)?)"
                           # Norwegian, Danish, Swedish: "Tilbake til ledige stillinger", "Tillbaka till lediga jobb"
                           r"|tilbake\s+til\s+(?:alle\s+)?(?:ledige\s+)?stillinger"
                           r"|tilbage\s+til\s+(?:alle\s+)?(?:ledige\s+)?(?:stillinger|jobs)"
                           r"|tillbaka\s+till\s+(?:alla\s+)?(?:lediga\s+)?(?:jobb|tjänster)"
                           # Russian, Ukrainian, Polish, Czech, Portuguese: back to the vacancies; an arrow back to all of them
                           r"|назад\s+к\s+(?:списку\s+)?вакансиям|назад\s+до\s+(?:списку\s+)?вакансій"
                           r"|powrót\s+do\s+(?:listy\s+)?ofert|zpět\s+na\s+(?:seznam\s+)?(?:pozic|nabídk\w*)"
                           r"|voltar\s+(?:para\s+)?(?:as\s+)?vagas|(?:paluu|takaisin)\s+listalle"  # (Finnish: back to the list)
                           r"|(?<=[←‹<]\s)(?:all\s+(?:jobs|openings|vacancies)|все\s+вакансии|всі\s+вакансії))\W*$",
                           re.IGNORECASE)


_HEADINGS_AFTER_LINK = _HEADINGS[:4]  # the levels the job's heading stands at under a link back to the jobs


def heading_after_link_back(page: Page) -> str:
    """The heading right after a link back to the site's jobs, where it names a role: the job's own ("Tannlegesekretær"
    under "Tilbake til ledige stillinger", on a clinic's site whose every page is titled with its name); "" otherwise."""
    nodes = page.css(f"a, {', '.join(_HEADINGS_AFTER_LINK)}, [class*='title' i]")
    after = next((at + 1 for at, node in enumerate(nodes) if node.tag == "a" and _BACK_TO_JOBS.match(node_text(node))), 0)
    if not after:
        return ""
    heading = next((node for node in nodes[after:] if node.tag in _HEADINGS_AFTER_LINK), None)
    if heading is not None and names_a_job(said := node_text(heading)):
        return said
    # or the one role boxes classed as titles name after it, however often drawn (for wide and narrow screens, and in
    # the form to apply: "<p class='vacancy__title-min'>Руководитель проекта</p>", "Вакансия «Руководитель проекта»"; not a
    # list's rows under a team's title box)
    roles = [said for node in nodes[after:] if node.tag != "a" and "title" in (node.attributes.get("class") or "").lower()
             and names_a_job(said := node_text(node)) and len(said.split()) <= ROLE_LINE_WORDS]
    return roles[0] if roles and all(squeezed(roles[0]) in squeezed(role) for role in roles) else ""


TABBED_JOBS = 2  # at least: tabs naming roles that make a list


def jobs_in_tabs(page: Page, title: str) -> int:
    """How many jobs a page shows in tabs, one at a time: buttons or links to nowhere in one box, two or more naming
    roles, the job shown among them ("Post-doctoral fellow", "Research Engineer (DCN)", "Internships"; not a search's
    filters, "Admin & Support", "Teaching Assistant"); 0 where none."""
    tabs: dict[int, set[str]] = {}
    for control in page.css("button, a[href^='#'], a[href^='javascript:']"):
        if names_a_role(said := node_text(control)) and len(said.split()) <= ROLE_LINE_WORDS:
            box = next((parent for parent in parents(control) if parent.tag in ("ul", "ol", "div", "nav")), None)
            if box is not None:
                tabs.setdefault(box.mem_id, set()).add(said)
    return max((len(roles) for roles in tabs.values()
                if len(roles) >= TABBED_JOBS and title.casefold() in {role.casefold() for role in roles}), default=0)


LISTED_ROLES = 3  # at least: headings drawn alike, each naming a role, that make a list


ROLE_WORD_LETTERS = 3  # a role's word is longer: "craftsman", not "of"


def question_about(said: str, roles: list[str]) -> bool:
    """Whether a heading asks a question naming a word of one of the roles (in lower case): "What is expected from a
    craftsman at Codurance?" under "Software Craftsman", an ad's FAQ, no other job."""
    return said.endswith(("?", "？")) and any(word in said.casefold() for role in roles for word in role.split()
                                              if len(word) > ROLE_WORD_LETTERS)


def roles_headed_alike(page: Page) -> int:
    """How many roles a page heads alike (the same tag and classes), where three or more are, outside the site's menus,
    its links and what follows a heading over other jobs, none of them the page's own heading: a careers page listing
    its openings ("Estimator", "Jr. Project Manager", "General Laborer"); 0 otherwise."""
    groups: dict[str, set[str]] = {}
    own = {said for node in page.css("h1") if (said := node_text(node).casefold())}
    own_roles = [heading for heading in own if names_a_role(heading)]
    for node in page.css("h2, h3, h4, h5"):
        said = node_text(node)
        if MORE_JOBS.match(said):
            break  # (the site's other jobs, under one job's ad)
        # (nor the heads of this ad's parts, naming its role: "Mission de l’Ingénieur DevOps :" under "Ingénieur DevOps";
        # nor a question about it, a word of it: "What is expected from a craftsman at Codurance?" under "Software Craftsman")
        if said.endswith((":", "：")) or any(heading in said.casefold() for heading in own_roles) \
                or question_about(said, own_roles):
            continue
        if names_a_role(said) and not any(parent.tag == "a" for parent in parents(node)) and not in_site_menus(node, page):
            groups.setdefault(f"{node.tag}.{node.attributes.get('class') or ''}", set()).add(said)
    # (not the site's jobs listed beside one job's ad, this one among them: "Senior java developer" under that h1)
    return max((len(roles) for roles in groups.values()
                if len(roles) >= LISTED_ROLES and not own & {role.casefold() for role in roles}), default=0)


def roles_headed_first(page: Page) -> int:
    """How many roles a page heads alike at its first level (h1s of the same classes), where two or more are, none a part
    of another: a careers page writing each of its ads in full under its own h1 ("Business Development(Sales) Internship",
    "Ruby on Rails Developer"); 0 otherwise."""
    groups: dict[str, set[str]] = {}
    for node in page.css("h1"):
        # (not a labelled fact drawn as a heading: "Position Title: Research Assistant", "Classification: …")
        if names_a_role(said := node_text(node)) and ":" not in said and not in_site_menus(node, page):
            groups.setdefault(node.attributes.get("class") or "", set()).add(squeezed(said))
    return max((len(roles) for roles in groups.values() if len(roles) >= 2
                and not any(one != other and one in other for one in roles for other in roles)), default=0)


def leads_to_other_jobs(page: Page) -> bool:
    """Whether the page leads on to the site's other jobs as one job's page does: a heading over
    them, or a link back to their list."""
    return (any(MORE_JOBS.match(node_text(node)) for node in page.css("h2, h3, h4"))
            or any(_BACK_TO_JOBS.match(node_text(node)) for node in page.css("a, button")))


# What an ad states of its job's terms, by kind: when applications close, what it pays, how to apply, how
# many hours. (A careers page's list states them too, but is refused as a list first.)
_JOB_TERMS = {
    "deadline": r"closing\s+date|application\s+deadline|deadline\s+for\s+applications|applications?\s+close|expires\s+on"
                r"|bewerbungsfrist|date\s+limite\s+de\s+candidature|fecha\s+límite|scadenza\s+candidature|rok\s+za\s+prijave"
                # Finnish: the last day to apply, the call ends; Swedish, Norwegian, Danish, Dutch, Polish, Czech, Portuguese,
                # Russian, Estonian: the deadline for applications
                r"|viimeinen\s+hakupäivä|haku\s+päättyy|sista\s+ansökningsdag(?:en)?|søknadsfrist|ansøgningsfrist"
                r"|sluitingsdatum|termin\s+składania\s+(?:aplikacji|ofert|dokumentów)|uzávěrka\s+přihlášek"
                r"|prazo\s+(?:de\s+|para\s+)?(?:inscrição|inscrições|candidatura)|срок\s+подачи\s+(?:заявок|резюме|документов)"
                r"|kandideerimise\s+tähtaeg",
    "pay": r"rate\s+of\s+pay|hourly\s+rate|salary|remuneration|compensation|pay\s+range|gehalt|vergütung|salaire|rémunération"
           r"|salario|retribuzione|salário|wynagrodzenie|plat(?:ové)?\s+(?:podmínky|třída)"
           r"|зарплата|заработная\s+плата|оклад|給与|月給|日給|時給|年収",  # Russian, Japanese
    "applying": r"send\s+(?:us\s+)?(?:a|an|your)\s+(?:cv|résumé|resume|application)|how\s+to\s+apply|to\s+apply\s*:"
                r"|to\s+apply,\s+please"
                r"|invites?\s+applications|applications\s+are\s+invited"  # (a university's: "… invites applications for")
                r"|bewerbungen\s+mit|bewerbungsunterlagen|ihre\s+bewerbung"  # German: applications with …, your application
                r"|(?:cv|résumé|resume)\s+(?:and|&|with)\s+(?:a\s+)?(?:cover(?:ing)?\s+letter|supporting\s+statement)"
                # Russian: send (your) CV; Japanese: how to apply
                r"|(?:отправляйте|присылайте|направляйте)\s+(?:ваше\s+|своё\s+|свое\s+)?резюме"
                r"|резюме\s+(?:отправляйте|присылайте|направляйте)"
                r"|応募方法"
                # a CV or résumé the reader is asked to send to an address: "Write to us with your portfolio and resume at
                # design@dbs.com" (not a CV's "Meinen Lebenslauf schicke ich … an …")
                r"|(?:send|submit|e-?mail|forward|write\s+to\s+us\s+with|apply\s+with|schicken\s+sie|senden\s+sie|schick"
                r"|sende|envoyez|envía|envie|invia|stuur|skicka)\s+(?:us\s+|uns\s+|nous\s+|nos\s+)?(?:[\w-]+\s+){0,4}?"
                r"(?:cv|résumé|resume|lebenslauf|curriculum(?:\s+vitae)?|currículo|currículum|hoja\s+de\s+vida|резюме)"
                r"[^@\n.]{0,60}?\s(?:to|at|an|à|a|al|para|naar|till|til|do|на)\s+[\w.+-]+@[\w-]+\.[\w.-]*\w"
                # leave (send) your application, apply for the job: Finnish, Dutch, Spanish, Portuguese, Italian, French, Polish,
                # Swedish
                r"|jätä\s+hakemuksesi|hae\s+työpaikkaa|stuur\s+(?:je|uw)\s+(?:cv|sollicitatie)|solliciteer\s+(?:nu|direct)"
                r"|envía(?:nos)?\s+(?:tu|su)\s+(?:cv|hoja\s+de\s+vida|currículum)|envie\s+(?:seu|o\s+seu|sua)\s+(?:currículo|cv)"
                r"|invia(?:re|teci)?\s+(?:il\s+)?(?:tuo\s+|vostro\s+)?(?:cv|curriculum)"
                r"|envoyez(?:-nous)?\s+votre\s+(?:cv|candidature)"
                r"|prześlij\s+(?:swoje\s+)?cv|skicka\s+(?:din\s+ansökan|ditt\s+cv)",
    # whom it takes: no experience needed (Japanese: "未経験OK", inexperienced welcome; experience not asked)
    "experience": r"no\s+(?:prior\s+)?experience\s+(?:needed|required|necessary)|未経験(?:OK|ＯＫ|可|歓迎|者歓迎)|経験不問"
                  # or how many years it asks for, said to the applicant ("You have 5 - 8 years of relevant experience"; not a
                  # CV's "I have 10 years", nor its "mehrjährige Berufserfahrung"): English, German, Spanish, Portuguese,
                  # French, Russian ("from 3 years")
                  r"|(?:you\s+(?:have|bring|should\s+have|must\s+have)|minimum(?:\s+of)?|at\s+least)\s+(?:\w+\s+){0,2}?"
                  r"\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*)?years?"
                  r"|mindestens\s+\d+\s+jahre"
                  r"|(?:mínimo(?:\s+de)?|al\s+menos|pelo\s+menos)\s+\d+\s+años?"
                  r"|(?:minimum(?:\s+de)?|au\s+moins)\s+\d+\s+ans|опыт\s+работы\s+от\s+\d+",
    "hours": r"hours\s+(?:per|a)\s+week|work\s+week\s+(?:will\s+be|is)\s+\d+\s+hours|full[\s-]time|part[\s-]time|vollzeit"
             r"|teilzeit|temps\s+(?:plein|partiel)"
             r"|勤務時間|график\s+работы|полный\s+рабочий\s+день|подработка"
             # Finnish, Nordic, Dutch, Polish, Spanish, Portuguese, Italian, Czech, Hungarian: full time, part time
             r"|kokoaikatyö|osa-aikatyö|heltid|deltid|fuldtid|fulltime|parttime|pełny\s+etat|pół\s+etatu"
             r"|jornada\s+(?:completa|parcial)|tiempo\s+completo|medio\s+tiempo|tempo\s+integral|meio\s+período|tempo\s+pieno"
             r"|plný\s+úvazek|teljes\s+munkaidő",
    # for how long it hires: permanent or fixed term (Finnish "until further notice", German, Spanish, French)
    "contract": r"permanent\s+contract|fixed[\s-]term\s+contract|toistaiseksi\s+voimassa(?:\s+oleva)?|määräaikainen"
                r"|unbefristet(?:e|er|es)?|befristet(?:e|er|es)?|tipo\s+de\s+contrato|contrat\s+(?:à\s+durée|en\s+cdi|en\s+cdd)",
}
_JOB_TERM = re.compile("|".join(rf"(?P<{kind}>\b(?:{words})\b)" for kind, words in _JOB_TERMS.items()), re.IGNORECASE)
JOB_TERM_KINDS = 2  # at least: what a job pays and how to apply for it, or when applications close


def states_job_terms(page: Page) -> bool:
    """Whether the page states a job's terms of two kinds or more: when applications close, what it pays,
    how to apply, how many hours ("Rate of pay £19,504.76", "The closing date for applications is …")."""
    return len(_job_terms_stated(page.body_text)) >= JOB_TERM_KINDS


def states_a_job_term(page: Page) -> bool:
    """Whether the page states any of a job's terms (a CV states none)."""
    return bool(_job_terms_stated(page.body_text))


def states_pay(page: Page) -> bool:
    """Whether the page says what a job pays ("Compensation: $13.00 - $17.00 hourly")."""
    return "pay" in _job_terms_stated(page.body_text)


@lru_cache(maxsize=4)
def _job_terms_stated(text: str) -> frozenset[str]:
    """The kinds of a job's terms the text states, read once per page (several questions ask)."""
    return frozenset(found.lastgroup for found in _JOB_TERM.finditer(text))


# A link or button that applies for the job: "Apply now", "Apply at advertiser's site", "Jetzt bewerben".
_APPLY = re.compile(r"^(?:apply|postuler|postulez|candidater|bewerben|jetzt\s+bewerben|solicitar|inscribirme|candidatar(?:-se)?"
                    r"|candidati|solliciteer|ansök|søg\s+stillingen|hae\s+paikkaa"
                    r"|odpovědět|reagovat|reagovať|aplikuj"  # Czech "reply", "respond"; Slovak; Polish
                    r"|откликнуться|подать\s+заявку|відгукнутися|подати\s+заявку"  # Russian, Ukrainian: respond, apply
                    r"|ứng\s+tuyển(?:\s+ngay)?|lamar\s+sekarang|지원하기|立即申请|投递简历"  # Vietnamese, Indonesian, …
                    # Arabic, Japanese, Chinese (Taiwan): to apply for this job, where the words for applying alone are
                    # any form's, a prize's or a loan's ("التقديم", "応募する")
                    r"|التقديم\s+(?:على|ل)\s*(?:هذه\s+)?الوظيفة|この(?:求人|仕事)に応募(?:する)?|我要應徵)(?!\w)",
                    re.IGNORECASE)
# at most: a job's page repeats its one apply button above and below the ad, each drawn for phone and for
# desktop (jobs.cz's four "Odpovědět"); a list has one per job
APPLY_CONTROLS = 4
APPLY_WORDS = 5  # at most: "Apply at advertiser's site"; a longer link is the site's offer ("Apply to Full-Time Jobs …")


def applies(node) -> bool:
    """Whether a link or button is one to apply for a job: a few words, "Apply", "Jetzt bewerben"…"""
    said = node_text(node) or node.attributes.get("aria-label") or ""
    return bool(_APPLY.match(said)) and len(said.split()) <= APPLY_WORDS


_APPLY_HEADINGS = ("h2", "h3", "h4", "h5")  # the levels a careers page heads each job it lists at


def apply_per_heading(page: Page) -> int:
    """How many jobs a careers page lists where each has its heading and its own apply button under
    it ("Product Engineer … apply", "Full Stack Engineer … apply", …): three headings or more of one
    level (or a box classed as a card's title: "<div class='career_title'>barber</div>"), each followed by an
    apply control, before any heading over the site's other jobs; or two, each naming a role, with links to apply
    ("Reinigungsfachkraft … Jetzt bewerben", "Umzugshelfer und Möbelpacker … Jetzt bewerben"); 0 otherwise (one job
    asks to apply above and below)."""
    heading, applied = None, {}  # each heading's apply controls' targets
    top_applies = False  # whether the page asks to apply before any such heading: the h1's job's own control, where it names one
    for node in page.css(f"{', '.join(_APPLY_HEADINGS)}, [class*='title' i], a, button"):
        if node.tag in ("a", "button"):
            if heading and applies(node):
                applied.setdefault(heading, set()).add(node.attributes.get("href") or "")
            elif not heading and applies(node) and not in_site_menus(node, page):
                top_applies = True
        elif (said := without_marks(node_text(node))) and not _kinds_of(said):
            if MORE_JOBS.match(said):
                break  # (the site's other jobs, each with its button, under one job's ad: "Related Jobs")
            level = node.tag if node.tag in _APPLY_HEADINGS else f"{node.tag}.{node.attributes.get('class')}"
            heading = (level, said)
    levels = Counter(level for level, _ in applied)
    level, most = max(levels.items(), key=lambda counted: counted[1], default=("", 0))
    if most == 2:
        # (not where the controls name no place: buttons opening the one dialog to apply with; nor under a heading of its
        # own with its own control, one job's ad over others' "You might also like"; nor where one heading is a label's
        # line and the other none: "Ihre Ansprechpartnerin: Personalreferentin Maria Muster" under the job's)
        pair = {said: targets for (at, said), targets in applied.items() if at == level}
        named = all(map(names_a_job, pair)) \
            and len({said.partition(":")[0] if ":" in said else "" for said in pair}) == 1  # (labelled alike or not at all)
        main = page.text("h1")
        higher = any(at < level for at, _ in applied if at in _APPLY_HEADINGS) \
            or top_applies and names_a_job(main)
        return 2 if named and "" not in set().union(*pair.values()) and not higher else 0
    return most if most >= 3 else 0


def asks_to_apply(page: Page) -> bool:
    """Whether the page asks the user to apply for one job: a few short apply links or buttons
    outside the site's menus, all to the same place (a list of jobs has one per job)."""
    controls = [node for node in page.css("a, button") if applies(node) and not in_site_menus(node, page)]
    targets = {node.attributes.get("href") or "" for node in controls}
    return 1 <= len(controls) <= APPLY_CONTROLS and len(targets) <= 2


def ads_beside(page: Page, title: str) -> int:
    """How many ads the page holds in full where the job's heading is one of them: headings at its level,
    each over heads of an ad's sections at a lower one ("ZFA (m/w/d) in Vollzeit" over "Ihre Aufgaben", then
    "Ausbildung zur/zum ZFA" over "Voraussetzungen", a careers page's two); 0 where no heading shows the title."""
    nodes = [node for node in page.css("h1, h2, h3, h4, h5, h6") if not in_site_menus(node, page)]
    level = next((node.tag for node in nodes if node_text(node) == title), "")
    if not level:
        return 0
    ads, heading = set(), None
    for node in nodes:
        if node.tag == level:
            heading = node_text(node)
        elif node.tag < level:
            heading = None  # a higher heading ends the ads' run
        elif heading and _kinds_of(without_marks(node_text(node))):
            ads.add(heading)
    return len(ads)
