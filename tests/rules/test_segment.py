"""One small statement per layout of GENRE.md: the labels and speakers the segmenter must give."""

import pytest

from pipeline.rules.blocks import mask_spoken_marks
from pipeline.rules.segment import segment_statement
from tests.rules.segment_helpers import label_at, quote_names


def segments_of(text, rules, publisher=None):
    """(label, text, speaker name or org) for every segment, in order."""
    segments, speakers = segment_statement(text, rules, publisher)
    names = {s["id"]: s["name"] or s["org"] or s["role"] for s in speakers}
    return [(s["label"], text[s["start"] : s["end"]], names.get(s.get("speaker"))) for s in segments]


RUN_ON = (
    "PolicyWire\nPrintable version\n\n"
    "Police warn over HarbourChat rollout\n\n"
    "Maria Okafor, Deputy Commissioner at the National Cyber Unit, said:\n\n"
    "\u201cWe support strong encryption, but not like this.\n\n"
    "\u201cOffenders will go undetected.\u201d\n\n"
    "Notes to editors\n\n"
    "  \u2022 The unit has 300 officers.\n\n"
    "Share this article"
)
VERBLESS = (
    "Charity reacts to encryption plan\n\n"
    "Amira Haddad, Chief Executive of SafeKids, responds to the announcement by Parley\n\n"
    "\u201cThis decision will leave children exposed.\n\n"
    "\u201cParley must pause the rollout.\u201d"
)
ATTRIBUTION_AFTER = (
    'Encryption bill criticised\n\n'
    '"The bill would break the security of every user," said Tomas Lind, director of the Open Lab. '
    '"It cannot be fixed."\n\n'
    "He added:\n\n"
    '"We will keep fighting it in Parliament."'
)
COLON_BLOCK = (
    "Ministry statement on messaging apps\n\n"
    "The Minister for Home Security, Kofi Mensah, said:\n\n"
    "This Government supports strong encryption.\n\n"
    "But companies must be able to act on a warrant.\n\n"
    "ENDS"
)
SPOKESPERSON = (
    "Police chief calls for lawful access\n\n"
    "The head of the national police unit has called for lawful access to encrypted chats.\n\n"
    '"Our investigations are going dark," Chief Constable Ruth Mbeki said.\n\n'
    '"We already protect our users and work with police on valid requests," a spokesperson for Parley said.'
)
TRANSCRIPT = (
    "Morning Briefing: transcript\n\n"
    "PRESENTER: Is encryption making children less safe?\n\n"
    "DR AMARA OSEI: No. Weakening it makes everyone less safe.\n\n"
    "PRESENTER: And the police view?\n\n"
    "DR AMARA OSEI: They want access that cannot be built safely."
)
REPORTED = (
    "Company defends encryption\n\n"
    "Parley said on Monday that it would not build a backdoor into its app. "
    'Critics called the policy "reckless".'
)
LETTER = (
    "Open letter to the Minister\n\n"
    "Dear Minister,\n\n"
    "We, the undersigned, urge you to withdraw clause 9, which would require scanning of private messages.\n\n"
    "Yours sincerely,\n\n"
    "Open Rights Lab\nPrivacy Now, Kestria\nJournalists Union of Aldmere"
)
FRONT_MATTER = (
    "FOR IMMEDIATE RELEASE\n"
    "LONDON, 12 March 2024\n\n"
    "Charity urges pause on encryption\n\n"
    "SafeKids today called on Parley to pause its rollout.\n\n"
    "About SafeKids\n\n"
    "SafeKids is a charity founded in 1990.\n\n"
    "ENDS"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            RUN_ON,
            [
                ("boilerplate", "PolicyWire", None),
                ("boilerplate", "Printable version", None),
                ("headline", "Police warn over HarbourChat rollout", None),
                ("lead", "Maria Okafor, Deputy Commissioner at the National Cyber Unit, said:", None),
                ("quote", "We support strong encryption, but not like this.", "Maria Okafor"),
                ("quote", "Offenders will go undetected.", "Maria Okafor"),
                ("note", "Notes to editors", None),
                ("note", "The unit has 300 officers.", None),
                ("boilerplate", "Share this article", None),
            ],
        ),
        (
            VERBLESS,
            [
                ("headline", "Charity reacts to encryption plan", None),
                ("lead", "Amira Haddad, Chief Executive of SafeKids, responds to the announcement by Parley", None),
                ("quote", "This decision will leave children exposed.", "Amira Haddad"),
                ("quote", "Parley must pause the rollout.", "Amira Haddad"),
            ],
        ),
        (
            ATTRIBUTION_AFTER,
            [
                ("headline", "Encryption bill criticised", None),
                ("quote", "The bill would break the security of every user,", "Tomas Lind"),
                ("lead", "said Tomas Lind, director of the Open Lab.", None),
                ("quote", "It cannot be fixed.", "Tomas Lind"),
                ("lead", "He added:", None),
                ("quote", "We will keep fighting it in Parliament.", "Tomas Lind"),
            ],
        ),
        (
            COLON_BLOCK,
            [
                ("headline", "Ministry statement on messaging apps", None),
                ("lead", "The Minister for Home Security, Kofi Mensah, said:", None),
                ("quote", "This Government supports strong encryption.", "Kofi Mensah"),
                ("quote", "But companies must be able to act on a warrant.", "Kofi Mensah"),
                ("boilerplate", "ENDS", None),
            ],
        ),
        (
            SPOKESPERSON,
            [
                ("headline", "Police chief calls for lawful access", None),
                ("lead", "The head of the national police unit has called for lawful access to encrypted chats.", None),
                ("quote", "Our investigations are going dark,", "Ruth Mbeki"),
                ("lead", "Chief Constable Ruth Mbeki said.", None),
                ("quote", "We already protect our users and work with police on valid requests,", "Parley"),
                ("lead", "a spokesperson for Parley said.", None),
            ],
        ),
        (
            TRANSCRIPT,
            [
                ("headline", "Morning Briefing: transcript", None),
                ("lead", "PRESENTER:", None),
                ("quote", "Is encryption making children less safe?", "Presenter"),
                ("lead", "DR AMARA OSEI:", None),
                ("quote", "No. Weakening it makes everyone less safe.", "Amara Osei"),
                ("lead", "PRESENTER:", None),
                ("quote", "And the police view?", "Presenter"),
                ("lead", "DR AMARA OSEI:", None),
                ("quote", "They want access that cannot be built safely.", "Amara Osei"),
            ],
        ),
        (
            REPORTED,
            [
                ("headline", "Company defends encryption", None),
                (
                    "body",
                    'Parley said on Monday that it would not build a backdoor into its app. '
                    'Critics called the policy "reckless".',
                    None,
                ),
            ],
        ),
        (
            LETTER,
            [
                ("headline", "Open letter to the Minister", None),
                ("body", "Dear Minister,", None),
                (
                    "body",
                    "We, the undersigned, urge you to withdraw clause 9, which would require scanning of private messages.",
                    None,
                ),
                ("body", "Yours sincerely,", None),
                ("note", "Open Rights Lab", None),
                ("note", "Privacy Now, Kestria", None),
                ("note", "Journalists Union of Aldmere", None),
            ],
        ),
        (
            FRONT_MATTER,
            [
                ("boilerplate", "FOR IMMEDIATE RELEASE", None),
                ("boilerplate", "LONDON, 12 March 2024", None),
                ("headline", "Charity urges pause on encryption", None),
                ("body", "SafeKids today called on Parley to pause its rollout.", None),
                ("note", "About SafeKids", None),
                ("note", "SafeKids is a charity founded in 1990.", None),
                ("boilerplate", "ENDS", None),
            ],
        ),
    ],
    ids=["run_on_quote", "verbless_lead", "attribution_after", "colon_block", "spokesperson", "transcript",
         "reported_speech", "letter_signatories", "front_matter"],
)
def test_layout_is_segmented_with_its_speakers(rules, text, expected):
    assert segments_of(text, rules) == expected


