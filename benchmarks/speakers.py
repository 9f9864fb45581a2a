"""Speakers that the text does not name as a person: places, teams, products, phrases.

    python benchmarks/speakers.py [FILES...] [--all]

Without files it reads the corpus (../shared/corpus) and the Zyte pages
(../shared/bench/zyte/html). For every quote whose speaker is a person
(``speaker_kind`` "person"), it looks in the article's body for what shows the speaker
to be a person, as a reader would: an honorific before the name ("Mr. Paganini"), a role
or an office right before it ("winger Tom Ames", "Sen. Ruth Calloway"), an apposition
after it ("Ames, 31,", "Ames, a winger", "Ames, who"), a pronoun of one person right
after it ("Ames said he"), or a first name of the first-name tables before a surname.
What shows a name to be no person wins over that: a word of a place, a country or an
organisation in it ("Redondo Beach", "Koch Supply"), or the name only ever written after
"in", "at", "near" or "the" ("in Greenbelt", "the MacBook Pro").

It lists every speaker without such evidence, with the quote, and counts them; with
--all it also lists the evidence found for the others. The check reads the text, not
the code that chose the speaker, so that it catches what the people stage gets wrong.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The script's own folder holds benchmarks named like standard modules (html.py).
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from newsclean import process  # noqa: E402
from newsclean.errors import NewscleanError  # noqa: E402
from newsclean.people import data as D  # noqa: E402

SHARED = ROOT.parent / "shared"
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Reverend|Father|Sister)\.?"
ROLES = sorted({*D.ROLE_NOUNS, *(o for o in D.OFFICES if " " not in o), *D.KIN_WORDS,
                "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "det.", "officer",
                "coach", "user", "member", "fan", "owner", "guitarist", "singer", "star", "rapper", "pope",
                "philosopher", "sociologist", "linguist", "economist", "co-founder", "chief"},
               key=len, reverse=True)
ROLE = "(?:" + "|".join(re.escape(r) for r in ROLES) + ")"
NOT_A_PERSON_WORDS = (D.PLACE_NOUNS | D.NON_PERSON_WORDS | frozenset(D.COUNTRY_OF)) - D.DAYS_AND_MONTHS - {"May"}
PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|to|of|the|The|on)\s+|[#@])$")


def inputs(files: list[Path]) -> list[Path]:
    if files:
        return files
    corpus = SHARED / "corpus"
    found = [p for p in sorted(corpus.iterdir()) if p.suffix in (".txt", ".md", ".html")] if corpus.is_dir() else []
    zyte = SHARED / "bench" / "zyte" / "html"
    return found + (sorted(zyte.glob("*.html.gz")) if zyte.is_dir() else [])


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def person_evidence(name: str, body: str) -> str | None:
    """What in ``body`` shows ``name`` to be a person, or None."""
    tokens = name.split()
    if any(t.strip(".,") in NOT_A_PERSON_WORDS for t in tokens):
        return None
    last = re.escape(tokens[-1].rstrip(".") if tokens[-1].rstrip(".") not in ("Jr", "Sr") or len(tokens) < 2
                     else tokens[-2])
    full = re.escape(name)
    mentions = [m.start() for m in re.finditer(rf"(?<!\w){full}(?!\w)", body)]
    if mentions and all(PLACE_BEFORE.search(body, max(0, i - 6), i) for i in mentions):
        return None                     # "in Greenbelt", "the MacBook Pro"
    checks = (
        ("honorific", rf"\b{HONORIFIC}\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{last}\b"),
        ("role", rf"(?i:\b{ROLE})\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{last}\b"),
        ("apposition", rf"\b{last},\s+(?:\d{{1,3}},|(?:a|an|the|who|whose|his|her)\b)"),
        ("pronoun", rf"\b{last}(?:['’]s)?\s+(?:\w+\s+){{0,2}}(?:said|says|told|added)\s+(?:that\s+)?(?:he|she)\b"),
    )
    for label, pattern in checks:
        if re.search(pattern, body):
            return label
    if len(tokens) >= 2 and (tokens[0] in D.GIVEN_NAMES_F or tokens[0] in D.GIVEN_NAMES_M):
        return "first name"
    if len(tokens) >= 2 and not any(_used_as_a_word(t, body) for t in (tokens[0], tokens[-1])):
        return "first and last name"    # "Zoila Villena": neither word is one the text uses in lower case
    return None


def _used_as_a_word(token: str, body: str) -> bool:
    """Whether the text writes ``token`` in lower case too ("trading", "chapel"): a word of
    the language, not a name."""
    word = token.strip(".,’'").lower()
    return len(word) > 1 and re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", body) is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--all", action="store_true", help="also list the evidence found for every other speaker")
    a = ap.parse_args()
    flagged = 0
    speakers = 0
    evidence: Counter[str] = Counter()
    for path in inputs(a.files):
        try:
            article = process(read(path), source=path.name)
        except NewscleanError:
            continue
        for q in article.quotes:
            if q.speaker is None or getattr(q, "speaker_kind", "person") != "person":   # (older copies: no kind)
                continue
            speakers += 1
            found = person_evidence(q.speaker, article.body)
            evidence[found or "none"] += 1
            if found is None:
                flagged += 1
                print(f"{path.name[:40]}: {q.speaker!r} ({q.cue}) for {q.text[:60]!r}")
            elif a.all:
                print(f"  ok {path.name[:40]}: {q.speaker!r} by {found}")
    print(f"{flagged} of {speakers} quotes with a person as speaker have a speaker the text does not name as a "
          f"person; evidence: {dict(evidence.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
