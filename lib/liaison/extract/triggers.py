"""The words that make a clause an event, by kind, and the gathering a summit clause names.

Every trigger of every kind is one alternation, so a clause is scanned once; the kind listed
first wins when a clause has several ("established ... and visited": a founding)."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView, stems_lookahead

# The posts by which a report names a head met or hosting, unnamed: "called on the Prime Minister", "was received by
# the President" (event_kind.py reads whom they stand for).
HEAD_POSTS = r"Prime Minister|President|Vice President|Speaker|King|Chairman"
# A courtesy call, and "called on" a host: meeting triggers, and what makes the one called on the host (event_where).
COURTESY_CALL = r"(?:paid|pays|paying|made) (?:a |[\w-]+ ){0,2}courtesy (?:calls?|visits?) (?:on|to)"
CALL_ON = r"call(?:ed|s|ing)? on"
# The gatherings an actor attends or holds, named by their head noun.
_GATHERING_NOUNS = (
    r"Summit|Dialogue|Forum|Congress|Conference|Symposium|Seminar|Plenum|Plenary Session|Open Day|Roundtable|"
    r"Round Table|Festival|Assembly|Convention|Workshop|Webinar|Colloquium|summit|dialogue|forum|congress|conference|"
    r"symposium|seminar|plenum|open day|roundtable|round table|briefing|thematic briefing|assembly|convention|"
    r"workshop|webinar|colloquium|video conference|videoconference"
)
# ... and with the two common words a report calls any gathering by ("The event was attended by", "at that meeting").
ANY_GATHERING = rf"{_GATHERING_NOUNS}|event|meeting"
# ... in lower case only: not a body's own name ("the National Assembly", "the US Congress").
LOWER_GATHERING_NOUNS = "|".join(n for n in _GATHERING_NOUNS.split("|") if n.islower())
# Lower-case "event" is a gathering only as the object of its verb, after a determiner and a short
# gap ("attended the event", "hosted a cultural event"), never "in the event of".
# (The verbs above end on a stem, "attend", that the word chain after them completes.)
# (A ceremony attended is none: the genre's "welcoming", "wreath-laying" and "opening" ceremonies are rarely coded;
# a signing ceremony is an agreement, below.)
_EVENT = r"(?:\w* )?(?:a|an|the|this|that|its|his|her|their) (?:[\w’'-]+ ){0,3}?(?:event\b(?! of\b)|activity\b)"
GATHERING_NOUNS = _GATHERING_NOUNS
# Verbs of giving a speech, and of speaking, at a gathering (both the trigger and the gathering's verb read them).
_GIVES = r"(?:delivered|gave|made|deliver(?:s|ing)?|giv(?:es|ing)|mak(?:es|ing))"
_SAID_AT = (r"(?:said|stressed|noted|emphasi[sz]ed|underlined|underscored|pointed out|stated|declared|remarked)"
            r"(?: (?:on|last) [A-Z]?[a-z]+)? at(?! the (?:National|Legislative|Constituent|Federal|State) Assembly)")
_SPOKE = r"(?:spoke|[Ss]peaking|speaks|[Oo]fficiat(?:ed|ing|es))"  # "Officiating at the workshop, X said"
# A word of a gathering's own name: capitalised, a number or ordinal, or a joining word ("the opening of the 12th
# Congress of the Communist Party of Vietnam"); not "a university in Hanoi ahead of the summit".
# A gathering's premises, not the gathering: "the congress hall", "the forum's media centre", "the seminar room".
_PREMISES = (r"halls?|rooms?|venues?|buildings?|cent(?:re|er)s?|facilit(?:y|ies)|offices?|secretariat|headquarters|"
             r"website")
# ... the gathering itself, not its hall, delegates or founder ("spoke to the forum's founder", "the congress hall").
_NOT_THE_GATHERING = (rf"(?!-|(?:[’']s)?\s+(?:{_PREMISES}|delegates?|delegations?|organi[sz]ers?|founders?|hosts?|"
                      r"chair(?:man)?|committee)\b)")
_NAME_WORD = (r"(?:[A-Z0-9“\"(][\w’'\"“”()-]*|of|the|and|on|for|opening|closing|ceremony|session|annual|joint|"
              r"high-level|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|online|virtual|video|"
              r"international|thematic|special|plenary|regional|party)")
_GATHERING = (
    # "Present at the forum were A, B and C", "Speakers at the dialogue included A and B", "Also attending the
    # seminar were ...": the people after the verb attend (event_participants.py reads them)
    r"(?:(?:Also )?(?:[Pp]resent|[Aa]ttending)|Among (?:those|the guests|the participants) (?:present|attending|"
    r"who attended)|(?:[Kk]eynote )?(?:Speakers|Participants|Guests|Attendees)) (?:at |in )?(?:the|a|an) "
    rf"(?:{_NAME_WORD} ){{0,12}}?(?:{_GATHERING_NOUNS})s?{_NOT_THE_GATHERING}(?: [^,.;]{{1,60}}?)?,? "
    r"(?:were|was|included)(?= [A-Z])|"
    # ... "The workshop, held in Lusaka, brought together A and B"
    rf"(?:The|the) (?:[\w-]+ ){{0,4}}?(?:{LOWER_GATHERING_NOUNS})s?(?:, [^,.;]{{1,60}},)? brought together(?= [A-Z])|"
    # "participated, as co-chair, in the opening of the Forum": a role set off by commas may stand before "in"
    # ... not "briefed the attendees on the 19th CPC National Congress": a noun, no one attending
    # ... "will attend the forum", "is expected to attend the Congress", "will visit X and attend the conference": the
    # bare stem of a plan, or opening a clause split off at "and" (not "gratitude for the delegation to attend")
    r"(?:attend(?!ees?\b)(?:ed|s|ing)?|"
    r"(?:(?<=will )|(?<=shall )|(?<=is to )|(?<=are to )|(?<=expected to )|(?<=scheduled to )|(?<=set to )|"
    r"(?<=due to )|(?<=plans to )|(?<=planning to )|(?<=and )|(?<![\s\S]))attend (?=(?:the|a|an|its|his|her|their) )|"
    r"addressed|address(?:es|ing)?|"
    r"participat(?:e|es|ed|ing)(?:, as (?:[\w-]+ ){0,3}?[\w-]+,)? in |"
    r"(?:took|take|takes|taking) part in |co-hosted |"  # ... "will take part in the video conference"
    # "represented the CPC at the congress of the Jubilee Party": the one who represents a body there attends it
    r"represent(?:ed|s|ing) (?:the |his |her |its |their )?(?:[\w’'()-]+ ){0,8}?at (?=(?:the|a|an) )|"
    # "held a video conference with Maite Mola" is a meeting held apart, no gathering
    # ... "A and B inaugurated here today the 6th Theoretical Seminar": an opening, past "here today"
    r"(?:hosted|held|opened|inaugurated|presided over|chaired|organi[sz]ed) (?:here )?(?:today |yesterday )?"
    r"(?=(?:a|an|the|its|his|her|their) )"
    r"(?!an? (?:video|virtual|online|telephone) ?conference with)"
    # ... not "inaugurated the new conference hall", "the International Conference Centre", "the headquarters of the
    # Forum", "the forum's website": premises opened, no gathering; named before any "in" or "at" (not "held the
    # seminar at the conference hall"), and not a word of the gathering's own name ("a party building seminar", "the
    # Office Holders Seminar")
    rf"(?!(?:a|an|the|its|his|her|their) (?:(?!(?:in|at|on|of)\b)[\w’'-]+ ){{0,3}}?(?i:{_PREMISES})\b(?![’'-])"
    rf"(?!(?: (?!(?:in|at|on|of)\b)[\w’'-]+){{0,3}}? (?:{_GATHERING_NOUNS})))"
    # "held a meeting with Nepali Congress President X" is a meeting, whatever body the name after it has
    r"(?!(?:a|an|the) (?:[\w-]+ ){0,2}(?:meeting|talks|discussions?|conversation|exchanges?) with))"
    rf"(?:(?:[\w’'\"“”()-]+ ){{0,12}}?(?:{_GATHERING_NOUNS})s?|{_EVENT})"  # "attended symposiums held at ..."
    # ... "The video summit, which gathered parties from 160 countries, was attended in Belgrade by X": past an aside
    rf"|(?:{_GATHERING_NOUNS})(?:, (?:which|that) [^,;.]{{1,160}},)?(?: [\w’'-]+){{0,8}}? (?:was|is|were|are) "
    r"(?:being )?(?:held|opened|convened|hosted|"
    # "The video summit was attended in Belgrade by X", "The forum was addressed by X"
    r"attended(?= (?:(?:in|at) [A-Z][\w-]+ )?by\b)|addressed(?= by\b)|"
    # "The briefing in Bangkok was chaired by X"
    r"(?:co-)?chaired(?= by\b)|presided over(?= by\b))"
    # "it was a meeting of political parties, addressed by the new minister ..., X": X's gathering
    rf"|(?:{_GATHERING_NOUNS}|meeting of|event)(?: [\w’'-]+){{0,8}}?, addressed(?= by\b)"
    # "The celebration was held at the Manila Peninsula Hotel and was attended by special guests A, B and C"
    r"|(?:celebration|ceremony|launch|gathering|event|reception|commemoration)s?(?: [\w’'-]+){0,12}? (?:was|were) "
    r"attended(?= by\b)"
    # "attended a reception hosted by the Indian embassy": a gathering attended; not one given "in honour of"
    # the guest ("a reception hosted by Prime Minister X in honour of the Chinese delegation"), a meeting
    r"|attend(?:ed|s|ing)? (?:a|an|the) (?:[\w’'-]+ ){0,3}?reception\b(?![^.;]{0,80}?\bin hono(?:u)?r of\b)"
    # "The ruling party was represented by its secretary general, X, at the dialogue in Beijing": X's gathering
    rf"|represented by [^;.]{{1,120}}? at (?:the|a|an) (?:[\w’'\"“”()-]+ ){{0,8}}?(?:{_GATHERING_NOUNS})s?"
    # "delivered a keynote speech at the opening of the CPC and World Political Parties Summit": the speaker attends
    # it (not a speech with no verb of giving, "Xi Jinping's keynote speech at the forum": most often retold)
    # ... not "made the remarks at the summit", which retells a speech the report told
    # ... nor "a speech at a university in Hanoi ahead of the summit": only a gathering's own name's words between
    rf"|{_GIVES} (?!(?:the|these|those|such|similar) remarks\b)"
    rf"(?:(?:a|an|the|his|her) |(?<=delivered )|(?<=gave ))"
    rf"(?:[\w-]+ ){{0,2}}?(?:speech|address|remarks) (?:at|to) (?:the|a|an) "
    rf"(?:{_NAME_WORD} ){{0,12}}?(?:{_GATHERING_NOUNS})s?{_NOT_THE_GATHERING}"
    # "joined the webinar", "was present at the congress", "was among the guests at the Forum": the gathering's own
    # name, not "joined the forum's secretariat", "joined the forum as a member in 2008", "present at the airport"
    r"|(?:joined|(?:was|were) (?:also )?present at|(?:was|were) (?:also )?among (?:the )?"
    r"(?:(?:foreign|international|distinguished|invited|special) )?(?:guests|participants|"
    rf"speakers|delegates|attendees) at) (?:the|a|an) (?:{_NAME_WORD} ){{0,12}}?(?:{_GATHERING_NOUNS})s?"
    rf"{_NOT_THE_GATHERING}(?![’']s\b| as (?:a|an|its) |,? in (?:19|20)\d\d\b| call\b)"
    # ... and its paraphrase "spoke at the opening of the Summit", "Speaking at the 10th Congress of X, Y said"
    rf"|{_SPOKE} (?:at|to) (?:the|a|an) (?:{_NAME_WORD} ){{0,12}}?(?:{_GATHERING_NOUNS})s?{_NOT_THE_GATHERING}"
    # "Xi stressed at the summit that ...", "X said at the seminar in Windhoek": a speaker there attends it (not "at a
    # press conference", dismissed; nor "at the meeting", no gathering noun)
    rf"|{_SAID_AT} (?:the|a|an) (?:{_NAME_WORD} ){{0,12}}?(?:{_GATHERING_NOUNS})s?{_NOT_THE_GATHERING}"
    # "will co-chair with the Foreign Minister the Third Meeting of the Joint Consultative Mechanism"
    rf"|co-chair(?:ed|s|ing)? (?:[\w’'\"“”()-]+ ){{0,12}}?(?:[Mm]eeting|[Ss]ession|{_GATHERING_NOUNS})"
)

# Trigger words by kind, the earlier kind winning when a clause has several.
_TRIGGER_WORDS = (
    # not "opened a new chapter", "opened up broad prospects", "opened the door to": a figure, no body founded
    # ... nor "opened the China-Africa Political Parties Forum": a gathering opened (a summit, below), no body founded
    ("founding", r"[Ee]stablished|[Ff]ounded|set up|opened(?! up\b| (?:a|an|the) (?:[\w-]+ )?(?:chapter|era|page|"
                 r"prospects?|doors?|way|path|window|avenues?)\b"
                 rf"| (?:a|an|the|its) (?:[\w’'\"“”()-]+ ){{0,10}}?(?:{_GATHERING_NOUNS})s?\b)"),
    ("appointment",
        r"appointment|appointed|named as|was named|has been named|promoted|succeed(?:ed|s|ing)|"
        r"replac(?:ed|es|ing)|took over as|takes over as|was elected|has been elected"),
    # "A and B witnessed the signing of ...", "The signings were witnessed by A and B": the witnesses' agreement
    # ... "A and B attended a signing ceremony of a document on inter-party exchanges"
    ("agreement", r"signed|inked(?= (?:a|an|the|two|three|several) )|"  # "A and B inked a memorandum of understanding"
                  r"witness(?:ed|es|ing) (?:the |a )?(?:[\w-]+ ){0,2}signing|"
                  r"attend(?:ed|s|ing)? (?:a|the) (?:[\w-]+ ){0,2}signing ceremony|"
                  r"signings? (?:[\w’'-]+ ){0,8}?(?:was|were|had been) witnessed(?= by\b)"),
    # A gathering the actor holds, attends or addresses: "attended the 13th National Congress
    # of the Communist Party of Vietnam", "the CPC and World Political Parties Summit was held".
    ("summit", _GATHERING),
    ("meeting",
        # "at the meeting of A with B" (event_participants.py reads its sides); not "a meeting of the Politburo"
        # ... nor "the 1972 meeting of Mao with Nixon", "the historic meeting of ...": history retold
        r"met|meet|meets|(?<!\d{4} )(?<!historic )(?<!famous )(?<!first )meeting(?! of\b(?![^,;.]{0,200}?\bwith\b))|"
        r"meetings with|"
        r"meetings (?:were|have been) (?:also )?held with|[Tt]alks?|held talks|received|receives|hosted|welcomed|"
        r"[Nn]egotiations(?= (?:between|with)\b)|"  # "including negotiations between X and Speaker Y"
        r"(?:Received|Welcomed)(?= (?:[\w-]+ ){0,4}by\b)|"  # a fronted "Received on Tuesday by X, Y conveyed ..."
        r"Receiving(?= [A-Z])|"  # "Receiving X, ..., Y said ...": Y received X (event_participants.py)
        # "Meeting with X in Nairobi, Y said ...": Y met X (event_participants.py); not "Meeting with X is a priority"
        r"Meeting(?= with\b(?:(?!\b(?:is|was|are|were|will|would|has|have|remains?)\b)[^.;,]){1,120},)|"
        r"conferred with|confers with|confer with|talked with|"
        # "exchanged views with Nepali Congress President X": kept only where a person follows (event_kind.py);
        # not "briefed", most often a minister reporting to his own leader on a trip
        r"exchanged (?:[\w-]+ ){0,2}?views with(?= [A-Z])|"
        # "A and B exchanged views on party building": a pair's meeting (event_kind.py keeps it only after a pair)
        r"exchanged (?:[\w-]+ ){0,2}?views(?= (?:on|about|over|regarding)\b)|"
        # "discussed in Beijing with Minister X ways to ...": kept only where a person follows (event_kind.py)
        r"discussed(?= (?:(?:in|at) [A-Z][\w-]+(?: [A-Z][\w-]+)? )?with\b)|"
        # "A and B discussed the current affairs", "A and B held discussions on Tuesday": a pair's meeting, as for
        # "exchanged views on" (event_kind.py keeps it only after a pair)
        r"discussed(?= (?!with\b)[\w’'-]+)|(?:held|had) (?:[\w-]+ ){0,2}?discussions(?! with\b)|"
        # "X engaged in discussions with Ambassador Y": whom "with" names
        r"engaged in (?:[\w-]+ ){0,2}?(?:discussions?|talks|conversations?|exchanges?) with|"
        r"working sessions? with|granted (?:an? )?(?:[\w-]+ )?audience to|"
        # "had exchanges respectively with X", "held today an exchange with the Prime Minister, X"
        r"(?:had|held|have had|has had) (?:today |yesterday )?(?:an? )?(?:[\w-]+ ){0,2}exchanges? "
        r"(?:respectively |separately |also )?with|"
        r"(?:held|had) (?:an? )?(?:[\w-]+ ){0,2}(?:discussions?|conversations?) with|"  # "held separate conversations"
        r"(?:video|phone|telephone) (?:call|conversation)|spoke by (?:phone|telephone|video link)|"
        r"(?:had|held) (?:a )?(?:virtual|online|video) (?:meeting|conversation|exchange|conference)|"
        rf"{COURTESY_CALL}|"
        # "delivered a congratulatory letter from Xi to Thongloun": whom an envoy hands a message meets him
        r"deliver(?:ed|s|ing)? (?:a|an|the) (?:[\w-]+ ){0,2}(?:letter|message)(?: from [^.;,]{1,60}?)? to(?= [A-Z])|"
        # ... "handed over a letter from Xi to X"; "conveyed greetings from Xi to X" (a sender named: not "conveyed
        # greetings to President Xi", most often sent home through the one met)
        r"(?:handed(?: over)?|presented) (?:(?:a|an|the|his|her) |[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s )?(?:[\w-]+ ){0,2}"
        r"(?:letter|message)(?: from [^.;,]{1,60}?)? to(?= [A-Z])|"
        r"(?:conveyed|extended|passed on) (?:cordial |warm |sincere )?(?:greetings|regards|best wishes) "
        r"from [^.;,]{1,60}? to(?= [A-Z])|"
        r"sat down (?:for talks )?with(?= [A-Z])|"  # "sat down with President X"
        # "called on Prime Minister Oli": kept only where a person follows (events.py), not "called on all sides to".
        rf"{CALL_ON}(?= [A-Z]| the (?:{HEAD_POSTS})\b"
        r"| (?:opposition|former|ruling party|party) (?:leader|chairman|chairperson|president|chief) [A-Z])"),
    ("visit",
        r"visit(?:s|ed|ing)?|trip|tour(?:ed|ing)?|travel(?:l?ed|s)?|sets? off for|set off for|expected in|"
        # "is in Singapore for a Working Visit", "is in Beijing for a three-day official visit"
        # ... "has been in Kenya since Monday for a four-day visit"
        # ... "was in China to meet with the leadership", "is in China for a study programme", "a delegation who are
        # currently in Beijing."
        # ... "will be in China for a week-long visit" (not "for three days", which tourists and postings are too)
        r"(?:is|are|was|were|has been|have been|will be) (?:currently |now )?in (?=[A-Z][\w-]+(?: [A-Z][\w-]+)? "
        r"(?:since \w+ |(?:this|next) (?:week|month) |today )?(?:for (?:an? |the |his |her |its |their )?"
        r"(?:[\w-]+ ){0,3}(?:[Vv]isit|programme|program|course|training|mission|tour)|to (?!be\b)[a-z]+\b|"
        # ... "is in Singapore on a four-day visit that ends today"
        r"on (?:an? |his |her |its |their )(?:[\w-]+ ){0,3}(?:[Vv]isit|tour|mission)\b|"
        # ... "is in Kenya at the invitation of the Jubilee Party"
        r"at the (?:kind )?invitation of\b))|"
        r"(?:is|are) (?:currently|now) in (?=[A-Z][\w-]+(?: [A-Z][\w-]+)?[.,;])|"
        r"(?:is|are) in (?=[A-Z][\w-]+(?: [A-Z][\w-]+)? this week[.,;])|"  # "is in China this week."
        r"arriv(?:ed|es|ing) (?:in|at|here)|arriv(?:ed|es|ing)(?= [A-Z][a-z])|crossed the border|"
        r"(?:led|lead|leads|leading) (?:a|an|the|his|her) (?:[\w-]+ ){0,3}delegation|"
        # "left here today for China", "left Kathmandu on Sunday for", "departed Beijing Monday for"
        r"stops? in|mission to (?=[A-Z])|embarked on|"
        # "travelled to Hanoi", "came to Vientiane to attend", "went to Moscow for talks"; not "came to Beijing's
        # attention", "tourists who came to Thailand last year", "came to Vietnam in 2022 as ambassador"
        r"travell?ed to (?=[A-Z][\w-]*(?: [A-Z][\w-]*)?(?![\w-]|['’]s))|"
        r"(?:came|went) to (?=[A-Z][\w-]*(?: [A-Z][\w-]*)?,? (?:to (?!take up\b|assume\b|work\b|study\b|live\b)[a-z]+|"
        r"for (?:an? |the |talks|meetings)|"
        r"on (?:an? |his |her |its |their )(?:[\w-]+ ){0,2}(?:visit|trip|tour|mission)))|"
        r"left (?:here |[A-Z][a-z]+ )?(?:today |on \w+ |[A-Z][a-z]+day )?for|"
        r"depart(?:ed|s)? (?:here |[A-Z][a-z]+ )?(?:today |on \w+ |[A-Z][a-z]+day )?for|(?:flew|headed) to|landed in|"
        r"flew into(?= [A-Z])|"
        # "returned from Beijing later on Tuesday", "stayed in Xiamen City for almost a week"
        # "jetted into Beijing on Monday", "jetted into the country yesterday" (Southern African copy)
        r"jetted (?:back )?(?:into|in to|out to|to)(?= [A-Z]| the country\b)|jetted in\b|"
        r"touched down in|returned from (?=(?:the )?[A-Z])|stay(?:ed|s)? in (?=[A-Z])|"
        r"(?:concluded|wrapped up|ended|completed) (?:its|his|her|their|a) (?:[\w-]+ ){0,3}(?:visit|trip|tour)"),
)



def _any_trigger(triggers) -> re.Pattern:
    """One pattern for several kinds, each its own named group: a clause is scanned once rather
    than once per kind, and most clauses have no trigger. Every trigger opens a word, so the
    alternatives are tried only where one starts."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(rf"(?P<{kind}>(?:{words})\b)" for kind, words in triggers) + ")")