def test_the_charity_said_resolves_to_the_publisher(rules):
    text = 'Charity responds\n\n"We need action now," a spokesperson for the charity said.'
    segments, speakers = segment_statement(text, rules, publisher="SafeKids")
    assert speakers == [{"id": "s1", "name": None, "role": "spokesperson", "org": "SafeKids"}]


def test_editorial_brackets_stay_inside_the_quote(rules):
    text = (
        "Minister speaks\n\n"
        '"If [the platforms] could see it, we could stop it," said Jane Roe, Minister for Security.'
    )
    labels = segments_of(text, rules)
    assert labels[1] == ("quote", "If [the platforms] could see it, we could stop it,", "Jane Roe")


def test_segments_never_overlap_and_stay_inside_the_text(rules):
    for text in (RUN_ON, VERBLESS, ATTRIBUTION_AFTER, COLON_BLOCK, SPOKESPERSON, TRANSCRIPT, LETTER):
        segments, _ = segment_statement(text, rules)
        ends = [0]
        for segment in segments:
            assert ends[-1] <= segment["start"] < segment["end"] <= len(text)
            ends.append(segment["end"])


def test_parliamentary_record_keeps_speakers_across_short_labels_and_procedure(rules):
    text = (
        "New Clause 7\n\n"
        "Marama Te Huia (Waikura North) (Green Commonwealth): I beg to move, That the clause be read a Second time.\n\n"
        "Daniel Okoro (Port Haldane) (National Party): Will the hon. Member give way?\n\n"
        "Marama Te Huia: I will.\n\n"
        "The Minister for Security (Priya Raman): This Government support strong encryption.\n\n"
        "Question put, That the clause be read a Second time.\n\n"
        "The House divided: Ayes 48, Noes 71."
    )
    quotes = [(label, speaker) for label, _, speaker in segments_of(text, rules) if label in ("quote", "body")]
    assert quotes == [
        ("quote", "Marama Te Huia"),
        ("quote", "Daniel Okoro"),
        ("quote", "Marama Te Huia"),
        ("quote", "Priya Raman"),
        ("body", None),
        ("body", None),
    ]


