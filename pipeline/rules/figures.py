"""Figures cited as evidence: "92%", "1.8 million children", "9,412 contacts", "£2bn", "seven in ten"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .summary_rules import SummaryRules

_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Figure:
    """A figure as written (`text` = the sentence's characters `start:end`) and its normalised value.

    value: the number with its scale applied (1.8 million -> 1800000.0; "seven in ten" -> 70.0 percent).
    unit: "%", a currency code ("GBP") or the counted thing ("children"); "" for a bare large number.
    qualifier: "more than", "around", ... when the text says so just before the figure.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str = ""

    @property
    def key(self) -> tuple[float, str]:
        """What two figures must share to be the same statistic: the value and the unit's last word."""
        return round(self.value, 6), (self.unit.split()[-1].lower() if self.unit else "")


def find_figures(text: str, rules: SummaryRules) -> list[Figure]:
    """Every figure in `text`, in order. A number counts only with a unit, a percent sign, a currency,
    a scale word or a thousands separator, so years, dates, ages, list numbers and page numbers do not."""
    figures = [f for f in (_numeric(m, text, rules) for m in rules.figure.finditer(text)) if f]
    lower = text.lower()
    if not any(cue in lower for cue in rules.word_figure_cues):
        return figures  # most sentences: no "per cent", "in ten", "million" for a word number to go with
    taken = [(f.start, f.end) for f in figures]
    for match in rules.word_figure.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            figure = _worded(match, text, rules)
            if figure:
                figures.append(figure)
    return sorted(figures, key=lambda f: f.start)


def _numeric(match: re.Match, text: str, rules: SummaryRules) -> Figure | None:
    number = match.group("num")
    value = float(number.replace(",", ""))
    currency = match.group("cur")
    percent, scale = match.group("pct"), match.group("scale")
    previous = text[max(0, match.start() - 24):match.start()].split()
    if previous and previous[-1].strip(".:#,").lower() in rules.not_after:
        return None  # "page 41", "Act 2024", "No. 40217", "March 2023"
    end = match.end()
    if scale:
        value *= rules.scales[scale.lower()]
    unit = ""
    if percent:
        unit = "%"
    elif currency:
        unit = rules.currencies[currency]
    else:
        unit, end = _unit_after(text, end, rules)
        if not unit and not scale and "," not in number:
            return None  # a bare number: a list marker, an age, a time of day
    if not currency and not percent and not scale and _YEAR.fullmatch(number):
        return None  # a year, even before a noun ("In 2024 companies ...")
    if unit and unit.split()[0] in rules.months:
        return None  # "10 March"
    start = match.start("cur") if currency else match.start("num")
    return Figure(text[start:end], start, end, value, unit, _qualifier(text, start, rules))


def _worded(match: re.Match, text: str, rules: SummaryRules) -> Figure | None:
    words = re.split(r"[\s-]+", match.group("num").lower())
    value = 0
    for word in words:
        if word == "hundred":
            value = (value or 1) * 100
        else:
            value += rules.word_numbers[word]
    end = match.end()
    if match.group("pct"):
        unit = "%"
    elif match.group("den"):
        denominator = rules.denominators[" ".join(match.group("den").lower().split())]
        if value >= denominator:
            return None
        value, unit = 100.0 * value / denominator, "%"  # "seven in ten" is a share: 70%
    else:
        value *= rules.scales[match.group("scale").lower()]
        unit, end = _unit_after(text, end, rules)
    return Figure(text[match.start():end], match.start(), end, float(value), unit,
                  _qualifier(text, match.start(), rules))


def _unit_after(text: str, end: int, rules: SummaryRules) -> tuple[str, int]:
    """The counted thing after a number: one lower-case word, or two when the second is a plural noun
    after an adjective ("90,000 innocent messages"); none when a function word follows."""
    first = rules.unit_word.match(text, end)
    if not first or first.group("w") in rules.unit_stopwords:
        return "", end
    second = rules.unit_word.match(text, first.end())
    if (second and not first.group("w").endswith("s") and second.group("w").endswith("s")
            and second.group("w") not in rules.unit_stopwords):
        return f"{first.group('w')} {second.group('w')}", second.end()
    return first.group("w"), first.end()


def _qualifier(text: str, start: int, rules: SummaryRules) -> str:
    """"more than", "around", ... when the words just before the figure are one of `qualifiers`."""
    before = " " + " ".join(text[max(0, start - 30):start].lower().split())
    for qualifier in rules.qualifiers:  # longest first
        if before.endswith(" " + qualifier):
            return qualifier
    return ""
