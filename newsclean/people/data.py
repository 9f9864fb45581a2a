"""Knowledge tables for quotes and officials: offices, portfolios, demonyms, countries,
organisations, reporting verbs and pronouns.

Nothing here names a real person: people are found in the text itself. Each table is
plain data; the patterns built from them live in the modules that read them
(``names``, ``offices``, ``affiliation``, ``cues``). The sets at the end are the same
tables as the stage looks them up (lower-cased, merged, word by word).
"""
from __future__ import annotations

# --- offices ---------------------------------------------------------------------------
# How sure an office is to make its holder an official:
#   "gov"   always (a senator, a mayor, a foreign minister);
#   "ambig" unless the affiliation is something we do not know to be public (a company's
#           president or chairman is not an official, the country's president is);
#   "ctx"   only with a public affiliation ("FBI Director", "State Department spokesman").
OFFICES: dict[str, str] = {
    # heads of state and government
    "president": "ambig", "vice president": "ambig", "vice-president": "ambig",
    "president-elect": "gov", "vice president-elect": "gov",
    "prime minister": "gov", "deputy prime minister": "gov", "premier": "gov",
    "chancellor": "ambig", "vice chancellor": "ambig", "king": "gov", "queen": "gov",
    "crown prince": "gov", "emir": "gov", "sultan": "gov", "supreme leader": "gov",
    "head of state": "gov", "head of government": "gov", "taoiseach": "gov",
    # ministers and secretaries
    "minister": "gov", "cabinet minister": "gov", "deputy minister": "gov",
    "junior minister": "gov", "state minister": "gov", "minister of state": "gov",
    "secretary": "ambig", "cabinet secretary": "gov", "secretary of state": "gov",
    "undersecretary": "gov", "under secretary": "gov", "assistant secretary": "gov",
    "deputy secretary": "gov", "permanent secretary": "gov", "press secretary": "ctx",
    "secretary-general": "gov", "secretary general": "gov",
    "high representative": "gov", "high commissioner": "gov", "commissioner": "ambig",
    "chief of staff": "ctx", "national security adviser": "gov",
    "national security advisor": "gov", "attorney general": "gov", "attorney-general": "gov",
    "solicitor general": "gov", "surgeon general": "gov", "postmaster general": "gov",
    "inspector general": "ctx", "comptroller": "ctx", "treasurer": "ctx",
    # legislators
    "senator": "gov", "sen.": "gov", "state senator": "gov", "representative": "gov",
    "rep.": "gov", "state representative": "gov", "congressman": "gov",
    "congresswoman": "gov", "congressmember": "gov", "lawmaker": "gov", "legislator": "gov",
    "assemblyman": "gov", "assemblywoman": "gov", "assembly member": "gov",
    "member of parliament": "gov", "mp": "gov", "mep": "gov", "speaker": "ambig",
    "house speaker": "gov", "majority leader": "gov", "minority leader": "gov",
    "majority whip": "gov", "minority whip": "gov", "whip": "ctx",
    "opposition leader": "gov", "party leader": "ctx", "leader": "ctx",
    "councilman": "gov", "councilwoman": "gov", "councillor": "gov", "councilor": "gov",
    "council member": "gov", "alderman": "gov", "delegate": "ctx",
    # regional and local
    "governor": "gov", "gov.": "gov", "lieutenant governor": "gov", "lt. gov.": "gov",
    "mayor": "gov", "deputy mayor": "gov", "county executive": "gov",
    "county commissioner": "gov", "sheriff": "gov", "police chief": "gov",
    "chief of police": "gov", "police commissioner": "gov", "chief constable": "gov",
    "police and crime commissioner": "gov",
    "superintendent": "ctx", "supt.": "ctx", "fire chief": "gov",
    # justice
    "chief justice": "gov", "justice": "ctx", "judge": "gov", "magistrate": "gov",
    "prosecutor": "gov", "chief prosecutor": "gov", "public prosecutor": "gov",
    "district attorney": "gov", "state attorney": "gov", "attorney": "ctx",
    "u.s. attorney": "gov", "us attorney": "gov", "united states attorney": "gov",
    "u.s. attorney general": "gov", "u.s. attorney-general": "gov", "us attorney general": "gov",
    "crown prosecutor": "gov",
    # diplomats
    "ambassador": "gov", "amb.": "gov", "envoy": "gov", "special envoy": "gov",
    "consul": "gov", "consul general": "gov", "diplomat": "ctx", "top diplomat": "gov",
    "chief diplomat": "gov", "foreign policy chief": "gov",
    # military
    "general": "gov", "gen.": "gov", "lieutenant general": "gov", "lt. gen.": "gov",
    "major general": "gov", "maj. gen.": "gov", "brigadier general": "gov",
    "brig. gen.": "gov", "admiral": "gov", "adm.": "gov", "vice admiral": "gov",
    "vice adm.": "gov", "rear admiral": "gov", "rear adm.": "gov", "colonel": "gov",
    "col.": "gov", "lieutenant colonel": "gov", "lt. col.": "gov", "commander": "ctx",
    "captain": "ctx", "capt.": "ctx", "lieutenant": "ctx", "lt.": "ctx", "major": "ctx",
    "maj.": "ctx", "sergeant": "ctx", "sgt.": "ctx", "army chief": "gov",
    "military chief": "gov", "defense chief": "gov",
    "defence chief": "gov", "chief of the general staff": "gov", "chief of defence": "gov",
    "field marshal": "gov", "air marshal": "gov",
    # heads of agencies and spokespeople
    "director": "ctx", "director general": "ctx", "director-general": "ctx",
    "administrator": "ctx", "chairman": "ambig", "chairwoman": "ambig",
    "chairperson": "ambig", "chair": "ctx", "head": "ctx", "chief": "ctx",
    "spokesman": "ctx", "spokeswoman": "ctx", "spokesperson": "ctx",
    "official": "ctx", "senior official": "ctx", "envoy to": "gov",
    "ombudsman": "gov", "regulator": "ctx", "central bank governor": "gov",
    # offices that say the holder is not an official (matched first, being longer)
    "bureau chief": "no", "editor-in-chief": "no", "chief executive": "no",
    "chief executive officer": "no", "chief operating officer": "no",
    "chief financial officer": "no", "chief economist": "no", "chief correspondent": "no",
    "chief strategist": "no", "chief investment officer": "no", "chief technology officer": "no",
    "defense attorney": "no", "defence attorney": "no", "general counsel": "no",
    "general manager": "no", "head coach": "no", "head teacher": "no",
    "prince": "no", "princess": "no",
}

