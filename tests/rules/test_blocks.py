"""Masks that read damaged text as the text it stands for, at the same length."""

import pytest

from pipeline.rules.blocks import mask_html_remnants
from tests.rules.segment_helpers import quote_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<p>&ldquo;We are here.&rdquo;</p>", "         \u201cWe are here.\u201d          "),
        ("4&nbsp;March", "4      March"),
        ("He said &quot;no&quot; today", 'He said      "no"      today'),
        # a breadcrumb's "&raquo;" and an address in angle brackets are left alone
        ("Home &raquo; News", "Home &raquo; News"),
        ("Contact <press@acme.org>", "Contact <press@acme.org>"),
    ],
)
def test_html_left_in_pasted_text_is_read_as_spaces_and_marks_of_the_same_length(text, expected):
    assert mask_html_remnants(text) == expected


def test_a_release_pasted_with_its_html_entities_quotes_its_speaker(rules):
    text = (
        "<h1>Charity urges a pause</h1>\n\n<p>Dr Nour al-Saffar, Chief Executive of the Trust, said:</p>\n\n"
        "<p>&ldquo;We support privacy online &ndash; for children most of all.</p>\n\n"
        "<p>&ldquo;But this plan would hide grooming from everyone.&rdquo;</p>"
    )
    assert quote_names(text, rules) == ["Nour al-Saffar"] * 2


def test_a_chat_exports_placeholder_is_no_html_tag():
    assert mask_html_remnants("<Media omitted>") == "<Media omitted>"