def _at_stems(triggers) -> re.Pattern:
    """_any_trigger's pattern, tried only where a word opens on one of its matches' stems ("met", "visit", ...): a
    few places a clause, where the alternation is long. Matches, spans and groups are the same: the lookahead only
    skips places where none starts. (The stems of an alternation are its alternatives': each kind's, _KIND_STEMS.)"""
    stems = {stem for kind, _ in triggers for stem in _KIND_STEMS[kind]}
    return re.compile(stems_lookahead(stems) + _any_trigger(triggers).pattern)


# The stems (at most four characters) each kind's trigger words open on, declared beside them: _ANY_TRIGGER and
# _EARLIER_TRIGGER try their alternations only where a word opens on one (`stems_lookahead`). A trigger word
# added must open on one of its kind's stems (add one where it does not): tests/test_speed_paths.py checks
# that every alternative of every kind opens on a declared stem.
_KIND_STEMS = {
    "founding": ("Esta", "Foun", "esta", "foun", "open", "set "),
    "appointment": ("appo", "has ", "name", "prom", "repl", "succ", "take", "took", "was "),
    "agreement": ("atte", "inke", "sign", "witn"),
    "summit": (
        "Also", "Amon", "Asse", "Atte", "Coll", "Conf", "Cong", "Conv", "Dial", "Fest", "Foru", "Gues", "Keyn", "Offi",
        "Open", "Part", "Plen", "Pres", "Roun", "Semi", "Spea", "Summ", "Symp", "The ", "Webi", "Work", "addr", "asse",
        "atte", "brie", "cele", "cere", "chai", "co-c", "co-h", "coll", "comm", "conf", "cong", "conv", "decl", "deli",
        "dial", "emph", "even", "foru", "gath", "gave", "give", "givi", "held", "host", "inau", "join", "keyn", "laun",
        "made", "make", "maki", "meet", "note", "offi", "open", "orga", "part", "plen", "poin", "pres", "rece", "rema",
        "repr", "roun", "said", "semi", "spea", "spok", "stat", "stre", "summ", "symp", "take", "taki", "the ", "them",
        "took", "unde",
        "vide", "was ", "webi", "were", "work",
    ),
    "meeting": (
        "Meet", "Nego", "Rece", "Talk", "Welc", "call", "conf", "conv", "deli", "disc", "enga", "exch", "exte", "gran",
        "had ",
        "hand", "has ", "have", "held", "host", "made", "meet", "met", "nego", "paid", "pass", "payi", "pays", "phon",
        "pres", "rece", "sat ", "spok", "talk", "tele", "vide", "welc", "work",
    ),
    "visit": (
        "are ", "arri", "came", "comp", "conc", "cros", "depa", "emba", "ende", "expe", "flew", "has ", "have", "head",
        "is c", "is i", "is n", "jett", "land", "lead", "led ", "left", "miss", "retu", "set ", "sets", "stay", "stop",
        "touc", "tour", "trav", "trip", "visi", "was ", "went", "were", "will", "wrap",
    ),
}
_ANY_TRIGGER = _at_stems(_TRIGGER_WORDS)


