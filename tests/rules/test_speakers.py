"""Who a quotation is attributed to: bodies speaking through unnamed staff, and one-name speakers."""

import pytest

from pipeline.rules.attribution import parse_speaker
from pipeline.rules.segment import segment_statement
from pipeline.scoring import normalise_name

from tests.rules.segment_helpers import label_at, quote_names, quote_speakers


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        (
            "Regulator publishes scanning guidance\n\n"
            "The guidance sets out how providers should assess risk on messaging services.\n\n"
            "Asked whether the Authority would ever order scanning of private chats, a spokesperson said:\n\n"
            "\u201cThat will depend on the evidence, which we will review and publish every year.\u201d",
            "Tarvish Media Authority",
            [(None, "spokesperson", "Tarvish Media Authority")],
        ),
        (
            "Ministry responds to encryption report\n\n"
            "The Ministry of Civic Affairs has read the report closely and will reply in full.\n\n"
            "Asked about the report, a senior official said:\n\n"
            "\u201cEvery option remains open to us, and we will set out our position in the spring.\u201d",
            "Ministry of Civic Affairs of Ostrelia",
            [(None, "senior official", "Ministry of Civic Affairs")],
        ),
        (
            "Row over encrypted chats\n\n"
            "Nobody from the company would comment on the figures this week.\n\n"
            "A spokesperson said:\n\n"
            "\u201cWe do not discuss the details of any open investigation with reporters.\u201d",
            "The Westbrook Herald",
            [(None, "spokesperson", None)],
        ),
    ],
)
def test_unnamed_spokesperson_speaks_for_the_publishing_body_not_a_newspaper(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher) == expected


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        (
            "Court hears encryption case\n\n"
            "\u201cWe have always backed strong security for every user of the service,\u201d said Dana Whitlow, "
            "a lawyer for the app.\n\n"
            "A spokesperson for the Federal Crime Office said the ruling would be studied.\n\n"
            "\u201cOur officers will look for other ways to bring this case to court,\u201d the spokesperson said.",
            None,
            [("Dana Whitlow", "lawyer for the app", None), (None, "spokesperson", "Federal Crime Office")],
        ),
        (
            "Bill returns to parliament\n\n"
            "\u201cThis law would weaken the phones of millions of people,\u201d said Petra Lindqvist of the Open Code Trust.\n\n"
            "An Interior Ministry official, speaking on condition of anonymity, said the plans were lawful.\n\n"
            "\u201cAccess will only be given when a judge has signed a warrant,\u201d the official said.",
            None,
            [("Petra Lindqvist", None, "Open Code Trust"), (None, "official", "Interior Ministry")],
        ),
        (
            "Ministers split on scanning\n\n"
            "\u201cThe companies have had years to act and have chosen not to,\u201d said Tomas Brenn, Minister for Justice.\n\n"
            "A government source said the cabinet had not yet decided.\n\n"
            "\u201cWe will not rush a law this important through in a week,\u201d the source said.",
            "The Westbrook Herald",
            [("Tomas Brenn", "Minister for Justice", None), (None, "source", None)],
        ),
    ],
)
def test_the_spokesperson_is_the_one_the_prose_introduced_before(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Living with surveillance\n\n"
            "\u201cThe encrypted app was the only place he could not read what I wrote to my sister,\u201d "
            "Amira, who asked that her family name not be printed, told the paper.",
            [("Amira", None, None)],
        ),
        (
            "Company answers critics\n\n"
            "\u201cWe will keep encrypting every chat by default for all of our users,\u201d Lumenet, "
            "which runs the app, said on Tuesday.",
            [(None, None, "Lumenet")],
        ),
    ],
)
def test_a_single_name_followed_by_who_is_a_person(rules, text, expected):
    assert quote_speakers(text, rules) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Committee transcript\n\n"
            "Q1 THE CHAIR (Harriet Olufemi-Vance): Mr Castellan, when will you use the new power over messaging apps?\n\n"
            "TOBIAS CASTELLAN: Not this year. No tool has met the accuracy standard we set for private chats.\n\n"
            "Q2 THE CHAIR: So nothing will happen before the next election?\n\n"
            "TOBIAS CASTELLAN: Nothing that touches encrypted messages, no.\n\n"
            "Q3 MILES ARDENNE: Several providers have said they would leave the country rather than scan.",
            ["Harriet Olufemi-Vance", "Tobias Castellan", "Harriet Olufemi-Vance", "Tobias Castellan", "Miles Ardenne"],
        ),
    ],
)
def test_numbered_question_labels_name_the_member_asking(rules, text, expected):
    assert [name for name, _, _ in quote_speakers(text, rules)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Researchers disagree on scanning\n\n"
            "\u201cA scanner on every phone will be misused sooner or later,\u201d said Dr Oren Halvorsen, a cryptographer.\n\n"
            "\u201cNo audit can stop a list from growing once it exists,\u201d said Prof Saskia Lindqvist-Moreau, "
            "a security engineer.\n\n"
            "Halvorsen rejected that view, saying that public audits would show any change to the list.\n\n"
            "\u201cThe alternative is to leave abuse on these apps invisible for good,\u201d he said.",
            ["Oren Halvorsen", "Saskia Lindqvist-Moreau", "Oren Halvorsen"],
        ),
    ],
)
def test_a_pronoun_refers_to_the_surname_the_previous_paragraph_names(rules, text, expected):
    assert [name for name, _, _ in quote_speakers(text, rules)] == expected


def test_a_news_storys_the_company_is_the_body_it_names_most_not_the_newspaper(rules):
    text = (
        "Mother says app hid groomer\n\n"
        "Kerry Ash found the messages on her daughter's phone in March, months after they began.\n\n"
        "Pulsar, which says it has 40 million users, insists its encryption keeps youngsters safe. "
        "Pulsar did not say how many accounts it had banned.\n\n"
        "A spokeswoman for the company said:\n\n"
        "\u201cWe ban accounts that target young people using the signals we can see.\u201d"
    )
    assert quote_speakers(text, rules, "The Daily Beacon") == [(None, "spokeswoman", "Pulsar")]


@pytest.mark.parametrize(
    "attribution, expected",
    [
        ("said Colleen, Maddie\u2019s mother, who asked us not to use her surname.", "Colleen"),
        ("said Tomas, a father of two from Linthorpe.", "Tomas"),
    ],
)
def test_a_parent_known_by_a_first_name_in_a_split_quote(rules, attribution, expected):
    text = (
        "Parents back the petition\n\n"
        f"\u201cI used to think the apps were the danger,\u201d {attribution} \u201cNow I know better.\u201d"
    )
    assert quote_names(text, rules) == [expected, expected]


@pytest.mark.parametrize(
    "lead",
    [
        "Our Executive Director, Dr Maya Lindgren-Osei, spoke to Morning Report about the scanning plan.",
        "Maya Lindgren-Osei, our head of policy, spoke to Morning Report about the scanning plan.",
    ],
)
def test_the_publishers_own_person_gets_the_publisher_as_organisation(rules, lead):
    text = (
        "Transcript: on Morning Report\n\n" + lead + "\n\n"
        "PRESENTER: Should the police be able to read the messages of suspects?\n\n"
        "DR LINDGREN-OSEI: Not by weakening the security of everyone else, no."
    )
    speakers = quote_speakers(text, rules, publisher="Harbour Digital Rights")
    assert speakers[1] == ("Maya Lindgren-Osei", None, "Harbour Digital Rights")


def test_the_companys_statement_is_the_body_the_story_calls_a_company(rules):
    text = (
        "Police say kidnappers hide behind encrypted app\n\n"
        "\u201cWe cannot read a single message,\u201d said Commissioner of Police Musa Adeyemi-Okoro.\n\n"
        "A spokesperson for Harmattan Labs, the Port Ubari-based company that develops Kora, said the company "
        "deplored kidnapping.\n\n"
        "The company's statement in full:\n\n"
        "Kora messages are end-to-end encrypted so that nobody except the sender and the recipient can read them."
    )
    assert quote_speakers(text, rules) == [("Musa Adeyemi-Okoro", "Commissioner of Police", None),
                                          (None, None, "Harmattan Labs")]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Solas Og Chief Executive Gobnait Keohane", ("Gobnait Keohane", "Chief Executive", "Solas Og")),
        ("NATC Director PBGEN Rosalinda Cruz-Dimaano", ("Rosalinda Cruz-Dimaano", "Director PBGEN", "NATC")),
        ("Staff Sgt. Josee Okimaw-Brunet", ("Josee Okimaw-Brunet", "Staff Sgt.", None)),
        ("Dato\u2019 Ir. Dr. Rosli Hamzah, Chairman, SCMC", ("Rosli Hamzah", "Chairman", "SCMC")),
        # letters after the name are neither name nor role
        ("Celestine Ferrand MLC, Chair", ("Celestine Ferrand", "Chair", None)),
        ("Commissioner Rowan Treadgold APM, Ardmore Police", ("Rowan Treadgold", "Commissioner", "Ardmore Police")),
        ("Dame Jo Roe DBE", ("Dame Jo Roe", None, None)),
        # hyphenated offices before the name
        ("Attorney-General Clementine Faulconbridge", ("Clementine Faulconbridge", "Attorney-General", None)),
        ("Jo Roe, Secretary-General of the Council", ("Jo Roe", "Secretary-General", "Council")),
        # letters the lists do not know, and a predicate after the name, are neither name nor role
        ("The Hon Ivo Scarisbrick MHD", ("Ivo Scarisbrick", "Hon", "MHD")),
        ("Minister Ivo Scarisbrick updates the House on the Bill", ("Ivo Scarisbrick", "Minister", None)),
        ("Jean DUPONT, ministre", ("Jean DUPONT", "ministre", None)),
        # an office whose last word is a plural or a field, not the first word of the name
        ("Director of Criminal Investigations Wanjiru Okello-Mbeki", ("Wanjiru Okello-Mbeki", "Director of Criminal Investigations", None)),
        ("Director of Public Prosecutions Hal Ferrisby", ("Hal Ferrisby", "Director of Public Prosecutions", None)),
        ("Chief of Staff of the Defence Forces Amara Teodoro", ("Amara Teodoro", "Chief of Staff of the Defence Forces", None)),
        ("Chief of Staff Amara Teodoro", ("Amara Teodoro", "Chief of Staff", None)),
        ("Deputy Director of Operations Lio Brandt, Veska Police", ("Lio Brandt", "Deputy Director of Operations", "Veska Police")),
        # a common noun, then the body's name beside it
        ("a spokesperson for the regulator, the Veska Communications Authority", (None, "spokesperson", "Veska Communications Authority")),
        # a date after the title says when, not who
        ("Hon Liua Tamasese-Brandt, Minister of Internal Affairs \u2014 24 September 2025", ("Liua Tamasese-Brandt", "Minister of Internal Affairs", None)),
        ("Jo Roe, Chief Executive, Acme Trust | 3 March 2025", ("Jo Roe", "Chief Executive", "Acme Trust")),
        ("Jo Roe, Chief Executive (12 May 2025)", ("Jo Roe", "Chief Executive", None)),
        # a programme's label or "As" before the name, and what the talk was about after it
        ("Opening keynote: Kalinda Brisk, chair of the Messaging Operators Alliance, on why the industry will not move",
         ("Kalinda Brisk", "chair", "Messaging Operators Alliance")),
        ("As Orla Tregaskis of the Veska Digital Rights Forum", ("Orla Tregaskis", None, "Veska Digital Rights Forum")),
        # the same words as surnames, and a lone place in apposition
        ("Dr Maya Staff, head of research at the Forces Children's Trust", ("Maya Staff", "head of research", "Forces Children's Trust")),
        ("Detective Sergeant Priya Staff", ("Priya Staff", "Detective Sergeant", None)),
        ("Professor Ian Standards, director of the Centre for Cybersecurity Studies", ("Ian Standards", "director", "Centre for Cybersecurity Studies")),
        ("a spokeswoman for the interior ministry, Kestravia", (None, "spokeswoman", "interior ministry, Kestravia")),
        ("Dr Rachel Coast, head of policy", ("Rachel Coast", "head of policy", None)),
        # a date that belongs to the office stays in it
        ("Jo Roe, chair of the Inquiry into the Attack of 7 October 2023", ("Jo Roe", "chair of the Inquiry into the Attack of 7 October 2023", None)),
        ("Jo Roe, Commissioner since 1 April 2024", ("Jo Roe", "Commissioner since 1 April 2024", None)),
    ],
)
def test_a_body_role_and_name_in_a_row_and_titles_from_more_traditions(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role, found.org) == expected


def test_our_view_is_no_role_and_the_minister_is_the_one_the_lead_named(rules):
    text = (
        "Rights group answers the minister\n\n"
        "The Minister of Justice, Ms. Joanna Roe-Adeyemi, opened the debate on Tuesday. In our view, Mark Hale-Obi is simply wrong.\n\n"
        "\u201cThe bill breaks encryption for everyone,\u201d said Mark Hale-Obi.\n\n"
        "\u201cNobody is asking to break anything,\u201d the minister said."
    )
    speakers = quote_speakers(text, rules, publisher="Open Rights Lab")
    assert speakers[0] == ("Mark Hale-Obi", None, None)  # not the publisher's own
    assert speakers[1][0] == "Joanna Roe-Adeyemi"


