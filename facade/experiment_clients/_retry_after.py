"""``Retry-After`` as RFC 9110 (section 10.2.3) defines it, and nothing looser.

``Retry-After = HTTP-date / delay-seconds``, ``delay-seconds = 1*DIGIT``. So
``10`` is ten seconds, while ``1_0``, ``1.5``, ``-3``, ``+3``, ``1e3`` and
non-ASCII digits are not a delay at all: Python's ``int``/``float`` would read
several of them, which is why the digits are matched, not converted blindly.
Surrounding spaces and tabs are allowed, since HTTP field parsing strips that
optional whitespace (RFC 9110 section 5.5) before the value is interpreted.
An HTTP-date is one of the three forms of section 5.6.7 (IMF-fixdate, and the
obsolete RFC 850 and asctime forms), always in GMT.

A value that is neither is ignored (the caller backs off as usual); a date in
the past means "now"; a delay beyond :data:`MAX_DELAY` is capped to it, so a
hostile header cannot overflow a float or a sleep.
"""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Callable, Mapping

__all__ = ["MAX_DELAY", "parse_retry_after", "retry_after_seconds"]

#: The largest delay reported, in seconds (about 31 years): anything longer is "longer than any
#: policy waits" and is capped rather than converted, so a 5,000-digit value costs nothing.
MAX_DELAY = 1e9

_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_LONG_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = r"(?P<hour>\d\d):(?P<minute>\d\d):(?P<second>\d\d)"
_DATES = (
    re.compile(rf"{_DAY}, (?P<day>\d\d) {_MONTH} (?P<year>\d{{4}}) {_TIME} GMT", re.ASCII),
    re.compile(rf"{_LONG_DAY}, (?P<day>\d\d)-{_MONTH}-(?P<year>\d\d) {_TIME} GMT", re.ASCII),
    re.compile(rf"{_DAY} {_MONTH} (?P<day>[ \d]\d) {_TIME} (?P<year>\d{{4}})", re.ASCII),
)
_MONTHS = {name: n for n, name in enumerate(calendar.month_abbr) if name}
_DIGITS = re.compile(r"\d+", re.ASCII)
_MAX_DIGITS = len(str(int(MAX_DELAY)))


def retry_after_seconds(value: str, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait for one ``Retry-After`` value, or None when it is not a valid one."""
    value = value.strip(" \t")
    if _DIGITS.fullmatch(value):
        if len(value.lstrip("0")) > _MAX_DIGITS:
            return MAX_DELAY
        return min(float(int(value)), MAX_DELAY)
    for pattern in _DATES:
        match = pattern.fullmatch(value)
        if match is not None:
            return _until(match, now())
    return None


def _until(match: re.Match[str], now: float) -> float | None:
    year = int(match["year"])
    if year < 100:  # RFC 850's two-digit year: the most recent year with those digits
        this_year = time.gmtime(now).tm_year
        year += this_year - this_year % 100
        if year > this_year + 50:
            year -= 100
    fields = (int(match["day"]), int(match["hour"]), int(match["minute"]), int(match["second"]))
    day, hour, minute, second = fields
    if not (1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 60):
        return None
    try:
        when = calendar.timegm((year, _MONTHS[match["month"]], day, hour, minute, second))
        time.gmtime(when)  # refuses 31 Feb and friends by round-tripping below
    except (OverflowError, ValueError):
        return None
    if time.gmtime(when)[:3] != (year, _MONTHS[match["month"]], day):
        return None
    return min(max(0.0, when - now), MAX_DELAY)


def parse_retry_after(
    headers: Mapping[str, str], now: Callable[[], float] = time.time
) -> float | None:
    """Seconds to wait from a response's ``Retry-After`` header, or None if absent or invalid."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    return None if value is None else retry_after_seconds(value, now)