# "The CPC-ASEAN Forum opened in Jakarta on Tuesday, with X ...": a gathering opening, no body founded (as "The
# school opened in 2022" is).
_GATHERING_OPENED = re.compile(
    rf"\b(?:{_GATHERING_NOUNS})(?: [\w’'-]+){{0,8}}? opened(?= (?:in|on|at|here|today|with)\b)")

# The words a summit trigger ends on when the people after it attend: "was attended by A", "was chaired by A"; and
# "Present at the forum were A, B", "Speakers at the dialogue included A", "The workshop brought together A".
ATTENDED_BY = ("attended", "addressed", "chaired", "presided over")
LISTS_ATTENDEES = ("were", "was", "included", "brought together")
_FRONTED_SPEECH = re.compile(r"\s*(?:Speaking|Addressing)\s[^,;]{0,160}?,\s")
# "Vice Minister Zhou Ming will attend", "President Ruto, who ..., is expected to attend": a named one plans it
# ... "X will visit Australia and attend": a named one's plan of a trip and the gathering
_PLANNER_NAMED = re.compile(r"[A-Z][\w’'-]+(?:,[^,;]{1,80},)?\s+(?:(?:will|shall|is|are)\s+(?:also\s+)?"
                            r"(?:(?:expected|scheduled|set|due)\s+)?(?:to\s+)?(?:[\w-]+\s+){0,4}?(?:and\s+)?|"
                            r"plans?\s+to\s+|planning\s+to\s+)$")
