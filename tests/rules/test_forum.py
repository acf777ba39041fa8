"""Forum threads: post headers, their authors and the posts a reply quotes."""

import pytest

from pipeline.rules.forum import is_handle, person_behind
from tests.rules.segment_helpers import label_at, quote_names

THREAD = (
    "Community  \u203a  Announcements\n\n"
    "Group chats are now end-to-end encrypted\n\n"
    "mira_d  [Staff]   Oct 22\n\n"
    "Hi everyone,\n\n"
    "Starting today, every group chat is end-to-end encrypted by default.\n"
    "Mira Dunsavel | Trust & Safety Product Lead, Tessmark\n\n"
    "\u2665 212    \u21a9 Reply\n\n"
    "parent_of_3   Oct 22\n\n"
    "I'll be honest, this worries me. My daughter is 12 and she is in fifteen groups.\n\n"
    "mira_d  [Staff]   Oct 23\n\n"
    "parent_of_3 said:\n\n"
    "Why can't you at least check pictures against the known-abuse lists?\n\n"
    "It's a fair question. Checking pictures against a list means reading them on the phone.\n\n"
    "Showing 3 of 31 replies \u00b7 Load more"
)


def test_a_thread_gives_each_post_to_its_header_and_a_signed_handle_to_the_signer(rules):
    assert quote_names(THREAD, rules) == [
        "Mira Dunsavel", "Mira Dunsavel", "parent_of_3", "parent_of_3", "Mira Dunsavel"]
    assert label_at(THREAD, rules, "mira_d  [Staff]   Oct 22") == "lead"
    assert label_at(THREAD, rules, "Oct 23") == "boilerplate"
    assert label_at(THREAD, rules, "\u2665 212") == "boilerplate"
    assert label_at(THREAD, rules, "parent_of_3 said") == "lead"


@pytest.mark.parametrize("word, expected", [("mira_d", True), ("bramblecat", True), ("Reuters", False), ("K9watch", True)])
def test_a_handle_is_lower_case_or_has_an_underscore_or_a_digit(word, expected):
    assert is_handle(word) is expected


@pytest.mark.parametrize(
    "handle, lines, expected",
    [
        ("mira_d", ["Ask below.", "Mira Dunsavel | Product Lead, Tessmark"], "Mira Dunsavel"),
        ("ohmtheo", ["Mira Dunsavel | Product Lead, Tessmark"], None),
    ],
)
def test_the_person_behind_a_handle_signs_with_a_first_name_the_handle_starts_with(handle, lines, expected):
    assert person_behind(handle, lines) == expected