# Abbreviated offices written out in full in the title ("Sen." → "Senator").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General",
    "lt.": "Lieutenant", "col.": "Colonel", "adm.": "Admiral", "maj.": "Major",
    "brig.": "Brigadier", "amb.": "Ambassador", "supt.": "Superintendent",
    "atty.": "Attorney", "capt.": "Captain", "sgt.": "Sergeant",
}

# Plural offices that put a list of names under one title ("GOP Sens. A of X, B of Y and
# C of Z", "state Reps. A and B"): each name holds the office, written in the singular.
PLURAL_OFFICES: dict[str, str] = {
    "Sens.": "Senator", "Senators": "Senator", "Reps.": "Representative", "Representatives": "Representative",
    "Govs.": "Governor", "Governors": "Governor", "Congressmen": "Congressman", "Congresswomen": "Congresswoman",
    "Mayors": "Mayor", "Councilmembers": "Council member", "Assemblymen": "Assemblyman",
}

# Words that may stand before an office ("deputy foreign minister", "former senator").
OFFICE_MODIFIERS: tuple[str, ...] = (
    "former", "ex-", "then-", "acting", "interim", "deputy", "assistant", "associate",
    "senior", "outgoing", "incoming", "newly elected", "newly appointed", "current",
    "longtime", "veteran", "first", "executive", "principal", "joint", "top",
)

# Portfolios: "Foreign Minister", "Minister of Foreign Affairs", "Secretary of State",
# "Defense Secretary", "Finance Ministry".
PORTFOLIOS: tuple[str, ...] = (
    "foreign", "foreign affairs", "external affairs", "home", "home affairs", "interior",
    "internal affairs", "defense", "defence", "national defense", "national defence",
    "finance", "treasury", "economy", "economic affairs", "economic development",
    "trade", "foreign trade", "commerce", "industry", "justice", "health", "public health",
    "education", "higher education", "labor", "labour", "employment", "energy",
    "agriculture", "environment", "climate", "transport", "transportation",
    "infrastructure", "housing", "culture", "tourism",
    "information", "immigration", "security", "homeland security", "public security",
    "state", "veterans affairs", "social affairs", "social security", "welfare",
    "science", "technology", "digital", "research", "sport", "sports", "youth",
    "women", "family", "children", "development", "international development",
    "foreign and commonwealth affairs", "european affairs", "brexit", "the interior",
    "the treasury", "the navy", "the army", "the air force", "war", "planning",
    "fisheries", "mines", "mining", "oil", "petroleum", "water", "land", "lands",
    "natural resources", "public works", "local government", "regional development",
    "public safety", "police", "policing", "emergency", "budget", "revenue", "taxation", "the economy",
    "health and human services", "housing and urban development", "legal affairs",
    "foreign affairs and trade", "trade and industry", "culture and tourism",
    "information and broadcasting", "home and foreign affairs", "religious affairs",
)

# Last words of portfolios not in the table above ("Minister of Intergovernmental
# Affairs", "Minister for Fisheries and Oceans").
PORTFOLIO_ENDINGS: tuple[str, ...] = (
    "affairs", "development", "relations", "resources", "services", "protection",
    "cooperation", "oceans", "forestry", "heritage", "innovation", "reform", "integration",
    "equality", "industries", "trade", "commerce", "investment", "enterprise", "arts",
    "training", "aviation", "shipping", "railways", "telecommunications", "statistics",
)

# Offices that take a portfolio ("Foreign Minister", "Minister of Health").
PORTFOLIO_OFFICES: tuple[str, ...] = (
    "minister", "secretary", "ministry", "department", "chief", "commissioner", "adviser",
    "advisor", "czar", "tsar", "envoy",
)

# --- places and peoples ----------------------------------------------------------------
# country -> demonyms and other ways of writing it
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Angola": ("Angolan",), "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",), "Australia": ("Australian",), "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani", "Azeri"), "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",), "Belarus": ("Belarusian",), "Belgium": ("Belgian",),
    "Bolivia": ("Bolivian",), "Bosnia": ("Bosnian",), "Brazil": ("Brazilian",),
    "Bulgaria": ("Bulgarian",), "Burkina Faso": ("Burkinabe",), "Cambodia": ("Cambodian",),
    "Cameroon": ("Cameroonian",), "Canada": ("Canadian",), "Chad": ("Chadian",),
    "Chile": ("Chilean",), "China": ("Chinese",), "Colombia": ("Colombian",),
    "Congo": ("Congolese",), "Costa Rica": ("Costa Rican",), "Croatia": ("Croatian",),
    "Cuba": ("Cuban",), "Cyprus": ("Cypriot",), "Czech Republic": ("Czech",),
    "Denmark": ("Danish",), "Dominican Republic": ("Dominican",), "Ecuador": ("Ecuadorian",),
    "Egypt": ("Egyptian",), "El Salvador": ("Salvadoran",), "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",), "Finland": ("Finnish",), "France": ("French",),
    "Georgia": ("Georgian",), "Germany": ("German",), "Ghana": ("Ghanaian",),
    "Greece": ("Greek",), "Guatemala": ("Guatemalan",), "Haiti": ("Haitian",),
    "Honduras": ("Honduran",), "Hungary": ("Hungarian",), "Iceland": ("Icelandic",),
    "India": ("Indian",), "Indonesia": ("Indonesian",), "Iran": ("Iranian",),
    "Iraq": ("Iraqi",), "Ireland": ("Irish",), "Israel": ("Israeli",), "Italy": ("Italian",),
    "Ivory Coast": ("Ivorian",), "Jamaica": ("Jamaican",), "Japan": ("Japanese",),
    "Jordan": ("Jordanian",), "Kazakhstan": ("Kazakh",), "Kenya": ("Kenyan",),
    "Kosovo": ("Kosovar",), "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",),
    "Laos": ("Lao", "Laotian"), "Latvia": ("Latvian",), "Lebanon": ("Lebanese",),
    "Libya": ("Libyan",), "Lithuania": ("Lithuanian",), "Luxembourg": ("Luxembourgish",),
    "Malaysia": ("Malaysian",), "Mali": ("Malian",), "Malta": ("Maltese",),
    "Mexico": ("Mexican",), "Moldova": ("Moldovan",), "Mongolia": ("Mongolian",),
    "Montenegro": ("Montenegrin",), "Morocco": ("Moroccan",), "Mozambique": ("Mozambican",),
    "Myanmar": ("Burmese", "Burma"), "Nepal": ("Nepali", "Nepalese"),
    "Netherlands": ("Dutch", "Holland"), "New Zealand": ("New Zealander",),
    "Nicaragua": ("Nicaraguan",), "Niger": ("Nigerien",), "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean", "DPRK", "Pyongyang"),
    "North Macedonia": ("Macedonian",), "Norway": ("Norwegian",), "Oman": ("Omani",),
    "Pakistan": ("Pakistani",), "Palestine": ("Palestinian",), "Panama": ("Panamanian",),
    "Paraguay": ("Paraguayan",), "Peru": ("Peruvian",), "Philippines": ("Philippine", "Filipino"),
    "Poland": ("Polish",), "Portugal": ("Portuguese",), "Qatar": ("Qatari",),
    "Romania": ("Romanian",), "Russia": ("Russian", "Kremlin", "Moscow"),
    "Rwanda": ("Rwandan",), "Saudi Arabia": ("Saudi",), "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",), "Singapore": ("Singaporean",), "Slovakia": ("Slovak",),
    "Slovenia": ("Slovenian",), "Somalia": ("Somali",), "South Africa": ("South African",),
    "South Korea": ("South Korean", "Korean", "Seoul"), "South Sudan": ("South Sudanese",),
    "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",), "Sudan": ("Sudanese",),
    "Sweden": ("Swedish",), "Switzerland": ("Swiss",), "Syria": ("Syrian",),
    "Taiwan": ("Taiwanese", "Taipei"), "Tajikistan": ("Tajik",), "Tanzania": ("Tanzanian",),
    "Thailand": ("Thai",), "Tunisia": ("Tunisian",), "Turkey": ("Turkish", "Türkiye"),
    "Turkmenistan": ("Turkmen",), "Uganda": ("Ugandan",), "Ukraine": ("Ukrainian", "Kyiv", "Kiev"),
    "United Arab Emirates": ("Emirati", "UAE"),
    "United Kingdom": ("British", "Britain", "UK", "U.K.", "Great Britain", "English",
                       "Scottish", "Welsh", "England", "Scotland", "Wales"),
    "United States": ("American", "U.S.", "US", "USA", "U.S.A.", "America", "Washington"),
    "Uruguay": ("Uruguayan",), "Uzbekistan": ("Uzbek",), "Venezuela": ("Venezuelan",),
    "Vietnam": ("Vietnamese",), "Yemen": ("Yemeni",), "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",), "European Union": ("EU", "E.U.", "European"),
    "Vatican": ("Holy See",),
}

