"""Layout passes: readers' comments, running headers, contact lines, closing notes about the publication."""

import pytest

from pipeline.rules.segment import segment_statement
from tests.rules.segment_helpers import label_at, quote_names, quote_speakers

POST = (
    "Skip to content\n\n"
    "Why our app keeps your chats sealed\n\n"
    "Several governments have asked us to check messages before they are encrypted.\n\n"
    "We have said no, because a scanner on every phone weakens everyone's security.\n\n"
    "We will keep improving how people report abuse from inside a chat.\n\n"
    "Share: Post \u00b7 Copy link\n\n"
)


@pytest.mark.parametrize("heading", ["12 comments  Sort by: Oldest", "Comments (12)", "3 responses to \u201cWhy our app\u201d"])
def test_readers_comments_under_a_post_are_furniture_to_the_end(rules, heading):
    text = POST + heading + "\n\nmoss_lantern \u00b7 3 days ago\nFinally someone explains this clearly.\n\nReply \u00b7 4\n\n" \
        "tidewater88 \u00b7 2 days ago\nEasy to say when it is not your child at risk.\n\nReply \u00b7 1\n"
    assert label_at(text, rules, "Finally someone") == "boilerplate"
    assert label_at(text, rules, "Easy to say") == "boilerplate"
    assert quote_names(text, rules, "Lumen Chat") == []
    assert label_at(text, rules, "We have said no") == "body"


def test_a_comments_heading_in_the_first_half_does_not_swallow_the_text(rules):
    text = "Council notes\n\nThe council met.\n\nIt discussed apps.\n\nIt voted.\n\n12 comments\n\n" \
        "It agreed to write to the minister about the bill, and members will see a copy of the letter.\n\n" \
        "The letter goes out next week, after the clerk has checked the wording with the council's lawyers."
    assert label_at(text, rules, "It agreed to write") == "body"


@pytest.mark.parametrize("line", ["412 responses were received.", "4 Responses to the proposals on scanning"])
def test_a_count_of_responses_in_the_text_opens_no_comment_section(rules, line):
    text = POST + line + "\n\nJane Roe, the Minister, said:\n\n\u201cWe listened to every one of them.\u201d"
    assert quote_names(text, rules, "Lumen Chat") == ["Jane Roe"]


def test_a_reply_count_in_a_forum_thread_leaves_the_replies_to_their_authors(rules):
    text = (
        "Community forum \u203a Privacy\n\nShould the app scan messages?\n\n"
        "mira_dun  [Staff]   Oct 22\nWe will not scan private messages. Encryption stays on.\n\n"
        "31 replies\n\n"
        "parent_of_3  Oct 23\nI worry about what my kids see in group chats with strangers.\n\n"
        "quietfox_9  Oct 23\nScanning would break the promise the app made to all of us.\n"
    )
    assert quote_names(text, rules, "Lumen Chat") == ["mira_dun", "parent_of_3", "quietfox_9"]


RELEASE_PAGES = (
    "HALBERD POLICE SERVICE    Media Office\n"
    "FOR IMMEDIATE RELEASE\n\n"
    "Police warn over encrypted app rollout\n\n"
    "Halberd Police Service today set out its concerns about the rollout.\n\n"
    "Superintendent Ana Roe, who leads the child protection unit, said:\n\n"
    "\u201cWe are not against encryption, but this rollout will hide abuse.\n\n"
    "OFFICIAL \u2013 FOR PUBLICATION     Page 1 of 2\n\n"
    "HALBERD POLICE SERVICE    Media Office\n\n"
    "\u201cWe ask the company to pause until it can still find abuse material.\u201d\n\n"
    "ENDS\n"
)


def test_a_pdf_page_footer_and_the_running_header_under_it_are_furniture(rules):
    assert label_at(RELEASE_PAGES, rules, "OFFICIAL") == "boilerplate"
    assert label_at(RELEASE_PAGES, rules, "HALBERD POLICE SERVICE    Media Office\n\n\u201cWe ask") == "boilerplate"
    # the quotation goes on over the page break, in the same speaker's words
    assert quote_names(RELEASE_PAGES, rules) == ["Ana Roe", "Ana Roe"]


def test_the_publishers_name_among_signatories_is_no_running_header(rules):
    text = (
        "Open Keys Network\nAbout | Campaigns | Donate\n\n"
        "Open letter on Clause 9\n\n"
        "We, the undersigned, urge you to remove Clause 9.\n\n"
        "It would require scanning of private messages.\n\n"
        "Signatories\n"
        "Open Keys Network\n"
        "Harbour Press Freedom Trust\n"
    )
    assert label_at(text, rules, "Open Keys Network\nHarbour") == "note"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Press: press@openkeys.example / +00 21 555 0177", "boilerplate"),
        ("Letters to the editor: letters@valleyledger.example", "boilerplate"),
        ("Contact presse : Service de presse \u2014 01 41 20 00 73 \u2014 presse@interieur.example", "boilerplate"),
        # a sentence that gives an address among its other words is not
        ("If you think we have got this balance wrong, our policy team reads every message sent to policy@lumen.example "
         "and we will publish a summary of what people tell us in the autumn.", "body"),
    ],
)
def test_a_short_line_that_gives_an_email_address_is_a_contact_line(rules, line, expected):
    text = "Regulator publishes encryption guidance\n\nThe guidance sets out what providers must do.\n\n" \
        "It applies from June.\n\n" + line
    assert label_at(text, rules, line[:12]) == expected