_SAID_AT_RE = re.compile(_SAID_AT)
# "A and B discussed ...", "A and B held discussions on Tuesday": talks with no "with", a meeting only where a pair
# names its sides before the verb (event_clauses.points_back passes them over otherwise, event_kind keeps them)
PAIR_TALKS = re.compile(r"(?:discussed|(?:held|had) (?:[\w-]+ ){0,2}?discussions)"
                        r"(?! (?:(?:in|at) [A-Z][\w-]+(?: [A-Z][\w-]+)? )?with\b)")
# Ties established, no body founded: "contacts have been established", "established diplomatic relations".
_TIES_BEFORE = re.compile(r"\b(?:relations|ties|contacts|links|friendship|partnership)\s+(?:(?:have|has|had)\s+been|"
                          r"were|was|are|is|being)\s+(?:[a-z]+ly\s+)?$")
_TIES_AFTER = re.compile(r"\s+(?:(?:diplomatic|friendly|formal|close|fraternal|party-to-party|bilateral)\s+)*"
                         r"(?:relations|ties|contacts|links)\b")
_ATTRIBUTED = re.compile(r"[^;]*,\s+(?:[A-Z][\w’'-]+\s+){1,4}(?:said|told|noted|added|recalled)\b")
_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;]{1,120},\s")  # "The delegation, which attended a workshop, was ..."
_SAYS = re.compile(r"\b(?:said|says|told|noted|stressed|added|announced|stated|pointed out|called|urged|hoped|"
                   r"expressed|welcomed|praised|recalled|described)\b")