# US states and their AP abbreviations ("Sen. Ruth Calloway, D-Ore.").
US_STATES: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"), "Alaska": ("AK",), "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"), "California": ("Calif.", "CA"), "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"), "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"),
    "Hawaii": ("HI",), "Idaho": ("ID",), "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"), "Iowa": ("IA",), "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"), "Louisiana": ("La.", "LA"), "Maine": ("ME",),
    "Maryland": ("Md.", "MD"), "Massachusetts": ("Mass.", "MA"), "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"), "Mississippi": ("Miss.", "MS"), "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"), "Nebraska": ("Neb.", "NE"), "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"), "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"), "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"), "Ohio": ("OH",),
    "Oklahoma": ("Okla.", "OK"), "Oregon": ("Ore.", "OR"), "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"), "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"), "Tennessee": ("Tenn.", "TN"), "Texas": ("TX",),
    "Utah": ("UT",), "Vermont": ("Vt.", "VT"), "Virginia": ("Va.", "VA"),
    "Washington State": ("Wash.", "WA"), "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"), "Wyoming": ("Wyo.", "WY"),
}

# Words of place names above that are also given names or surnames ("Jordan Peele").
PLACES_THAT_ARE_NAMES: frozenset[str] = frozenset({
    "Jordan", "Chad", "Georgia", "Israel", "Kenya", "Victoria", "Florence", "Austin",
    "Lincoln", "Salvador", "Costa", "Lanka", "Faso", "Washington", "Virginia", "Carolina",
    "Dakota", "Jersey", "Indiana", "Montana", "Nevada", "Niger",
})

# Office words that are surnames as well ("Martin Luther King Jr.", "John Major").
OFFICE_WORDS_THAT_ARE_SURNAMES: frozenset[str] = frozenset({
    "King", "Major", "Judge", "Dean", "Bishop", "Prince", "Marshal", "Sheriff", "Chancellor",
    "Banks", "Bank", "Trade", "Health", "Justice",
})

PARTY_LETTERS: dict[str, str] = {"D": "Democrat", "R": "Republican", "I": "Independent"}

# Adjectives for parties and blocs that may stand before an office ("Republican Senator").
PARTIES: tuple[str, ...] = (
    "Democratic", "Democrat", "Republican", "GOP", "Labour", "Labor", "Conservative",
    "Tory", "Liberal", "Liberal Democrat", "Green", "Socialist", "Communist",
    "Social Democrat", "Christian Democrat", "Independent", "Progressive",
)

# Public bodies: an office held in one of these is a public office.
PUBLIC_BODIES: tuple[str, ...] = (
    "White House", "State Department", "Pentagon", "Kremlin", "Congress", "Senate",
    "House", "House of Representatives", "House of Commons", "House of Lords",
    "Parliament", "National Assembly", "Assembly", "Cabinet", "Downing Street",
    "Foreign Office", "Home Office", "Foreign Ministry", "Defense Ministry",
    "Defence Ministry", "Interior Ministry", "Finance Ministry", "Justice Ministry",
    "Health Ministry", "Justice Department", "Defense Department", "Treasury",
    "Treasury Department", "Homeland Security", "Department of Homeland Security",
    "Department of Justice", "Department of Defense", "Department of State",
    "FBI", "CIA", "NSA", "DHS", "DOJ", "EPA", "FDA", "CDC", "NIH", "NASA", "IRS", "ICE",
    "FEMA", "DEA", "ATF", "SEC", "FCC", "FTC", "Fed", "Federal Reserve", "ECB",
    "European Central Bank", "Bank of England", "Bank of Japan", "central bank",
    "NATO", "UN", "U.N.", "United Nations", "Security Council", "UN Security Council",
    "European Commission", "European Parliament", "European Council", "WHO",
    "World Health Organization", "IMF", "International Monetary Fund", "World Bank",
    "WTO", "OPEC", "African Union", "ASEAN", "Interpol", "Europol", "IAEA",
    "Supreme Court", "police", "Police", "Police Department", "Army", "Navy",
    "Air Force", "Marine Corps", "Coast Guard", "National Guard", "military",
    "Joint Chiefs", "Joint Chiefs of Staff", "Secret Service", "Border Patrol",
    "Ministry of Defence", "Ministry of Defense", "Ministry of Foreign Affairs",
    "Foreign Affairs Ministry", "government", "Government", "city", "City", "county",
    "County", "state", "State", "federal", "Federal", "administration", "Administration",
    "Trump administration", "Biden administration", "Obama administration",
    "Senate Foreign Relations Committee", "Senate Armed Services Committee",
    "House Intelligence Committee", "Senate Intelligence Committee",
    "Intelligence Committee", "Judiciary Committee", "committee", "Committee",
)