@pytest.mark.parametrize(
    "line, words",
    [
        ('Detective Inspector Ana Roe said: "If you saw anything, please email me at ana.roe@halberd.example."', "If you saw"),
        ("JANE ROE: Send them to press@ministry.example and we will answer today.", "Send them"),
    ],
)
def test_someone_giving_an_email_address_in_their_own_words_is_no_contact_line(rules, line, words):
    text = "Police appeal for information\n\nOfficers are investigating a sextortion case.\n\n" + line
    assert label_at(text, rules, words) != "boilerplate"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("[ SIGN THE LETTER ]", "boilerplate"),
        ("Forwarded by a colleague? Sign up for The Weekly Key here.", "boilerplate"),
        ("Open Keys Network, 4 Mill Lane, Harbourtown. Registered charity no. 1187001.", "boilerplate"),
        ("Please cite this publication as: Open Keys (2025), Encryption and trust, Brief No. 4.", "boilerplate"),
        ("Follow the Tribunal on social media", "boilerplate"),
        ("Press release issued by the Registrar of the Tribunal     TR 12 (2025)     04.03.2025", "boilerplate"),
        ("Residents in the affected streets can sign up for the free text alerts here.", "body"),
    ],
)
def test_newsletter_court_and_charity_furniture_lines(rules, line, expected):
    text = "Encryption update\n\nThe bill returns to Parliament this month.\n\nWe oppose its scanning clause.\n\n" \
        "Write to your MP today.\n\n" + line
    assert label_at(text, rules, line[:12]) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Version 1.2, published 3 May 2025. It corrects the figure in Table 2.", "note"),
        ("Version 2.0", "boilerplate"),
    ],
)
def test_a_version_line_that_says_what_changed_is_a_note(rules, line, expected):
    text = "Encryption and the courts\n\n" + line + "\n\nThe court heard the appeal in March.\n\n" \
        "It found the order unlawful.\n\nThe government may appeal."
    assert label_at(text, rules, line[:9]) == expected


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("The Weekly Key is published every Friday by the Open Keys communications team.", "note"),
        ("Our editorial board is made up of the editor and two senior writers.", "note"),
    ],
)
def test_a_last_paragraph_about_who_makes_the_publication_is_a_note(rules, closing, expected):
    text = "A key for the police is a key for everyone\n\nThe bill would require access to messages.\n\n" \
        "That cannot be built safely.\n\nLegislators should vote it down.\n\n" + closing + "\n\nShare this: Email \u00b7 Print"
    assert label_at(text, rules, closing[:12]) == expected


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("The Minister said the new rules are written by officials with care.", "body"),
        ("Our laws are written for everyone, and they must protect everyone.", "quote"),
    ],
)
def test_a_last_paragraph_that_reports_or_quotes_someone_is_no_closing_note(rules, closing, expected):
    text = "Minister on the bill\n\nThe bill returns next week.\n\nJane Roe, the Minister, said:\n\n" \
        "We have listened to the police and to the companies.\n\n" + closing
    assert label_at(text, rules, closing[:12]) == expected


def test_the_publishers_name_under_a_signature_is_no_running_header(rules):
    text = "Open Keys Network\nAbout | Campaigns\n\nLetter to the Minister\n\nDear Minister,\n\n" \
        "We ask you to drop the scanning clause.\n\nIt would weaken encryption for all.\n\n" \
        "Yours sincerely,\n\nJane Roe\n\nOpen Keys Network\n\nShare this page"
    assert label_at(text, rules, "Open Keys Network\n\nShare") != "boilerplate"


def test_the_same_words_about_a_publication_earlier_in_the_text_stay_the_text(rules):
    text = "Transparency at Lumen\n\nWe get requests for user data every week.\n\n" \
        "Our transparency report is published every six months on our website.\n\n" \
        "This year we received 412 requests.\n\nWe disclosed content in none of them."
    assert label_at(text, rules, "Our transparency report") == "body"


KUMO_RELEASE = (
    "Hoshizora Corporation\nNEWS RELEASE\nJune 2, 2025\n"
    "Company name: Hoshizora Corporation\n"
    "Representative: KAMIDA Ren, Representative Director and CEO\n"
    "(Securities code: 4801, TSE Prime Market)\n\n"
    "Notice Concerning End-to-End Encryption by Default on \u201cTsuki\u201d\n\n"
    "Hoshizora Corporation announces that all chats on Tsuki will be end-to-end encrypted.\n\n"
    "1. Overview\n\n"
    "\u30fbTarget: All one-to-one and group chats\n"
    "\u30fbStart date: July 15, 2025\n\n"
    "2. Comments\n\n"
    "Comment from Aya Mori, Executive Officer and CTO\n\n"
    "\"We believe a private conversation belongs only to the people in it.\"\n\n"
    "3. Future Outlook\n\n"
    "The impact on the consolidated financial results is expected to be minor.\n\n"
    "*1 End-to-end encryption: a message can be decrypted only on the recipient's device.\n"
    "*2 Source: National Cyber Centre, White Paper 2025.\n"
    "* \u201cTsuki\u201d is a registered trademark of Hoshizora Corporation.\n"
    "This document is an English translation of the original Japanese document.\n\n"
    "End of document\n"
)


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Company name:", "boilerplate"),
        ("Representative:", "boilerplate"),
        ("(Securities code", "boilerplate"),
        ("Target: All", "body"),  # after a bullet written without a space
        ("Comments\n", "headline"),  # a numbered section's heading, not the site's comment box
        ("The impact on", "body"),  # the comment ended with its closing mark and a new section began
        ("End-to-end encryption: a", "note"),
        ("Source: National", "note"),
        ("\u201cTsuki\u201d is a registered", "note"),
        ("This document is an English", "note"),
        ("End of document", "boilerplate"),
    ],
)
def test_a_japanese_style_disclosure_release(rules, opening, expected):
    assert label_at(KUMO_RELEASE, rules, opening) == expected


def test_the_katakana_dot_is_a_bullet_outside_the_segment(rules):
    segments, _ = segment_statement(KUMO_RELEASE, rules, "Hoshizora Corporation")
    dot = KUMO_RELEASE.index("\u30fbTarget")
    assert not any(s["start"] <= dot < s["end"] for s in segments)


@pytest.mark.parametrize(
    "line",
    [
        "Bookmark   Save as PDF   Share",
        "View this email in your browser",
        "Promoted by J. Roe on behalf of Ana Lane MP, both of 14 Mill Street, Harbourtown.",
        "Release Date | 2025. 10. 14.(Tue) 12:00  (Embargo: upon distribution)",
        "\u203b Attachment  1. Structure of the ring (diagram)",
    ],
)
def test_more_site_and_release_furniture(rules, line):
    text = line + "\n\nPolice arrest 47 over sextortion ring\n\nPolice arrested 47 people on Tuesday.\n\n" \
        "The ring used an encrypted app.\n\nOfficers urged parents to talk to their children.\n\n" + line
    segments, _ = segment_statement(text, rules, "National Police Agency")
    last = len(text) - len(line)
    assert next(s["label"] for s in segments if s["start"] <= last + 1 < s["end"]) == "boilerplate"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("This is a record year for referrals, and most of them come from platforms.", "body"),
        ("Promoted by ministers as a safeguard for children, the clause was dropped on Tuesday after a revolt.", "body"),
        ("Trust is a trademark of every good helpline, and we have earned it.", "body"),
    ],
)
def test_prose_that_starts_like_a_note_or_an_imprint_stays_prose(rules, line, expected):
    text = "Clause dropped\n\nMinisters dropped the clause.\n\n" + line + "\n\nThe bill returns in June, when peers vote."
    assert label_at(text, rules, line[:12]) == expected


def test_a_last_paragraph_about_who_produces_abuse_material_is_no_closing_note(rules):
    text = "Report on abuse online\n\nReferrals rose by a third.\n\nPolice say encryption hides offenders.\n\n" \
        "Most new abuse material is produced by offenders who groom children on social media."
    assert label_at(text, rules, "Most new abuse") == "body"