def test_a_reporter_known_by_an_agency_and_a_city_is_no_person(rules):
    text = (
        "Press conference on the tracing rule\n\n"
        "COMMISSIONER ROE: We have made three arrests this week in the fraud case.\n\n"
        "Q (AFP, Paris): Which app did the suspects use, and did you ask for the messages?\n\n"
        "COMMISSIONER ROE: We asked, and the company said it cannot read them."
    )
    assert quote_speakers(text, rules)[1][0] is None


def test_a_given_name_in_two_words_is_the_person_the_story_named_in_full(rules):
    text = (
        "Roundtable on upload checks\n\n"
        "Ms Nurul Aisyah Kamarudin, founder of the charity Pelita Children\u2019s Network, said she had little patience "
        "for what she called hypothetical risks.\n\n"
        "\u201cI sit with mothers whose twelve-year-olds were blackmailed with their own photos,\u201d said Nurul Aisyah."
    )
    assert quote_names(text, rules) == ["Nurul Aisyah Kamarudin"]


def test_the_official_is_the_unnamed_official_the_story_introduced_even_in_a_split_quote(rules):
    text = (
        "Ministers prepare notice against encrypted app\n\n"
        "A senior official in the Department of Public Order, who asked not to be named, said the app had become "
        "the default channel for gangs.\n\n"
        "\u201cWe have tried asking nicely for four years,\u201d the official said.\n\n"
        "The company's founder said it would leave the country rather than comply.\n\n"
        "Asked whether the government would accept that, the senior official paused.\n\n"
        "\u201cIf the choice is a service we can\u2019t see into or no service at all,\u201d the official said, "
        "\u201cI know which one the police would pick.\u201d"
    )
    assert quote_speakers(text, rules) == [(None, "senior official", "Department of Public Order")] * 3


def test_a_sentence_split_by_he_said_in_straight_single_marks_is_one_speakers_with_an_apostrophe_inside(rules):
    # the second part's opening mark ends the attribution clause; "can't" is no closing mark
    text = (
        "Officers have charged eleven people.\n\n"
        "The region's Police and Crime Commissioner, Bryn Tallowmere, welcomed the charges. 'Encryption,' he said, "
        "'was never meant to be a hiding place. Parliament needs to act before the next network moves onto an app "
        "we can't get into.'\n\n"
        "Those charged will appear in court on 24 February."
    )
    segments, _ = segment_statement(text, rules)
    assert quote_names(text, rules) == ["Bryn Tallowmere", "Bryn Tallowmere"]
    assert [text[s["start"] : s["end"]] for s in segments if s["label"] == "quote"] == [
        "Encryption,", "was never meant to be a hiding place. Parliament needs to act before the next network "
        "moves onto an app we can't get into."]
    assert label_at(text, rules, "Those charged") == "body"


def test_a_paragraph_under_a_name_label_that_ends_in_a_colon_stays_the_speakers_though_it_says_heard_it_said(rules):
    text = (
        "Our response to the notice\n\n"
        "On Monday the Commission served us with a notice.\n\n"
        "Sigrun Mbeki-Lowe, Head of Trust & Safety:\n"
        "Encryption does not mean we do nothing. We have heard it said that an encrypted service is "
        "\"a dark room with the door locked\". Here is what we already do:\n\n"
        "\u2022 Reports from users. When someone reports a conversation, the messages go to our team.\n"
        "\u2022 Legal requests. We answer valid legal requests for the data we hold.\n\n"
        "None of this requires reading anyone's messages."
    )
    assert quote_names(text, rules) == ["Sigrun Mbeki-Lowe"] * 4


def test_the_commissioner_setting_out_objections_above_quoted_paragraphs_is_the_commissioner_named_before(rules):
    text = (
        "Commissioner rejects chat scanning\n\n"
        "Hohenbruck, 22 May 2025. The State Commissioner for Data Protection, Dr Henrike Waldtraut-Sarr, "
        "rejected the draft today.\n\n"
        "In her written statement to the Committee on Interior Affairs, the Commissioner sets out three objections:\n\n"
        "\u201eFirst, proportionality. The draft would require the checking of the messages of millions of people.\n\n"
        "\u201eSecond, security. Software that searches messages on the device is a new point of attack.\u201c"
    )
    # (compared as the scorer compares names: whether "Dr" stays in the name is not this test's concern)
    assert [normalise_name(name) for name in quote_names(text, rules)] == ["henrike waldtraut sarr"] * 2


def test_a_dash_signature_under_quotes_given_to_the_body_names_the_person_of_that_body(rules):
    text = (
        "Helpline responds to the plan to encrypt teen messages\n\n"
        "Kitewold Children\u2019s Helpline has responded to yesterday\u2019s announcement by Sproutly.\n\n"
        "\u201cEvery week our counsellors speak to teenagers who are being blackmailed.\n\n"
        "\u201cChildren deserve to be both private and protected.\u201d\n\n"
        "\u2014 Orla Brenfield-Fashola, Chief Executive, Kitewold Children\u2019s Helpline\n\n"
        "Notes to editors\n\n"
        "Kitewold Children\u2019s Helpline is a free, confidential service."
    )
    assert quote_names(text, rules) == ["Orla Brenfield-Fashola"] * 2
    assert label_at(text, rules, "Orla Brenfield-Fashola, Chief") == "lead"


@pytest.mark.parametrize("lead", ["u/quietfox_sec asked:", "@rin_audits came back with:"])
def test_a_forum_or_social_media_handle_introduces_the_quotation_under_it(rules, lead):
    text = (
        "What I said in the AMA\n\n"
        "On Thursday I answered questions for four hours.\n\n"
        f"{lead}\n\n"
        "\u201cIsn\u2019t client-side scanning just a backdoor with better PR?\u201d\n\n"
        "It isn\u2019t, and I think the word does real damage to this debate."
    )
    assert quote_names(text, rules) == [lead.split()[0]]


def test_one_of_the_publishers_people_known_by_a_first_name_introduces_the_quotations_under_her(rules):
    text = (
        "Refuge CEO on the Bill\n\n"
        "I do not usually post about tech policy.\n\n"
        "Our caseworker Nadia put it better than I can:\n\n"
        "\"When a mum messages us at 2am, she needs to know that nobody else can read it.\"\n\n"
        "\"The day she stops believing that is the day she stops messaging.\"\n\n"
        "Please share if you agree."
    )
    assert quote_speakers(text, rules) == [("Nadia", "caseworker", None)] * 2


def test_she_said_after_a_one_name_parent_introduced_with_whose_is_that_parent(rules):
    text = (
        "Parents and police on encrypted backups\n\n"
        "The charity has criticised the plan.\n\n"
        "Aoibh, whose 13-year-old daughter was groomed by a man she met on a gaming app, asked that her "
        "surname not be used. She said:\n\n"
        "He sent her hundreds of messages over four months.\n\n"
        "If those messages had been encrypted, nobody would ever have known."
    )
    assert quote_names(text, rules) == ["Aoibh", "Aoibh"]


def test_the_former_assistant_commissioner_is_the_person_the_text_said_retired_as_one(rules):
    text = (
        "Debate on the Bill\n\n"
        "The Centre hosted a debate.\n\n"
        "Bartholomew Ncube-Farley, who retired last year as an assistant commissioner of the Talvaria Police "
        "Service, spoke first.\n\n"
        "\u201cI spent thirty years watching technology change,\u201d he said.\n\n"
        "A member of the audience asked a question.\n\n"
        "\u201cI would tell her to report it,\u201d the former assistant commissioner said. "
        "\u201cBut we should not build such a system.\u201d"
    )
    assert quote_names(text, rules) == ["Bartholomew Ncube-Farley"] * 3


@pytest.mark.parametrize(
    "opening",
    [
        "As our patron, Dame Philippa Onyeka-Walde, told the launch of the report in May, ",
        "As the Commissioner, Liesel Quarterby-Oji, told the Justice Committee on 9 September, ",
    ],
)
def test_an_as_clause_naming_someone_who_told_an_audience_attributes_the_quotation_after_it(rules, opening):
    text = (
        "Our impact report\n\n"
        "Children told us that the harm began somewhere they thought was safe.\n\n"
        f"{opening}\u201cNobody in this room wants to read anyone\u2019s messages. We want companies to see "
        "when a child is being hurt.\u201d\n\n"
        "This year we answered 41,000 calls."
    )
    assert [normalise_name(name) for name in quote_names(text, rules)] == [
        normalise_name(opening.split(", ")[1])]


def test_a_role_named_in_passing_is_not_the_body_that_sets_out_its_demands(rules):
    text = (
        "Coalition writes to the Minister\n\n"
        "The Minister for Digital Affairs, Jo Roeburn, announced the Bill on Monday.\n\n"
        "In an open letter to the Minister, the Open Rights Coalition sets out three demands:\n\n"
        "\u201cFirst, no scanning of private messages. Second, no weakening of encryption.\u201d"
    )
    assert quote_speakers(text, rules) == [(None, None, "Open Rights Coalition")]


def test_a_court_quoted_in_its_own_registrys_release_speaks_for_itself(rules):
    text = (
        "Order to open encrypted messages breached privacy\n\n"
        "The Tribunal accepted that encryption could hamper investigations.\n\n"
        "The Tribunal stated:\n\n"
        "\u201cEncryption that works as intended is one of the main ways people protect their correspondence.\n\n"
        "\u201cOther means of obtaining the evidence appear to have been available.\u201d\n\n"
        "There had accordingly been a violation of Article 9."
    )
    assert quote_speakers(text, rules, "Marrow Regional Tribunal") == [(None, None, "Marrow Regional Tribunal")] * 2


def test_a_council_noting_in_its_own_minutes_is_not_quoted(rules):
    text = "Minutes of Full Council\n\nThe motion was carried.\n\nThis Council notes:\n\n" \
        "- that messaging apps are used by residents;\n- that the bill would weaken encryption."
    assert quote_speakers(text, rules, "Harbourtown City Council") == []


def test_notes_of_a_meeting_are_no_speech_header(rules):
    text = "Parents' Forum noticeboard\n\nNotes of the meeting held 5 March, St Cuthbert's hall\n\n" \
        "Present: Ana Roe (chair), Tom Lee.\n\nAna welcomed everyone and thanked the school for the hall."
    assert quote_speakers(text, rules, "Parents' Forum") == []


def test_she_said_under_quoted_paragraphs_is_the_person_introduced_above_them(rules):
    text = (
        "A word from our online harms team\n\n"
        "This week Detective Inspector Maya Ellery, who leads the force's abuse unit, spoke to us about apps.\n\n"
        "\u201cMost of our work starts with a tip-off from a platform.\n\n"
        "\u201cI am not asking anyone to delete their apps.\u201d\n\n"
        "\u201cEncryption keeps your bank details private,\u201d she said. \u201cIt should not keep abuse private.\u201d\n\n"
        "Tips for parents"
    )
    assert quote_names(text, rules) == ["Maya Ellery"] * 4


def test_she_said_with_nobody_introduced_leaves_the_publishers_text(rules):
    text = (
        "Safety tips\n\nTips for parents are below.\n\n"
        "\u201cMost of our work starts with a tip-off.\n\n"
        "\u201cEncryption keeps your details private,\u201d she said. \u201cIt should not keep abuse private.\u201d\n\nEnd."
    )
    assert quote_names(text, rules) == []
    assert label_at(text, rules, "she said") == "body"


def test_speaker_keys_in_a_sentence_map_initials_to_names(rules):
    text = (
        "Hashes and Keys podcast\n\nEpisode 4: lawful access\n\n"
        "This is an edited excerpt of the transcript. Speakers: JA Jonas Arkwright, PV Priya Venn, former forensic examiner.\n\n"
        "JA: Priya, what does the government picture when it asks for access?\n\n"
        "PV: It pictures what we had ten years ago, when we could read a seized phone.\n\n"
        "[Excerpt ends]\n\n"
        "Hashes and Keys is produced by the Northmoor Security Group."
    )
    assert quote_names(text, rules, "Northmoor University") == ["Jonas Arkwright", "Priya Venn"]
    assert label_at(text, rules, "This is an edited excerpt") == "note"
    assert label_at(text, rules, "Hashes and Keys is produced") == "note"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Coronel PNT Fabricio Lanza Pimentel", ("Fabricio Lanza Pimentel", "Coronel PNT", None)),
        ("Colonel PNP Jo Roe", ("Jo Roe", "Colonel PNP", None)),
        ("committee chair Senator Tobin Ebrahimi", ("Tobin Ebrahimi", "committee chair", None)),
    ],
)
def test_ranks_and_lower_case_roles_before_a_name(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role, found.org) == expected


def test_an_opening_for_his_part_is_no_part_of_the_role(rules):
    text = (
        "Ministry presents bill\n\nThe Minister presented the bill today.\n\n"
        "For his part, the Director of the Cyber Unit, Coronel Tomas Vela Ruiz, explained:\n\n"
        "\u201cWe find only the traces of the messages on the phones we seize.\u201d"
    )
    [(name, role, _)] = quote_speakers(text, rules, "Ministry of Citizen Security")
    assert name == "Tomas Vela Ruiz" and "part" not in role and "Director" in role