_SPEAKER_ACTS = re.compile(r"\b(?:he|she|they|it|we|I)\s+(?:(?:had|has|have|would|will|was|were|is|are)\s+)?"
                           r"(?:(?:to|also|already|just|recently)\s+)?$")
_KIND_RANK = {kind: rank for rank, (kind, _) in enumerate(_TRIGGER_WORDS)}

# _EARLIER_TRIGGER[rank] finds a trigger of any kind listed before the kind of that rank.
_EARLIER_TRIGGER = {rank: _at_stems(_TRIGGER_WORDS[:rank]) for rank in range(1, len(_TRIGGER_WORDS))}

_GATHERING_NOUN = re.compile(rf"\b(?:{_GATHERING_NOUNS}|[Mm]eeting|[Ss]ession|event|reception|activity|activitie|"
                             r"celebration|ceremony|launch|gathering|commemoration)s?\b")

_GATHERING_VERB = re.compile(
    r"(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|participat(?:e|es|ed|ing)(?:, as (?:[\w-]+ ){0,3}?[\w-]+,)? in|"
    r"(?:took|take|takes|taking) part in|"
    r"joined|(?:was|were)\s+(?:also\s+)?(?:present|among\s+(?:the\s+)?(?:\w+\s+)?\w+)\s+(?:at|of)|[Tt]he(?=\s+[\w-]+)|"
    r"represent(?:ed|s|ing)\s+(?:[\w’'()-]+\s+){0,9}?at|"
    r"(?:Also\s+)?(?:[Pp]resent|[Aa]ttending)(?:\s+(?:at|in))?|Among\s+(?:those|the\s+\w+)\s+(?:present|attending|"
    r"who\s+attended)(?:\s+(?:at|in))?|(?:[Kk]eynote\s+)?(?:Speakers|Participants|Guests|Attendees)\s+(?:at|in)|"
    rf"{_GIVES}\s+(?:(?:a|an|the|his|her)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:speech|address|remarks)\s+(?:at|to)|{_SPOKE}\s+(?:at|to)|{_SAID_AT}|"
    r"co-hosted|hosted|held|opened|inaugurated|"
    r"presided over|chaired|co-chair(?:ed|s|ing)?|organi[sz]ed|participat(?:e|es|ing) in)"
    r"\s+(?:and\s+\w+\s+)?(?:here\s+)?"
    r"(?:today\s+|yesterday\s+)?"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?"
)