FORWARDED = (
    "From: Ruth Oake <r.oake@gazette.example>\n"
    "Sent: Tuesday, 20 May 2025 09:14\n"
    "To: Newsdesk <newsdesk@gazette.example>\n"
    "Subject: FW: Charity responds to committee vote\n\n"
    "Can someone pick this up for tomorrow? Embargo is midnight.\n\n"
    "Ruth\n\n"
    "-----Original Message-----\n"
    "From: Hollybrook Press Office <press@hollybrook.example>\n"
    "Sent: 19 May 2025 17:42\n"
    "To: undisclosed-recipients:;\n"
    "Subject: Charity responds to committee vote\n\n"
    "CAUTION: This email originated from outside the organisation. Do not click links you do not trust.\n\n"
    "Charity urges Assembly to restore clause 14\n\n"
    "Hollybrook Children's Trust today urged the Assembly to restore clause 14.\n\n"
    "Its chief executive, Ana Vell, said:\n\n\u201cThe committee has left children exposed.\u201d\n"
)


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Can someone pick", "boilerplate"),  # the forwarder's note
        ("-----Original", "boilerplate"),
        ("Subject: Charity", "boilerplate"),
        ("CAUTION", "boilerplate"),
        ("Charity urges Assembly", "headline"),
        ("The committee has left", "quote"),
    ],
)
def test_a_forwarded_email_keeps_only_the_forwarded_message(rules, opening, expected):
    assert label_at(FORWARDED, rules, opening) == expected


NEWSLETTER_FORWARDING_A_RELEASE = (
    "View this email in your browser\n\n"
    "Why we have joined the Harrowlight statement\n\n"
    "Dear friends,\n\n"
    "Many of you have asked where we stand on scanning private messages. We forward a coalition's statement below.\n\n"
    "With thanks,\nOrla Penmarric\nHead of Policy, Wrenfield Refuge Network\n\n"
    "---------- Forwarded message ---------\n"
    "From: Harrowlight Coalition Press Office <press@harrowlight.example>\n"
    "Date: Tue, 10 Jun 2025 at 09:02\n"
    "Subject: Survivors' groups urge Assembly to drop Clause 9\n\n"
    "Survivors' groups urge Assembly to drop scanning clause\n\n"
    "Fourteen organisations that work with survivors of abuse have called on the Assembly to remove Clause 9 from the bill.\n\n"
    "Zsofi Ambleworth, coordinator of the Harrowlight Coalition, said:\n\n"
    "\u201cA scanner placed on every phone can be pointed at anything, by anyone who gains control of it.\u201d"
)


@pytest.mark.parametrize("opening, expected", [
    ("From: Harrowlight", "boilerplate"),
    ("Subject: Survivors", "boilerplate"),
    ("Fourteen organisations", "lead"),
    ("A scanner placed", "quote"),
])
def test_a_newsletter_forwarding_a_bodys_release_reads_the_release_as_a_release(rules, opening, expected):
    assert label_at(NEWSLETTER_FORWARDING_A_RELEASE, rules, opening) == expected


@pytest.mark.parametrize(
    "line",
    [
        "[ ] 35 crowns    [ ] 90 crowns    [ ] Other: ______",
        "[x] Keep me updated about our campaigns",
        "[\u2588\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591] 60%",
        "Postcode:",
        "Email address: ________",
    ],
)
def test_form_fields_checkboxes_and_progress_bars_are_furniture(rules, line):
    text = "Petition: pause the rollout\n\nWe ask the company to pause its rollout.\n\nChildren need protection.\n\n" \
        "Sign below.\n\n" + line + "\n\nThank you for signing, and please share this page with friends."
    assert label_at(text, rules, line[:5]) == "boilerplate"


def test_a_letter_quoted_in_full_ends_at_its_sign_off(rules):
    text = (
        "Council replies to residents\n\nResidents wrote to the council in May.\n\n"
        "The chief executive, Jo Roe, replied as follows:\n\n"
        "Dear residents,\n\nThank you for your letter about encrypted messaging in schools.\n\n"
        "Yours sincerely,\n\nJo Roe\n\nNext steps\n\nThe council will consult on the plan in the spring."
    )
    assert label_at(text, rules, "Thank you for your letter") == "quote"
    assert label_at(text, rules, "The council will consult") != "quote"


def test_a_reply_above_an_original_message_stays_the_statement(rules):
    text = (
        "From: Jo Roe <jo@acme.example>\nSent: 3 May 2025\nTo: Sam Lee <sam@paper.example>\n"
        "Subject: RE: Your question\n\n"
        "Sam,\n\nAcme will not weaken encryption for anyone, and we have told the ministry so.\n\nJo Roe\n\n"
        "-----Original Message-----\nFrom: Sam Lee <sam@paper.example>\nSent: 2 May 2025\nSubject: Your question\n\n"
        "Jo, will Acme comply with the order?"
    )
    assert label_at(text, rules, "Acme will not weaken") != "boilerplate"


@pytest.mark.parametrize("heading", ["Mobile", "Country"])
def test_a_one_word_section_heading_is_no_form_field(rules, heading):
    text = "Guidance for parents\n\nThis guide explains encrypted apps.\n\n" + heading + \
        "\n\nMost children use encrypted apps on their phones.\n\nTalk to them about who they chat with."
    assert label_at(text, rules, heading + "\n") != "boilerplate"


def test_a_speech_header_under_a_foreword_is_no_signature_of_it(rules):
    text = (
        "Office of the Data Warden\n\nAnnual Statement 2025\n\nForeword\n\n"
        "The Data Warden, Oriel Passmore-Eke, said:\n\n"
        "\u201cThis was the year private messages reached the floor of Parliament.\u201d\n\n"
        "The year in numbers\n\n- 3,100 complaints received\n\n"
        "Lawful access\n\nOur audit found that warrants were kept too long.\n\n"
        "Deputy Warden Ambrose Lytton-Vale, who led the audit, said:\n\n"
        "\u201cLawful access only stays lawful if the rules are followed every time.\u201d"
    )
    assert quote_names(text, rules, "Office of the Data Warden") == ["Oriel Passmore-Eke", "Ambrose Lytton-Vale"]
    assert label_at(text, rules, "Our audit found") == "body"


def test_an_experts_declaration_of_interests_is_a_note(rules):
    text = (
        "Expert reaction\n\n"
        "Professor Ilse Marchetti, who leads the Privacy Lab, said:\n\n"
        "\u201cNobody doubts that offenders use encrypted apps.\u201d\n\n"
        "Professor Marchetti has advised the ministers' working group. She declares no funding from messaging companies."
    )
    assert label_at(text, rules, "Professor Marchetti has advised") == "note"