@pytest.mark.parametrize("publisher", ["The Guardian", None])
def test_british_single_quotes_and_the_agency_named_earlier(rules, publisher):
    text = (
        "Police chief attacks plan\n\n"
        "The head of the National Crime Agency has criticised Meta.\n\n"
        "\u2018This is a disappointing decision,\u2019 said Graeme Biggar, the agency\u2019s director general. "
        "\u2018Children will be less safe.\u2019"
    )
    segments, speakers = segment_statement(text, rules, publisher)
    assert speakers == [{"id": "s1", "name": "Graeme Biggar", "role": "director general", "org": "National Crime Agency"}]
    assert [text[s["start"] : s["end"]] for s in segments if s["label"] == "quote"] == [
        "This is a disappointing decision,", "Children will be less safe."
    ]


def test_inline_colon_attribution_in_the_second_block_is_not_a_subtitle(rules):
    text = 'Apple responds\n\nIn a statement, Apple said: "We will never build a backdoor."'
    assert segments_of(text, rules)[1:] == [
        ("lead", "In a statement, Apple said:", None),
        ("quote", "We will never build a backdoor.", "Apple"),
    ]


@pytest.mark.parametrize("text", ["Statement for the Record", "\u00bb y", "\u2019Twas a night", '" x', "Q:\n\nA:"])
def test_odd_statements_are_segmented_without_error(rules, text):
    segments, _ = segment_statement(text, rules)
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in segments)


