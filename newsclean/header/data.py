"""The header stage's word lists and key tables, as data.

Each list says what its words are and why the stage needs them; the modules that read
the lists (``titles``, ``bylines``, ``extract``, ``frontmatter``) hold only the reading."""
from __future__ import annotations

# Words that make up section names ("World News", "Military news", "Politics"): a line or
# a title part made of nothing else is a section label.
SECTION_WORDS = frozenset("""
news world politics political business economy economics markets market finance money tech technology science
health sport sports entertainment culture arts art opinion opinions analysis features feature lifestyle life
travel environment climate education crime law justice media local national international breaking latest
top stories story us u.s. uk europe european asia asian africa african americas america middle east pacific
military defense defence security war conflict diplomacy foreign affairs government elections election
region regional nation global domestic society religion faith food style fashion music film films movies tv
television books celebrity celebrities gaming games energy oil autos cars property real estate jobs careers
personal commentary editorial editorials blog blogs video videos photos investigations investigation exclusive
weather space research medicine wellness family parenting sci-tech scitech city metro state states
china india japan russia ukraine canada australia france germany britain israel iran korea latin
""".split())

# Words that mark a title suffix as the site's name rather than a section
# ("… | The Valmora Times", "… - Reuters").
SITE_WORDS = frozenset("""
times post herald tribune journal daily gazette guardian telegraph independent mirror express observer
chronicle online network tv radio press wire inquirer examiner courier standard star sun globe mail today
insider report reporter dispatch review magazine weekly monitor bulletin record register reuters ap afp
bbc cnn nbc cbs abc fox msnbc npr pbs bloomberg politico axios
""".split())

# A breadcrumb's link to the front page ("Home » Politics"): a step of the trail, not a label.
HOME_LABELS = frozenset({"home", "start", "front page", "homepage"})

# Labels never kept as categories, from whatever source: the front page's name.
NOT_CATEGORIES = frozenset({"home", "start"})

# First words of short capitalised lines that are widgets or lead-ins ("Share Facebook",
# "Photo Reuters", "According to …"), not section labels or headlines.
NOT_LABEL_WORDS = frozenset("""
by share follow according posted updated published photo video image watch read click
""".split())

# Capitalised words that open sentences but rarely stand inside a headline written in
# sentence case: where a headline run on into its standfirst parts ("… Donald Trump The
# alliance has …").
SENTENCE_OPENERS = frozenset("""
The A An In On At As After Before This These That Those It Its He She They We His Her Their When While With
For But Some Many More Most How Why What Now Still Yet Meanwhile Officials
""".split())

# Photo agencies and their credit forms, as captions credit them ("Jane Roe/AFP via Getty
# Images", "AP Photo/Jane Roe"): what ends a caption flattened onto the headline's line.
PHOTO_CREDITS = (
    "AP Photo", "AP Images", "AP", "AFP", "Getty Images", "Getty", "Reuters", "EPA", "EPA-EFE", "Shutterstock",
    "Bloomberg", "Xinhua", "Anadolu", "Sipa", "ZUMA", "PA", "NurPhoto", "Alamy", "iStock", "WireImage",
)

# A line of share buttons and counters ("56.9k SHARES SHARE ON FACEBOOK"): never a headline.
SHARE_DEBRIS = (r"\b\d[\d.,]{0,6}\s?[km]?\s{1,3}shares\b|\bshare (?:on|to|via) (?:facebook|twitter|x|whatsapp|linkedin"
                r"|pinterest|reddit|e-?mail|telegram)\b|\bshare this (?:article|story|post)\b")

# Labels that open a box of summary bullets above a story ("Story highlights …"): the
# lines of the box are neither the headline nor its standfirst.
HIGHLIGHTS_LABELS = ("story highlights", "highlights", "key points", "in brief", "at a glance", "quick read")

# Names a byline gives for no person: kept out of the authors.
GENERIC_AUTHORS = frozenset({"staff", "staff writer", "admin", "administrator", "editor", "editors", "guest",
                             "anonymous", "unknown", "webmaster", "news desk", "newsdesk", "web desk", "editorial",
                             "editorial board", "the editorial board", "editorial staff", "team", "newsroom",
                             "redaction", "redacción", "redação", "redaktion", "redazione", "редакция"})

# Credentials after a name ("Jane Roe, MS, RDN"): letters, not names.
CREDENTIALS = frozenset("""
ms ma mba md do rd rdn ld ldn phd ph.d mph rn np pa-c dds dmd jd esq cpt cscs cpa cfa lcsw psyd msc bsc ba bs
mfa facs frcp mrcp mrcs dvm pharmd lpc lmft cnm cns ccn acsm nasm
""".split())

# Words of a job or a desk that may follow or stand for a name in a byline ("Jane Roe,
# Senior Correspondent"), never part of a person's name.
JOB_WORDS = frozenset("""
editor editors editor-at-large correspondent correspondents reporter reporters writer writers columnist
columnists contributor contributors analyst producer staff desk team newsroom bureau senior chief managing
political national international digital news press photographer photographers journalist journalists
""".split())