def test_issued_on_behalf_of_a_committee_is_furniture(rules):
    text = (
        "Committee backs strong encryption\n"
        "Issued by Parliamentary Media Services on behalf of the Committee on Digital Affairs\n\n"
        "The committee today tabled its report on the Digital Safety Bill.\n\n"
        "\u201cWe heard from 64 witnesses,\u201d said the chair, Hon. Grace Ndlovu-Marsh."
    )
    assert label_at(text, rules, "Issued by Parliamentary") == "boilerplate"


@pytest.mark.parametrize("paragraph", [
    "Issued by the National Police Council on behalf of all 43 forces, the letter calls on providers to keep "
    "reports flowing.",
    "Asked about her shares, the minister told the committee that she declares no financial interests in any provider.",
])
def test_prose_that_looks_like_furniture_or_a_declaration_stays_the_statement(rules, paragraph):
    text = "Forces write to providers\n\n" + paragraph + "\n\nThe providers have not replied."
    assert label_at(text, rules, paragraph[:20]) in ("lead", "body")


def test_an_about_heading_early_in_the_text_that_names_no_body_is_a_section(rules):
    text = (
        "Velta Chat \u2014 What's new\n\nVersion 12.0: Secret Chats are changing\n\n"
        "In this update:\n\n- New sticker editor.\n\n- Faster voice messages.\n\n"
        "About Protected Chats\n\n"
        "From 1 October, the law requires us to be able to open a chat when served with a warrant.\n\n"
        "We know many of you chose Secret Chats because nobody could read them.\n\n"
        "We are sorry to disappoint you, and we will publish every warrant we receive.\n\n"
        "What happens to old chats?\n\nThey stay readable only on your devices.\n\n"
        "Can I turn this off?\n\nNo, but you can delete a chat at any time.\n\n"
        "Rate this update \u2605 \u2605 \u2605"
    )
    assert label_at(text, rules, "About Protected Chats", "Velta Telecom") == "headline"
    assert label_at(text, rules, "From 1 October", "Velta Telecom") == "body"


@pytest.mark.parametrize("line, expected", [
    ("Updated 9 October 2025: We have added answers about how accurate the feature is.", "note"),
    ("Updated 9 October 2025", "boilerplate"),
])
def test_an_update_line_that_says_what_changed_is_a_note(rules, line, expected):
    text = "Safety feature FAQ\n\n" + line + "\n\nWhat is the feature?\n\nIt checks images before they are sent."
    assert label_at(text, rules, line[:12], "Tallowin") == expected


def test_was_this_helpful_is_furniture(rules):
    text = "FAQ\n\nWhat is the feature?\n\nIt checks images before they are sent.\n\nWas this helpful?   Yes   No"
    assert label_at(text, rules, "Was this helpful") == "boilerplate"


@pytest.mark.parametrize("heading, below", [
    ("About Brightlane", "Brightlane supports survivors of online abuse in 14 countries."),
    ("About the Commissioner", "The Commissioner is the independent regulator for personal data."),
])
def test_an_early_about_heading_that_the_next_paragraph_describes_opens_the_notes(rules, heading, below):
    text = (
        "Authority and partner launch guidance\n\n"
        "The Authority and Brightlane today published guidance on encrypted messaging for schools.\n\n"
        "\u201cEncryption protects pupils,\u201d said the Commissioner, Ysolde Varnholt.\n\n"
        + heading + "\n\n" + below + "\n\n"
        "Media: press@example.org\n\nShare this page\n\nPrivacy\n\nCookies\n\nAccessibility\n\nContact us"
    )
    assert label_at(text, rules, below[:20], "Tolvane Data Protection Authority") == "note"


def test_a_declaration_after_a_quotation_leaves_the_quotation_a_quote(rules):
    text = (
        "Expert reaction\n\n"
        "\u201cThe clause should be withdrawn before it does lasting damage,\u201d said Dr Ama Leckie, a reader in "
        "security. She declares no competing interests."
    )
    assert label_at(text, rules, "The clause should") == "quote"


def test_an_issued_dateline_naming_the_issuer_stays_furniture(rules):
    text = (
        "Ministry publishes guidance\n\nIssued 4 June 2025: Ministry of Digital Affairs, Tolvane\n\n"
        "The Ministry of Digital Affairs today published guidance on lawful access."
    )
    assert label_at(text, rules, "Issued 4 June") == "boilerplate"


@pytest.mark.parametrize("masthead", [
    "FISCAL\u00cdA GENERAL DE LA REP\u00daBLICA",
    "Maskwa Bay Regional Police Service",
    "Kowhai Coast Police \u2714",
])
def test_a_top_line_that_is_only_the_publishers_name_is_its_masthead(rules, masthead):
    text = (
        masthead + "\n\nOperation Caracola: network dismantled that coordinated shipments through encrypted phones\n\n"
        "Prosecutors obtained arrest warrants against 14 people on Tuesday.\n\n"
        "\u201cEncrypted phones cannot be a licence to traffic,\u201d said the Attorney General, Ramiro Ocampo-Vidal."
    )
    publisher = masthead.rstrip(" \u2714").title()
    assert label_at(text, rules, masthead[:8], publisher) == "boilerplate"
    assert label_at(text, rules, "Operation Caracola", publisher) == "headline"


@pytest.mark.parametrize("title, publisher", [
    ("Royal Tessaly Mounted Police statement", "Royal Tessaly Mounted Police"),
    ("Encryption", "Encryption Europe"),
])
def test_a_title_with_a_word_beyond_the_publishers_name_or_only_part_of_it_is_no_masthead(rules, title, publisher):
    text = title + "\n\nThe force today responded to the app's announcement.\n\n\u201cWe support encryption,\u201d said Jo Roe."
    assert label_at(text, rules, title, publisher) == "headline"


def test_under_a_masthead_a_sentence_is_the_lead_not_a_title(rules):
    text = "Apple\n\nApple today said it will encrypt iCloud backups end to end.\n\n\u201cPrivacy matters,\u201d said Jo Roe, a vice president."
    assert label_at(text, rules, "Apple today", "Apple") == "lead"


def test_a_title_that_names_the_publisher_and_more_is_no_masthead(rules):
    text = (
        "Maskwa Bay Police warn of encrypted SMS scams\n\n"
        "Officers have seen a rise in scams that move victims to encrypted apps.\n\n"
        "\u201cCall us before you pay,\u201d said Inspector Lena Crowfoot."
    )
    assert label_at(text, rules, "Maskwa Bay Police warn", "Maskwa Bay Regional Police Service") == "headline"