_GATHERING_TAIL = re.compile(
    r"\s+(?:on|marking|celebrating|commemorating|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:the\s+)?(?:(?!that\b)[\w’' -]){2,100}?"
    r"(?=\s+(?:in|at|on|held|hosted|organi[sz]ed|by|with|via|and)\b|[,.;]|$)"
)

# "represented by X at the dialogue": where the gathering's name starts, and who attends it (between the two).
REPRESENTED_AT = re.compile(r"represented\s+by\s+[^;.]*?\s+at\s+(?:(?:a|an|the)\s+)?")
_OF_ORGANIZATION = re.compile(r"\s+of\s+(?:the\s+)?")

VIRTUAL = CuedPattern(
    r"\b(?:via|by|through|over) (?:a |the )?(?:video(?: link| conference| call)?|videoconference|phone|telephone)\b|"
    r"\b(?:video|phone|telephone) (?:call|conversation|talks|meeting|conference)|\bvideoconference|"
    rf"\b(?:virtual|online) (?:meeting|talks|conversation|exchange|session|{LOWER_GATHERING_NOUNS})|"
    r"\bvirtually\b(?!\s+(?:all|every|no|none|any|each)\b)|"
    r"\b(?:in|at|joined|attended|addressed) (?:the|a|an) (?:[\w-]+ ){0,3}?"
    r"[Ww]ebinars?\b",
    ("video", "phone", "virtual", "online", "ebinar"),
)
# "attended the congress a day after an online plenum": the virtual word names another gathering, the one before or
# after the event, not the event itself.
_OTHER_TIME = re.compile(r"\b(?:after|before|following|ahead\s+of|since)\s+(?:an?|the|its|their|his|her)\s+$")


