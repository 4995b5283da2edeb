"""The posts and nouns English copy writes around a person's name (moved out of `names.py`): forms of address and
titles before a name, posts "of" a body before one, nouns in apposition after one, and verbs whose subject is a
person."""

# The forms of address copy writes right before a name ("Mr. Kaboré", "Dr Wee"); each list of honorifics elsewhere
# is these and its own ("H.E.", "Prof", "Hon", a rank).
COURTESY = "Mr|Mrs|Ms|Dr"
# ... one of them, maybe in an editor's brackets ("[Mr]. Liu"), and its space, or nothing.
ADDRESSED = rf"(?:\[?(?:{COURTESY})\]?\.? )?"

PRE_TITLES = (
    f"{COURTESY}|"
    "President|Vice President|Vice-President|Chairperson|Vice Chairman|Vice-Chairman|Vice Chairperson|"
    "Vice-Chairperson|Deputy Chairman|Deputy Chairperson|PM|DPM|"
    "Premier|Vice Premier|Prime Minister|Foreign Minister|Minister|"
    "Deputy Minister|Vice Minister|Vice Foreign Minister|Secretary of State|Secretary|Undersecretary|Under-Secretary|"
    "Ambassador|Chancellor|Governor|Vice Governor|Mayor|Senator|Congressman|Congresswoman|Chairman|Chairwoman|Chair|"
    "General Secretary|Secretary-General|Secretary General|Director|Director-General|Spokesperson|Spokesman|"
    "Amb|Professor|Prof|King|Queen|Prince|Princess|Lord|Sheikh|Speaker|Comrade|Councillor|Commissioner|"
    "Leader|Convener|Convenor|convener|HE|His Majesty|Her Majesty|His Holiness|His Royal Highness|Sayyid|Sayyida|"
    "H.E|Excellency|Samdech|Hon|Honourable|Honorable|"
    "Tan Sri|Datuk Seri|Dato Seri|Dato' Seri|Dato’ Seri|Dato' Sri|Dato’ Sri|Datuk Sri|Dato Sri|Datuk|Dato'|Dato’|"
    "Madam|Madame|"
    "scholar|analyst|researcher|diplomat|politician|journalist|expert|economist|professor|activist|lawmaker|"
    "envoy|ambassador|minister|spokesperson|spokesman|official|leader|author|historian|sinologist|"
    # Party posts in lower case, after an organisation or a possessive: "ANC chairman Gwede Mantashe",
    # "the party's president Julius Malema", "deputy head Li Jinjun", "Politburo member Le Hoai Trung".
    "chairman|chairwoman|chairperson|president|secretary-general|secretary general|general secretary|secretary|head|"
    "member|MP|Senior General|governor|mayor|senator|"
    "director|director-general|counterpart|premier|prime minister|foreign minister|chief|chair|co-chair|commissar|"
    "speaker|Cde|Cdes|adviser|advisor|aide"
)
# "President of Laos Thongloun Sisoulith", "Chairman of the CPV Central Committee's Commission for
# External Relations Le Hoai Trung": a post, its organisation, then the name where the capitals end.
TITLES_OF = (
    "chairman|chairwoman|chairperson|president|head|deputy head|secretary|general secretary|leader|speaker|"
    "President|Vice President|Chairman|Chairwoman|Chairperson|Vice Chairman|General Secretary|Secretary[- ]General|"
    "Secretary|Head|Deputy Head|Director|Deputy Director|Director-General|Minister|Deputy Minister|Vice Minister|"
    "Member|Standing Member|Chief|Leader|Prime Minister|Ambassador Extraordinary and Plenipotentiary|Ambassador|"
    "Speaker|Mayor|Governor"
)
# The portfolio a post names, which a run of capitals may hand over to the name after it:
# "Minister of External Affairs G.L. Peiris", "Secretary Defence Gotabaya Rajapaksa".
PORTFOLIOS = frozenset(
    """Affairs Relations Defence Defense Development Security Trade Cooperation Minorities Mines Environment Tourism
    Culture Education Information Finance Economy Commerce Justice Health Agriculture Ideology Publicity Training
    Propaganda Youth Legal External Internal Interior Energy Transport Industry Labour Labor Planning Control
    Disciplinary Discipline Inspection Supervision Reform Work Construction Liaison Audit Statistics Customs Veterans
    Rights Protection Resources Science Technology Communications Media Sports Welfare Housing Fisheries Forestry Lands
    Petroleum Mining Policy Policies Integration Regional Faction Caucus Bloc Board Representatives Deputies
    Broadcasting Mobilisation Mobilization Investment Gender Heritage Arts Water Irrigation Telecommunications
    Aviation Infrastructure Employment""".split()
)
# Several names after a post or a plural of one: "Maoist leaders A B, C D and E F", "Cdes A B
# (National Commissar), C D (Youth secretary) ...". A role in brackets may follow each name.
PLURAL_POSTS = (
    "leaders|members|officials|ministers|secretaries|lawmakers|delegates|Cdes|comrades|Comrades|Presidents|"
    "Prime Ministers|Ministers|Leaders|Secretaries|Senators|senators|congressmen"
)
PERSON_NOUNS = (
    "head|director|deputy|chief|boss|secretary|governor|minister|ambassador|envoy|spokesperson|spokesman|"
    "president|chairman|chairwoman|premier|leader|official|researcher|scholar|expert|analyst|professor|"
    "founder|member|diplomat|politician|journalist|watcher|veteran|editor|author|lawmaker|senator|mayor|"
    "undersecretary|commissioner|consul|economist|historian|adviser|advisor|fellow|correspondent|"
    "vice-\\w+|dean|general|officer|representative|counsellor|councillor|chief executive|manager|student|"
    "chairperson|chair|coordinator|delegate|envoy|candidate|aide|ally|confidant|loyalist|speaker"
)
# Posts as agency copy from Hanoi, Vientiane or Phnom Penh capitalises them after a name:
# "Soonthorn Xayachak, Secretary of the LPRP Central Committee"; followed by "of", "and" or a comma.
CAPITAL_POSTS = (
    "Secretary|Member|Chairman|Chairwoman|Chairperson|President|Head|Director|Director-General|Minister|"
    "General Secretary|Secretary[- ]General|Ambassador|Governor|Chief Justice|Chief Minister|Chief|Leader|Speaker|"
    "Prime Minister|Commander|Cabinet Member|Cabinet Minister|Attorney[- ]General|Senior Advisor|Senior Adviser|"
    "Advisor|Adviser"
)
# Verbs whose subject is a person; what a report's bodies do ("the Party praised") leaves no
# name once its words are dropped.
SPEECH_VERBS = (
    "said|says|told|noted|added|wrote|argued|stressed|warned|explained|emphasized|emphasised|highlighted|praised|"
    "underlined|underscored|reiterated|thanked|congratulated|urged|hailed|lauded|affirmed|conveyed|pledged|vowed"
)
# The last word of a body's name after a post "of" it, never a person's first name: "Speaker of the Jogorku Kenesh
# Name", "Secretary-General of the Democratic Rally Name" (legislatures named in their own language, "Rally").
BODY_LAST_WORDS = (
    "Rally|Kenesh|Khural|Hural|Majlis|Mejlis|Duma|Rada|Sejm|Knesset|Jirga|Skupstina|Sabor|Seimas|Saeima|Storting|"
    "Riksdag|Althing|Folketing|Eduskunta|Oireachtas|Shura|Sobranie|Oliy|Jatiya|Sangsad|Pyithu|Hluttaw|"
    "Prefecture|Province|Municipality|County"  # "Governor of Nagano Prefecture | Kenji Hattori"
)