def test_a_template_letter_signed_inside_a_toolkit_does_not_turn_the_next_sections_into_notes(rules):
    text = (
        "Campaign toolkit: Keep Messages Private\n\n"
        "4. Template letter\n\n"
        "Dear Editor,\n\n"
        "The plan to scan private messages would make every phone less secure, and I urge readers to oppose it.\n\n"
        "Yours faithfully,\n\n"
        "[Name, town]\n\n"
        "5. Running a street stall\n\n"
        "Book your pitch with the council at least two weeks ahead, and bring leaflets, a clipboard and a banner.\n\n"
        "6. Answering questions\n\n"
        "If someone says encryption only helps criminals, explain that it protects their bank and their doctor too."
    )
    assert label_at(text, rules, "Running a street stall", "Keep Messages Private") == "headline"
    assert label_at(text, rules, "Book your pitch", "Keep Messages Private") == "body"
    assert label_at(text, rules, "If someone says", "Keep Messages Private") == "body"


def test_signatory_lines_under_a_letter_stay_notes_even_when_a_sentence_follows(rules):
    text = (
        "Open letter to the Minister\n\n"
        "Dear Minister,\n\n"
        "We ask you to withdraw clause 9, which would require the scanning of private messages on every phone.\n\n"
        "Yours sincerely,\n\n"
        "Anika Sorensen-Blake\n"
        "Executive Director, Digital Freedom Forum\n\n"
        "Co-signed by: Press Freedom League; Women's Refuge Alliance; Bar Association Rights Committee; and 12 others."
    )
    assert label_at(text, rules, "Executive Director, Digital", "Digital Freedom Forum") == "note"
    assert label_at(text, rules, "Co-signed by", "Digital Freedom Forum") == "note"


def test_masthead_department_number_and_dateline_above_a_translated_release_are_furniture(rules):
    text = (
        "PROCURADUR\u00cdA GENERAL DEL ESTADO\n"
        "Direcci\u00f3n de Comunicaci\u00f3n Institucional\n"
        "Comunicado PGE 112/25\n"
        "San Crist\u00f3bal, March 4, 2025\n\n"
        "Operation Marea: prosecutors dismantle a network that used encrypted phones\n\n"
        "The Procuradur\u00eda obtained arrest warrants against nine people on Monday.\n\n"
        "--o0o--"
    )
    publisher = "Procuradur\u00eda General del Estado de Valdora"
    for line in ("PROCURADUR", "Direcci\u00f3n", "Comunicado PGE", "San Crist\u00f3bal", "--o0o--"):
        assert label_at(text, rules, line, publisher) == "boilerplate"
    assert label_at(text, rules, "Operation Marea", publisher) == "headline"


def test_a_release_label_with_spaced_date_and_topic_fields_is_furniture_above_the_title(rules):
    text = (
        "Federal Ministry of Digital Affairs\n\n"
        "Press release   03.06.2025   Topic: Security, Digital policy\n\n"
        "Government will not agree to scanning of encrypted chats\n\n"
        "The Government will vote against the draft regulation in its current form."
    )
    assert label_at(text, rules, "Press release", "Federal Ministry of Digital Affairs") == "boilerplate"
    assert label_at(text, rules, "Government will not agree", "Federal Ministry of Digital Affairs") == "headline"


def test_a_title_with_a_colon_above_a_numbered_statement_label_stays_the_title(rules):
    text = (
        "Parliament of Westra\n\n"
        "Encrypted Services: A Framework for Consultation\n\n"
        "Statement WS 2025/318\n\n"
        "Made on: 4 May 2025\n\n"
        "Today I am publishing a framework for consultation on access to encrypted communications."
    )
    assert label_at(text, rules, "Encrypted Services:", "Parliament of Westra") == "headline"
    assert label_at(text, rules, "Statement WS", "Parliament of Westra") == "boilerplate"


def test_quick_facts_that_run_into_learn_more_are_the_releases_notes(rules):
    text = (
        "NEWS RELEASE\n\n"
        "Province responds to encryption review\n\n"
        "HARBOURVILLE \u2013 The Province will not require apps to scan private messages.\n\n"
        "\u201cSurvivors told us encryption keeps them safe,\u201d said Attorney General Renata Oduya-Lind.\n\n"
        "The review received submissions from police, shelters and technology firms over ten months.\n\n"
        "Quick Facts:\n\n"
        "\u2022 The review heard from 240 people and organizations.\n"
        "\u2022 Shelters recorded 1,900 contacts through encrypted apps in 2024.\n\n"
        "Learn More:\n\n"
        "Read the review at news.province.example/review\n\n"
        "BACKGROUNDER\n\n"
        "Recommendations not accepted\n\n"
        "The Province does not accept a recommendation to rule out any future access request."
    )
    assert label_at(text, rules, "The review heard", "Ministry of Attorney General") == "note"
    assert label_at(text, rules, "The Province does not accept", "Ministry of Attorney General") == "note"
    assert quote_names(text, rules, "Ministry of Attorney General") == ["Renata Oduya-Lind"]


def test_a_recommendation_above_the_response_to_it_is_a_heading_but_a_run_of_them_is_a_list(rules):
    answered = (
        "Response to the Committee's report\n\n"
        "Recommendation 2: The Regulator should state that services may deploy end-to-end encryption without approval.\n\n"
        "Accepted. The Regulator has never required approval and will say so in its guidance this year.\n\n"
        "Recommendation 4: The Regulator should publish how often it uses its notice powers.\n\n"
        "Accepted in part. It will publish annual figures, but not the names of the services concerned."
    )
    assert label_at(answered, rules, "Recommendation 2", "Online Safety Regulator") == "headline"
    assert label_at(answered, rules, "Recommendation 4", "Online Safety Regulator") == "headline"
    listed = (
        "Our submission\n\n"
        "We make four recommendations.\n\n"
        "Recommendation 1: That no provider be required to scan private messages.\n\n"
        "Recommendation 2: That victims be able to report abuse from inside a chat.\n\n"
        "We would be glad to give evidence to the Committee."
    )
    assert label_at(listed, rules, "Recommendation 1", "Refuge Network") == "body"
    assert label_at(listed, rules, "Recommendation 2", "Refuge Network") == "body"


def test_a_letter_and_number_before_wide_spacing_is_a_paragraph_marker_not_text(rules):
    text = (
        "Draft code of practice: Part 2\n\n"
        "2.1  A member must keep client communications confidential.\n\n"
        "Commentary\n\n"
        "C1\u00a0\u00a0Paragraph 2.1 answers the Ministry's consultation on scanning encrypted services.\n\n"
        "C2\u00a0\u00a0We accept that some offenders use encrypted messaging."
    )
    segments, _ = segment_statement(text, rules, "Law Society of Dunmere")
    starts = {text[s["start"] : s["end"]][:9] for s in segments}
    assert "Paragraph" in starts and "We accept" in starts
    assert not any(text[s["start"] : s["end"]].startswith("C1") for s in segments)