def held_virtually(clause: str) -> bool:
    """Whether the clause's event is held by video link or telephone (a virtual word of no other gathering's)."""
    return any(not _OTHER_TIME.search(clause, max(0, m.start() - 30), m.start()) for m in VIRTUAL.finditer(clause))


def find_trigger(clause: str) -> tuple[str, re.Match] | None:
    """The first match of the first kind in _TRIGGER_WORDS with a match in the clause, as
    (kind, match), or None. A hit is the first match of its kind, and no earlier-listed kind
    matches at or before it, so only those kinds can still win, and only further on: look
    there, until none does. A gathering told on the side yields to the clause's own act: a fronted
    "Speaking at the forum, X ..." to what X himself did ("..., X said he had held talks with Y",
    not "X said the visit of Y ..."), and ", which attended a workshop," to the verb after it."""
    found = _first_trigger(clause, 0)
    if found and found[0] == "founding" and (
            _TIES_BEFORE.search(clause, max(0, found[1].start() - 60), found[1].start())
            or _TIES_AFTER.match(clause, found[1].end())):
        # "..., said that close contacts have been established between the two parties": ties founded no body, and
        # the clause's other trigger ("Speaking at the conference, X said ...") is read
        at, end = found[1].span()
        return find_trigger(clause[:at] + " " * (end - at) + clause[end:])
    while found and found[0] == "summit" and (
            found[1].group(0).startswith("attend ") and found[1].start() > 0
            and not _PLANNER_NAMED.search(clause, 0, found[1].start())
            or _SAID_AT_RE.match(found[1].group(0)) and (_SAYS.search(clause, 0, found[1].start()) or
                                                       _ATTRIBUTED.search(clause, found[1].end()))):
        # "X said Kenyan officials will attend", "X recalled that Xi stressed at the summit ...", "..., X said":
        # another's attendance told by the subject, not his own
        found = _first_trigger(clause, found[1].end())
    if not found or found[0] != "summit":
        return found
    aside = _FRONTED_SPEECH.match(clause) or next(
        (m for m in _ASIDE.finditer(clause) if m.start() <= found[1].start() < m.end()), None)
    if found[1].group(0).startswith("attending") and (met := _ANY_TRIGGER.search(clause, 0, found[1].start())) \
            and met.lastgroup == "meeting":
        return "meeting", met  # "met with cadres attending a workshop": the cadres attend, the subject meets them
    if aside is None or found[1].start() >= aside.end():
        return found
    later = _first_trigger(clause, aside.end())
    if later is None or later[0] == "summit" or aside.re is _FRONTED_SPEECH and not _speakers_act(
            clause[aside.end():later[1].start()]):
        return found
    return later