def test_inline_colon_quotes_after_a_group_lead_each_have_their_own_speaker(rules):
    text = (
        "Commission proposes new rules\n\n"
        "Members of the College said:\n\n"
        "Vice-President Margaritis Schinas said: \u201cChild sexual abuse is a growing danger.\u201d\n\n"
        "Commissioner for Home Affairs, Ylva Johansson, said: \u201cIt is our duty to protect children.\u201d\n\n"
        "Press contacts:\nAnitta HIPPER (+32 2 298 56 91)"
    )
    assert segments_of(text, rules)[2:] == [
        ("lead", "Vice-President Margaritis Schinas said:", None),
        ("quote", "Child sexual abuse is a growing danger.", "Margaritis Schinas"),
        ("lead", "Commissioner for Home Affairs, Ylva Johansson, said:", None),
        ("quote", "It is our duty to protect children.", "Ylva Johansson"),
        ("boilerplate", "Press contacts:", None),
        ("boilerplate", "Anitta HIPPER (+32 2 298 56 91)", None),
    ]


def test_repeated_pull_quote_signed_on_the_next_line(rules):
    text = (
        "Police warn on encryption\n\n"
        "\u201cWe cannot see them any more,\u201d said Noor Haddad, a parent.\n\n"
        "\u201cThe offenders have not stopped.\u201d\nIngrid Solheim, Karsland Police\n\n"
        "The force says reports have halved."
    )
    assert segments_of(text, rules)[3:6] == [
        ("quote", "The offenders have not stopped.", "Ingrid Solheim"),
        ("lead", "Ingrid Solheim, Karsland Police", None),
        ("body", "The force says reports have halved.", None),
    ]


@pytest.mark.parametrize(
    "line, label",
    [
        ("Transcript: Chief Constable Amara Osei on encryption", "headline"),
        ("Joint statement: Say no to chat control in the Marches", "headline"),
        ("STATEMENT: Police respond to plan", "headline"),
    ],
)
def test_a_release_label_before_the_title_shares_its_line_segment(rules, line, label):
    # the label was cut off its block and then lost: "Transcript" lay in no segment at all
    text = line + "\n\nThe chief constable spoke to the committee about encrypted messaging services today."
    assert segments_of(text, rules)[0] == (label, line, None)


@pytest.mark.parametrize(
    "text",
    ['Lord Hale (Con): Rubbish.\u2029"', "Headline\x0b\n\nBody text\x1c", "\u3000Title\u3000\n\nText\u2028"],
)
def test_segments_never_start_or_end_on_unicode_whitespace(rules, text):
    segments, _ = segment_statement(text, rules)
    assert segments and all(not text[s["start"]].isspace() and not text[s["end"] - 1].isspace() for s in segments)


def test_she_said_finds_the_name_in_the_previous_paragraph(rules):
    # the look-back for "she said" is bounded (2,000 characters) but still reaches the paragraph before
    text = (
        "Regulator warns on scanning\n\n"
        "Ada Lindqvist, the regulator's chief technologist, gave evidence on Tuesday. " + "The session ran long. " * 20 + "\n\n"
        '"Scanning cannot be made safe," she said.'
    )
    assert segments_of(text, rules)[2:] == [
        ("quote", "Scanning cannot be made safe,", "Ada Lindqvist"),
        ("lead", "she said.", None),
    ]


def test_a_long_run_of_spaces_inside_a_line_ends_the_block_there(rules):
    from pipeline.rules.blocks import split_blocks

    text = "Name of the unit" + " " * 80 + "Phone number\nNext line"
    blocks = split_blocks(text, rules.bullet)
    assert [b.text(text) for b in blocks] == ["Name of the unit", "Phone number", "Next line"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a user name under a long header line starts a line of its own ...
        ("#3  Odile Brankstone (obrank) \u00b7 Core developer  \u00b7  3 Mar 2025, 09:41\nquillon_88 said:",
         ["#3  Odile Brankstone (obrank) \u00b7 Core developer  \u00b7  3 Mar 2025, 09:41", "quillon_88 said:"]),
        # ... while a sentence broken before a lower-case word goes on
        ("The Authority published the draft Online Safety Regulations in August and\nthe consultation closes soon.",
         ["The Authority published the draft Online Safety Regulations in August and\nthe consultation closes soon."]),
    ],
)
def test_a_line_is_joined_to_the_one_above_only_when_it_goes_on_with_its_sentence(rules, text, expected):
    from pipeline.rules.blocks import split_blocks

    assert [b.text(text) for b in split_blocks(text, rules.bullet)] == expected