def test_a_signatory_name_and_the_sentence_about_her_stay_notes_under_the_sign_off(rules):
    text = (
        "Open letter to the Minister\n\n"
        "Dear Minister,\n\n"
        "We ask you to withdraw clause 9, which would require the scanning of messages on every phone.\n\n"
        "Yours sincerely,\n\n"
        "Ana Bergquist\n\n"
        "Ana Bergquist is a senior fellow at the Halden Institute and has written widely on encryption and rights."
    )
    assert label_at(text, rules, "Ana Bergquist is", "Halden Institute") == "note"


def test_three_of_the_publishers_words_in_ordinary_case_may_still_be_the_title(rules):
    text = (
        "Privacy and Encryption Research\n\n"
        "Our annual survey of 4,000 adults shows that most people want their messages to stay private.\n\n"
        "\u201cPeople understand what is at stake,\u201d said research director Halima Osei."
    )
    assert label_at(text, rules, "Privacy and Encryption", "Institute for Privacy and Encryption Research") == "headline"


@pytest.mark.parametrize("title", ["Statement 02/2025", "Opinion 04/2025"])
def test_a_numbered_statement_without_a_release_code_is_the_title(rules, title):
    text = title + "\n\nThe Board is concerned that the latest text still allows the scanning of encrypted messages."
    assert label_at(text, rules, title, "Data Protection Board") == "headline"
    assert label_at(text, rules, "The Board is concerned", "Data Protection Board") == "body"


def test_a_sentence_opening_published_today_is_text_not_a_date_line(rules):
    assert not rules.is_boilerplate_line("Published today, the survey of 2,000 parents found that 61% back encryption.")


def test_a_single_recommendation_followed_by_its_authors_words_stays_text(rules):
    text = (
        "Committee report published\n\n"
        "The Home Affairs Committee today published its report on encryption.\n\n"
        "Recommendation 3: The Government should not require the scanning of private messages.\n\n"
        "The committee chair, Ann Berg MP, said: \"We heard that scanning would make everyone less safe.\""
    )
    assert label_at(text, rules, "Recommendation 3", "House of Commons") == "body"


@pytest.mark.parametrize("text, expected", [
    ("Marisol Penhaligon is a second-year Law student and News Editor of The Lantern. Views expressed in "
     "Opinion pieces are the author\u2019s own and not those of The Lantern.", "note"),
    ("Dr Teo Brack was a prosecutor for twelve years. The views expressed are the writer's own.", "note"),
    # a paragraph that argues, with no disclaimer, is the column itself
    ("Marisol Penhaligon is right that the chats matter. Views differ, but the policy should go.", "body"),
    ("Scanning our messages is the wrong answer and the college must drop it. Views expressed in Opinion pieces are "
     "the author's own.", "body"),
])
def test_a_columnists_biography_with_a_disclaimer_is_a_note(rules, text, expected):
    statement = (
        "The college wants to read our group chats. It should not.\n\n"
        "A new rule would move every club onto a platform that staff can search, and that would leave students less safe.\n\n"
        "The college should give every club a trained welfare contact and leave our chats alone.\n\n"
        f"{text}"
    )
    assert label_at(statement, rules, text[:12]) == expected


@pytest.mark.parametrize("text, expected", [
    ("212/25 MOTION: PRIVATE MESSAGES AND THE COMMUNICATIONS BILL", "headline"),
    ("213/25 APOLOGIES", "headline"),
    # a number and a year in ordinary case open a sentence of the minutes
    ("2024/25 was the first year the committee met online, and it met eleven times.", "body"),
    # a year and a figure are a table's row
    ("2021/22 REFERRALS: 102,842", "body"),
])
def test_a_council_minutes_numbered_titles_are_headings(rules, text, expected):
    statement = (
        "Minutes of the Full Council\n\n"
        "The meeting opened at 7.00pm with eleven members present and the Town Mayor in the chair.\n\n"
        f"{text}\n\n"
        "The following motion was proposed by Cllr Anwen Pell and seconded by Cllr Teodor Marsh and carried by nine votes to three."
    )
    assert label_at(statement, rules, text[:10]) == expected


EXPLAINER_WITH_SOURCES = (
    "What the Safe Chats Bill would change\n\n"
    "The bill reaches its committee stage next month. It would let a judge order a messaging service to "
    "hand over a named user's messages.\n\n"
    "\u201cA warrant is a legal key, but the bill asks for a technical one,\u201d said Dr Yusra Penhale, "
    "a cryptographer at Tollard University.\n\n"
    "Supporters of the bill say that the courts would keep every order narrow and that few orders are expected.\n\n"
    "Sources and further reading\n"
    "\u25b8 Tollard University, Keys and Courts (2025), a review of lawful access designs.\n"
    "\u25b8 Full text of the Safe Chats Bill as introduced.\n"
)


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Supporters of the bill", "body"),
        ("Sources and further reading", "note"),
        ("Tollard University, Keys", "note"),
        ("Full text of the Safe", "note"),
    ],
)
def test_a_sources_and_further_reading_list_is_notes(rules, opening, expected):
    assert label_at(EXPLAINER_WITH_SOURCES, rules, opening) == expected


def test_a_right_pointing_triangle_is_a_bullet_outside_the_segment(rules):
    segments, _ = segment_statement(EXPLAINER_WITH_SOURCES, rules, "Plainview Media")
    triangle = EXPLAINER_WITH_SOURCES.index("\u25b8 Tollard")
    assert not any(s["start"] <= triangle < s["end"] for s in segments)


PRESS_NOTE_UNDER_LETTERHEAD = (
    "VELLAMORE STATE NURSES' ASSOCIATION\n"
    "(Regd. No. 208/1991)\n"
    "No. 14, Hospital Road, Thenkarai \u2013 600 021\n\n"
    "PRESS NOTE\n"
    "Dt. 03-02-2026\n\n"
    "Nurses' Association opposes message scanning in the Health Data Bill\n\n"
    "The Vellamore State Nurses' Association has urged the Government to drop the scanning clause of the Bill.\n\n"
    "The Association's General Secretary, Smt. Leela Varghese, a ward sister who served for 28 years in the "
    "District Hospital, said that nurses relied on encrypted chats to report abuse.\n\n"
    "Yours faithfully,\n\n"
    "Sd/-\n"
    "(Leela Varghese)\n"
    "General Secretary\n\n"
    "Sd/-\n"
    "(Thomas Kurian)\n"
    "President\n"
)


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("VELLAMORE STATE NURSES", "boilerplate"),
        ("(Regd. No. 208/1991)", "boilerplate"),
        ("No. 14, Hospital Road", "boilerplate"),
        ("PRESS NOTE", "boilerplate"),
        ("Dt. 03-02-2026", "boilerplate"),
        ("Nurses' Association opposes", "headline"),
        ("Sd/-\n(Leela", "note"),
        ("Sd/-\n(Thomas", "note"),
    ],
)
def test_a_press_note_under_a_letterhead_keeps_its_title_and_its_signatures(rules, opening, expected):
    assert label_at(PRESS_NOTE_UNDER_LETTERHEAD, rules, opening) == expected