def test_she_said_never_goes_to_a_body_named_in_the_list_above(rules):
    text = (
        "Bill presented\n\nThe Minister, Ana Ruiz Beltran, presented the bill.\n\n"
        "\u201cExtortionists cannot have a hiding place,\u201d she said.\n\n"
        "The bill sets out the following:\n\n"
        "a) providers must keep the content of messages for a year;\n"
        "b) breaches will be fined up to 2,000 Tax Reference Units.\n\n"
        "\u201cA door with a judge in front of it is not a backdoor; it is the rule of law,\u201d she responded."
    )
    assert quote_names(text, rules, "Ministry of Citizen Security") == ["Ana Ruiz Beltran", "Ana Ruiz Beltran"]


@pytest.mark.parametrize("clause", ["the statement said", "the company\u2019s statement said"])
def test_a_statement_speaks_for_the_body_the_prose_reported_issuing_it(rules, clause):
    text = (
        "Senators strip scanning clause\n\n"
        "In a statement to the paper, the Federal Police said the vote left investigators blind.\n\n"
        "\u201cEvery month our officers act on around 300 referrals from platforms,\u201d " + clause + "."
    )
    assert quote_speakers(text, rules, "Ortolan Wire") == [(None, None, "Federal Police")]


def test_a_post_that_reads_as_follows_is_the_words_of_the_body_that_published_it(rules):
    text = (
        "Charity responds to Veskar\n\nThe Trust warned today.\n\n"
        "In a post on its company blog on Tuesday, Veskar set out its reasons. The post reads, in part:\n\n"
        "\u201cYour messages belong to you. Every chat will be encrypted.\u201d"
    )
    assert quote_speakers(text, rules, "Cradlewood Children's Trust") == [(None, None, "Veskar")]


@pytest.mark.parametrize(
    "intro",
    ["She told the Assembly:[3]", "Her words, from the committee transcript (Q112), were:"],
)
def test_her_words_after_a_paragraph_that_names_her(rules, intro):
    text = (
        "The Minister's scanner\n\n"
        "Last week the Minister of Justice, Perpetua Holt, told the Assembly the bill would leave encryption untouched.\n\n"
        + intro + "\n\n\u201cNobody is asking anyone to break encryption.\u201d\n\nI disagree."
    )
    assert quote_names(text, rules, "Key Material") == ["Perpetua Holt"]


def test_she_said_after_the_minister_is_reported_by_role_is_the_minister_quoted_earlier(rules):
    text = (
        "Bill divides parliament\n\n"
        "\u201cA warrant must mean something,\u201d said the Interior Minister, Hester Quen.\n\n"
        "\u201cThis bill is the balance,\u201d its chief executive, Dagmar Fenn, told the paper.\n\n"
        "The minister said on Thursday that she was open to amendments on oversight.\n\n"
        "\u201cParliament can argue about the lock,\u201d she said."
    )
    assert quote_names(text, rules, "Ballyhale Herald") == ["Hester Quen", "Dagmar Fenn", "Hester Quen"]


def test_a_name_under_a_foreword_heading_speaks_the_paragraphs_below(rules):
    text = (
        "Safe online: a report by the Harbour Youth Trust\n\nForeword\n\n"
        "Jo Marsh, Minister for Children\n\n"
        "Children have a right to privacy, and encryption protects it.\n\n"
        "This report shows what children told the Trust.\n\n"
        "What we did\n\nWe ran 84 focus groups."
    )
    assert quote_names(text, rules, "Harbour Youth Trust") == ["Jo Marsh", "Jo Marsh"]
    assert label_at(text, rules, "We ran 84") == "body"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("the Home Secretary Jo Roe", ("Jo Roe", "Home Secretary")),
        ("our chief executive Jo Roe", ("Jo Roe", "chief executive")),
    ],
)
def test_an_article_or_possessive_before_a_role_stays_out_of_it(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role) == expected


@pytest.mark.parametrize("before", ["Hundreds of parents signed it.", "Most parents agree with it."])
def test_a_sentence_opening_with_a_capital_names_no_body_for_the_letter_below(rules, before):
    text = "Parents write to the minister\n\nThe campaign began in May. " + before + " The letter reads:\n\n" \
        "\u201cWe ask you to keep our children safe.\u201d"
    assert quote_speakers(text, rules, "Parents' Forum") == []


@pytest.mark.parametrize(
    "prose, clause",
    [
        ("The Home Office said it would respond. Jo Roe, who chairs the Acme Trust, wrote to ministers last week.",
         "her letter said"),
        ("The Home Office said the order was lawful. In response, Fathom released a statement.", "its statement said"),
    ],
)
def test_a_document_is_not_given_to_a_body_that_did_not_issue_it(rules, prose, clause):
    text = "Order row\n\n" + prose + "\n\n\u201cWe will not weaken the encryption of our users,\u201d " + clause + "."
    assert (None, None, "Home Office") not in quote_speakers(text, rules, "The Courier")


def test_a_heading_inside_a_speech_whose_paragraph_only_opens_with_a_quotation_keeps_the_speech(rules):
    text = (
        "Speech by Jo Roe, Minister for Safety, to the Police Federation\n\n"
        "\u201cWhy can't you stop them?\u201d That is what a mother asked me last year.\n\n"
        "The problem\n\nCriminals use encrypted apps to hide abuse.\n\n"
        "Our plan\n\nWe will legislate this year."
    )
    assert label_at(text, rules, "Criminals use") == "quote"
    assert label_at(text, rules, "We will legislate") == "quote"


def test_a_memo_published_in_full_is_its_writers_words_under_its_own_headings(rules):
    text = (
        "Ambrel Newsroom\n\nOur chief executive's memo to staff\n\n"
        "The following memo from Lucan Fosse, Ambrel's chief executive, was sent to all employees on 1 October "
        "and is published here in full:\n\n"
        "Team,\n\nTomorrow we will announce that every chat will be encrypted.\n\n"
        "Why we are doing this\n\nThe messages people send us are sensitive.\n\n"
        "About Ambrel\n\nAmbrel Chat is used by 96 million people."
    )
    assert quote_names(text, rules, "Ambrel") == ["Lucan Fosse"] * 3
    assert label_at(text, rules, "Why we are doing") == "headline"
    assert label_at(text, rules, "Ambrel Chat is used") == "note"


def test_a_plural_possessive_names_the_body_not_the_person(rules):
    found = parse_speaker("Ambersea Labs\u2019 head of policy, Priya Lakshman", rules)
    assert (found.name, found.role, found.org) == ("Priya Lakshman", "head of policy", "Ambersea Labs")


def test_a_statement_sent_to_the_publisher_from_a_named_person(rules):
    text = (
        "Live: the vote\n\n"
        "Small Hours, the children\u2019s charity, has sent us this statement from its chief executive, Gina Westcott:\n\n"
        "\u201cTonight MPs can decide whether the tools that find abused children keep working.\u201d"
    )
    assert quote_names(text, rules, "Vardany Today") == ["Gina Westcott"]


def test_he_after_a_sentence_naming_someone_in_the_same_paragraph_is_that_person(rules):
    text = (
        "Live: the vote\n\n"
        "Reacting, the charity\u2019s director, Priya Lakshman, posted:\n\n\u201cA disappointing night.\u201d\n\n"
        "Minister winds up\n\n"
        "Evan Korrin is closing the debate for the government. He tells the chamber:\n\n"
        "\u201cNobody in this house wants to read anyone\u2019s love letters.\u201d"
    )
    assert quote_names(text, rules, "Vardany Today") == ["Priya Lakshman", "Evan Korrin"]


def test_a_company_spokesperson_speaks_for_the_body_named_before_its_relative_clause(rules):
    text = (
        "Bill tabled\n\n"
        "Ambersea Labs, whose app is used by an estimated 4.1 million people, said it would rather leave the market.\n\n"
        "\u201cThere is no such thing as scanning that only the good guys can use,\u201d a company spokesperson said."
    )
    assert quote_speakers(text, rules, "Ostwind News") == [(None, "spokesperson", "Ambersea Labs")]


def test_a_pull_quote_signed_with_a_first_name_and_an_age(rules):
    text = (
        "Myths and facts\n\nMyth: police will find the evidence another way.\n\n"
        "Fact: most investigations begin with a report from a platform.\n\n"
        "\u201cI was fourteen. Nobody saw the messages, so nobody came.\u201d\n\u2014 Wynne, 19, Childguard Young Adviser"
    )
    assert quote_speakers(text, rules, "Childguard")[0][0] == "Wynne"


def test_an_office_holder_quoted_by_title_is_named_by_the_paragraph_after_her_words(rules):
    text = (
        "Our view on the Interception Bill\n\n"
        "The Office has sent its advice on the draft Interception (Messaging) Bill to the Senate. Speaking at the "
        "launch, the Commissioner said:\n\n"
        "\u201cPrivate messages deserve the strongest protection the law can give them.\n\n"
        "Orders for one suspect\n\n"
        "\u201cAn order for one named suspect, approved by a judge, can be lawful.\u201d\n\n"
        "Ingrid Sallowby, who has been Privacy Commissioner since 2022, spoke as the advice was published."
    )
    assert quote_names(text, rules, "Office of the Privacy Commissioner") == ["Ingrid Sallowby"] * 2
    assert label_at(text, rules, "Orders for one") == "headline"


def test_an_office_holder_named_nowhere_is_the_publishers_unnamed_office_holder(rules):
    text = (
        "Advice published\n\nThe Authority has published its advice. The Commissioner said:\n\n"
        "\u201cScanning every message would be unlawful.\u201d"
    )
    assert quote_speakers(text, rules, "Veland Privacy Authority") == [
        (None, "Commissioner", "Veland Privacy Authority")]


def test_the_office_goes_to_the_person_named_with_it_earlier(rules):
    text = (
        "Police respond\n\nCommissioner of Police Tevita Manase-Rowe responded today to the app's announcement. "
        "The Commissioner said:\n\n\u201cWe support strong encryption, but children must still be found.\u201d"
    )
    assert quote_names(text, rules, "Lautoka Island Police") == ["Tevita Manase-Rowe"]


def test_an_office_after_a_paragraph_naming_its_holder_is_that_person(rules):
    text = (
        "Resolution adopted\n\nThe text, based on a report by Marit Osei-Kallas (Norvik, Green Group), was adopted by "
        "70 votes to 12.\n\nPresenting her report, the rapporteur said:\n\n\u201cEncryption keeps our citizens safe.\u201d"
    )
    assert quote_names(text, rules, "Assembly of the Northern Council") == ["Marit Osei-Kallas"]


def test_our_director_named_only_after_her_words(rules):
    text = (
        "Monthly bulletin\n\nDear members,\n\n"
        "Our director, who worked as a network engineer for a decade, put it this way at the members' meeting:\n\n"
        "\u201cA scanner on every phone is a scanner anyone can point at anything.\n\n"
        "\u201cWe will not stop saying so.\u201d\n\n"
        "Rosalind Achterberg is the director of the Open Wire Alliance."
    )
    assert quote_names(text, rules, "Open Wire Alliance") == ["Rosalind Achterberg"] * 2


@pytest.mark.parametrize("introduction", [
    "Tobiah Wrenfield, who has led Harbourlight since 2018, said the charity had written to the company twice.",
    "Tobiah Wrenfield, who leads the Foundation's online safety work, said the charity had written twice.",
])
def test_said_the_chief_executive_then_a_paragraph_introducing_him(rules, introduction):
    text = (
        "Charity condemns rollout\n\n"
        "\u201cA rollout that blinds the company to abuse on its own service is no privacy win,\u201d said the "
        "Foundation\u2019s chief executive.\n\n" + introduction
    )
    assert quote_names(text, rules, "Harbourlight Child Safety Foundation") == ["Tobiah Wrenfield"]


def test_a_person_introduced_after_the_quote_but_in_another_office_is_not_named_for_it(rules):
    text = (
        "Charity condemns rollout\n\n"
        "\u201cA rollout that blinds the company to abuse is no privacy win,\u201d said the Foundation\u2019s chief "
        "executive.\n\n"
        "Amara Quist, who chairs the Police Federation, said officers had been asking for the same thing."
    )
    assert quote_speakers(text, rules, "Harbourlight Child Safety Foundation") == [
        (None, "chief executive", "Harbourlight Child Safety Foundation")]


@pytest.mark.parametrize("signature, expected", [
    ("(Lorcan Beddowes, Deputy Commissioner)", "Lorcan Beddowes"),
    ("(Home Minister Saskia Veldhuis, at the bill\u2019s launch)", "Saskia Veldhuis"),
])
def test_a_speaker_in_parentheses_after_the_closing_mark(rules, signature, expected):
    text = (
        "Opinion published\n\nThe Authority has published its opinion.\n\n"
        "\u201cWe are not the referee between the police and the campaigners. We apply the law.\u201d " + signature
    )
    assert quote_names(text, rules, "Privacy Authority") == [expected]
    assert label_at(text, rules, signature.strip("()")) == "lead"


