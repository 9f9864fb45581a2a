"""YAML front matter: the fields read from it, and its reader held to a plain reading of
every key."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import process
from newsclean.header.frontmatter import _close, _interpret, _scalar, humanize_label, split_front_matter

STORY = ("The regional council approved the new budget after a debate that lasted until after midnight, "
         "with eleven votes in favour and four against.\n\n"
         "The budget raises spending on schools and roads and trims the administrative payroll by a tenth.")


def test_front_matter_fields():
    text = ("---\npost_title: >\n  Ferry vote passes &#8211; Riverbend Courier\nauthor: Nora Quill\n"
            "post_date: 2024-05-02 08:15:00\noriginal_cats:\n  - localNews\n---\n\n" + STORY)
    front, rest = split_front_matter(text)
    assert front.headline == "Ferry vote passes"  # the export's title without the site's name
    assert front.categories == ["Local News"]
    assert front.authors == ["Nora Quill"]
    assert front.published == "2024-05-02T08:15:00"
    a = process(text)
    assert a.headline == "Ferry vote passes"
    assert a.category == "Local News"
    assert a.body == STORY


def test_malformed_front_matter_falls_back_to_key_lines():
    front, _ = split_front_matter("---\ntitle: Ferry: vote: passes\ncategories: [unclosed\n---\nBody text.")
    assert front.headline == "Ferry: vote: passes"


@pytest.mark.parametrize("raw,label", [("topNews", "Top News"), ("world-news", "World News"), ("Politics", "Politics")])
def test_humanize_label(raw, label):
    assert humanize_label(raw) == label


def test_front_matter_flow_list_and_quotes():
    front, rest = split_front_matter('---\ntitle: "Ferry vote passes"\ncategories: [local, politics]\n---\nBody text.')
    assert front.headline == "Ferry vote passes"
    assert front.categories == ["Local", "Politics"]
    assert rest == "Body text."


def test_placeholder_authors_are_dropped():
    front, _ = split_front_matter("---\nauthors:\n  - admin\n  - Nora Quill\n  - Staff\n---\nBody text.")
    assert front.authors == ["Nora Quill"]


def test_no_front_matter():
    assert split_front_matter("Body text.\n---\n") == (None, "Body text.\n---\n")


# The reader of the block (which reads only the keys the fields come from, and finds the
# closing line with str.find) gives what a plain reader of every key and the block
# pattern give.

BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(.{0,20000}?)\n---[ \t]*(?:\n|\Z)", re.S)
KEY_LINE = re.compile(r"^([A-Za-z_][\w-]{0,40}):[ \t]*(.*)$", re.M)


def load_every_key(block: str) -> dict:
    data: dict = {}
    key = items = folded = None
    for line in block.split("\n"):
        stripped = line.strip()
        if not stripped or stripped[0] == "#":
            continue
        if line[0] not in " \t":
            if key is not None:
                _close(data, key, items, folded)
            key, items, folded = None, None, None
            m = KEY_LINE.match(line)
            if not m:
                continue
            key, value = m.group(1), m.group(2).strip()
            if value in (">", "|", ">-", "|-", ">+", "|+"):
                folded = []
            elif value:
                data[key] = _scalar(value)
                key = None
            continue
        if key is None:
            continue
        if stripped.startswith("- ") or stripped == "-":
            items = [] if items is None else items
            if folded:
                items.append(" ".join(folded))
            folded = None
            value = stripped[1:].strip()
            if value in (">", "|", ">-", "|-"):
                folded = []
            elif value:
                items.append(_scalar(value))
        elif folded is not None:
            folded.append(stripped)
    _close(data, key, items, folded)
    return data


def reference(text: str):
    m = BLOCK.match(text)
    if not m:
        return None, text
    return _interpret(load_every_key(m.group(1))), text[m.end():]


KEYS = st.sampled_from(["title", "post_title", "categories", "category", "author", "authors", "date", "post_date",
                        "ID", "layout", "tags", "x-y", "Title", "bad key", "1st", "_under", "a" * 45])
VALUES = st.sampled_from(["", " ", "Storm hits coast", "'quoted'", '"Jane Roe"', "[a, b, 'c']", ">", "|", ">-", "|+",
                          "2016-03-07 20:02:07", "March 7, 2016", "topNews", "world-news", "a: b", "&amp; co"])
LINE = st.one_of(
    st.tuples(KEYS, st.sampled_from([":", ": ", ":\t", " :"]), VALUES).map("".join),
    st.tuples(st.sampled_from(["  ", "\t", "    ", " \xa0"]), st.sampled_from(["- ", "-", "", "# "]), VALUES).map("".join),
    st.sampled_from(["", "   ", "# comment", "\xa0x", "---", "--- ", "---x", "plain line", "\r"]),
)
TEXT = st.tuples(st.sampled_from(["---\n", "\ufeff---\n", "--- \t\n", "---x\n", ""]),
                 st.lists(LINE, max_size=12).map("\n".join),
                 st.sampled_from(["\n---\n", "\n---", "\n--- \nbody", "\n---x\n---\nbody", "", "\n----\n"]),
                 st.sampled_from(["Body text.", "", "\n---\nmore"])).map("".join)


@pytest.mark.speed_equivalence
@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_front_matter_as_the_plain_reader_reads_it(text):
    got, rest = split_front_matter(text)
    want, want_rest = reference(text)
    assert rest == want_rest
    assert (got is None) == (want is None)
    if got is not None:
        assert got == want


@pytest.mark.speed_equivalence
@pytest.mark.parametrize("size", [19_999, 20_000, 20_001])
def test_block_up_to_the_limit_is_front_matter(size):
    text = "---\ntitle: x\n" + "y" * (size - len("title: x\n")) + "\n---\nbody"
    got, want = split_front_matter(text), reference(text)
    assert got[1] == want[1] and (got[0] is None) == (want[0] is None) == (size > 20_000)