WRAPPED_RELEASE = (
    "Quillon Ltd \u00b7 4 Dock Road \u00b7 Port Amberly\n\n"
    "Quillon will not install message scanning in Larkpost, says it will\n"
    "leave Tessaland if the Regulations pass\n\n"
    "PORT AMBERLY -- Quillon, the company behind the end-to-end encrypted\n"
    "messenger Larkpost, said today that it would not comply with the draft\n"
    "Online Safety (Detection) Regulations published by the Tessaland Communications\n"
    "Authority in August, and that it would leave rather than weaken encryption.\n\n"
    "\"We looked very hard at what the Authority is asking for, and we understand\n"
    "why it is asking,\" said Ines Korhal, chief executive of the company behind\n"
    "Larkpost. \"But there is no way to check every message against a list without\n"
    "building a scanner into every phone, and a scanner that exists for one list\n"
    "will be asked to search for others.\"\n\n"
    "Quillon Ltd. Registered in Tessaland, company no. 0881223.\n"
    "Registered office: 4 Dock Road, Port Amberly PA4 2LT.\n"
)


def test_a_text_wrapped_at_a_fixed_width_keeps_its_paragraphs_whole(rules):
    from pipeline.rules.blocks import split_blocks

    blocks = [WRAPPED_RELEASE[b.start : b.end] for b in split_blocks(WRAPPED_RELEASE, rules.bullet)]
    # lines that run to the width go on below, even before a capital ("Online Safety", "Authority")
    assert blocks[2].startswith("PORT AMBERLY") and blocks[2].endswith("weaken encryption.")
    assert blocks[3].endswith("search for others.\"")
    # a letterhead and the lines of a footer that end their sentences stay lines of their own
    assert blocks[0] == "Quillon Ltd \u00b7 4 Dock Road \u00b7 Port Amberly"
    assert blocks[-2:] == ["Quillon Ltd. Registered in Tessaland, company no. 0881223.",
                           "Registered office: 4 Dock Road, Port Amberly PA4 2LT."]
    # the attribution clause runs over the wrapped line to the second half of the quotation
    assert quote_names(WRAPPED_RELEASE, rules, "Quillon Ltd") == ["Ines Korhal", "Ines Korhal"]


@pytest.mark.parametrize(
    "after, expected",
    [
        ('"Lists grow."', [("quote", "Lists grow.", "Priya Vennard")]),
        # a quoted phrase, not a sentence: the publisher's words
        ('"Lists" grow.', [("body", '"Lists" grow.', None)]),
    ],
)
def test_a_short_whole_sentence_right_after_the_attribution_is_still_quoted(rules, after, expected):
    text = (
        "Group responds to the bill\n\n"
        '"We have seen this before," said Priya Vennard, policy lead at Northfold. ' + after
    )
    assert segments_of(text, rules)[1:3] == [
        ("quote", "We have seen this before,", "Priya Vennard"),
        ("lead", "said Priya Vennard, policy lead at Northfold.", None),
    ]
    assert segments_of(text, rules)[3:] == expected


EXPLAINER = (
    "Encryption explained: your questions answered\n\n"
    "Published 3 March 2026 | Northfold Digital Rights\n\n"
    "What is client-side scanning?\n\n"
    "Client-side scanning means software on your phone checks your messages before they are encrypted.\n\n"
    "Why does it matter?\n\n"
    'Anyone who controls the list controls what gets reported. "We have seen this before," said Priya '
    'Vennard, policy lead at Northfold.'
)