def test_a_reference_in_parentheses_is_no_speaker(rules):
    text = (
        "Briefing\n\nThe paper summarises the debate.\n\n"
        "\u201cA lock that opens for one opens for all.\u201d (Pennick et al., 2021)"
    )
    assert quote_names(text, rules, "Policy Lab") == []


def test_two_speakers_in_one_paragraph_joined_by_while(rules):
    text = (
        "Bill published\n\nThe bill was published on Monday.\n\n"
        "\u201cEvery month we close cases we could have solved,\u201d said Inspector Dalia Fenwick of the Crime Bureau, "
        "while Oskar Lindqvist-Amani, director of Keys for All, countered: \u201cA warrant does not make a weakness safe.\u201d"
    )
    assert quote_names(text, rules, "Ledger") == ["Dalia Fenwick", "Oskar Lindqvist-Amani"]


def test_according_to_a_person_described_after_a_comma(rules):
    text = (
        "Bill published\n\nThe bill was published on Monday.\n\n"
        "\u201cNothing in the annex explains how a company could comply,\u201d according to Dr Mireille Santo, a "
        "cryptographer at the University of Harrowfield.\n\n"
        "\u201cA change made for everyone is a risk carried by everyone.\u201d"
    )
    assert quote_names(text, rules, "Ledger") == ["Mireille Santo"] * 2


def test_a_pronoun_after_an_opening_phrase_is_the_person_the_paragraph_names(rules):
    text = (
        "Journalists warn on clause\n\n"
        "\u201cOur sources will stop talking to us,\u201d said Hester Quaye, general secretary of the Guild.\n\n"
        "The Home Secretary, Idris Penhallow, has defended the clause. Speaking on Wednesday, he said:\n\n"
        "\u201cNobody wants to read the messages of law-abiding people.\u201d"
    )
    assert quote_names(text, rules, "Guild of Reporters") == ["Hester Quaye", "Idris Penhallow"]


def test_a_pull_quote_is_signed_by_the_line_under_it_not_the_paragraph_above(rules):
    text = (
        "Memo leaked\n\n"
        "Cato Briggs, home affairs spokesperson for the Harbour Party, said the memo proved the plan was real.\n\n"
        "\u201cA recovery key is a backdoor with a nicer name.\u201d\nNerys Hallam, Keyguard\n\n"
        "\u201cA recovery key is a backdoor with a nicer name,\u201d said Nerys Hallam, director of Keyguard."
    )
    assert quote_names(text, rules, "Harbour Ledger") == ["Nerys Hallam"] * 2


def test_a_phrase_she_puts_in_her_own_words_inside_narration_stays_the_publishers(rules):
    text = (
        "Feature\n\nShe changed her mind slowly.\n\n"
        "For nine years she was a detective, where her job was, as she puts it, \u201cto get into phones that did not "
        "want me in them.\u201d"
    )
    assert quote_names(text, rules, "Parallel Magazine") == []


def test_speaking_to_reporters_is_no_part_of_the_role(rules):
    found = parse_speaker("the Bureau's deputy director, speaking to reporters", rules)
    assert (found.name, found.role, found.org) == (None, "deputy director", "Bureau")


def test_a_body_named_for_a_spokesperson_never_runs_across_a_blank_line(rules):
    text = (
        "News > Statements > Cybercrime\n\nCybercrime Unit: apps hamper fraud probes\n\n"
        "The Unit has received questions from the media. The following response may be attributed to a "
        "spokesperson for the Unit:\n\n"
        "The Unit has 46 open investigations where the evidence sits in encrypted chats."
    )
    assert quote_speakers(text, rules, "Royal Tessaly Police Force") == [(None, "spokesperson", "Cybercrime Unit")]


def test_a_bills_title_is_no_person_to_give_an_office_to(rules):
    text = (
        "Opinion published\n\n"
        "The Authority has published its opinion on the draft Lawful Access (Messaging) Bill. The Commissioner said:\n\n"
        "\u201cScanning every message would be unlawful.\u201d"
    )
    assert quote_speakers(text, rules, "Veland Privacy Authority") == [
        (None, "Commissioner", "Veland Privacy Authority")]


@pytest.mark.parametrize("after", [
    "Amara Quist-Bello, who chairs the Police Federation, said detectives had asked for the same thing.",
    "Amara Quist-Bello, whose charity has met the minister twice, said the plans were overdue.",
    "Amara Quist-Bello, who was the Foundation\u2019s chief executive until 2020, said the rollout was reckless.",
])
def test_an_unnamed_speaker_keeps_no_name_from_a_person_introduced_in_another_capacity(rules, after):
    text = (
        "Rollout condemned\n\n"
        "\u201cA rollout that blinds the company to abuse on its own service is no privacy win,\u201d said the "
        "Foundation\u2019s chief executive.\n\n" + after
    )
    assert quote_names(text, rules, "Harbourlight Child Safety Foundation") == [None]


def test_a_person_who_speaks_next_is_not_the_unnamed_speaker_before_her(rules):
    text = (
        "Rollout condemned\n\n"
        "\u201cThe company has chosen to look away,\u201d said the Foundation\u2019s chief executive.\n\n"
        "Amara Quist-Bello, who chairs the Foundation\u2019s board, said:\n\n"
        "\u201cWe will write to every member of the Assembly.\u201d"
    )
    assert quote_names(text, rules, "Harbourlight Child Safety Foundation") == [None, "Amara Quist-Bello"]


@pytest.mark.parametrize("office", ["The Chief Constable", "The Information Commissioner"])
def test_an_office_that_is_not_the_publishers_gets_no_publisher(rules, office):
    text = (
        "Charity responds\n\nHarbourlight welcomed the report. " + office + " said:\n\n"
        "\u201cAny scanning of private messages must be necessary and proportionate.\u201d"
    )
    orgs = [org for _, _, org in quote_speakers(text, rules, "Harbourlight Child Safety Foundation")]
    assert "Harbourlight Child Safety Foundation" not in orgs


def test_the_regulator_is_still_the_regulator_named_in_the_text(rules):
    text = (
        "Kestrel statement\n\nThe Tolmark Communications Regulator opened an inquiry on Monday.\n\n"
        "\u201cWe will look closely at the company\u2019s plans,\u201d the regulator said."
    )
    assert quote_speakers(text, rules, "Kestrel Messaging Ltd") == [(None, None, "Tolmark Communications Regulator")]


def test_while_inside_a_relative_clause_starts_no_second_speaker(rules):
    text = (
        "Hearing\n\nThe committee met on Tuesday.\n\n"
        "Inspector Dalia Fenwick, who gave evidence while Minister Oskar Lindqvist looked on, said: "
        "\u201cEvery month we close cases we could have solved.\u201d"
    )
    assert quote_names(text, rules, "Ledger") == ["Dalia Fenwick"]


@pytest.mark.parametrize("bracket", [
    "(Lior Abramsky-Tate denies this.)",
    "(Anand, Oyelaran and Strand, forthcoming)",
])
def test_a_remark_or_reference_in_parentheses_signs_no_quotation(rules, bracket):
    text = (
        "Briefing\n\nThe paper summarises the debate.\n\n"
        "\u201cThe warrant process was bypassed in at least forty cases last year.\u201d " + bracket
    )
    assert quote_names(text, rules, "Policy Lab") == []


def test_a_bill_named_after_its_sponsor_still_names_her(rules):
    text = (
        "Senator defends bill\n\n"
        "Senator Mariam Okafor-Lind\u2019s Lawful Access Bill passed its second reading on Tuesday. Speaking "
        "afterwards, she said:\n\n\u201cNo one should be beyond the reach of a warrant.\u201d"
    )
    assert quote_names(text, rules, "Senate News") == ["Mariam Okafor-Lind"]


def test_a_pronoun_after_an_opener_about_someone_else_is_not_that_someone(rules):
    text = (
        "Journalists warn on clause\n\n"
        "\u201cOur sources will stop talking to us,\u201d said Hester Quaye, general secretary of the Guild.\n\n"
        "The Home Secretary, Idris Penhallow, defended the clause. Responding to him on Wednesday, she said:\n\n"
        "\u201cA warrant that cannot be served protects no one.\u201d"
    )
    assert quote_names(text, rules, "Guild of Reporters") == ["Hester Quaye", "Hester Quaye"]


def test_a_bracket_inside_an_ordinary_attribution_stays_in_the_lead(rules):
    text = (
        "Vote\n\n\u201cThe text protects encryption and children alike,\u201d said the rapporteur, Aur\u00e9lien "
        "Lescaut (Alliance Civique), after the vote."
    )
    segments, _ = segment_statement(text, rules, "Courrier")
    leads = [text[s["start"]:s["end"]] for s in segments if s["label"] == "lead"]
    assert any(lead.endswith("(Alliance Civique), after the vote.") or "(Alliance Civique)" in lead for lead in leads)


def test_speaking_on_behalf_of_a_body_gives_the_body(rules):
    found = parse_speaker("Jo Marlowe, speaking on behalf of the Digital Rights Coalition", rules)
    assert (found.name, found.org) == ("Jo Marlowe", "Digital Rights Coalition")


def test_without_blank_lines_a_name_line_under_a_quote_opens_the_next_one(rules):
    text = (
        "Charity responds to rollout\nHarbourlight today criticised the rollout.\n"
        "\u201cWe have warned about this for five years,\u201d said Odile Brant, chief executive.\n"
        "Marisa Oyelaran, head of policy\n"
        "\u201cThe company has chosen to look away. Children will pay for it.\u201d\n"
        "The charity will write to the minister."
    )
    assert quote_names(text, rules, "Harbourlight") == ["Odile Brant", "Marisa Oyelaran"]


def test_a_middle_initial_does_not_cut_a_name_short(rules):
    text = (
        "Department statement on encryption\n\n"
        "The Department supports strong encryption but not impunity.\n\n"
        "\u201cWe are not against encryption. We are against impunity,\u201d Secretary Ernesto D. Malabanan said.\n\n"
        "\u201cPlatforms must answer a court order in a readable form,\u201d he added."
    )
    assert quote_names(text, rules, "Department of Digital Affairs") == ["Ernesto D. Malabanan"] * 2


@pytest.mark.parametrize("office, role", [
    ("Deputy for Cryptography", "Deputy for Cryptography"),
    ("Undersecretary for Cybersecurity", "Undersecretary for Cybersecurity"),
])
def test_an_office_with_its_portfolio_before_the_name(rules, office, role):
    text = (
        "Agency issues circular\n\n"
        "The agency issued a circular on Monday requiring certified applications.\n\n"
        f"{office} Rosalind Q. Tabangay said the agency understood the concern of the police.\n\n"
        "\u201cBut a key held by the state is a key that can be stolen,\u201d she said."
    )
    assert quote_speakers(text, rules, "Cipher Agency") == [("Rosalind Q. Tabangay", role, None)]


def test_a_role_label_takes_the_person_the_title_names_with_that_role(rules):
    text = (
        "Ministry of Communications\n\n"
        "Summary of the Press Conference by Minister for Communications and Regional Affairs TOMINAGA Keisuke\n\n"
        "Date: Tuesday, 8 April 2025\n\n"
        "Minister: Good morning. I have two items to report today on the study group.\n\n"
        "Reporter: Will providers be required to scan messages?\n\n"
        "Minister: No. We are not thinking of requiring a so-called backdoor."
    )
    assert quote_names(text, rules, "Ministry of Communications") == ["TOMINAGA Keisuke", None, "TOMINAGA Keisuke"]


def test_she_said_after_a_paragraph_whose_last_person_was_the_first_speaker_found(rules):
    # the person named last is the book's first entry (index 0), which must not count as "no one"
    text = (
        "Lecture 2025: Dame Winifred Olorunfemi on warrants\n\n"
        "The retired judge Dame Winifred Olorunfemi gave this year\u2019s lecture on 27 March.\n\n"
        "The lecture was chaired by the Information Commissioner, Aurora Pinchbeck. Dame Winifred, who sat "
        "in the Court of Appeal for fourteen years, began with a case from early in her career. She said:\n\n"
        "\u201cIn my first year as a trial judge I signed a warrant to intercept a telephone.\u201d"
    )
    assert quote_names(text, rules, "Office of the Information Commissioner") == ["Winifred Olorunfemi"]


@pytest.mark.parametrize("attribution, role, org", [
    ("said our chief executive Jo Roe", "chief executive", "Acme Messaging"),
    ("said Jo Roe, our founder", "founder", "Acme Messaging"),
])
def test_our_office_holder_belongs_to_the_publisher(rules, attribution, role, org):
    text = f"Acme statement\n\n\u201cWe will not weaken encryption for anyone,\u201d {attribution}."
    assert quote_speakers(text, rules, "Acme Messaging") == [("Jo Roe", role, org)]


def test_a_title_abbreviation_does_not_end_the_attribution(rules):
    text = (
        "Ministry statement\n\n"
        "The Ministry of Communications advises the public that Cabinet approved the Bill.\n\n"
        "The Minister for Communications, Hon. Meleane Aleki, said: \u201cWe listened to the people.\u201d"
    )
    assert quote_speakers(text, rules, "Ministry of Communications") == [
        ("Meleane Aleki", "Minister for Communications", None)]
    assert label_at(text, rules, "The Minister for", "Ministry of Communications") == "lead"


