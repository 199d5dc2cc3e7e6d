"""What a recruiter's message means for the search, from the way such messages are worded.

The wording of each kind is a set of phrases, weighed: a phrase that only that kind of message
uses ("decided to move forward with other candidates") is strong, one that others use too
("unfortunately") is weak. The verdict is the kind with the most weight, with the phrases
that decided it as its reason. A rejection is the costliest mistake (it stops the follow-ups),
so it needs a strong phrase or two weak ones, and an acknowledgement that only mentions
rejections ("if you are not selected, we will…") is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.reading.messages.message import MessageFacts

STRONG, WEAK = 2.0, 1.0
SURE = 2.0  # the weight from which a verdict is applied without asking


@dataclass(frozen=True)
class Verdict:
    kind: str  # rejection | offer | references | invitation | received | timeline | not_job
    confidence: float  # 0..1
    reason: str


def _phrases(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


# Each kind: (phrases that say it outright, phrases that lean towards it).
_WORDING = {
    "rejection": (
        _phrases(
            r"(?:decided|chosen|elected|opted)\s+(?:not\s+)?to\s+(?:move|proceed|go|continue|pursue|progress)\s+"
            r"(?:forward\s+)?(?:with|in)\s+(?:other|another|a\s+different|different|candidates)",
            r"(?:pursue|pursuing|proceed(?:ing)?\s+with|move\s+forward\s+with|moving\s+forward\s+with)\s+"
            r"(?:other|another|more\s+qualified|a\s+different)\s+(?:candidates?|applicants?|direction)",
            r"(?:will|would|are|were|won['’]t|not)\s+(?:not\s+)?(?:be\s+)?(?:moving|move|going|proceeding|progressing)\s+"
            r"forward\s+with\s+your\s+(?:application|candidacy)",
            r"not\s+(?:be\s+)?(?:to\s+)?(?:moving|move|going|proceed|progress)\s+forward",
            r"(?:have\s+|has\s+|had\s+|we\s+)(?:decided|chosen|elected)\s+not\s+to\b",
            r"(?:were|was|have|has|are|is)\s+not\s+(?:been\s+)?(?:selected|successful|chosen|shortlisted)",
            r"(?:weren['’]t|wasn['’]t|haven['’]t\s+been|hasn['’]t\s+been)\s+(?:selected|successful|chosen|shortlisted)",
            r"(?:moving|move|go|going|proceed|proceeding)\s+forward\s+with\s+you\b",
            r"not\s+able\s+to\s+(?:pursue|further\s+consider|consider)\s+your",
            r"(?:aren['’]t|are\s+not|is\s+not|isn['’]t)\s+a\s+(?:good\s+|strong\s+)?(?:match|fit)\b",
            r"(?:don['’]t|do\s+not)\s+(?:see|have)\s+a\s+(?:position\s+that\s+is\s+a\s+)?(?:strong\s+|good\s+)?(?:mutual\s+)?(?:fit|match)",
            r"(?:better|more\s+closely)\s+suited\s+(?:our|to\s+our|for\s+the)",
            r"(?:aren['’]t|are\s+not|won['’]t|will\s+not|not)\s+(?:be\s+)?able\s+to\s+(?:move|offer|proceed|progress|extend)",
            r"will\s+not\s+be\s+(?:moving|proceeding|pursuing|considering|progressing|continuing)",
            r"(?:we\s+have|we['’]ve|have\s+now)\s+filled\b",
            r"(?:role|position|opening|opportunity|positions|roles)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:recently\s+|now\s+|already\s+)?"
            r"(?:filled|closed)",
            r"no\s+longer\s+(?:recruiting|interviewing|processing|accepting|hiring|considering)",
            r"(?:skills|qualifications|background|experience)\s+(?:do|does|did)\s+not\s+(?:match|align|meet|fit)",
            r"not\s+(?:feel\s+that\s+it\s+is\s+)?(?:a\s+)?(?:good|strong|close)\s+(?:match|fit)",
            r"(?:selected|chose|chosen|identified)\s+(?:other|another|different)\s+(?:candidates?|applicants?)",
            r"(?:few|other|several)\s+other\s+applicants\s+(?:who|whose|that)",
            # German
            r"(?:nicht|leider\s+nicht)\s+(?:weiter\s+)?berücksichtigen",
            r"(?:für|zugunsten)\s+(?:einen?|eine)\s+(?:anderen?|andere)\s+(?:kandidat|bewerber)",
            r"ihnen\s+(?:leider\s+)?(?:eine\s+)?absage", r"\babsage\b.{0,40}\b(?:erteilen|mitteilen)",
            r"(?:position|stelle)\s+(?:bereits\s+|anderweitig\s+)+besetzt",
            # French
            r"(?:ne\s+pas|ne\s+pouvons\s+pas)\s+donner\s+(?:une\s+)?suite\s+favorable",
            r"(?:pas|n['’]a\s+pas\s+été)\s+retenue?",
            r"(?:nous\s+)?regrettons\s+de\s+(?:vous\s+)?(?:informer|annoncer)",
            r"(?:autre|un\s+autre)\s+(?:candidat|profil)\s+(?:dont|qui)",
            r"(?:you\s+)?(?:were|have\s+not\s+been|was\s+not|weren['’]t|are\s+not|haven['’]t\s+been)\s+(?:selected|successful|chosen)",
            r"regret\s+to\s+(?:inform|let\s+you\s+know|tell)",
            r"position\s+(?:has\s+been|was|is\s+now)\s+(?:filled|closed|cancelled|canceled)",
            r"(?:no\s+longer|not)\s+(?:being\s+)?(?:under\s+)?consider(?:ed|ing)\s+(?:you|your)",
            r"not\s+(?:to\s+)?(?:progress|proceed|advance)\s+(?:with\s+)?your\s+(?:application|candidacy)",
            r"unable\s+to\s+(?:offer\s+you|move\s+forward|progress|proceed|extend)",
            r"(?:other\s+candidates|applicants)\s+(?:whose|who)\s+(?:qualifications|experience|skills|background)",
            r"(?:closer|better|stronger)\s+(?:match|fit)\s+for\s+(?:the|this|our)",
            r"not\s+(?:a|the\s+right)\s+(?:match|fit)\s+for",
            r"have\s+(?:decided|chosen)\s+to\s+(?:fill|close)",
            r"we\s+will\s+not\s+be\s+(?:offering|extending|scheduling|inviting)",
        ),
        _phrases(r"\bunfortunately\b", r"\bregret\b", r"\bleider\b", r"\bmalheureusement\b", r"\bat\s+this\s+time\b.{0,60}\bnot\b",
                 r"keep\s+your\s+(?:resume|cv|application|information|details)\s+on\s+file",
                 r"wish\s+you\s+(?:the\s+best|success|luck|all\s+the\s+best)",
                 r"highly\s+competitive|large\s+number\s+of\s+(?:applicants|applications|candidates)"),
    ),
    "offer": (
        _phrases(r"(?:pleased|delighted|happy|excited)\s+to\s+(?:extend|offer\s+you|make\s+you)\s+(?:an?\s+)?(?:offer|the\s+position)",
                 r"offer\s+(?:letter|of\s+employment)\s+(?:is\s+)?attached", r"we\s+would\s+like\s+to\s+offer\s+you",
                 r"extend(?:ing)?\s+(?:to\s+)?you\s+an?\s+(?:job\s+|formal\s+)?offer|extend(?:ing)?\s+an?\s+offer\s+to\s+you\b",
                 r"\b(?:stelle|position)\b.{0,40}\banbieten\b",
                 r"(?:freuen\s+uns|möchten\s+ihnen)\b.{0,40}\b(?:angebot|vertragsangebot|zusage)",
                 r"(?:plaisir|heureux|heureuse)\s+de\s+vous\s+(?:proposer|offrir|faire\s+une\s+offre)"),
        _phrases(r"\bstart\s+date\b", r"\bcompensation\s+package\b", r"\bsign(?:ed)?\s+(?:and\s+return\s+)?the\s+offer"),
    ),
    "references": (
        _phrases(r"(?:provide|send|share)\b[^.?!\n]{0,60}\breferences\b",
                 r"reference\s+check(?:s)?\b"),
        _phrases(r"\breferences?\b"),
    ),
    "invitation": (
        _phrases(r"(?:invite|inviting)\s+you\s+(?:to|for)\s+(?:an?\s+)?(?:interview|call|chat|conversation|phone\s+screen)",
                 r"(?:schedule|set\s+up|arrange)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
                 r"(?:interview|phone\s+screen|call|time\s+to\s+(?:talk|chat))",
                 r"(?:would|we['’]d)\s+like\s+to\s+(?:speak|talk|chat|meet)\s+with\s+you",
                 r"(?:next|following)\s+(?:step|round)\s+(?:is|will\s+be|in\s+(?:the|our)\s+process\s+is)\s+(?:an?\s+)?(?:interview|call|technical)",
                 r"your\s+availability\s+(?:for|to)",
                 r"(?:laden|möchten)\s+(?:wir\s+)?sie\b.{0,40}\b(?:vorstellungsgespräch|gespräch)\s+(?:ein|einladen)",
                 r"(?:inviter|convier)\s+(?:à|pour)\s+un\s+entretien|vous\s+rencontrer"),
        _phrases(r"\binterview\b", r"\bavailability\b"),
    ),
    "received": (
        _phrases(r"(?:we\s+have|we['’]ve|has\s+been|have\s+been|was|were)\s+(?:successfully\s+)?received\s+(?:your\s+)?(?:application|resume|cv|credentials)?",
                 r"received\s+your\s+(?:application|resume|cv|credentials|email)",
                 r"(?:application|resume|cv|email)\s+(?:is|was|has\s+been)\s+(?:currently\s+)?(?:being\s+)?(?:received|reviewed|under\s+review)",
                 r"thank(?:s|\s+you)\s+for\s+(?:applying|submitting\s+your\s+application|your\s+application)",
                 r"(?:will|team\s+will)\s+review\s+your\s+(?:application|resume|qualifications)",
                 r"(?:ihre\s+bewerbung|ihre\s+unterlagen)\s+(?:ist|sind|haben\s+wir)\s+(?:bei\s+uns\s+)?(?:eingegangen|erhalten)",
                 r"(?:nous\s+avons\s+bien\s+reçu|avons\s+bien\s+reçu)\s+(?:votre\s+)?candidature"),
        _phrases(r"thank(?:s|\s+you)\s+for\s+your\s+interest"),
    ),
    "timeline": (
        _phrases(r"(?:get\s+back\s+to\s+you|hear\s+(?:back\s+)?from\s+(?:us|me)|let\s+you\s+know|update\s+you|make\s+a\s+decision|decide)"
                 r"\s+(?:by|before|within|early|late|next|in\s+the\s+next|in\s+(?:early|mid|late)|on|at\s+the\s+end\s+of)\b",
                 r"(?:melden\s+(?:uns|wir\s+uns)|rückmeldung|entscheidung)\b[^.!?\n]{0,40}?"
                 r"\b(?:bis|nächste[nr]?\s+woche|anfang|mitte|ende)\b",
                 r"(?:reviendrons\s+vers\s+vous|revenir\s+vers\s+vous|décision|réponse)\b[^.!?\n]{0,40}?"
                 r"(?:\bd['’]ici\b|\bavant\s+le\b|\bla\s+semaine\s+prochaine\b|\bdébut\b|\bmi-|\bfin\b)"),
        _phrases(r"\bnext\s+week\b", r"\bdecision\b"),
    ),
}
# A message that names the job hunt at all: without it, an acknowledgement or a timeline is not ours.
_ABOUT_A_JOB = _phrases(r"\bappl(?:y|ied|ying|ication)\b", r"\bposition\b", r"\brole\b", r"\bcandidat", r"\binterview",
                        r"\bresume\b", r"\bcv\b", r"\brecruit", r"\bhiring\b", r"\bcareer", r"\bopening\b",
                        r"\bbewerb", r"\bstelle\b", r"\bkandidat", r"\bvorstellungsgespräch", r"\bentretien", r"\bposte\b",
                        r"\brecrutement\b")
# An acknowledgement may mention rejection conditionally: "if you are not selected, …".
# ("Should you not be selected" is one; "we should be able to get back to you" is not.)
_CONDITIONAL = re.compile(r"\b(?:if|should\s+(?:you|your|we|the|there|it|this)|in\s+the\s+event\s+(?:that)?|unless)\b"
                          r"[^.!?]{0,80}$", re.IGNORECASE)
_ORDER = ("rejection", "offer", "references", "invitation", "received", "timeline")


def judge(facts: MessageFacts, *, from_a_contact: bool = False) -> Verdict:
    """What the message says, with the phrases that say it. A message from someone the user met
    in their search (`from_a_contact`) is about it even when it names no job ("the panel meets
    on Monday; we will get back to you by Wednesday")."""
    text = f"{facts.subject}\n{facts.text}"
    if facts.calendars:
        return Verdict("invitation", 0.95, "it carries a calendar invite")
    if not from_a_contact and not _ABOUT_A_JOB.search(text):
        return Verdict("not_job", 0.9, "it says nothing about an application, a role or an interview")
    weights = {kind: _weigh(text, strong, weak) for kind, (strong, weak) in _WORDING.items()}
    best = max(_ORDER, key=lambda kind: (weights[kind][0], -_ORDER.index(kind)))
    weight, said = weights[best]
    strong = {kind for kind, (strong_words, _) in _WORDING.items() if strong_words.search(text)}
    if "rejection" in strong and best == "received":
        best = "rejection"  # rejections thank for applying too; acknowledgements never decline
        weight, said = weights[best]
    if best == "rejection" and weight < SURE and strong - {"rejection"}:
        # One word of regret beside another kind's own wording: that kind.
        best = next(kind for kind in _ORDER[1:] if kind in strong)
        weight, said = weights[best]
    if weight < WEAK or (best not in strong and best != "rejection"):
        return Verdict("not_job", 0.6, "no wording of a reply about an application")
    return Verdict(best, min(0.5 + weight / 8, 0.99), f"it says: {'; '.join(said[:3])}")


def _weigh(text: str, strong: re.Pattern, weak: re.Pattern) -> tuple[float, list[str]]:
    weight, said = 0.0, []
    for pattern, value in ((strong, STRONG), (weak, WEAK)):
        for match in pattern.finditer(text):
            if _CONDITIONAL.search(text[max(match.start() - 100, 0):match.start()]):
                continue  # "if you are not selected": a condition, not a decision
            weight += value
            said.append(" ".join(match.group(0).split()))
    return weight, said