def _speakers_act(gap: str) -> bool:
    """The words between a fronted speech's comma and a trigger leave the act the speaker's: no verb
    of saying ("X met Y"), or one followed by the speaker acting ("X said he had held talks")."""
    return not _SAYS.search(gap) or bool(_SPEAKER_ACTS.search(gap))


def _first_trigger(clause: str, at: int) -> tuple[str, re.Match] | None:
    best = _ANY_TRIGGER.search(clause, at)
    if not best:
        return None
    # Every alternative is one kind's named group, so a match's last group is its kind.
    while rank := _KIND_RANK[best.lastgroup or ""]:
        better = _EARLIER_TRIGGER[rank].search(clause, best.start() + 1)
        if not better:
            break
        best = better
    if best.group(0) == "opened" and (opening := _GATHERING_OPENED.search(clause)) and opening.end() == best.end():
        return "summit", opening
    return best.lastgroup or "", best


def gathering(text: str, view: SentenceView, trigger_at: int, trigger_end: int, end: int):
    """The gathering a summit clause names, and the body whose gathering it is: "attended the 11th
    Congress of the Communist Party of Cuba" -> ("11th Congress of the Communist Party of Cuba",
    the party); "the CPC and World Political Parties Summit was held" -> the summit's mention."""
    named = next((m for m in view.mentions if m.kind == "organization" and m.start <= trigger_at < m.end), None)
    if named:
        return named, None
    nouns = list(_GATHERING_NOUN.finditer(text, trigger_at, trigger_end))
    if not nouns:
        return None, None
    verb = _GATHERING_VERB.match(text, trigger_at) or REPRESENTED_AT.match(text, trigger_at)
    phrase_start, phrase_end = (verb.end() if verb else trigger_at), nouns[-1].end()
    owner = _OF_ORGANIZATION.match(text, phrase_end, end)
    orgs = view.in_span(phrase_start, end, "organization")
    body = next((m for m in orgs if owner and m.start == owner.end()), None)
    if body:
        phrase_end = body.end
    else:
        body = next((m for m in orgs if m.end <= phrase_end), None)
        if tail := _GATHERING_TAIL.match(text, phrase_end, end):  # "a seminar on party governance"
            phrase_end = tail.end()
    return text[phrase_start:phrase_end], body