def test_two_surnames_take_the_given_name_the_text_put_before_them(rules):
    text = (
        "Prosecutor statement\n\n"
        "Following the verdict, Regional Prosecutor Catalina Iraz\u00e1bal Fuenzalida said the case showed the limits.\n\n"
        "\u201cThis conviction was possible because we had the phones,\u201d said Iraz\u00e1bal Fuenzalida."
    )
    assert quote_names(text, rules, "Regional Prosecutor's Office") == ["Catalina Iraz\u00e1bal Fuenzalida"]


def test_the_last_word_of_an_office_is_no_given_name(rules):
    text = (
        "Sentencing release\n\n"
        "Special Agent in Charge Gerald Wickham thanked the company for its report.\n\n"
        "\u201cInsider threats are among the hardest cases we investigate,\u201d said Gerald Wickham."
    )
    assert quote_names(text, rules, "US Attorney's Office") == ["Gerald Wickham"]


def test_the_initials_of_a_rank_resolve_to_the_person_given_that_rank(rules):
    text = (
        "KIDNAPPERS HIDING BEHIND ENCRYPTED APPS\n\n"
        "The Commissioner of Police, CP Ibrahim Dankano Yelwa, psc(+), has expressed concern over encrypted "
        "applications used by kidnappers.\n\n"
        "Speaking further, the CP said:\n\n"
        "\u2018We are not against technology and we are not against privacy.\u2019"
    )
    assert quote_names(text, rules, "Ekiri State Police Command") == ["Ibrahim Dankano Yelwa"]


def test_an_office_of_a_unit_then_the_person_after_the_comma(rules):
    found = parse_speaker("The Director of Cybercrime Repression, Federal Police Delegate Renata Quintela Batista", rules)
    assert (found.name, found.role) == ("Renata Quintela Batista", "Federal Police Delegate")


def test_a_slogan_the_speaker_answers_does_not_end_the_statement(rules):
    text = (
        "GUILD STATEMENT ON VYNE CHAT\n\n"
        "Ray Dombrowski, President of the Guild, issued the following statement after the announcement:\n\n"
        "Our members are the ones who knock on the door when a kid goes missing.\n\n"
        "Hollowell's ad campaign says \"privacy is not a crime.\" Nobody said it was. But a warrant signed by a "
        "judge isn't a crime either, and this company has put its customers beyond the reach of one.\n\n"
        "We use encryption ourselves, on our radios and on our own phones."
    )
    assert quote_names(text, rules, "Patrol Officers' Guild") == ["Ray Dombrowski"] * 3


@pytest.mark.parametrize("text, expected", [
    (  # initials that name a body elsewhere in the text are no rank
        "Broadcaster statement\n\nA spokesperson for the BBC, Jo Marsh, declined to comment on the plans.\n\n"
        "\"We will not build a backdoor into our apps,\" the BBC said.",
        [(None, "spokesperson", "BBC")],
    ),
    (  # "Annex B." ends a sentence; the letter is no middle initial
        "Regulator report\n\nThe details are set out in Annex B. Mara Lind, the regulator's chief executive, "
        "presented it to the board.\n\n\"This is the most detailed review we have done,\" she said.",
        [("Mara Lind", None, None)],
    ),
    (  # two ministers in the title: "Minister:" could be either
        "Joint Press Conference by Minister for Justice ARAI Kenji and Minister for Digital Affairs MORI Aiko\n\n"
        "Date: 3 May 2025\n\nMinister: Good morning. We have two items to report on the study group today.\n\n"
        "Reporter: Will scanning be required?\n\nMinister: No, it will not be required.",
        [(None, "Minister", None), (None, "Reporter", None), (None, "Minister", None)],
    ),
    (  # a short quotation from a named person still ends the speaker's block
        "Guild statement\n\nRay Dombrowski, President of the Guild, issued the following statement:\n\n"
        "Our members are the ones who knock on doors when a kid goes missing.\n\n"
        "Chief Constable Nora Feld, who chairs the regional chiefs council, added: \"We stand with the Guild.\" "
        "She has written to the company to ask for a meeting next week about the plans.",
        [("Ray Dombrowski", "President of the Guild", None), ("Nora Feld", "Chief Constable", None)],
    ),
    (  # two people share the surnames: no given name is guessed
        "Writers union statement\n\nThe novelist Gabriel Garc\u00eda M\u00e1rquez once wrote about secrets. President "
        "Leonor Garc\u00eda M\u00e1rquez of the Writers Union spoke today.\n\n"
        "\"Our members need private channels to talk to sources,\" said Garc\u00eda M\u00e1rquez.",
        [("Garc\u00eda M\u00e1rquez", None, None)],
    ),
])
def test_guards_on_initials_ranks_titles_and_surnames(rules, text, expected):
    assert quote_speakers(text, rules, "Publisher") == expected


def test_she_said_under_quoted_paragraphs_is_the_second_person_introduced_not_the_first_speaker(rules):
    text = (
        "Ombudsman statement\n\n"
        "The Ombudsman stated:\n\n"
        "\u201cWe do not ignore that armed groups also use encrypted applications.\n\n"
        "\u201cWe will not support any law that makes their communications easier to intercept.\u201d\n\n"
        "For her part, the Delegate for Children, Luz Adriana Pe\u00f1aloza Correa, stressed that the bill "
        "would also harm minors.\n\n"
        "\u201cAdolescents use these applications to ask for help.\n\n"
        "\u201cIf their messages can be opened by a third party, the abuser will find out first,\u201d she said."
    )
    assert quote_names(text, rules, "Ombudsman's Office")[-2:] == ["Luz Adriana Pe\u00f1aloza Correa"] * 2


QUESTIONNAIRE = (
    "What the parties told us about encrypted messaging\n\n"
    "We sent the same question to every party in the Assembly. Their answers are printed in full below.\n\n"
    "Harrowmere Party \u2014 Jo Anselm-Roe, Minister for Families\n\n"
    "\u201cWe support strong encryption, and our bill asks only for proportionate steps against known abuse images.\u201d\n\n"
    "Civic Lantern \u2014 Pell Oduya-Marsh, co-leader\n\n"
    "\u201cWe will vote against scanning on the phone, because it undoes what encryption protects.\u201d"
)


def test_a_party_then_a_dash_then_its_spokesperson_names_the_answer_under_it(rules):
    assert quote_speakers(QUESTIONNAIRE, rules) == [
        ("Jo Anselm-Roe", "Minister for Families", "Harrowmere Party"),
        ("Pell Oduya-Marsh", "co-leader", "Civic Lantern"),
    ]


def test_a_person_who_provided_the_following_comment_speaks_the_paragraphs_under_it(rules):
    text = (
        "Inspection summary\n\n"
        "The inspection found that many warrants could not be given effect over the year.\n\n"
        "Bureau response\n\n"
        "The Director of the Signals Bureau, Brigadier (retd) Leo Stanwick, provided the following comment:\n\n"
        "The Bureau accepts all three recommendations.\n\n"
        "Until the law changes, we will work within it."
    )
    assert quote_names(text, rules) == ["Leo Stanwick", "Leo Stanwick"]


def test_the_spokesperson_is_the_one_for_the_body_the_text_named_in_full_earlier(rules):
    text = (
        "Nurses told to leave chat app\n\n"
        "The Tollmere Regional Health Board told ward teams on Friday to move to a system it can search.\n\n"
        "\u201cThis is monitoring by the back door,\u201d said Ada Quennell, secretary of the Tollmere Nurses\u2019 Union.\n\n"
        "A spokesperson for the health board said patient information had to be retrievable.\n\n"
        "\u201cWe are not reading nurses\u2019 messages,\u201d the spokesperson said."
    )
    assert quote_speakers(text, rules)[-1] == (None, "spokesperson", "Tollmere Regional Health Board")


def test_a_dash_line_giving_a_childs_description_and_age_signs_the_quotation_above(rules):
    text = (
        "What children told us\n\n"
        "Almost every group raised privacy before we did.\n\n"
        "\u201cIf my mum could read my chats I\u2019d hate it, because they\u2019re mine.\u201d\n"
        "\u2014 girl, 14\n\n"
        "\u201cEncrypted means nobody at the company can read it, which is why I picked that app.\u201d\n"
        "\u2014 non-binary young person, 16"
    )
    assert quote_speakers(text, rules) == [(None, "girl, 14", None), (None, "non-binary young person, 16", None)]
    assert label_at(text, rules, "girl, 14") == "lead"


@pytest.mark.parametrize(
    "said, expected",
    [("In its final response letter, the bank wrote:", (None, None, "Corravale Bank")),
     ("The bank said:", (None, None, "Corravale Bank"))],
)
def test_the_bank_above_its_words_is_the_bank_the_text_named_in_full(rules, said, expected):
    text = (
        "Case summary\n\n"
        "Mrs T complained that Corravale Bank refused to refund her after a scam.\n\n"
        f"{said}\n\n"
        "The conversation took place within an encrypted messaging service, so we could not have known."
    )
    assert quote_speakers(text, rules) == [expected]


PASSAGE = (
    "Our messages are nobody else's business\n\n"
    "Last week the Health Minister told app developers that patient messaging should change.\n\n"
    "Here is the key passage, as she delivered it:\n\n"
    "We will not ask anyone to weaken encryption. But clinics must be able to show us what was said.\n"
    "\u2014 Oriane Castelblanc, Minister for Health, Digital Health Summit, 27 May 2025\n\n"
    "That second sentence is the whole problem."
)


def test_a_dash_signature_under_an_introduced_passage_makes_it_that_persons_quote(rules):
    assert quote_names(PASSAGE, rules) == ["Oriane Castelblanc"]
    assert label_at(PASSAGE, rules, "Here is the key passage") == "lead"
    assert label_at(PASSAGE, rules, "That second sentence") == "body"


def test_a_bullet_under_a_summary_line_is_no_signature(rules):
    text = PASSAGE.replace("\u2014 Oriane", "- Oriane").replace("2025\n\n", "2025.\n\n")
    assert quote_names(text, rules) == []


def _spokesperson_story(earlier, body):
    return (
        "Family told no messages could be recovered\n\n"
        f"{earlier}\n\n"
        f"A spokesperson for the {body} said the messages had been lost.\n\n"
        "\u201cWe are deeply sorry for what happened,\u201d the spokesperson said."
    )


def test_the_body_a_spokesperson_speaks_for_is_named_without_the_words_around_it(rules):
    text = _spokesperson_story("On Monday Tollmere Health Board apologised to the family.", "health board")
    assert quote_speakers(text, rules) == [(None, "spokesperson", "Tollmere Health Board")]


def test_with_two_police_forces_named_the_police_is_neither(rules):
    text = _spokesperson_story("Greater Tollmere Police passed the case to Police Arlanshire.", "police")
    assert all(org != "Greater Tollmere Police" for _, _, org in quote_speakers(text, rules))


def test_a_page_reference_under_a_pull_quote_is_no_anonymous_speaker(rules):
    text = (
        "Briefing on the bill\n\n"
        "\u201cScanning on the device is surveillance by another name, and it cannot be made safe.\u201d\n"
        "\u2013 written evidence, 14\n\n"
        "The committee did not agree."
    )
    assert (None, "written evidence, 14", None) not in quote_speakers(text, rules)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Survivors speak\n\n\u201cI was nine when it started,\u201d said Wren, a volunteer with the Network who "
            "asked that her surname not be printed.",
            "Wren", id="first-name-whose-surname-is-withheld",
        ),
        pytest.param(
            "Trial hears closing speeches\n\nMarta Quill KC, for Mr Denholm-Arkwright, told the jury that the decrypted "
            "messages had never been explained.\n\n\u201cYou have been given printouts, not phones,\u201d she said.",
            "Marta Quill", id="she-said-after-a-paragraph-reporting-her",
        ),
        pytest.param(
            "Trial hears closing speeches\n\nProsecutor Marta Quill told the jury the messages were clear. Defence "
            "barrister Tom Brace said they proved nothing.\n\n\u201cYou have been given printouts, not phones,\u201d he said.",
            "Tom Brace", id="he-said-after-a-paragraph-naming-a-second-person",
        ),
        pytest.param(
            "Singer Tove Marrak joins the Lights On campaign\n\nThe Trust today launches Lights On, with Tove Marrak as "
            "its first ambassador.\n\n\u201cNobody found me because nobody was looking,\u201d said Tove Marrak.",
            "Tove Marrak", id="a-word-opening-the-headline-is-no-given-name",
        ),
    ],
)
def test_who_a_quote_belongs_to_in_layouts_read_in_w200_to_w217(rules, text, expected):
    assert quote_names(text, rules, "The Trust") == [expected]


def test_a_person_who_opens_a_paragraph_keeps_the_given_name_before_two_surnames(rules):
    text = 'Prosecutors warn on encrypted platforms\n\nSantiago, 12 May 2025\n\nCatalina Irarrázaval Fuenzalida, the national prosecutor, today presented the annual report on online crime.\n\n"We are losing evidence in cases of child abuse every week," said Irarrázaval Fuenzalida.\n\n"The platforms must find a way to keep reporting," she added.\n'
    assert quote_names(text, rules) == ["Catalina Irarrázaval Fuenzalida"] * 2