def test_a_sentence_case_title_over_its_publication_line_stays_the_headline(rules):
    assert segments_of(EXPLAINER, rules)[:3] == [
        ("headline", "Encryption explained: your questions answered", None),
        ("boilerplate", "Published 3 March 2026 | Northfold Digital Rights", None),
        ("headline", "What is client-side scanning?", None),
    ]


def test_the_answer_under_an_explainers_question_heading_is_not_a_lead(rules):
    assert segments_of(EXPLAINER, rules)[3] == (
        "body", "Client-side scanning means software on your phone checks your messages before they are encrypted.", None)


def test_an_faq_question_with_an_apostrophe_is_still_a_heading(rules):
    text = (
        "Encryption: frequently asked questions\n\n"
        "Can Cinderline read my messages?\n\n"
        "No. We never hold the keys, so we cannot read them or hand them to anyone.\n\n"
        "Doesn\u2019t encryption help criminals?\n\n"
        "Some criminals use encrypted apps, and so do the people they would otherwise rob.\n\n"
        "Won't you scan messages if the law changes?\n\n"
        "We would tell you before anything changed, and we would challenge the law in court."
    )
    labels = {segment_text: label for label, segment_text, _ in segments_of(text, rules)}
    assert [labels[q] for q in ("Can Cinderline read my messages?", "Doesn\u2019t encryption help criminals?",
                                "Won't you scan messages if the law changes?")] == ["headline"] * 3


DASH_DIALOGUE = (
    "Ministers hear different views on encryption\n\n"
    "PORT KAIORA, 28 October 2025 \u2014 Speakers set out sharply different views on encryption.\n\n"
    "\u2014 Our members do not all agree on this, and that is why we discuss it in the open, Mr Ahomana said.\n\n"
    "\u2014 Three of our members are drafting laws on it right now.\n\n"
    "Mikaere Tuilagi, chief technology officer of Outrigger Networks, which runs the Vaka service, said that "
    "building such access would put every user at risk.\n\n"
    "\u2014 If there is a door, it is a door, and someone else will find the handle, he said.\n\n"
    "The Forum will publish a summary of the session.\n\n"
    "\u2014 publish the assessment;\n"
    "\u2014 meet survivors."
)


def test_dash_dialogue_is_quoted_speech_and_a_dash_list_is_not(rules):
    assert segments_of(DASH_DIALOGUE, rules)[2:] == [
        ("quote", "Our members do not all agree on this, and that is why we discuss it in the open,", "Mr Ahomana"),
        ("lead", "Mr Ahomana said.", None),
        ("quote", "Three of our members are drafting laws on it right now.", "Mr Ahomana"),
        ("body", DASH_DIALOGUE.split("\n\n")[4], None),
        ("quote", "If there is a door, it is a door, and someone else will find the handle,", "Mikaere Tuilagi"),
        ("lead", "he said.", None),
        ("body", "The Forum will publish a summary of the session.", None),
        ("body", "publish the assessment;", None),
        ("body", "meet survivors.", None),
    ]


@pytest.mark.parametrize("ending, last", [("Ingrid", "Ingrid"), ("* * *", "Both views are welcome here.")])
def test_an_email_published_in_full_is_its_senders_words_down_to_the_sign_off_or_separator(rules, ending, last):
    text = (
        "Leaked email: Sandpiper will not switch on default encryption\n\n"
        "We publish the email in full below, with the names of junior staff removed.\n\n"
        "From: Ingrid Abaraonye-Steele <ingrid@sandpiper.example>\n"
        "To: all-staff\n"
        "Subject: Hushpost in Selmara\n\n"
        "Hi all,\n\n"
        "We are not going to switch on default end-to-end encryption in June.\n\n"
        "Both views are welcome here.\n\n"
        f"{ending}\n\n"
        "The Online Safety Office said the Act does not require any provider to break encryption."
    )
    segments = segments_of(text, rules)
    header = [s for s in segments if s[1].startswith(("From:", "To:", "Subject:"))]
    assert {label for label, _, _ in header} == {"boilerplate"}
    quoted = [segment_text for label, segment_text, name in segments if label == "quote" and name == "Ingrid Abaraonye-Steele"]
    assert quoted[0] == "Hi all," and quoted[-1] == last
    assert segments[-1][0] == "body"