@pytest.mark.parametrize(
    "text, opening",
    [
        # a title with a figure above a document-type line is still the title, not a letterhead
        ("40 groups urge MPs to reject Clause 12 scanning powers\n\nJOINT STATEMENT\n\n14 January 2026\n\n"
         "Forty organisations have today written to every Member of Parliament about the clause.\n",
         "40 groups urge MPs"),
        # a title in capitals above a date and "PRESS RELEASE"
        ("ENCRYPTION IS NOT A LOOPHOLE, SAYS TECH COALITION\n\n14 January 2026\n\nPRESS RELEASE\n\n"
         "The Global Tech Coalition today responded to the Government's plans for scanning.\n",
         "ENCRYPTION IS NOT A LOOPHOLE"),
    ],
)
def test_a_title_above_a_document_type_line_is_no_letterhead(rules, text, opening):
    assert label_at(text, rules, opening) == "headline"


def test_a_guest_posts_first_person_opening_is_body_not_a_news_lead(rules):
    text = ("Why encryption matters in a refuge\n\n"
            "The first hour I spend with a woman who has just arrived at a refuge is usually spent on her phone.\n\n"
            "\u201cHe always knew where I was, every hour of every day,\u201d said Mira Castell, a resident of the refuge.\n")
    assert label_at(text, rules, "The first hour I spend") == "body"


@pytest.mark.parametrize(
    "text, opening",
    [
        # "Annex I", "Hands Off My Chats" and an "I'm" inside a quoted phrase are not the author speaking
        ("Commission publishes proposal\n\nThe Commission today published the proposal; Annex I sets out the "
         "detection duties for providers.\n\n\u201cThese duties are narrow and subject to a judge,\u201d said Commissioner Jo Roe.\n",
         "The Commission today"),
        ("Campaign launches\n\nThe Hands Off My Chats campaign launched today with a petition to Parliament.\n\n"
         "\u201cNobody should scan private messages,\u201d said campaign director Ana Lim.\n", "The Hands Off My Chats"),
        ("Police chief warns\n\nA senior police chief said encryption leaves officers feeling \"like I'm policing with "
         "my eyes shut\", as the rollout ends.\n\n\"We used to act within hours. Now we get nothing,\" said Deputy Chief "
         "Constable Sarah Okafor.\n", "A senior police chief"),
    ],
)
def test_a_news_lead_with_a_numeral_a_name_or_a_quoted_i_stays_the_lead(rules, text, opening):
    assert label_at(text, rules, opening) == "lead"


def test_a_body_introducing_its_own_questions_is_no_speaker(rules):
    text = ("INVITATION FOR PUBLIC COMMENTS ON THE DRAFT FRAMEWORK\n\n"
            "1. The Authority has prepared a draft framework on encrypted messaging services.\n\n"
            "2. The Authority seeks comments on, among others, the following questions:\n\n"
            "(i) Should providers of end-to-end encrypted services be required to register locally?\n\n"
            "(ii) Is it technically possible to give lawful access without reducing the security of the service?\n")
    assert quote_names(text, rules, "Communications Authority of Ndoria") == []
    assert label_at(text, rules, "Should providers", "Communications Authority of Ndoria") != "quote"


@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        # the publisher's own person introducing a list still speaks it
        ("Commission presents proposal\n\nThe Commission today adopted a proposal on child abuse online.\n\n"
         "The Commission's Executive Vice-President, Marta Lindqvist, made the following points:\n\n"
         "First, encryption protects millions of people from fraud and hostile states.\n\n"
         "Second, any access for law enforcement must be targeted and independently authorised.\n",
         "Septentrian Commission", ["Marta Lindqvist", "Marta Lindqvist"]),
    ],
)
def test_a_person_introducing_a_list_of_points_still_speaks_it(rules, text, publisher, expected):
    assert quote_names(text, rules, publisher) == expected


@pytest.mark.parametrize("masthead, title, expected", [
    ("DATA PROTECTION COMMISSION", "Republic of Amihan", "boilerplate"),  # the publisher's name in two lines
    ("ENCRYPTION EUROPE", "Encryption", "headline"),  # a title in the publisher's words
])
def test_a_second_masthead_line_is_furniture_only_when_it_completes_the_publishers_name(rules, masthead, title, expected):
    text = (f"{masthead}\n{title}\n\nThe Commission today published its view on a bill that would let a minister order "
            "messaging services to scan their users' messages.\n")
    assert label_at(text, rules, title, "Data Protection Commission, Republic of Amihan" if "DATA" in masthead
                    else "Encryption Europe") == expected


def test_a_newswires_name_above_news_provided_by_is_furniture_and_the_title_below_is_the_headline(rules):
    text = ("Pressfeed\nNews provided by\nLumapost, Inc.\nMar 04, 2025, 08:00 ET\n\n"
            "Lumapost Makes End-to-End Encryption the Default for All 12 Million Users\n\n"
            "ORVALE, March 4, 2025 /Pressfeed/ -- Lumapost, Inc. today announced that end-to-end encryption is now on "
            "by default for every account.\n")
    assert [label_at(text, rules, line, "Lumapost, Inc.") for line in ("Pressfeed\n", "Lumapost Makes")] == [
        "boilerplate", "headline"]


def test_a_translation_note_and_a_notes_heading_in_two_languages_are_notes(rules):
    text = ("Police warn about encrypted app\n\n"
            "(Arbeits\u00fcbersetzung aus dem Deutschen; ma\u00dfgeblich ist die deutsche Fassung. / Working translation from "
            "German; the German version is authoritative.)\n\n"
            "Grauenstein, 12.03.2025 \u2013 The State Criminal Police Office today warned that the rollout will leave "
            "investigators unable to see abuse on the service.\n\n"
            "The office has written to the company and asked it to postpone the change until it can show how abuse "
            "will still be found and reported.\n\n"
            "Hinweise f\u00fcr Redaktionen / Notes for editors\n\n"
            "The reports are forwarded to the office by the national reporting centre.\n")
    assert [label_at(text, rules, line) for line in ("(Arbeits", "Hinweise", "The reports are")] == ["note", "note", "note"]