def test_a_pronoun_after_an_opening_clause_is_the_person_the_paragraph_before_names(rules):
    text = (
        "Who is protected?\n\n"
        "Professor Kalinda Vossberg spoke first. \u201cThe hash can be fooled in an afternoon,\u201d she said.\n\n"
        "Dr Orla Penwarden, research director at the Tamsin Trust, widened the frame.\n\n"
        "Drawing on casework from the Trust\u2019s helpline, she said:\n\n"
        "\u201cThe teenagers who call us are afraid of a stepfather who reads their phone, not only of strangers.\u201d"
    )
    assert [name for name, _, _ in quote_speakers(text, rules)] == ["Kalinda Vossberg", "Orla Penwarden"]


@pytest.mark.parametrize(
    "publisher, expected",
    [
        # the minister's own page: a letter under its author's name is the publisher's text
        ("Minister of Internal Affairs, Veska", []),
        # a charity that publishes the minister's reply quotes it
        ("Brightwater Children's Trust", ["Liua Tamasese-Brandt"] * 3),
        # ... and so does a body whose name shares the office's words, but not the office
        ("Internal Affairs Alliance", ["Liua Tamasese-Brandt"] * 3),
    ],
)
def test_a_reply_letter_is_quoted_unless_its_author_is_the_publisher(rules, publisher, expected):
    text = (
        "Government response to the petition\n\n"
        "Response from Hon Liua Tamasese-Brandt, Minister of Internal Affairs \u2014 24 September 2025\n\n"
        "Dear Ms Collard,\n\n"
        "Thank you for your petition. The Government has decided not to require messaging services to scan private messages.\n\n"
        "Yours sincerely,"
    )
    assert quote_names(text, rules, publisher) == expected


def test_a_pronoun_skips_the_places_the_paragraph_before_names(rules):
    text = (
        "Panel hears of three draft laws\n\n"
        "At the afternoon panel, Pilar Etxebarri, a lawyer who advises several members, took the audience through "
        "draft laws in Mavrenia, Morvanna and the Skarra Islands. They differ in detail, she said.\n\n"
        "\u201cThat phrase is a backdoor requirement written so that nobody has to say the word,\u201d she said."
    )
    assert quote_names(text, rules) == ["Pilar Etxebarri"]


def test_a_papers_short_name_is_the_full_name_written_before_it(rules):
    text = (
        "Press review: the papers on Tallyline's encryption switch\n\n"
        "Four national papers wrote editorials on the change this week. Here is what they said.\n\n"
        "The Morning Ledger: a lock, not a loophole\n\n"
        "The Ledger welcomed the change. Its leader argued:\n\n"
        "\u201cEncryption is not a loophole. It is the lock on the front door of every family\u2019s digital life.\u201d\n\n"
        "The Sunday Beacon: left alone\n\n"
        "\u201cA company that cannot see abuse on its service cannot report it,\u201d the Beacon said."
    )
    assert [org for _, _, org in quote_speakers(text, rules)] == ["Morning Ledger", "Sunday Beacon"]


def test_a_papers_short_name_on_its_own_site_is_the_publisher(rules):
    text = (
        "Smart speaker makers urged to back encryption\n\n"
        "Privacy campaigners want voice assistants such as the Amazon Echo to encrypt recordings end to end.\n\n"
        "The Echo said: \"We have asked every manufacturer whether its recordings are encrypted.\""
    )
    assert [org for _, _, org in quote_speakers(text, rules, "Fenmouth Echo")] == ["Fenmouth Echo"]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a judge's style in capitals, as a remarks header prints it, is no part of her name
        ("HER HONOUR JUDGE MARGIT OSTERHOLM KC", ("Margit Osterholm", "Her Honour Judge", None)),
        ("His Honour Judge Tobias Wrenfield", ("Tobias Wrenfield", "His Honour Judge", None)),
        ("Judge Ngozi Fairbairn-Achebe", ("Ngozi Fairbairn-Achebe", "Judge", None)),
        # a surname that opens with a particle joined to it by a hyphen or an apostrophe
        ("Prof. Rashid al-Fayoumi, the Special Rapporteur", ("Rashid al-Fayoumi", "the Special Rapporteur", None)),
        ("Haziq bin-Salleh, director of the Open Line Trust", ("Haziq bin-Salleh", "director", "Open Line Trust")),
        # "d'" joins places and prizes as often as surnames
        ("C\u00f4te d'Ivoire's digital minister, Awa Kon\u00e9", ("Awa Kon\u00e9", "digital minister", "C\u00f4te d'Ivoire")),
    ],
)
def test_a_judges_style_is_her_role_and_a_joined_particle_is_part_of_the_surname(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role, found.org) == expected


def test_a_nickname_in_quotation_marks_stays_inside_the_full_name(rules):
    text = (
        "Briefing by Governor Rodolfo 'Jojo' P. Banaag on the relief hotline\n\n"
        "GOVERNOR BANAAG:\n"
        "The hotline's chat is end-to-end encrypted, and it will stay that way for every caller.\n\n"
        "Q (Lorna Tabios, Radyo Silangan):\n"
        "Will the police be able to read the chats?"
    )
    assert quote_names(text, rules)[0] == "Rodolfo 'Jojo' P. Banaag"


def test_as_before_a_young_persons_name_and_age_is_not_part_of_the_name(rules):
    text = (
        "What our youth panel told us\n\n"
        "As Ilse, 16, who chairs our youth panel, put it to the trustees:\n\n"
        "\u201cPrivate chats are where we ask for help without the whole school finding out.\u201d"
    )
    assert quote_names(text, rules) == ["Ilse"]


def test_a_participle_clause_with_a_date_opens_the_lead_and_a_bracketed_title_is_dropped(rules):
    text = (
        "Report on the Messaging Security Bill\n\n"
        "The Committee recommends that the scanning clause be deleted.\n\n"
        "Tabling the Report on 3rd May, 2025, the Chairperson of the Committee, Hon. (Eng.) Wilfred Otieno Kamau, "
        "MP, told the House:\n\n"
        "Mr. Speaker, Sir, we will not ask providers to break the locks on every citizen's phone."
    )
    assert quote_names(text, rules) == ["Wilfred Otieno Kamau"]
    assert label_at(text, rules, "Tabling the Report") == "lead"


def test_a_courtesy_title_before_a_particled_surname_finds_the_person_named_in_full(rules):
    text = (
        "Mother of teenager calls on app to open children's chats\n\n"
        "Rosalba van der Meulen, whose son was blackmailed on the Chatterjar app, issued a statement today.\n\n"
        "Mrs van der Meulen, founder of the Joris van der Meulen Trust, said:\n\n"
        "\u201cNobody could see the messages that were sent to my son, not even the company that carried them.\u201d"
    )
    assert quote_names(text, rules) == ["Rosalba van der Meulen"]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("DR DE LA FUENTE", "Ilaria de la Fuente"),
        ("PROF VAN DAMME", "Joost van Damme"),
    ],
)
def test_a_titled_label_with_a_particle_finds_the_full_name(rules, label, expected):
    title = label.split()[0].title()
    text = (
        "Episode 12: scanning and the family photo album\n\n"
        f"Our guest this week is {title} {expected}, who studies image matching.\n\n"
        "HOST:\nWhat does the scanner actually compare?\n\n"
        f"{label}:\nA fingerprint of each photo against a secret list that nobody outside can check.\n\n"
        "HOST:\nAnd if the list is wrong?\n\n"
        f"{label}:\nThen ordinary family photos get sent to strangers for review."
    )
    assert quote_names(text, rules) == [None, expected, None, expected]  # the host is known by the role


def test_an_office_with_and_before_a_capitalised_word_names_no_person(rules):
    found = parse_speaker("Department of Justice and Community Safety", rules)
    assert found is None or found.name is None


def test_a_title_before_a_joined_particle_surname_is_a_speaker_in_single_quotation_marks(rules):
    text = (
        "Event report: a book on warrants and encryption\n\n"
        "Around eighty people came to the launch on Thursday.\n\n"
        "Dr al-Rashidi opened with the case against scanning.\n\n"
        "'A scanner on every phone asks each of us to trust that its instructions will never change,' he said. "
        "'No parliament should accept that.'"
    )
    assert quote_names(text, rules) == ["Dr al-Rashidi", "Dr al-Rashidi"]


def test_a_label_in_capitals_is_not_completed_by_a_capitalised_word_after_it(rules):
    text = (
        "Transcript: The Encryption Wars, episode 3\n\n"
        "NARRATOR:\nIn 2016 a police force asked a phone maker to unlock one phone.\n\n"
        "CLIP:\nWe are asking for help with one phone.\n\n"
        "NARRATOR:\nThe company refused.\n\n"
        "Credits: NARRATOR Voice by Tess Caldwell; CLIP Archive provided by Channel 9."
    )
    assert [name for name in quote_names(text, rules) if name and " " in name] == []  # no "NARRATOR Voice"


def test_the_mayor_who_chaired_the_meeting_speaks_for_the_publishing_council(rules):
    text = (
        "Our chats, our safety\n\n"
        "We are 40 young people elected by schools across Penhallow.\n\n"
        "The Youth Mayor, who chaired the meeting, said:\n\n"
        "Adults keep deciding about our messages without asking us what we need."
    )
    assert quote_speakers(text, rules, publisher="Penhallow Youth Council") == [
        (None, "Youth Mayor", "Penhallow Youth Council")]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("a spokesperson for the children's charity Lanternway", (None, "spokesperson", "Lanternway")),
        ("A spokesperson for the messaging app Quibbly, which says it has 900,000 users", (None, "spokesperson", "Quibbly")),
        # a place after a preposition is not the body's name
        ("a spokesperson for police in Vardessa", (None, "spokesperson", "police in Vardessa")),
    ],
)
def test_what_a_body_is_before_its_name_is_not_part_of_the_name(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role, found.org) == expected


def test_a_given_name_label_finds_a_full_name_with_a_particle(rules):
    text = (
        "Interview: the start-up that says it can scan without breaking encryption\n\n"
        "We spoke to Harun bin Saifuddin, founder of Clearpane, about on-device matching.\n\n"
        "Q: Is your scanner a backdoor?\n\n"
        "Harun: No. It matches known images and nothing else.\n\n"
        "Q: Who controls the list?\n\n"
        "Harun: An independent body, audited every year."
    )
    assert quote_names(text, rules)[1::2] == ["Harun bin Saifuddin", "Harun bin Saifuddin"]


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        # a one-word name the text described as someone doing a job is a person
        ("Parents speak out\n\nIn the video, Odalys, a baker from Frayport, tells her story.\n\n"
         "\u201cNobody but my family should ever see my daughter's photos,\u201d Odalys says.",
         None, [("Odalys", None, None)]),
        # a one-word name described as a provider stays a body
        ("Firms respond\n\nVellum, a provider of encrypted storage, disagreed.\n\n"
         "\u201cWe will not build a way into our customers' files for anyone,\u201d Vellum said.",
         None, [(None, None, "Vellum")]),
    ],
)
def test_a_one_word_name_described_by_an_occupation_is_a_person(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher) == expected


SPEECH_TEXT_RELEASE = (
    "Minister opens cyber policing summit\n\n"
    "The Union Interior Minister, Shri Devraj Kulkarni, today opened the annual summit on cyber policing "
    "in Raipore.\n\n"
    "Following is the text of the Interior Minister\u2019s address:\n\n"
    "Friends, our officers recover the savings of thousands of families every year, and encryption protects those savings.\n\n"
    "(Applause)\n\n"
    "But a court order must be answered, whatever app a criminal has chosen to hide behind.\n"
)

EXCERPTS_RELEASE = (
    "Bureau chief calls for lawful access\n\n"
    "Dr. Amaka Oduya-Bassey stated this on Monday while delivering the keynote at a summit organised by the "
    "Lagoon Chamber of Commerce.\n\n"
    "She said that gangs in the North-East and South-Central zones now arrange ransoms on encrypted apps.\n\n"
    "Excerpts of the speech read:\n\n"
    "We are not asking any bank or any messaging platform to break its encryption for anyone at all.\n"
)


def test_the_text_of_an_office_holders_address_is_the_person_named_in_that_office(rules):
    assert set(quote_names(SPEECH_TEXT_RELEASE, rules)) == {"Devraj Kulkarni"}
    assert label_at(SPEECH_TEXT_RELEASE, rules, "Following is the text") == "lead"
    assert label_at(SPEECH_TEXT_RELEASE, rules, "But a court order") == "quote"


def test_applause_between_the_paragraphs_of_a_speech_is_the_record_not_the_speech(rules):
    text = (
        "Minister opens summit\n\n"
        "Shri Devraj Kulkarni, the Interior Minister, told the summit:\n\n"
        "Our officers recover the savings of thousands of families every year.\n\n"
        "(Applause)\n\n"
        "But a court order must be answered, whatever app a criminal has chosen.\n"
    )
    assert label_at(text, rules, "(Applause)") == "body"
    assert label_at(text, rules, "But a court order") == "quote"


def test_excerpts_of_a_speech_are_the_person_who_gave_it_not_the_body_that_organised_the_event(rules):
    assert set(quote_names(EXCERPTS_RELEASE, rules)) == {"Amaka Oduya-Bassey"}
    assert label_at(EXCERPTS_RELEASE, rules, "Excerpts of the speech") == "lead"