# Words that make any body holding an office a public one ("the Ostmark foreign ministry").
PUBLIC_WORDS: frozenset[str] = frozenset("""
ministry ministries department embassy consulate government parliament congress senate
police army navy military cabinet presidency directorate administration legislature
court agency house commission
""".split())

# Capitalised words that make a run of capitals an organisation or a place, not a person.
NON_PERSON_WORDS: frozenset[str] = frozenset("""
Department Ministry Agency Administration Office Bureau Council Committee Commission
Assembly Parliament Congress Senate House Court Party Union Association Organization
Organisation Institute University College School Academy Foundation Fund Bank Group
Company Corporation Corp Inc Ltd LLC Co Motors Airlines Airways Electric Energy Systems
Technologies News Times Post Journal Press Herald Tribune Daily Weekly Magazine Network
Channel Radio Television TV Street Avenue Road Square Park River Lake Mountain Island
Islands Sea Ocean Bay Gulf Coast Valley County City State States Province Region
Republic Kingdom Federation Emirates Nations Forces Army Navy Force Guard Corps Police
Service Services Center Centre Hospital Church Mosque Temple Stadium Airport Station
Hall Tower Building Palace Museum Library Club League Cup Championship Games Olympics
Bridge Tunnel Highway Freeway Border Crossing Port Harbour Harbor Canal Dam
Theatre Theater Cinema Gallery Opera Orchestra Band Records Books Press Studio Zoo
Act Law Agreement Treaty Accord Deal Plan Initiative Program Programme Project
Summit Conference Forum Festival Awards Award Prize Day Week War Revolution Movement
Campaign Coalition Alliance Front Brigade Battalion Division Command Affairs Security
Reserve Exchange Market Markets Index Capital Partners Holdings Trust Authority
Authorities Board Chamber Society Institution Centre Times Show Series Project
Facebook Twitter Google Amazon Apple Microsoft YouTube Instagram Reuters AP AFP CNN BBC
Fox NBC CBS ABC MSNBC NPR Bloomberg Politico Internet Web Online Media Studios
Democrats Republicans Democrat Republican GOP Labour Tories Conservatives Liberals
Christmas Easter Ramadan Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec North South East West Northern Southern
Eastern Western Central Middle Upper Lower Greater New Old Saint St Mount Fort Lake
Racing Motorsports Speedway Raceway Trading Publishing Publishers Supply Industries
Enterprises Entertainment Solutions Software Laboratories Labs Ventures Brands Foods
Insurance Telecom Communications Pharmaceuticals Logistics Consulting Productions
""".split())

# Capitalised words that start sentences or headings and are not names.
NOT_NAME_WORDS: frozenset[str] = frozenset("""
The A An This That These Those It Its In On At By For From With Without Of To And Or But
If When While After Before Since As Because Although Though Yet So Then There Here Where
What Who Whom Whose Which Why How He She They We You I Our Their His Her My Your Mr Mrs
Ms Dr Sir Dame Lord Lady Prof Rev Madam Miss Mister Honorable Honourable Hon Sheikh Sheikha
Ayatollah Also Meanwhile However Still Even
Under Over Into Onto Upon About Above Below Between Among Against During Through Across
Despite Within Around Along Like Unlike Some Many Most All Both Each Every Any No Not
Now Today Tonight Yesterday Tomorrow Last Next First Second Third Former Late Earlier
Later Soon Once Only Just More Much Few Several Other Another Such Said Says According
Read Watch See Click Share Follow Subscribe Related Advertisement Photo Image Video
Source Sources Update Updated Breaking Exclusive Opinion Analysis Editorial Comment
Comments Reporting Writing Editing Additional Thank Thanks Please Yes Oh Well Let Do Does
Did Is Are Was Were Be Been Has Have Had Will Would Could Should May Might Must Can
Federal National International Global Local Regional Public Private Royal Supreme
Chief Deputy Acting Interim Senior Junior Top Vice Executive Foreign Prime Minister
President Secretary Senator Governor Mayor Ambassador General Admiral Colonel Judge
Justice Speaker Leader Director Chairman Chairwoman Commissioner Officer Sergeant
Captain Lieutenant Major Corporal Private Representative Congressman Congresswoman
Sen Rep Gov Gen Lt Col Adm Sgt Capt Maj Cpl Amb Supt Atty Pres Sec
God Jesus Allah Christ Lord
Islamic Muslim Christian Jewish Catholic Protestant Orthodox Sunni Shia Shiite Hindu
Buddhist Asian African European Latino Hispanic Arab Western Eastern
Covid COVID Coronavirus Internet
Author Writer Journalist Reporter Columnist Editor Professor Analyst Lawyer Attorney Actor
Actress Singer Rapper Star Coach Player Doctor Nurse Pastor Bishop Pope Cardinal Rabbi Imam
Founder Owner Chef Artist Agent Officer Trooper Deputy Producer Host Anchor Comedian Activist Candidate Nominee Live
Instead Moreover Indeed Nevertheless Nonetheless Besides Otherwise Perhaps Finally
Ultimately Eventually Initially Previously Currently Recently Already Again Together Thus
Hence Therefore Furthermore Additionally Similarly Likewise Overall Nearly Almost Only
Sadly Luckily Unfortunately Fortunately Clearly Obviously Apparently Interestingly Notably
Why Whether Every Neither Either Nor None Nothing Someone Everyone Anyone Nobody
One Two Three Watch Listen Breaking Trending Sponsored Featured Top Latest Popular
""".split())

# Words that tell whether a person is a man or a woman, so that "she said" does not go
# to a man named just before ("Mr. Brandt", "Congresswoman Ortiz", "a spokeswoman").
GENDERED_WORDS: dict[str, str] = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m", "father": "m",
    "sheikh": "m", "king": "m", "prince": "m", "emir": "m", "sultan": "m",
    "spokesman": "m", "congressman": "m", "councilman": "m", "assemblyman": "m",
    "alderman": "m", "chairman": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f",
    "dame": "f", "lady": "f", "sister": "f", "queen": "f", "princess": "f",
    "spokeswoman": "f", "congresswoman": "f", "councilwoman": "f", "assemblywoman": "f",
    "chairwoman": "f",
}

# Nouns for kin and for what only a man or only a woman is, that tell a person's gender
# when written next to their name ("her husband Brendan Cox", "Cox, the mother of two").
KIN_WORDS: dict[str, str] = {
    "husband": "m", "father": "m", "son": "m", "brother": "m", "widower": "m", "boyfriend": "m",
    "grandfather": "m", "uncle": "m", "nephew": "m", "businessman": "m", "actor": "m",
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "widow": "f", "girlfriend": "f",
    "grandmother": "f", "aunt": "f", "niece": "f", "businesswoman": "f", "actress": "f",
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f",
}