@pytest.mark.parametrize("paragraph, expected", [
    ("\u201cIn a case of discrepancy the Italian translation prevails, and that is the problem,\u201d argued Avv. Costanza "
     "Ferrandi, who chairs the Bar.", "quote"),
    ("MEPs found a discrepancy between the French translation of the regulation and the English text, which is binding "
     "on platforms.", "body"),
])
def test_a_paragraph_that_mentions_a_translation_and_which_text_prevails_is_a_note_only_when_it_opens_as_one(
        rules, paragraph, expected):
    text = ("Bar opposes decree\n\nThe Council of the Bar yesterday adopted a resolution against the decree on "
            "encrypted communications.\n\n" + paragraph + "\n\nThe decree will be debated in June.\n")
    assert label_at(text, rules, paragraph.lstrip("\u201c")[:20]) == expected


def test_an_about_us_section_opening_written_evidence_is_a_note_and_the_evidence_goes_on_under_it(rules):
    text = (
        "Children's safety in private messaging\n\n"
        "Summary\n\nPrivate messaging is now where most grooming our counsellors hear about happens.\n\n"
        "About us\n\n"
        "1. Puffin Lane Children's Trust is a national charity that runs a helpline for children.\n\n"
        "What children tell us\n\n"
        "2. In 2024 our counsellors held 4,312 sessions in which a child described being groomed online.\n\n"
        "3. Default encryption will make it harder for platforms to see grooming and to report it to police.\n\n"
        "4. We ask the Committee to recommend that detection notices can be issued to encrypted services."
    )
    assert label_at(text, rules, "About us") == "note"
    assert label_at(text, rules, "Puffin Lane Children's Trust is") == "note"
    assert label_at(text, rules, "In 2024 our counsellors") == "body"
    assert label_at(text, rules, "We ask the Committee") == "body"


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        # a closing "About us" in a short release, then its contact heading: all notes
        ("Charity calls for safeguards\n\nThe charity called for safeguards in the bill today.\n\nAbout us\n\n"
         "Puffin Trust is a national charity.\n\nGet in touch\n\nFor more information about our work please email "
         "info@example.org or call our office in Leeds on weekdays.", "Get in touch", "note"),
        # an "About us" page: its own first section is the text
        ("Puffin Trust\n\nAbout us\n\nWe are a national charity for children.\n\nOur mission\n\nWe believe every child "
         "should be safe online, and we work with families, schools and platforms to make that happen.",
         "We are a national charity", "body"),
    ],
)
def test_an_early_about_section_is_cut_short_only_by_a_section_of_prose(rules, text, opening, expected):
    assert label_at(text, rules, opening) == expected


def test_a_releases_opening_paragraph_that_names_the_speaker_introduces_the_quoted_paragraphs_under_it(rules):
    text = (
        "PRESS RELEASE\n\nScanning private messages would endanger everyone, warns Special Rapporteur\n\n"
        "GENEVA (18 March 2025) \u2013 The Federated Nations Special Rapporteur on the right to privacy, Killa Huaracha, "
        "today urged States considering laws that would require messaging services to scan the content of encrypted "
        "communications to abandon them. Ms. Huaracha was speaking as she published her annual thematic report to the "
        "Human Rights Council, which examines proposals in at least eleven jurisdictions.\n\n"
        "\u201cEnd-to-end encryption is one of the most important safeguards of the right to privacy.\n\n"
        "\u201cWeakening encryption would not make children safer.\u201d\n\n"
        "The Special Rapporteur's report is online."
    )
    assert quote_names(text, rules) == ["Killa Huaracha"] * 2


def test_we_asked_the_body_to_do_the_following_opens_the_publishers_own_list(rules):
    text = (
        "What we asked the Authority to do\n\nThe Authority failed Mrs K, said the Ombudsman, Ines Harpe.\n\n"
        "We asked the Authority to do the following within three months, and it has agreed:\n\n"
        "\u2022 apologise to Mrs K and pay her \u00a31,850;\n\u2022 offer its encrypted messaging service to every applicant."
    )
    assert label_at(text, rules, "apologise to Mrs K") == "body"


def test_a_long_opening_paragraph_that_names_two_people_in_passing_introduces_no_quotation(rules):
    text = (
        "Encryption talks\n\nLONDON (18 March 2025) - The minister, Jo Roe, and the shadow minister, Ann Lee, met campaigners "
        "from several groups on Monday to discuss the encryption bill, which has been criticised by technology firms, "
        "civil liberties groups and a number of backbench MPs who fear it will weaken the security of messaging apps "
        "used by millions of people every day across the country.\n\n\"We cannot accept a backdoor.\"\n\n"
        "\"This bill is dangerous,\" said Tom Hay, a campaigner.\n"
    )
    assert label_at(text, rules, "We cannot accept") == "body"


def test_someone_elses_do_the_following_list_stays_their_quotation(rules):
    text = ("Encryption bill row deepens\n\nJo Roe, the minister, said she would ask the Authority to do the following:\n\n"
            "\"Publish the guidance and consult on it.\"\n\nThe bill returns.\n")
    assert quote_speakers(text, rules) == [("Jo Roe", "the minister", None)]


def test_a_directors_statement_heading_gives_the_quoted_paragraphs_to_the_director_named_above(rules):
    text = (
        "Unseen Rooms: the detectives who lost sight of abuse\n\n"
        "Unseen Rooms is a 60-minute documentary from Bracklow Pictures.\n\n"
        "With unprecedented access, director Annika Kestner filmed detectives for a year.\n\n"
        "Director's statement\n\n"
        "\"I went in thinking this was a story about technology.\"\n\n"
        "\"It isn't. It's a story about a room with the door shut.\"\n\nContributors"
    )
    assert quote_names(text, rules) == ["Annika Kestner"] * 2


@pytest.mark.parametrize(
    "intro, heading",
    [
        # two directors named: the heading does not say which one speaks
        ("Director Annika Kestner and director Tom Ruiz filmed detectives for a year.", "Director's statement"),
        # a product and its version are no person and an age
        ("Windows, 11, was released with new encryption settings last year.", "What the company says"),
    ],
)
def test_quoted_paragraphs_under_an_ambiguous_introduction_stay_unattributed(rules, intro, heading):
    text = (
        "Unseen Rooms\n\nThe documentary airs on Thursday.\n\n" + intro + "\n\n" + heading + "\n\n"
        "\"I went in thinking this was a story about technology.\"\n\n\"It is a story about a shut door.\"\n\nContributors"
    )
    assert quote_names(text, rules) == []