@pytest.mark.parametrize("phrase", ["North-East and South-Central", "the North-West"])
def test_regions_written_with_hyphens_are_no_person(rules, phrase):
    found = parse_speaker(phrase, rules)
    assert found is None or found.name is None


@pytest.mark.parametrize("phrase, expected", [
    ("Home Minister", (None, "Home Minister", None)),
    ("Deputy Chief Constable", (None, "Deputy Chief Constable", None)),
    ("Home Secretary Jo Roe", ("Jo Roe", "Home Secretary", None)),
])
def test_an_office_in_capitals_is_a_role_not_a_body(rules, phrase, expected):
    found = parse_speaker(phrase, rules)
    assert (found.name, found.role, found.org) == expected


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        # one name, then an office in a body named in the possessive
        ("Ferrow to leave\n\nThe Order was published in March.\n\n"
         "\u201cWe built Ferrow so that we cannot read your messages,\u201d says Ilario, Ferrow\u2019s founder and "
         "chief executive, who goes by one name.", "Ferrow", [("Ilario", "founder and chief executive", "Ferrow")]),
        # "Its general secretary" in a body's own statement is the publisher's office-holder
        ("Union responds to the bill\n\nThe union's executive agreed its response on Saturday.\n\nIts general secretary said:\n\n"
         "\u2018Our members need end-to-end encryption to protect their sources.\u2019",
         "Penmoor Union of Journalists", [(None, "general secretary", "Penmoor Union of Journalists")]),
        # a one-word name introduced "now 24" is a person
        ("Campaign launch\n\nThe campaign opens with the testimony of Ysolde, now 24, who was groomed at 13.\n\n"
         "In a recorded statement, Ysolde said:\n\n\u201cI was thirteen when a stranger started messaging me every night.\u201d",
         "Harrow Lane Trust", [("Ysolde", None, None)]),
        # an unnamed counsellor on the publisher's own team speaks for the publisher
        ("Helpline figures\n\nContacts rose by a fifth last year.\n\n"
         "A senior counsellor on Brackwater\u2019s overnight chat team, who asked not to be named, describes a typical contact:\n\n"
         "A boy messages at two in the morning, frightened that his photos will be sent to everyone he knows.",
         "Brackwater Youth Helpline", [(None, "senior counsellor in the overnight chat team", "Brackwater Youth Helpline")]),
    ],
)
def test_one_name_offices_its_offices_and_a_publishers_team(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an Irish particle before the surname: "Prof Ó Ceallaigh" is the professor named in full above
        ("Report launch\n\nProfessor Cian \u00d3 Ceallaigh of Glenmore University led the study.\n\n"
         "\u201cWhat struck us was that young people saw no contradiction at all,\u201d said Prof \u00d3 Ceallaigh.",
         ["Cian \u00d3 Ceallaigh"]),
        # a label in capitals with a particle: "BIN RAHIM:" is the commissioner named in full above
        ("Press conference\n\nWith the Minister was Chief Commissioner Adam bin Rahim.\n\n"
         "CHIEF COMMISSIONER BIN RAHIM: Thank you, Minister. My officers will use this power carefully.\n\n"
         "MINISTER: Thank you, Commissioner. We will take questions now from the floor.",
         ["Adam bin Rahim"]),
    ],
)
def test_surnames_with_particles_are_the_person_named_in_full(rules, text, expected):
    assert quote_names(text, rules)[: len(expected)] == expected


def test_a_colon_block_ends_where_the_publisher_reports_the_speaker_by_title_and_surname(rules):
    text = (
        "Intervention filed\n\nThe chambers acted for the charity.\n\n"
        "The central submission, in Ms de la Vega's words:\n\n"
        "The right to private life is not the only right that this claim engages.\n\n"
        "Ms de la Vega also submits that the company's own reports undermine its claim.\n"
    )
    assert label_at(text, rules, "The central submission") == "lead"
    assert quote_names(text, rules) == ["de la Vega"]
    assert label_at(text, rules, "Ms de la Vega also submits") == "body"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person surnamed Chambers is a person
        ('Group warns over bill\n\nOpen Rights Lab today criticised the bill.\n\nSarah Chambers, director of policy at '
         'Open Rights Lab, said: "Scanning every message breaks end-to-end encryption for everyone. There is no safe way."',
         [("Sarah Chambers", "director of policy", "Open Rights Lab")]),
        # a double-barrelled surname whose parts are words is still a name
        ('Petition delivered\n\n"Scanning everyone\'s messages is not the answer to child abuse," said Ayo May-West, '
         "who organised the petition.", [("Ayo May-West", None, None)]),
        # a company described as "a leader in" or "a privacy-focused browser" stays a body
        ('Kestrel rejects scanning\n\nKestrel, a leader in end-to-end encrypted messaging, said it would leave the market.\n\n'
         '"We will not build a backdoor into our app," Kestrel said in a statement.', [(None, None, "Kestrel")]),
        ('Browser makers object\n\nWren, a privacy-focused browser from Oslo, said it would refuse.\n\n'
         '"Forcing browsers to trust a government certificate would expose every user," Wren said.', [(None, None, "Wren")]),
        # a unit owned by a person or an office is not a body named after them
        ('Senator to introduce bill\n\nSenator Ted Marsh will introduce a bill next week.\n\n"The senator believes no platform '
         'should be beyond the reach of a court order," a spokesperson in Senator Marsh\'s office said.',
         [(None, "spokesperson", "Senator Marsh's office")]),
        # the excerpts of a speech given by an office-holder the paragraph names by office alone
        ("Minister speaks at summit\n\nThe summit was opened by Jo Roe, director of the Baltic Digital Forum.\n\n"
         "The keynote was delivered by the Interior Minister.\n\nExcerpts of the speech read:\n\n"
         "End-to-end encryption must not become a shield for child abusers.", [(None, "Interior Minister", None)]),
        # the President's address is not the Vice President's
        ("Centre opens\n\nVice President Ana Lim welcomed guests to the opening on Friday.\n\n"
         "Following is the text of the President's address:\n\nStrong encryption protects our students and our patients.",
         [(None, "President", None)]),
    ],
)
def test_review_probes_keep_people_bodies_and_offices_apart(rules, text, expected):
    assert quote_speakers(text, rules) == expected


@pytest.mark.parametrize(
    "text, publisher, absent",
    [
        # "Monday's address" names no speaker
        ("Minister defends plan\n\nThe Home Minister, Rajan Mehta, spoke in Delhi on Monday.\n\n"
         "Following is the text of Monday's address:\n\nOur agencies need lawful access to encrypted chats under a warrant.",
         None, "Monday"),
        # "Its chief executive" after another body is named is that body's, not the publisher's
        ("Open Rights Lab responds\n\nThe Online Safety Commission published its guidance on encrypted services today.\n\n"
         'Its chief executive said:\n\n"Providers must be able to detect abuse, including in encrypted chats."',
         "Open Rights Lab", "Open Rights Lab"),
        # a regulator or an advocate described with a country's possessive is no person
        ('Guidance published\n\nDraft guidance sets out how services should detect abuse.\n\n"We are not asking any provider '
         'to break encryption," said Ofcom, Britain\'s communications regulator.', None, "Ofcom"),
    ],
)
def test_review_probes_name_no_wrong_speaker(rules, text, publisher, absent):
    names = [value for speaker in quote_speakers(text, rules, publisher) for value in speaker[::2]]
    assert absent not in names


@pytest.mark.parametrize(
    "text, opening",
    [
        # the clerk's lines of a record stay a speaker's words inside a speech or a colon block
        ("Minister's speech\n\nSpeech by the Minister for Home Affairs, Jo Roe, to the Cyber Security Forum.\n\n"
         "Thank you for having me.\n\nDivision 3 of Part 15 of the Act gives agencies the power to issue notices.\n\n"
         "Those notices cannot require a provider to build a weakness into encryption.\n", "Division 3 of Part 15"),
        ("Judge rules on notice\n\nIn his ruling, Mr Justice Roe said:\n\n"
         "The court rose at 4pm on the first day having heard the provider's evidence on encryption.\n\n"
         "The notice was lawful.\n", "The court rose at 4pm"),
    ],
)
def test_review_probes_clerk_lines_inside_a_speakers_words_stay_quotes(rules, text, opening):
    assert label_at(text, rules, opening) == "quote"


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        # a unit of a place stays as written: the place is no body the speaker works for
        ('Police warn of crime networks\n\nGangs are moving to encrypted phones, police in the region say.\n\n'
         '"Every major drug network we investigate now runs on an encrypted platform," said Maret Tamm, head of '
         "Ervala's cyber crime unit.", None, [("Maret Tamm", "head", "Ervala's cyber crime unit")]),
        # a company described as a founder of a coalition, or "now 40 percent owned", stays a body
        ('Firms launch coalition\n\nNimbari, a founder of the Secure Messaging Coalition, said the group would fight '
         'the law.\n\n"We will not put a scanner on our users\' devices," Nimbari said.', None, [(None, None, "Nimbari")]),
        ('App rejects demand\n\nKestrel, now 40 percent owned by Veltrion Telecom, said it would not comply.\n\n'
         '"We will leave the market before we scan our users\' messages," Kestrel said.', None, [(None, None, "Kestrel")]),
    ],
)
def test_second_review_probes_keep_places_and_companies_as_bodies(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher) == expected


@pytest.mark.parametrize(
    "text, publisher",
    [
        # "Its chief executive" after a sentence about another body, "Their lawyer" after a family: not the publisher's
        ('Open Rights Lab responds\n\nOfcom published its draft codes on encrypted services on Tuesday.\n\n'
         'Its chief executive said:\n\n"Services must use accredited technology to find abuse, including in private messages."',
         "Open Rights Lab"),
        ('Family takes platform to court\n\nThe family say the company ignored warnings about the man.\n\nTheir lawyer said:\n\n'
         '"This company knew its app was being used to groom children and did nothing."', "Safe Voices"),
        # "In the Bill's own words:" quotes a document, no one's words
        ("Why the Bill threatens encryption\n\nThe Bill would give the regulator power to require scanning. In the Bill's "
         "own words:\n\nA provider must use accredited technology to identify abuse content, publicly or privately.\n\n"
         "That includes encrypted messages.\n", "Open Rights Lab"),
        # the excerpts of a speech the paragraph above only criticises are given to no one
        ('Home Secretary defends plan\n\nThe Home Secretary, Ana Lim, spoke at the conference on Wednesday.\n\n'
         'Jo Roe of Open Rights Lab described her remarks as "a blueprint for mass surveillance".\n\n'
         "Excerpts of the speech read:\n\nEncryption cannot be allowed to hide the abuse of children.\n", None),
    ],
)
def test_second_review_probes_give_no_one_elses_words_to_the_publisher_or_a_critic(rules, text, publisher):
    assert quote_speakers(text, rules, publisher) == []


def test_a_bare_toast_in_a_speech_stays_the_speakers_words(rules):
    text = ("Speech by Jo Roe, chief executive of Kestrel, at the company's tenth birthday party\n\n"
            "Thank you all for coming.\n\nTen years ago we decided that every message would be end-to-end encrypted.\n\n"
            "Cheers.\n\nThat decision has never been more important than it is now.\n")
    assert label_at(text, rules, "Cheers.") == "quote"


def test_a_person_known_by_one_name_is_the_she_of_the_quotation_below(rules):
    text = ("Talk write-up\n\nThe talk drew a crowd.\n\n"
            "Wrenna, who asks to be identified only by her handle, opened the session.\n\n"
            '"We can make an innocent picture look like a forbidden one in under a week," she said.\n')
    assert quote_names(text, rules) == ["Wrenna"]


def test_a_speaker_citing_a_report_that_noted_something_goes_on_speaking(rules):
    text = ("Rights group responds\n\nOpen Rights Lab responded to the proposal on Tuesday. Its director, Maren Holt, said:\n\n"
            "Our members are deeply worried by what the Commission has proposed.\n\n"
            "The Commission's own impact assessment, published in 2022, noted that no technology can detect abuse "
            "in encrypted messages without weakening encryption.\n\n"
            "That is why we are asking Members to reject the detection orders.\n")
    assert label_at(text, rules, "The Commission's own impact") == "quote"
    assert label_at(text, rules, "That is why we are asking") == "quote"


def test_a_child_named_with_an_age_is_not_the_she_who_speaks(rules):
    text = ("Mother backs encryption\n\nRuth Alder's son, Sami, 15, was blackmailed by a stranger on an encrypted app.\n\n"
            '"I still want my family\'s messages to be private," she said.\n')
    assert quote_names(text, rules) == ["Ruth Alder"]


def test_a_quote_attributed_after_it_to_a_name_with_a_long_who_clause(rules):
    text = ("Editorial\n\nThe bill returns next week.\n\n"
            "'Every matching system anyone has built can be fooled into flagging innocent pictures,' Dr Ines Marrow, "
            "who lectures in computer security at the University of Dunholt, told the committee in September. "
            "'And every one of them can be quietly extended.'\n")
    assert quote_names(text, rules, "The Dunholt Argus") == ["Ines Marrow", "Ines Marrow"]