# Pronouns of one person, by gender, as they stand anywhere in a sentence ("his", "her").
PERSON_PRONOUNS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}

# How much each kind of mention makes a person the one a later "he", "she" or "the
# coach" stands for (salience): the speaker of a speech verb, the subject of a sentence,
# any other mention; and how much that fades with each sentence and each paragraph back.
SALIENCE_WEIGHTS: dict[str, float] = {"speaker": 4.0, "subject": 3.0, "other": 1.0}
SALIENCE_SENTENCE_FADE = 0.6
SALIENCE_PARAGRAPH_FADE = 0.4
# How far back a reference may look: paragraphs, and sentences in all.
SALIENCE_PARAGRAPHS = 4
SALIENCE_SENTENCES = 12
# A sentence so far back that a mention there would count less than this is not read.
SALIENCE_FLOOR = 0.02

HONORIFICS: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Dame", "Lord", "Lady",
    "Prof.", "Professor", "Rev.", "Reverend", "Father", "Sister", "Sheikh", "Ayatollah",
)

# Lower-case words that may sit inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "ibn", "al", "el", "ben", "ter", "af", "zu", "y", "abu", "bint",
    # written capitalised inside Arabic names ("Turki bin Nawaf Al Saud")
    "Al", "El", "Bin", "Ibn", "Abu", "Bint",
)

# --- reporting ------------------------------------------------------------------------
# Verbs that report speech, by lemma: "reply" gives "replied", "replies" and "replying".
# A lemma written "lemma:past" has an irregular past ("say:said") or one that doubles its
# last consonant ("snap:snapped"); the other forms follow from it. Only verbs that report
# what someone said: "she fumed", "he gushed", "they demanded", not "he thought".
SPEECH_VERB_LEMMAS: tuple[str, ...] = tuple("""
say:said tell:told add state explain note write:wrote tweet post argue ask warn declare insist
claim continue recall reply respond remark announce acknowledge admit:admitted observe stress
emphasize emphasise comment urge suggest predict conclude complain caution maintain concede
confirm contend counter joke shout yell accuse criticise criticize testify vow promise boast
lament quip:quipped muse thunder retort reiterate indicate reveal describe call dub:dubbed
label:labeled label:labelled mention inform instruct advise define notice hail denounce condemn blast
slam:slammed praise answer fume gush upbraid sigh interject demand laugh sing:sang exclaim
whisper mutter murmur grumble snap:snapped scoff sneer chuckle cry scream shriek beg:begged
protest object assert allege affirm proclaim recount report repeat rejoin reason reflect
wonder inquire enquire query challenge chide scold rebuke berate taunt tease mock gripe:griped
rant rave crow brag:bragged enthuse marvel exult agree disagree dispute deny rebut:rebutted
refute reassure assure pledge speculate surmise confess disclose divulge confide hint
threaten swear:swore attest proclaim text message email underline
underscore highlight restate summarise summarize lash decry deplore bemoan mourn grieve
reminisce elaborate clarify detail characterise characterize term brand aver posit
implore appeal quiz:quizzed grill giggle sob weep:wept holler bellow roar boom bark
growl snarl hiss mumble stammer stutter chant rage storm huff jest reprimand admonish lecture
preach jeer deride ridicule riposte moan whine gloat interrupt
""".split()) + ("point out", "go on:went on", "shoot back:shot back", "fire back", "hit back:hit back",
                "cut in:cut in", "chime in", "pipe up", "push back", "cry out", "call out", "lash out",
                "put it:put it", "quoted as saying:quoted as saying", "as saying:as saying", "wrote in:wrote in")

# Lemmas whose plain form ("officials say", "critics warn") and "-ing" form (", saying")
# also report speech; other plain forms are too often nouns ("the state", "a call").
PLAIN_FORM_LEMMAS: frozenset[str] = frozenset("""say tell add write ask explain warn argue insist
claim note complain admit predict agree recall describe""".split())
# Lemmas whose "-s" form reports speech too ("she says", "he notes"); the "-s" form of
# the others is far more often a plural noun ("the peace terms", "his demands").
THIRD_PERSON_LEMMAS: frozenset[str] = frozenset("""say tell add state explain note write tweet argue
ask warn declare insist claim continue recall reply respond announce acknowledge admit stress urge
suggest accuse report""".split()) | {"point out", "go on"}


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _present_participle(verb: str, past: str) -> str:
    if past.endswith("ed") and len(past) > len(verb) + 2 and past[-3] == past[-4] == verb[-1]:
        return verb + verb[-1] + "ing"          # "snapped" → "snapping"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def speech_verb_forms(entry: str) -> dict[str, str]:
    """The forms of one entry of SPEECH_VERB_LEMMAS, the first word inflected:
    {"lemma", "past", "third", "ing"}."""
    lemma, _, past = entry.partition(":")
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    past_head = past.split(" ")[0] if past else _regular_past(head)
    return {"lemma": lemma, "past": past_head + tail, "third": _third_person(head) + tail,
            "ing": _present_participle(head, past_head) + tail}


# The forms of each lemma, worked out once for the tables below.
_LEMMA_FORMS: tuple[dict[str, str], ...] = tuple(speech_verb_forms(entry) for entry in SPEECH_VERB_LEMMAS)


