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
# Verbs that attribute speech ("said", "told reporters", "added").
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained",
    "explains", "noted", "notes", "wrote", "writes", "tweeted", "tweets", "posted",
    "argued", "argues", "asked", "asks", "warned", "warns", "declared", "declares",
    "insisted", "insists", "claimed", "claims", "continued", "continues", "recalled",
    "recalls", "replied", "replies", "responded", "responds", "remarked", "announced",
    "announces", "acknowledged", "acknowledges", "admitted", "admits", "observed",
    "stressed", "stresses", "emphasized", "emphasised", "commented", "urged", "urges",
    "suggested", "suggests", "predicted", "concluded", "complained", "cautioned",
    "maintained", "conceded", "confirmed", "contended", "countered", "joked", "shouted",
    "yelled", "wrote in", "pointed out", "accused", "accuses", "criticised", "criticized", "went on",
    "testified", "vowed", "promised",
    "boasted", "lamented", "quipped", "mused", "thundered", "retorted", "reiterated",
    "indicated", "revealed", "announced", "described", "called", "dubbed", "labeled",
    "quoted as saying", "put it", "as saying",
    # what article spinners turn "said" and "told" into
    "mentioned", "informed", "instructed", "advised", "defined", "noticed",
    "labelled", "hailed", "denounced", "condemned", "blasted", "slammed", "praised",
)

# Adverbs allowed between a speaker and the verb ("Blinken also said").
SPEECH_ADVERBS: tuple[str, ...] = (
    "also", "later", "then", "again", "once", "previously", "earlier", "recently",
    "reportedly", "repeatedly", "separately", "further", "simply", "famously", "has",
    "had", "have", "would", "will", "was", "is", "were", "told", "wrote", "said",
)

# Verbs that may come first, right after a quote or a comma, their speaker after them
# ("…,” said Blinken").
VERB_FIRST_VERBS: tuple[str, ...] = (
    "said", "says", "added", "adds", "asked", "wrote", "writes", "continued", "explained",
    "noted", "recalled", "replied", "insisted", "argued", "warned", "tweeted", "declared",
    "stated", "responded", "countered", "concluded", "answered",
)

# Pronouns that stand for one speaker ("she said") and for several or for the writer
# ("they said", "I said"), whose quotes get no single speaker.
PRONOUNS: dict[str, str] = {"he": "m", "she": "f"}
PLURAL_PRONOUNS: tuple[str, ...] = ("they", "we", "i")

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