def test_a_testimonial_signed_with_one_name_and_a_job_is_that_persons(rules):
    text = ("What parents say\n\n"
            "\u201cFor the women I work with, an encrypted chat is the only conversation a former partner cannot get into.\u201d\n"
            "\u2014 Ngozika, refuge manager\n")
    assert quote_speakers(text, rules) == [("Ngozika", "refuge manager", None)]
    assert label_at(text, rules, "Ngozika, refuge") == "lead"


@pytest.mark.parametrize("phrase", ["Kestrel, messaging provider", "Ofcom, regulator"])
def test_one_word_and_a_body_description_is_no_person(rules, phrase):
    found = parse_speaker(phrase, rules)
    assert found is None or found.name is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence after a quotation that ended its own sentence reports someone else, long who-clause or not
        ('Minister under fire\n\nThe minister called encryption "a gift to criminals." Jo Roe, who runs the Digital '
         "Liberty Project and has campaigned against the law since 2022, said the remark was offensive.\n", []),
        # a term in single quotes after a sentence end is no quotation
        ("Inquiry opens\n\n'Every one of those cases matters,' said Det Supt Ana Lim. 'Dark Corners', the force's "
         "report, found 40 cases last year.\n", [("Ana Lim", "Det Supt", None)]),
        # one-name signatories listed a line each sign no quotation
        ('Open letter on encryption\n\n"We, the undersigned, ask Parliament to reject any duty to scan private messages."\n'
         "- Amara, youth worker\n- Declan, social worker\n- Siobhan, nurse\n\nFurther signatures are being collected.\n", []),
    ],
)
def test_third_review_probes_give_no_quotation_to_the_wrong_person(rules, text, expected):
    assert quote_speakers(text, rules) == expected


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        ("Campaign page\n\nThe campaign launched today.\n\nOur campaign ambassador Wayna said:\n\n"
         "\u201cWhen I was sixteen, someone got into my phone and sent my photos to everyone I knew.\u201d",
         "Red Sigilo", [("Wayna", "campaign ambassador", "Red Sigilo")]),
        # a body after its relation to another stays no person
        ("Company sale\n\nThe app is being sold.\n\n\u201cWe will keep every chat end-to-end encrypted after the sale,\u201d said its parent "
         "Helix.", None, []),
    ],
)
def test_one_of_the_publishers_people_called_by_one_name(rules, text, publisher, expected):
    assert quote_speakers(text, rules, publisher)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Commission proposal\n\nThe Commission today proposed new rules.\n\n"
         "\u201cDetection orders will be the last resort, not the first,\u201d said Executive Vice-President for Digital "
         "Sovereignty Lauri Aaltola.", ["Lauri Aaltola"]),
        ("Committee vote\n\nThe rapporteur, Pieter-Jan van Oudeveld, steered the report through the committee.\n\n"
         '"We have shown that a majority of this committee will not accept scanning," said rapporteur van Oudeveld.',
         ["Pieter-Jan van Oudeveld"]),
        ("Study published\n\nThe study was led by Dr Itzel de la Cruz Anaya of Tollbridge University.\n\n"
         "Dr de la Cruz Anaya added:\n\n\u201cIf a law requires this technology, it requires every phone to carry a scanner.\u201d",
         ["Itzel de la Cruz Anaya"]),
    ],
)
def test_surnames_with_particles_and_portfolios_resolve_to_the_person_named_in_full(rules, text, expected):
    assert quote_names(text, rules) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office in lower case before a name with two surnames keeps the given name
        ("Company responds\n\nChief executive Pilar Gómez Ruiz announced the change on Monday.\n\n"
         "\u201cEvery chat will be encrypted by default from June onwards,\u201d said Gómez Ruiz.", [("Pilar Gómez Ruiz", None, None)]),
        # an office in another language is no surname: the speaker is the office
        ("Court rules\n\nThe court struck down the order.\n\n"
         "\u201cThe blocking order was disproportionate,\u201d said the president do Supremo.", [(None, "president", None)]),
    ],
)
def test_fifth_review_probes_keep_given_names_and_invent_no_surnames(rules, text, expected):
    assert quote_speakers(text, rules) == expected


def test_the_minister_said_is_the_minister_named_with_a_particle_surname_above_a_list(rules):
    text = ("New bill on lawful access\n\n"
            "The Minister of Justice, Samira el-Haddad, today introduced the Communications Bill in Parliament.\n\n"
            "Under the Bill, providers of messaging services:\n"
            "- must provide a named user's messages when served with a judge's warrant;\n"
            "- may appeal any notice to a tribunal.\n\n"
            "Introducing the Bill, the Minister said:\n\n"
            "This Government supports strong encryption, and we will never ask a company to weaken it for everyone.\n\n"
            "But a warrant signed by a judge must mean something.\n\n"
            "The Commissioner of Police, Oren Baptiste-Lowe, welcomed the Bill.\n")
    assert quote_names(text, rules) == ["Samira el-Haddad", "Samira el-Haddad"]


def test_the_office_holder_after_particles_is_the_name_up_to_the_appositions_end(rules):
    text = ("Police chief on encryption\n\nThe Director-General, Andrei Rodrigues da Policia Federal, spoke on Monday.\n\n"
            "The Director-General said:\n\n\u201cWe need lawful access to the messages of suspects.\u201d\n")
    assert "Policia" not in " ".join(name or "" for name, _, _ in quote_speakers(text, rules))


def test_a_split_quotation_in_guillemets_around_a_lawyers_title_is_the_lawyers(rules):
    text = ("Bar opposes decree\n\nThe Council of the Bar yesterday adopted a resolution against the decree.\n\n"
            "\u00abProfessional secrecy is not a privilege of the lawyer,\u00bb said the President of the Bar, Avv. Costanza "
            "Ferrandi, \u00abit is a guarantee for the citizen.\u00bb\n")
    assert quote_speakers(text, rules) == [("Costanza Ferrandi", "President of the Bar", None)] * 2


def test_a_german_quotation_split_by_its_attribution_is_the_speakers_on_both_sides(rules):
    text = ("Group position\n\nThe group adopted its position on encryption on Tuesday.\n\n"
            "\u00bbWe say yes to encryption,\u00ab said the group's chair, Dr. Almut Kessler-Ray, \u00bband no to "
            "scanners on people's phones.\u00ab\n")
    assert quote_names(text, rules) == ["Almut Kessler-Ray", "Almut Kessler-Ray"]


def test_a_title_and_a_surname_with_its_particle_is_not_the_name_in_full(rules):
    text = ("Charity warns on encryption\n\nThe charity's report was published today by Dr N\u00ed Bhriain and her team.\n\n"
            "Aoife N\u00ed Bhriain has led the charity since 2019.\n\n"
            "'We are entirely in favour of secure messaging for families,' said Dr N\u00ed Bhriain.\n")
    assert quote_names(text, rules) == ["Aoife N\u00ed Bhriain"]


@pytest.mark.parametrize("named, said, expected", [
    ("Alvar Gorecki-Ray", "Gorecki-Ray", "Alvar Gorecki-Ray"),
    ("Al Gorecki", "Gorecki", "Al Gorecki"),  # a given name that is also a particle
    ("Senator Mac Thornwick", "Thornwick", "Mac Thornwick"),
])
def test_a_surname_said_alone_is_the_person_named_in_full_even_with_a_particle_like_given_name(rules, named, said, expected):
    text = (f"Charity warns\n\nThe report was published today by {named} and a team of researchers.\n\n"
            f"'Encryption matters to every family,' {said} said.\n")
    assert quote_names(text, rules) == [expected]


@pytest.mark.parametrize("title", ["Rev", "Father", "Imam", "Councillor", "Commander", "Engr"])
def test_a_title_and_a_surname_are_the_person_the_text_named_in_full(rules, title):
    text = (
        "Town hall on the app\n\n"
        f"The campaign has the backing of {title} Jenna Tregowan, who runs the Friday youth club.\n\n"
        f"\u2018The children I work with are worried,\u2019 says {title} Tregowan."
    )
    assert quote_names(text, rules) == ["Jenna Tregowan"]


def test_the_publishers_name_used_as_a_modifier_is_no_person_for_she_added(rules):
    text = (
        "Juniper Line responds\n\n"
        "\u201cWe have heard this before,\u201d said Ms de la Sierpe, Chief Executive of Juniper Line.\n\n"
        "Last year Juniper Line counsellors took 3,480 contacts about online abuse.\n\n"
        "\u201cA company that can afford this can get it right,\u201d she added."
    )
    assert quote_names(text, rules, "Juniper Line") == ["de la Sierpe"] * 2


def test_a_religious_title_and_a_surname_are_the_person_quoted_before_with_it(rules):
    text = (
        "Coalition warns on default encryption\n\n"
        "\u201cWe are against a design that blinds the people who find children,\u201d says Rev. Grace Kosgei-Lubega, "
        "the Coalition's Executive Director.\n\n"
        "The unit made 212 referrals last year.\n\n"
        "Rev. Kosgei-Lubega added:\n\n"
        "\u201cBehind every one of those reports is a child.\u201d"
    )
    assert quote_names(text, rules) == ["Grace Kosgei-Lubega"] * 2


def test_one_of_our_workers_is_the_publishers_person_unnamed(rules):
    text = (
        "Written evidence\n\nChildren contact our helpline every day about messages from strangers.\n\n"
        "One of our senior helpline counsellors put it this way: 'Children assume that somebody is watching "
        "out for them in these apps, and nobody is.'"
    )
    assert quote_speakers(text, rules, "Puffin Lane Children's Trust") == [
        (None, "senior helpline counsellor", "Puffin Lane Children's Trust")]


def test_she_told_us_is_the_person_named_by_one_name_and_an_age_at_the_paragraphs_start(rules):
    text = (
        "Evidence\n\nThe figures rose last year across the country and in every region.\n\n"
        "Lisbeth, 15, contacted the helpline last autumn after a man persuaded her to move apps. She told us: "
        "'He said it was fine because the app was encrypted and nobody could ever see what we sent.'"
    )
    assert quote_names(text, rules) == ["Lisbeth"]


def test_a_publisher_who_is_a_person_stays_the_person_she_added_refers_to(rules):
    text = "Constituency news\n\nJo Roe took 400 calls from parents this month.\n\n\u2018It was hard,\u2019 she added."
    assert quote_names(text, rules, "Jo Roe") == ["Jo Roe"]


def test_she_said_after_a_one_name_person_who_gave_only_her_first_name_is_that_person_not_a_place(rules):
    text = (
        "Coalition statement\n\nThe bill was introduced today.\n\n"
        "Sparrow, a survivor advocate in the Pacific Northwest who asked that only her first name be used, put it more simply.\n\n"
        "\"If there is a way into her phone, he will find it,\" she said.\n"
    )
    assert quote_names(text, rules) == ["Sparrow"]


def test_a_line_that_opens_a_list_signs_no_quotation_above_it(rules):
    text = (
        "Coalition warns Senate\n\nThe bill was introduced today in the Senate.\n\n"
        "Dr. Hakim bin Latiff, senior technologist at Liberty Commons, says the bill is marketing.\n\n"
        "\"Client-side scanning does not sit beside encryption.\n\n"
        "\"We have watched lists like this grow before.\"\n\n"
        "Liberty Commons called on the Judiciary Committee to:\n\n- reject the bill."
    )
    assert quote_names(text, rules) == ["Hakim bin Latiff"] * 2


@pytest.mark.parametrize(
    "paragraph, pronoun, expected",
    [
        ("Kaveh, a volunteer moderator of an online support group for abuse survivors who asked that his surname not be "
         "used, said the row over numbers felt remote.", "he", "Kaveh"),
        ("Marites, a domestic worker from Iloilo who has worked in Kota Seri for six years and asked that her real name "
         "not be used, spoke at the hearing.", "she", "Marites"),
    ],
)
def test_a_one_name_person_with_a_long_description_is_whom_the_pronoun_means(rules, paragraph, pronoun, expected):
    text = (
        "Story\n\nThe replication was published today.\n\n"
        "\u201cWe act on abuse that users report,\u201d a spokesperson for Sefrano said.\n\n"
        f"{paragraph}\n\n\u201cEncryption is the reason they feel able to talk at all,\u201d {pronoun} said."
    )
    assert quote_names(text, rules)[-1] == expected


def test_a_persons_possessive_after_a_capitalised_in_is_no_place(rules):
    text = "Story\n\nThe bill was debated today.\n\nIn Jo Roe's view, \u201cscanning breaks encryption,\u201d she said.\n"
    assert quote_names(text, rules) == ["Jo Roe"]


def test_a_closed_quotation_in_single_marks_under_a_one_name_person_with_an_age_is_theirs(rules):
    text = (
        "Press notes\n\nThe film airs on Thursday.\n\n"
        "Lior, now 19, was groomed at fourteen by a man he met in a gaming chat.\n\n"
        "'Nobody was coming. He told me that all the time, that the app was private.'\n\n"
        "'Children don't report,' says Dr Chidubem Eze-Nwosu, a consultant child psychologist. 'Shame keeps them silent.'\n"
    )
    assert quote_names(text, rules) == ["Lior", "Chidubem Eze-Nwosu", "Chidubem Eze-Nwosu"]