def _speech_verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The finite forms that attribute speech ("said", "says", "say" for some), and the
    "-ing" forms that do after a comma (", saying")."""
    finite: dict[str, None] = {}
    ing: dict[str, None] = {}
    for forms in _LEMMA_FORMS:
        finite[forms["past"]] = None
        if forms["lemma"] in THIRD_PERSON_LEMMAS:
            finite[forms["third"]] = None
        if forms["lemma"] in PLAIN_FORM_LEMMAS:
            finite[forms["lemma"]] = None
            ing[forms["ing"]] = None
    return tuple(finite), tuple(ing)


# Verbs that attribute speech ("said", "told reporters", "added"), in every form that
# occurs; what article spinners turn "said" and "told" into ("mentioned", "informed")
# is among them.
SPEECH_VERBS, SPEECH_PARTICIPLES = _speech_verbs()

# Adverbs allowed between a speaker and the verb ("Blinken also said").
SPEECH_ADVERBS: tuple[str, ...] = (
    "also", "later", "then", "again", "once", "previously", "earlier", "recently",
    "reportedly", "repeatedly", "separately", "further", "simply", "famously", "has",
    "had", "have", "would", "will", "was", "is", "were", "told", "wrote", "said",
    # how and when one speaks ("He instead told the BBC:", "Trump quickly argued")
    "instead", "first", "now", "still", "even", "just", "finally", "quickly", "initially",
    "publicly", "privately", "immediately", "subsequently", "eventually", "openly", "flatly",
    "bluntly", "frankly", "angrily", "calmly", "quietly", "proudly", "jokingly", "candidly",
    "emphatically", "confidently", "tearfully", "sternly", "directly", "personally",
    "specifically", "explicitly", "categorically", "basically", "allegedly", "apparently",
    "himself", "herself", "themselves", "always", "often", "sometimes", "usually",
)

# Endings of nouns of action and of bodies, never of a given name or a surname: a
# capitalised word so ending belongs to an office or an organisation before the name
# ("Deputy Director of Public Prosecution Eva-Marie Persson", "Arbitrary Detention").
NOT_NAME_ENDINGS: tuple[str, ...] = ("tion", "tions")   # not "-ssion": "Sessions"

# Nouns that a name follows in quote marks ("the campaign “Starts with one.”", "its
# slogan “Meth. We're on it.”"): a quote right after one, with no speech cue, is a name
# or a title, said by no one.
NAMING_NOUNS: frozenset[str] = frozenset("""campaign slogan motto tagline hashtag headline titled
entitled song album film movie book novel series programme program initiative operation podcast
documentary episode""".split())

# A form of "be" right before a speech verb makes it passive ("He was accused of",
# "She was told to leave"): the subject is spoken to or of, and speaks nothing.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "was", "were", "are"})
# ... except the verbs whose passive still names the speaker ("Smith was quoted by the
# paper", "is quoted as saying").
SPEAKS_IN_PASSIVE: frozenset[str] = frozenset({"quoted", "quoted as saying", "as saying"})

# Words that open a clause of their own inside a sentence ("… was “shocked” when Drown told
# her his plans"): a speech cue after a quote that one of them introduces belongs to that
# clause, not to the quote before it. ("as" is left out: "…,” as Smith put it" credits
# the quote.)
SUBORDINATORS: frozenset[str] = frozenset("""when after before because until while since if although
though unless once whereas whenever""".split())

# Lemmas whose verb takes what is spoken of as its object ("called the plan a
# disgrace"), so that it never comes first with its speaker after it, as "…,” said X" does.
OBJECT_TAKING_LEMMAS: frozenset[str] = frozenset("""call describe dub label define hail praise accuse
slam blast condemn denounce criticise criticize upbraid chide scold rebuke berate taunt tease mock
deride ridicule brand term characterise characterize inform instruct advise notice mention tell
decry deplore bemoan mourn lament reveal confirm indicate text message email post quiz grill
highlight underline underscore reprimand admonish lecture detail disclose""".split())


def _verb_first_verbs() -> tuple[str, ...]:
    """The forms of SPEECH_VERBS that may come first ("…,” said Blinken", "…,” sighed
    the minister")."""
    found: dict[str, None] = {}
    for forms in _LEMMA_FORMS:
        if forms["lemma"] in OBJECT_TAKING_LEMMAS or " " in forms["lemma"]:
            continue
        found[forms["past"]] = None
        if forms["lemma"] in THIRD_PERSON_LEMMAS:
            found[forms["third"]] = None
    return tuple(found)


# Verbs that may come first, right after a quote or a comma, their speaker after them
# ("…,” said Blinken", "…,” fumed the coach").
VERB_FIRST_VERBS: tuple[str, ...] = _verb_first_verbs()

# Pronouns that stand for one speaker ("she said") and for several or for the writer
# ("they said", "I said"), whose quotes get no single speaker.
PRONOUNS: dict[str, str] = {"he": "m", "she": "f"}
PLURAL_PRONOUNS: tuple[str, ...] = ("they", "we", "i")
# Groups that speak with no article before them ("prosecutors wrote", "officials said"):
# a cue with no one person as its speaker.
PLURAL_SOURCES: tuple[str, ...] = tuple("""officials prosecutors police authorities witnesses residents
experts analysts critics investigators researchers scientists lawyers attorneys officers doctors
organizers organisers supporters opponents protesters activists economists observers sources aides
advocates lawmakers legislators senators leaders organizers parents students neighbors neighbours
relatives friends fans voters locals historians scholars diplomats""".split())

# --- sentences and quotes -------------------------------------------------------------
# Words a full stop follows inside a sentence ("Sen. Ruth", "Jan. 5").
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset("""Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Adm Maj Sgt Capt St
Jr Sr Inc Corp Co No vs Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Prof Rev Amb Supt Atty Mt Ft""".split())

# Words after a plural's apostrophe that show it closed a single-quoted quote ("‘…the
# workers’ he said"), where a lower-case word would show it to be a possessive.
AFTER_CLOSING_WORDS: frozenset[str] = frozenset({
    "he", "she", "they", "said", "says", "and", "or", "but", "as", "in", "on", "to"})

# Words that may open a name's sentence before a name and still leave it the subject
# ("Committee chairwoman Sen. Priya Raman"), besides capitalised ones: the words of offices.
OFFICE_WORDS: frozenset[str] = frozenset(w for o in list(OFFICES) + list(OFFICE_MODIFIERS) for w in o.split())

# Words after "the senator" that make it a mention of a senator ("the senator said").
REFERENCE_FOLLOWERS: frozenset[str] = frozenset("""said says told added has had was is will would who
also and in on at did does could should wrote tweeted announced declined spoke met later then
himself herself insisted argued noted replied warned""".split())

# Capitalised words that open a sentence or a heading rather than a name, in a run of
# capitals right after an office ("Chief Justice Suspended For Violating …").
FUNCTION_WORDS: frozenset[str] = frozenset("""The A An And Or But For Of To In On At By With From As Is Are
Was Were Be Been Has Have Had Will Would Can Could Should Must Not No Over Under After Before""".split())

# Name suffixes as written after a name ("Martin Luther King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Jr.,", "Sr.,"})

# Capitalised words before an office that say whose office it is, though no place or body
# ("Supreme Court Justice", "Federal Judge").
AFFILIATION_ADJECTIVES: frozenset[str] = frozenset({
    "Supreme", "Federal", "National", "International", "Royal", "Public", "Regional", "Local",
    "Global", "Central", "European"})

# Words of a body's name that make it a private one: an office there is no public office.
COMPANY_WORDS: frozenset[str] = frozenset("""Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Company Corporation
Group Holdings Bank Capital Partners Airlines Motors Technologies Media University College
Association Institute Foundation Society""".split())

# How sure each kind of office (see OFFICES) is to make its holder an official: a later
# office of a surer kind replaces an earlier one.
OFFICE_KIND_RANK: dict[str | None, int] = {"gov": 3, "ambig": 2, "ctx": 1, "no": 0, None: 0}

# --- the tables above as the stage looks them up ----------------------------------------
# A country, one of its demonyms or other names, or a US state → the country or state.
COUNTRY_OF: dict[str, str] = {}
for _country, _names in COUNTRIES.items():
    COUNTRY_OF[_country] = _country
    for _n in _names:
        COUNTRY_OF[_n] = _country
for _state in US_STATES:
    COUNTRY_OF.setdefault(_state, _state)
del _country, _names, _n, _state
# A state's abbreviation → the state ("Ore." → "Oregon").
STATE_OF_ABBREVIATION: dict[str, str] = {a: s for s, abbrs in US_STATES.items() for a in abbrs}

PUBLIC_BODY_NAMES: frozenset[str] = frozenset(b.lower() for b in PUBLIC_BODIES)
PARTY_SET: frozenset[str] = frozenset(PARTIES)
PARTY_NAMES_LOWER: frozenset[str] = frozenset(p.lower() for p in PARTIES)
# Words any of which makes a phrase a public body: parties, PUBLIC_WORDS and the one-word
# public bodies, save those too common to tell ("state", "house").
PUBLIC_BODY_WORDS: frozenset[str] = PARTY_NAMES_LOWER | PUBLIC_WORDS | frozenset(
    b.lower() for b in PUBLIC_BODIES if " " not in b and b.lower() not in
    {"state", "city", "county", "federal", "house", "committee"})

OFFICE_MODIFIER_SET: frozenset[str] = frozenset(OFFICE_MODIFIERS)
# The words of the portfolios ("homeland", "security"), and what else may end one.
PORTFOLIO_WORDS: frozenset[str] = frozenset(w for p in PORTFOLIOS for w in p.split() if w not in ("the", "and"))
PORTFOLIO_ENDING_SET: frozenset[str] = frozenset(PORTFOLIO_ENDINGS)

# Office words that are surnames too: before a name they are the office ("Judge Colloton").
OFFICE_OPENERS: frozenset[str] = frozenset(w for w in OFFICE_WORDS_THAT_ARE_SURNAMES if w.lower() in OFFICES)
# Office words are not names ("Defense Ministers"), save those that are surnames too
# (which only open a name: "Judge Colloton" is Colloton).
OFFICE_NAME_WORDS: frozenset[str] = frozenset(w.capitalize() for w in {
    w for o in (*OFFICES, *PORTFOLIOS) for w in o.split() if len(w) > 2} - {"the", "and", "for"})
NOT_NAME_OR_OFFICE_WORDS: frozenset[str] = NOT_NAME_WORDS.union(
    OFFICE_NAME_WORDS, [w + "s" for w in OFFICE_NAME_WORDS]) - OFFICE_WORDS_THAT_ARE_SURNAMES
# The words of places (that are not names too).
PLACE_WORDS: frozenset[str] = frozenset(w for c in COUNTRY_OF for w in c.split()) - PLACES_THAT_ARE_NAMES
# Words that are never part of a person's name.
NOT_IN_NAME: frozenset[str] = NOT_NAME_OR_OFFICE_WORDS | NON_PERSON_WORDS | PLACE_WORDS
NAME_PARTICLE_SET: frozenset[str] = frozenset(NAME_PARTICLES)
# The days and months among NON_PERSON_WORDS ("May" is a name too): a run of capitals
# ending in one may still hold a name ("Maria Estrada Thursday").
DAYS_AND_MONTHS: frozenset[str] = NON_PERSON_WORDS & frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December"})

HONORIFIC_SET: frozenset[str] = frozenset(HONORIFICS)
# Honorifics without their full stop: the words of a run of capitals that may be one.
HONORIFICS_UNDOTTED: frozenset[str] = frozenset(h.rstrip(".") for h in HONORIFICS)
# Speech verbs of one word ("said", not "pointed out").
ONE_WORD_SPEECH_VERBS: frozenset[str] = frozenset(v for v in SPEECH_VERBS if " " not in v)

# --- people and what they are ---------------------------------------------------------
# Common given names whose bearers are, as a rule, of one gender: the last resort for
# "he" and "she", after what the text itself says (an honorific, "his wife", a pronoun
# that can only be theirs). Names given to both (Jordan, Taylor, Alex) are in neither.
GIVEN_NAMES_F: frozenset[str] = frozenset("""
Abigail Ada Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alison Allison Alyssa Amanda Amber
Amelia Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annie Antonia Ashley Audrey Barbara
Beatrice Becky Belinda Beth Betsy Betty Beverly Bonnie Brenda Bridget Brittany Brooke Camila
Candace Carla Carmen Carol Caroline Carolyn Carrie Catherine Cathy Cecilia Charlotte Chelsea
Cheryl Christina Christine Cindy Claire Clara Claudia Colleen Connie Courtney Crystal Cynthia Daisy
Danielle Daphne Darlene Dawn Debbie Deborah Debra Denise Diana Diane Dolores Donna Doris Dorothy
Edith Eileen Elaine Eleanor Elena Elisabeth Elise Eliza Elizabeth Ella Ellen Eloise Emily Emma
Erica Erin Esther Eva Eve Evelyn Fatima Fiona Florence Frances Gabriela Gabrielle Gail Gemma
Georgina Geraldine Gillian Gina Giulia Gloria Grace Gretchen Gwen Hannah Harriet Hazel Heather
Heidi Helen Helena Hilary Hillary Holly Ingrid Irene Iris Isabel Isabella Isabelle Jacqueline Jane
Janet Janice Jasmine Jeanne Jennifer Jenny Jessica Jill Joan Joanna Joanne Jocelyn Josephine
Joy Joyce Judith Judy Julia Julie Juliet June Karen Karin Kate Katherine Kathleen Kathryn Kathy
Katie Katrina Kay Kayla Kelly Kimberly Kirsten Kristen Kristin Kristina Laura Lauren Leah Leila
Lena Lillian Lily Linda Lindsay Lisa Liz Lorraine Louise Lucia Lucy Lydia Lynn Madeleine
Madison Maggie Mandy Margaret Margarita Maria Marian Marie Marilyn Marina Marion Marjorie Marlene
Martha Mary Maureen Megan Melanie Melinda Melissa Mia Michelle Mildred Miranda Miriam Molly Monica
Nadia Nancy Naomi Natalie Natasha Nicole Nina Nora Norma Olga Olivia Paige Pamela Patricia Paula
Pauline Peggy Penelope Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rita Roberta Rosa
Rosalind Rose Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Savannah Sharon Sheila
Shelley Sherry Shirley Silvia Sofia Sonia Sophia Sophie Stacey Stella Stephanie Sue Susan Suzanne
Sylvia Tamara Tammy Tanya Tara Teresa Theresa Tiffany Tina Tracy Ursula Valerie Vanessa Vera
Veronica Victoria Virginia Vivian Wanda Wendy Whitney Yasmin Yolanda Yvonne Zoe
Marta Amara Tuula Oprah Hilda Marsha Nikki Kellyanne Kristi Ilhan Nancy Loretta Elise Janeé Fatma Ayesha Priya
""".split())
GIVEN_NAMES_M: frozenset[str] = frozenset("""
Aaron Abdul Abraham Adam Adrian Ahmed Alan Albert Alberto Alejandro Alexander Alfred Ali Allen Andre
Andrew Andy Angelo Anthony Antonio Arnold Arthur Barack Barry Ben Benjamin Bernard Bernie Bill Billy
Bob Bobby Boris Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bryan Byron Calvin Carl Carlos
Cecil Chad Charles Charlie Chuck Clarence Clark Claude Clifford Clint Colin Craig Curtis Dale Dan
Daniel Danny Darrell Darren Dave David Dean Dennis Derek Desmond Diego Dmitry Dominic Don Donald
Doug Douglas Duncan Dustin Dwight Earl Ed Eddie Edgar Edward Edwin Eli Elijah Elliot Emmanuel Eric
Erik Ernest Ethan Eugene Evan Felix Fernando Francis Francisco Frank Franklin Fred Frederick Gabriel
Gareth Gary Gavin Gene George Gerald Gilbert Giovanni Glenn Gordon Graham Grant Greg Gregory Guy
Hamid Hans Harold Harry Harvey Hassan Hector Henry Herbert Herman Howard Hugh Hugo Hussein Ian
Igor Isaac Ivan Jack Jacob Jake James Jared Jason Javier Jeff Jeffrey Jens Jeremy Jerome Jerry
Jesus Jim Jimmy Joe Joel Johann John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian
Justin Karl Keith Ken Kenneth Kevin Kirk Kurt Kyle Lance Larry Lawrence Leon Leonard Lewis
Lloyd Louis Lucas Luis Luke Malcolm Manuel Marc Marco Marcus Mario Mark Martin Marvin Matt Matthew
Maurice Max Michael Miguel Mike Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Nathan Neil Nelson
Nicholas Nick Nigel Noah Norman Oliver Omar Oscar Owen Pablo Patrick Paul Pedro Pete Peter Philip
Phillip Pierre Rafael Ralph Ramon Randy Raul Ray Raymond Reginald Ricardo Richard Rick Ricky Rob
Robert Roberto Rodney Roger Roland Ron Ronald Ross Roy Russell Ryan Salman Sam Samuel Scott Sean
Sebastian Sergei Sergio Seth Shane Shawn Simon Stanley Stefan Stephen Steve Steven Stuart Ted
Terry Theodore Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Troy Tyler Victor Vincent
Vladimir Wade Walter Warren Wayne Wesley William Willie Xavier Yusuf Zachary
Mitt Newt Rand Marco Jeb Rudy Rex Reince Sundar Elon Volodymyr Emmanuel Recep Xi
""".split())

# Nouns that say what a person is or does ("the veteran winger said", "the actor told"),
# besides the offices of OFFICES: a description ending in one speaks for a person.
ROLE_NOUNS: frozenset[str] = frozenset("""
actor actress activist adviser advisor aide analyst anchor architect artist astronaut athlete
attorney author banker bishop blogger boss businessman businesswoman campaigner candidate captain
cardinal ceo chef chemist clerk coach columnist comedian commentator composer congressman
congresswoman consultant contractor correspondent councilman councilwoman critic dancer daughter
defender designer detective developer diplomat director doctor driver economist editor engineer
entrepreneur executive expert farmer father filmmaker financier founder forward friend general
goalkeeper governor guard guitarist historian host husband investigator investor journalist judge
lawmaker lawyer leader manager mayor mother musician neighbour neighbor nominee novelist nurse
officer official organiser organizer owner pastor patient performer philanthropist photographer
physician physicist pilot pitcher player playwright poet politician president priest principal
producer professor prosecutor psychologist publisher quarterback rabbi rapper receiver rector
reporter representative researcher resident runner sailor scientist secretary senator sergeant
sheriff singer sister sociologist soldier son songwriter spokesman spokesperson spokeswoman star
strategist striker student superintendent surgeon survivor teacher teenager tenor therapist
trainer treasurer veteran victim voter widow widower wife winger witness woman man worker writer
youngster chairman chairwoman chancellor commissioner minister ambassador envoy premier
""".split())

# Words of direction that open a place's name or stand for a region ("the Southern states").
DIRECTION_WORDS: frozenset[str] = frozenset("""North South East West Northern Southern Eastern Western Central
Middle Upper Lower Greater""".split())

# Nouns that make a description an organisation, not a person ("the ministry said in a
# statement", "Reid's campaign said"): it may speak, as an organisation.
ORGANISATION_NOUNS: frozenset[str] = frozenset("""
administration agency airline alliance army association authority bank board bureau cabinet
campaign channel church club coalition college commission committee company consulate council
court department embassy firm foundation government group hospital institute league legislature
magazine military ministry network newspaper office organisation organization paper parliament
party police presidency prosecutors regime school senate service station studio team union
university website
""".split())

# The words a place's name is built from that say it is a place ("Redondo Beach", "Tel Aviv"
# aside): a speaker ending in one is no person.
PLACE_NOUNS: frozenset[str] = frozenset("""Beach Park Springs Heights Hills Valley County City Town
Village Island Islands Bay Harbor Harbour Lake River Mountain Mountains Falls Creek Point Port Square
Street Avenue Road Boulevard Speedway Stadium Arena Track Airport Station Center Centre""".split())

# Verbs that may stand between a name written in capitals and its colon in a transcript or
# an interview ("GLENN THRUSH asks:", "MARIA LOPEZ:"): the name is read in title case.
TRANSCRIPT_VERBS: tuple[str, ...] = ("asks", "asked", "says", "said", "replies", "replied", "answers",
                                      "answered", "writes", "wrote", "adds", "added")

# What follows a speech verb when a body speaks, not a person: "Tottenham said in a
# statement", "… said on its website". A one-word name with no sign of a person (no
# office, no honorific, no pronoun of one) that speaks so is an organisation: a club, a
# team, a company, a group.
STATEMENT_FOLLOWERS: tuple[str, ...] = ("in a statement", "in a club statement", "in a brief statement",
                                        "in its statement", "on its website", "in a press release")

# Nouns of an apposition that make the name before it an organisation: "Before You Vote,
# a group that registers voters, said" (with ORGANISATION_NOUNS).
ORGANISATION_APPOSITION_NOUNS: frozenset[str] = frozenset("""nonprofit non-profit charity
organisation organization group campaign coalition alliance movement initiative club team
company firm startup publisher network""".split())