LINE_BY_LINE = (
    "The Minister\u2019s speech on encryption, line by line\n\n"
    "On Monday the Minister of Justice, Casimir Dunleavy-Rost, told the Security Conference that the bill "
    "would make messaging apps safe by design. Below we go through its central passages one by one.\n\n"
    "1. \u201cWe are not against encryption\u201d\n\n"
    "Mr Dunleavy-Rost began:\n\n"
    "\u201cThis Government is not against encryption. I use it every day.\u201d\n\n"
    "2. Our answer\n\n"
    "We agree with every word of that, but the bill touches the private messages of six million people."
)


def test_a_speech_the_publisher_reports_is_no_speech_page_and_numbered_headings_keep_their_number(rules):
    segments = segments_of(LINE_BY_LINE, rules)
    assert segments[0] == ("headline", "The Minister\u2019s speech on encryption, line by line", None)
    assert segments[1][0] != "quote"  # the publisher's report of the speech, not the speech
    assert ("headline", "1. \u201cWe are not against encryption\u201d", None) in segments
    assert ("headline", "2. Our answer", None) in segments
    assert ("quote", "This Government is not against encryption. I use it every day.", "Casimir Dunleavy-Rost") in segments


def test_a_letter_quoting_its_addressee_gives_the_words_to_the_person_it_greets(rules):
    text = (
        "Letter to Gleam on encryption\n\n"
        "Dear Ms Brancusi,\n\n"
        "Thank you for meeting my team on 2 July. I am writing to set out the Regulator's position.\n\n"
        "On 30 June you wrote on Gleam\u2019s blog:\n\n"
        '"Privacy is a right, not a feature, and from this autumn every message on Gleam will be encrypted."'
    )
    assert quote_names(text, rules) == ["Ms Brancusi"]  # not a person called "On"


@pytest.mark.parametrize("full, expected", [("Windrose Messaging Ltd", "Windrose Messaging Ltd"),
                                            ("Windrose Messenger", "Windrose")])  # a product is no fuller name
def test_a_spokesperson_of_a_company_named_short_gets_its_full_legal_name(rules, full, expected):
    text = (
        "Regulator fines messaging company\n\n"
        f"The regulator fined {full} 4.8 million for failing to keep its interception capability.\n\n"
        '"We will appeal, because the order would mean building a backdoor," a Windrose spokesperson said.'
    )
    segments, speakers = segment_statement(text, rules)
    assert [s["org"] for s in speakers] == [expected]


@pytest.mark.parametrize("word", ["s.122 of the Online Safety Act, would allow", "x25519 key agreement, which the app uses"])
def test_a_section_number_or_an_algorithm_name_goes_on_with_the_wrapped_sentence(rules, word):
    from pipeline.rules.blocks import split_blocks

    text = f"The minister said the order, made under the powers granted by\n{word} the regulator to act."
    assert [b.text(text) for b in split_blocks(text, rules.bullet)] == [text]


@pytest.mark.parametrize("text, expected", [
    # spoken marks in a transcript: "QUOTE ... UNQUOTE" stand for quotation marks of the same length
    ("He said QUOTE we will not scan UNQUOTE and left.", "He said \u201cwe will not scan\u201d and left."),
    # "UNQUOTE" with no "QUOTE" before it is a word of the text
    ("Police warn over encryption rollout UNQUOTE", "Police warn over encryption rollout UNQUOTE"),
])
def test_spoken_quotation_marks_are_masked_only_in_pairs(text, expected):
    masked = mask_spoken_marks(text)
    assert len(masked) == len(text) and " ".join(masked.split()) == " ".join(expected.split())