# Words that open a date in a byline run on after the name ("Jane Roe Monday", "Jane
# Roe November 15"); a month only counts before a number ("Theresa May" stays).
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# News agencies and wire services: credited, but not people.
AGENCY_NAMES = frozenset("""
associated press|the associated press|ap|reuters|thomson reuters|afp|agence france-presse|agence france presse
|bloomberg|bloomberg news|upi|pti|ani|ians|efe|dpa|ansa|xinhua|tass|bernama|yonhap|kyodo|anadolu|cnn|bbc
|press association|pa media|canadian press|the canadian press|aap|reuters television
""".replace("\n", "").split("|"))

# Words of a job, a desk or an outlet that stand before a name in a credit line ("AP
# Diplomatic Writer Matthew Lee", "Globe Correspondent Jane Roe"): where a name starts.
CREDIT_JOB_WORDS = frozenset("""
writer writers reporter reporters correspondent correspondents editor editors researcher researchers
photographer photographers producer producers staff contributor contributors columnist columnists
intern interns bureau chief senior service desk team journalist journalists analyst analysts
""".split())

# Last words of an outlet's or a desk's name, never of a person's ("Valmora Television").
OUTLET_WORDS = CREDIT_JOB_WORDS | frozenset("television agency newsroom media group service".split())

# Roles a credit line names: the people of these wrote the story; editors and the rest did not.
AUTHOR_ROLES = frozenset({"reporting", "additional reporting", "writing", "written", "compiled", "reported",
                          "reporting and writing", "writing and reporting", "words"})

# The same in a front matter's author key, which exports fill with fewer placeholders.
FRONT_MATTER_GENERIC_AUTHORS = frozenset({"staff writer", "admin", "staff"})

# Words a date line may hold besides its date ("Updated Tuesday, March 14, 2024 at 9:30 AM
# EST"): weekdays, "at"/"on", am/pm and time zones, and the stamp's own label.
DATE_FILLER_WORDS = frozenset("""
mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
at on am pm a m p
et est edt pt pst pdt ct cst cdt gmt utc bst cet cest ist jst aest
updated published posted last modified date
am um le el de del em il op den der publiziert veröffentlicht aktualisiert stand publié mis jour publicado
actualizado atualizado pubblicato aggiornato gepubliceerd bijgewerkt publicerad uppdaterad opublikowano
""".split())

# Which front-matter keys carry which field, most trusted first.
HEADLINE_KEYS = ("title", "post_title", "headline", "original_title")
CATEGORY_KEYS = ("categories", "category", "section", "original_cats", "tags_section")
AUTHOR_KEYS = ("author", "authors", "byline", "post_author")
DATE_KEYS = ("date", "post_date", "published", "published_at", "pubdate")

# Month names as written in the major languages, January first, each month's forms apart
# by "|" (genitive forms where the language writes dates with them: "25 сентября 2018").
# Abbreviations are the names' first letters (see dates.py). English is read by its own
# patterns; these are for dates written day first: "25. September 2018", "25 de
# septiembre de 2018", "25 settembre 2018".
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "de": ("januar|jänner", "februar|feber", "märz|maerz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre",
           "octobre", "novembre", "décembre|decembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
           "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "pl": ("stycznia|styczeń", "lutego|luty", "marca|marzec", "kwietnia|kwiecień", "maja|maj", "czerwca|czerwiec",
           "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień", "października|październik",
           "listopada|listopad", "grudnia|grudzień"),
    "cs": ("ledna|leden", "února|únor", "března|březen", "dubna|duben", "května|květen", "června|červen",
           "července|červenec", "srpna|srpen", "září", "října|říjen", "listopadu|listopad", "prosince|prosinec"),
    "tr": ("ocak", "şubat|subat", "mart", "nisan", "mayıs|mayis", "haziran", "temmuz", "ağustos|agustos",
           "eylül|eylul", "ekim", "kasım|kasim", "aralık|aralik"),
    "ru": ("января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май", "июня|июнь", "июля|июль",
           "августа|август", "сентября|сентябрь", "октября|октябрь", "ноября|ноябрь", "декабря|декабрь"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
    "el": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου|μαίου", "ιουνίου", "ιουλίου", "αυγούστου",
           "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
}

# Scripts that only one language writes (for news): the language a text in them is in.
# (Cyrillic, Arabic, Han and Latin are written by many, and tell nothing sure.)
SCRIPT_LANGUAGES: tuple[tuple[str, str, str], ...] = (
    # (first code point, last code point, ISO 639-1)
    ("\uac00", "\ud7a3", "ko"),  # Hangul syllables
    ("\u3040", "\u30ff", "ja"),  # hiragana and katakana
    ("\u0370", "\u03ff", "el"),  # Greek
    ("\u0590", "\u05ff", "he"),  # Hebrew
    ("\u0e00", "\u0e7f", "th"),  # Thai
    ("\u10a0", "\u10ff", "ka"),  # Georgian
    ("\u0530", "\u058f", "hy"),  # Armenian
)
