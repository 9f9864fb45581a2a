"""Dates as news pages write them, turned into ISO 8601."""
from __future__ import annotations

import re

from .. import patterns
from .data import MONTH_NAMES

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"

# Every form of each month of MONTH_NAMES, and its abbreviations of four letters or more
# ("sept", "févr", "Dez" is too short to be told from other words in most languages and
# is left out): form → month.
FOREIGN_MONTHS: dict[str, int] = {}
for _names in MONTH_NAMES.values():
    for _number, _forms in enumerate(_names, start=1):
        for _form in _forms.split("|"):
            FOREIGN_MONTHS.setdefault(_form, _number)
            if len(_form) > 4:
                FOREIGN_MONTHS.setdefault(_form[:4], _number)
_FOREIGN_MONTH = "(?P<fmonth>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")\.?"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2022-03-17, 2022-03-17T09:30:00Z, 2022-03-17 09:30+09:00
    patterns.compile(r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})"
                     r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
                     r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"),
    # ISO 8601's basic form: 20180619T055000+0900, 20180619T0550Z
    patterns.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)T(?P<hour>\d{2})(?P<minute>\d{2})"
                     r"(?P<second>\d{2})?(?:\.\d{1,9})?(?P<tz>Z|[+-]\d{2}:?\d{2})?(?!\d)"),
    # 2018年9月25日, 2018년 9월 25일, 2018/09/25, 2018.9.25, 2018. 9. 25.
    patterns.compile(r"(?<!\d)(?P<year>\d{4})\s?(?:[年년]|[/.])\s?(?P<mon>\d{1,2})\s?(?:[月월]|[/.])\s?"
                     r"(?P<day>\d{1,2})(?!\d)" + r"(?:\s?[日일.])?(?:,?\s?(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"),
    # March 17, 2022 / Mar. 17th 2022, 9:30 AM
    patterns.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I),
    # 17 March 2022 / 17th Mar 2022
    patterns.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME, re.I),
    # 03/17/2022 (US order; a first field over 12 is read as the day)
    patterns.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})" + _TIME),
    # 25. September 2018, 25 de septiembre de 2018, 25 сентября 2018 г.
    patterns.compile(r"(?<!\d)(?P<day>\d{1,2})\.?\s{1,3}(?:de\s)?" + _FOREIGN_MONTH + r",?\s{1,3}(?:de\s)?"
                     r"(?P<year>\d{4})" + _TIME, re.I),
    # 25.09.2018, 25.09.2018 14:30 (dots: the day first)
    patterns.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})(?!\d)" + _TIME),
    # 20180619 standing alone, as a meta tag gives it
    patterns.compile(r"^(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)$"),
)


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` as ISO 8601 (date, or date and time), else None."""
    if not text:
        return None
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            iso = _to_iso(m.groupdict())
            if iso:
                return iso
    return None


def _to_iso(g: dict[str, str | None]) -> str | None:
    """The groups of a date pattern's match as ISO 8601; None when they name no real date."""
    date = _iso_date(g)
    if date is None or g.get("hour") is None:
        return date
    time = _iso_time(g)
    return date if time is None else f"{date}T{time}"


def _iso_date(g: dict[str, str | None]) -> str | None:
    year = int(g["year"] or 0)
    month_name = g.get("month")
    foreign = g.get("fmonth")
    if month_name:
        month = MONTHS[month_name[:3].lower()]
        day = int(g["day"] or 0)
    elif foreign:
        month = FOREIGN_MONTHS.get(foreign.lower(), 0)
        day = int(g["day"] or 0)
    elif g.get("mon"):
        month, day = int(g["mon"] or 0), int(g["day"] or 0)
    else:
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        month, day = (b, a) if a > 12 else (a, b)  # a first field over 12 is the day
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso_time(g: dict[str, str | None]) -> str | None:
    """The time of day (with its zone), or None when it is no time of day (the date
    alone is kept then)."""
    hour, minute, second = int(g["hour"] or 0), int(g["minute"] or 0), int(g.get("second") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    tz = g.get("tz") or ""
    if tz and tz != "Z" and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return f"{hour:02d}:{minute:02d}:{second:02d}{tz}"