@pytest.mark.parametrize("degree", ["Dr. iur.", "Dr. rer. nat.", "Dr."])
def test_an_academic_degree_in_parts_does_not_end_the_attribution_after_a_quote(rules, degree):
    text = (
        "Consultation opened\n\nThe office opened a consultation on the ordinance today.\n\n"
        '"The consultation is the place where these positions can be set out and weighed," says FOCS Director '
        f'{degree} Reto Gsponer. "Our task is to describe what the law requires today."\n\nMore text follows here.'
    )
    assert quote_names(text, rules) == ["Reto Gsponer", "Reto Gsponer"]


def test_initials_before_a_short_word_do_not_carry_an_attribution_into_the_next_sentence(rules):
    text = ("Scanning row\n\nThe bill passed on Tuesday.\n\n"
            "\u201cThis breaks encryption,\u201d said Jo Roe, who leads the E.U. unit. The Home Office disagreed.\n")
    assert label_at(text, rules, "The Home Office disagreed") == "body"


def test_a_support_hub_is_no_person_for_a_pronoun_to_find(rules):
    text = ("University moves tutor chats to encryption\n\nProf Anneliese Roe, Pro-Vice-Chancellor, said:\n\n"
            "\u201cOur students tell us things in these chats that they tell nobody else.\u201d\n\n"
            "Students will still be able to forward any message to the Student Support Hub or to campus security.\n\n"
            "\u201cA student who is being harassed should not have to wonder who can read their tutor chat,\u201d she added.\n")
    assert quote_names(text, rules) == ["Anneliese Roe", "Anneliese Roe"]


def test_a_pastor_and_a_politician_who_share_a_surname_stay_two_speakers(rules):
    text = ("Church and MP disagree on scanning\n\n\u201cScanning is the only way,\u201d said Jo Roe, the MP for Eastfield.\n\n"
            "\u201cIt would turn every phone into a spy,\u201d said Pastor Roe, who leads the Eastfield chapel.\n")
    first, second = quote_names(text, rules)
    assert first == "Jo Roe" and second != "Jo Roe"


def test_she_said_under_a_paragraph_about_a_person_known_by_one_name_and_an_age(rules):
    text = ("Youth Parliament splits\n\nMembers narrowly rejected the motion.\n\n"
            "Opening the debate, Kolbrun, 16, from Harrowby, said:\n\n\u201cEvery one of us knows someone who has been "
            "sent pictures.\u201d\n\nShe told members that a friend had been contacted on a gaming app.\n\n"
            "Lirwen, 15, from Ettrick South, led the opposition to the motion.\n\n\u201cThe people who want to read "
            "our messages always say it is for our safety,\u201d she said.\n")
    assert quote_names(text, rules) == ["Kolbrun", "Lirwen"]


@pytest.mark.parametrize("paragraph", ["Signal, 12, and WhatsApp, 9, were named in the report.",
                                       "Telegram, 9, a messaging app, was named in the report.",
                                       "Overall, 45, of the pupils said they used it."])
def test_a_body_and_a_count_between_commas_is_no_one_named_by_an_age(rules, paragraph):
    text = ("Apps row\n\n\u201cScanning is wrong,\u201d said Jo Roe, the campaigner.\n\n"
            f"{paragraph}\n\n\u201cWe stand by it,\u201d she said.\n")
    assert quote_names(text, rules) == ["Jo Roe", "Jo Roe"]


def test_a_reverend_named_with_revd_and_then_by_surname_is_one_speaker(rules):
    text = ("Church speaks out\n\n\u201cPrivacy matters,\u201d said the Revd Jo Roe, the parish priest.\n\n"
            "\u201cSo do children,\u201d said Ms Roe.\n")
    names = quote_names(text, rules)
    assert names[0] == names[1] == "Jo Roe"
