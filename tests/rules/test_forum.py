"""Forum threads: post headers, their authors and the posts a reply quotes."""

import re

import pytest

from pipeline.rules.forum import introductions, is_handle, person_behind
from pipeline.rules.segment import segment_statement
from tests.rules.segment_helpers import label_at, quote_names, quote_speakers

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


@pytest.mark.parametrize(
    "handle, thread, expected",
    [
        ("kelp_noor", "Hi all, I'm Noor Saffery, and I lead security engineering here.", "Noor Saffery"),
        ("kelp_noor", "I'm joined today by Noor Saffery, who leads security engineering.", "Noor Saffery"),
        ("kelp_noor", "Questions for the Kelpline Staff are welcome. Noor Saffery will answer.", None),
        ("the_quiet_parent", "The Minister has said the list is narrow.", None),
        ("sam_w_1987", "I wrote to my MP, Sam Ashdown, about it.", None),
    ],
)
def test_the_person_behind_a_handle_is_the_one_the_thread_introduces_by_that_first_name(handle, thread, expected):
    assert person_behind(handle, [], introductions(thread)) == expected


AMA = (
    "Community \u203a Announcements\n\n"
    "AMA: we build the app's encryption, ask us anything\n\n"
    "kelp_noor \u00b7 Kelpline Staff  \u00b7  2 Oct 2025, 17:02\n\n"
    "Hi all, I'm Noor Saffery, head of security engineering. Ask us anything about the scanning proposals.\n\n"
    "\u25b2 1,204  \u25bc    214 comments    Share    Report\n\n"
    "grumpy_sysadmin_77  \u00b7  4h\n\n"
    "The minister says it only checks for \"known abuse images\". Why is that so bad?\n\n"
    "kelp_noor \u00b7 Kelpline Staff  \u00b7  3h\n\n"
    "Because a list is just a list, and nobody outside the agency can check what is on it."
)


def test_an_unbracketed_staff_badge_and_a_phrase_in_quotation_marks_inside_a_post(rules):
    assert quote_names(AMA, rules, "Kelpline") == ["Noor Saffery", "grumpy_sysadmin_77", "Noor Saffery"]
    assert label_at(AMA, rules, "\u25b2 1,204") == "boilerplate"


def test_a_post_that_quotes_someone_by_name_leaves_the_quotation_to_them(rules):
    text = (
        "Thread: the Commissioner on scanning\n\n"
        "rowan_k \u00b7 2 Oct 2025\n\n"
        "The Commissioner, Ysolde Varnholt, told the committee: \"No one should be scanning private messages.\" "
        "I think she is right.\n\n"
        "marsh_owl_3 \u00b7 4h\n\n"
        "Agreed, and the bill should say so."
    )
    assert "Ysolde Varnholt" in quote_names(text, rules, "Tolvane Forum")


NUMBERED_THREAD = (
    "Harbourlight Forum \u203a Policy\n\n"
    "Should the client warn about added devices?\n\n"
    "#1  quillon_88  \u00b7  3 Mar 2025, 08:10\n"
    "If a server adds a device to my account, I want to know at once.\n\n"
    "#2  Odile Brankstone (obrank) \u00b7 Core developer  \u00b7  3 Mar 2025, 09:41\n"
    "quillon_88 said:\n"
    "> If a server adds a device to my account, I want to know at once.\n\n"
    "You will: the device list shows it and the chat says so.\n\n"
    "#3  fennwick  \u00b7  3 Mar 2025, 10:02 \u00b7 edited\n"
    "The draft says \"providers of messaging services\" and I doubt a client counts.\n\n"
    "Reply  \u00b7  Share"
)


def test_numbered_post_headers_with_a_named_author_and_an_edit_note_start_posts(rules):
    assert quote_names(NUMBERED_THREAD, rules) == ["quillon_88", "quillon_88", "Odile Brankstone", "fennwick"]
    assert label_at(NUMBERED_THREAD, rules, "Odile Brankstone (obrank) \u00b7 Core developer") == "lead"
    segments, _ = segment_statement(NUMBERED_THREAD, rules)
    number = NUMBERED_THREAD.index("#2")
    assert not any(s["start"] <= number < s["end"] for s in segments)  # a post number is a marker, like a bullet
    assert label_at(NUMBERED_THREAD, rules, "10:02 \u00b7 edited") == "boilerplate"
    assert label_at(NUMBERED_THREAD, rules, "quillon_88 said:") == "lead"


def test_a_phrase_a_post_quotes_in_its_own_sentence_leaves_the_post_to_its_author(rules):
    assert label_at(NUMBERED_THREAD, rules, "I doubt a client counts") == "quote"


POST_WITH_COMMENTS = (
    "Ilse Marrack-Doyle \u2022 You\n"
    "Detective Inspector, Online Safety Team at Brenhallow Police\n"
    "3d \u2022 Edited\n\n"
    "I support encryption, but our referrals from one app fell from forty a month to five after it switched it on.\n\n"
    "\U0001F449 Companies should keep a way to detect known abuse images.\n"
    "\U0001F449 Governments should set that expectation out in law.\n\n"
    "Views are my own and not those of Brenhallow Police.\n\n"
    "Most relevant \u25be\n\n"
    "Tobias Quennell-Ash\n"
    "Security Engineer at Lanternfold\n"
    "Respect for posting this. But a way to keep detecting them means scanning on the device, for everyone.\n"
    "Like \u00b7 Reply \u00b7 2d\n\n"
    "Ilse Marrack-Doyle Author\n"
    "Detective Inspector, Online Safety Team at Brenhallow Police\n"
    "That's a fair point, and it's exactly the conversation I want to have with engineers.\n"
    "Like \u00b7 Reply \u00b7 2d\n\n"
    "Load more comments"
)


def test_comments_under_a_network_post_are_their_commenters_words(rules):
    assert quote_names(POST_WITH_COMMENTS, rules) == ["Tobias Quennell-Ash", "Ilse Marrack-Doyle"]
    assert [label_at(POST_WITH_COMMENTS, rules, line) for line in (
        "Security Engineer at", "Like \u00b7 Reply", "Author", "Load more", "Most relevant", "3d \u2022")] == [
        "lead", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]
    # the author's card on top of the post is the network's furniture, not a title
    assert label_at(POST_WITH_COMMENTS, rules, "Ilse Marrack-Doyle \u2022 You") == "boilerplate"


def test_a_post_marks_its_points_with_pointing_hands_and_disclaims_its_views(rules):
    segments, _ = segment_statement(POST_WITH_COMMENTS, rules)
    covered = {i for s in segments for i in range(s["start"], s["end"])}
    assert all(m.start() not in covered for m in re.finditer("\U0001F449", POST_WITH_COMMENTS))
    assert label_at(POST_WITH_COMMENTS, rules, "Views are my own") == "note"


def test_a_name_over_a_role_without_buttons_is_no_comment(rules):
    text = (
        "Why we back encryption\n\n"
        "Encryption protects the people we work with from stalkers and from criminals who break into servers.\n\n"
        "Tobias Quennell-Ash\n"
        "Security Engineer at Lanternfold\n"
        "Lanternfold builds secure messaging for charities."
    )
    assert quote_names(text, rules) == []


TWO_LINE_THREAD = (
    "Developer Forums \u203a Announcements\n\n"
    "[Announcement] SDK 4.0: on-device matching for apps in Pellwick\n\n"
    "nadia_corrow (Nadia Pemberly) \u00b7 Corrow Staff \u00b7 Developer Relations\n"
    "12 Sep 2025, 09:14\n\n"
    "From SDK 4.0, apps distributed in Pellwick will run an on-device matching step before images are encrypted.\n\n"
    "\u2665 38   \u21a9 Reply\n\n"
    "rsvenby\n"
    "12 Sep 2025, 09:41\n\n"
    "So this is client-side scanning with a nicer name, and we will leave the market rather than ship it.\n\n"
    "KwameB\n"
    "Member \u00b7 1,034 posts \u00b7 Posted 12 Sep 2025, 10:05\n\n"
    "Quote from: rsvenby on 12 Sep 2025, 09:41\n"
    "> we will leave the market rather than ship it.\n\n"
    "With respect, that describes every law any of us complies with, and schools need a safe path.\n\n"
    "This topic will close automatically 30 days after the last reply.\n"
    "You must be logged in to reply to this topic."
)


def test_post_headers_in_two_lines_name_each_posts_author(rules):
    assert quote_names(TWO_LINE_THREAD, rules) == ["Nadia Pemberly", "rsvenby", "rsvenby", "KwameB"]
    assert [label_at(TWO_LINE_THREAD, rules, line) for line in (
        "12 Sep 2025, 09:14", "Member \u00b7 1,034", "Quote from:", "This topic will close", "You must be logged")] == [
        "boilerplate", "boilerplate", "lead", "boilerplate", "boilerplate"]


def test_releases_and_files_over_dates_are_no_thread(rules):
    text = (
        "Encryption in our apps: what changed and when\n\n"
        "Our apps have used end-to-end encryption by default since 2021. This page lists each release that changed it.\n\n"
        "android-7.12.0\n12 Sep 2025\n\n"
        "Added key transparency, so users can check that the keys they see are the ones the server holds.\n\n"
        "consultation_paper.pdf\n3 Jul 2025\n\n"
        "Encrypted backups are now on by default for new accounts.\n\n"
        "desktop_notes\n14 May 2025\n\n"
        "Linked devices now verify each other before any message history is transferred."
    )
    assert quote_names(text, rules) == []


def test_an_issue_threads_comment_headers_reactions_and_events(rules):
    text = (
        "Enable end-to-end encryption by default for all rooms #4127\n"
        "Closed as not planned\n\n"
        "kvpaszek commented on 4 Feb 2025\n"
        "Right now a room is only end-to-end encrypted if one of its admins switches it on.\n\n"
        "\U0001F44D 87   \u2764\ufe0f 12\n\n"
        "jelte-sachs (Maintainer) commented on 6 Feb 2025\n"
        "We agree that encryption is the right default for a personal messenger, but schools must keep their filters.\n\n"
        "jelte-sachs closed this as not planned on 9 Feb 2025\n"
        "jelte-sachs locked and limited conversation to collaborators on 9 Feb 2025\n"
        "Labels: area: crypto, wontfix"
    )
    speakers = quote_speakers(text, rules)
    assert speakers == [("kvpaszek", None, None), ("jelte-sachs", "Maintainer", None)]
    assert label_at(text, rules, "\U0001F44D 87") == "boilerplate"
    assert label_at(text, rules, "jelte-sachs closed") == "boilerplate"
    assert label_at(text, rules, "Labels:") == "boilerplate"


def test_a_question_and_answer_sites_posts_are_signed_under_them(rules):
    text = (
        "Can I detect known abuse images in an end-to-end encrypted app?\n"
        "Asked 3 months ago \u00b7 Viewed 8k times\n\n"
        "41\n"
        "We're building a messaging app. Is there a way to match images on the device before encryption?\n\n"
        "end-to-end-encryption    client-side-scanning\n\n"
        "Share    Improve this question    Follow\n"
        "asked Mar 3, 2025 at 9:14\n"
        "brackish_ops\n"
        "1,204 \u25cf3 \u25cf17\n\n"
        "Related: there is an older question with good links. \u2013 tvarga_sec Mar 3, 2025 at 10:02\n\n"
        "57\n"
        "Accepted answer\n"
        "Short version: you can build it, but it is no longer end-to-end encryption as your users understand it.\n\n"
        "Share    Improve this answer    Follow\n"
        "answered Mar 3, 2025 at 12:40\n"
        "Ines Kovalen\n"
        "22.6k \u25cf4 \u25cf61"
    )
    assert quote_names(text, rules) == ["brackish_ops", "tvarga_sec", "Ines Kovalen"]
    assert label_at(text, rules, "answered Mar 3") == "lead"
    assert label_at(text, rules, "Accepted answer") == "boilerplate"
    assert label_at(text, rules, "end-to-end-encryption    client") == "boilerplate"


def test_forum_posts_about_a_company_stay_posts_and_a_plus_one_is_a_reply(rules):
    text = (
        "UK users lose Advanced Data Protection\n\n"
        "mira_d  [Staff]   Feb 22\n"
        "Apple removed the option for new UK users this morning.\n\n"
        "bramblecat  [Member]   Feb 22\n"
        "Apple added a warning banner to the settings page.\n\n"
        "kelp_noor  [Member]   Feb 23\n"
        "+1"
    )
    assert quote_names(text, rules) == ["mira_d", "bramblecat", "kelp_noor"]


def test_a_written_answer_signed_asked_and_answered_is_no_question_and_answer_site(rules):
    text = (
        "Written questions and answers: Encryption\n\n"
        "Asked by Jo Roe\nAsked 3 March 2025\nBristol North\n\n"
        "To ask the Secretary of State for the Home Department, what assessment she has made of encryption.\n\n"
        "Answered by Dan Jarvis\nAnswered 10 March 2025\nHome Office\n\n"
        "The Government supports strong encryption, but it must not come at the expense of children's safety."
    )
    assert "Bristol North" not in quote_names(text, rules)
    assert label_at(text, rules, "Asked by Jo Roe") == "lead"


@pytest.mark.parametrize("text, expected", [
    ("Milestone: two billion people are now protected by default encryption.", "body"),
    ("Reviewers: the design was checked by three independent teams, who found no way in.", "body"),
])
def test_a_trackers_field_names_do_not_swallow_sentences(rules, text, expected):
    statement = f"Acme reaches a milestone\n\nAcme today announced a new encryption default for every user.\n\n{text}"
    assert label_at(statement, rules, text[:10]) == expected


def test_a_link_aggregators_ama_gives_each_post_to_its_user_and_a_signed_team_post_to_the_signer(rules):
    text = (
        "We're the Pinecall team that refused the scanning law. Ask us anything.\n\n"
        "Answering today: Ilse Marwood-Ochoa, head of security (signs as \u2013Ilse).\n\n"
        "u/gravel_owl \u00b7 412 points \u00b7 3h\n"
        "If the scanner only checks known images, what is the actual harm?\n\n"
        "u/pinecall_team OP \u00b7 398 points \u00b7 3h\n"
        "The list is secret, and the law lets the minister extend it by notice.\n\n"
        "\u2013Ilse\n\n"
        "u/mum_of_two_ks \u00b7 377 points \u00b7 2h\n"
        "My daughter was messaged by a stranger last year. What would you do about that?"
    )
    assert quote_names(text, rules) == ["gravel_owl", "Ilse Marwood-Ochoa", "mum_of_two_ks"]
    assert label_at(text, rules, "\u00b7 412 points") == "boilerplate"
    assert label_at(text, rules, "Ilse\n\nu/mum") == "lead"


# over-matches a third reviewer found (b30eeb8..efd97b8): a sign-off or an unexplained dashed name is no
# signer, the newsroom's own editor asks, and a campaign group's initials answer for the group
@pytest.mark.parametrize(
    "text, publisher, expected",
    [
        pytest.param("Thread: Is the new backup encryption worth turning on?\n\nu/kelp_rider OP · 52 points · 5h\n\nI switched on end-to-end encrypted backups last week and lost access to two years of photos after a phone reset. Is there any way back?\n\n–Cheers\n\nu/Nonebyte_ana · 31 points · 4h\n\nOnly if you saved the recovery key. Without it the provider cannot help you, which is the whole point.\n\nu/mossgrove · 12 points · 2h\n\nSame thing happened to me. Write the key down on paper this time.",
                     None, ["kelp_rider", "kelp_rider", "Nonebyte_ana", "mossgrove"], id="forum_dash_cheers"),
        pytest.param("Thread: Why I stopped using SMS for 2FA\n\nu/grey_heron OP · 88 points · 6h\n\nAfter reading Bruce Hallam's post about SIM swapping, I moved everything to an authenticator app. Encryption matters, but so does the second factor.\n\n–Bruce\n\nu/lina_k · 40 points · 5h\n\nGood call. SMS is the weakest link.",
                     None, ["grey_heron", "grey_heron", "lina_k"], id="forum_epigraph_known_person_given"),
        pytest.param("Why we built a messenger that cannot read your messages\n\nOur editor talks to Amara Lindqvist, founder of the messaging app Kalvio, about encryption, regulation and the pressure to add a back door.\n\nQ: Why did you start Kalvio?\n\nA: Because every messenger I used could be forced to hand over what people wrote.\n\nQ: Will you comply with the new scanning law?\n\nA: We will not weaken encryption. If it comes to it, we will leave the market.",
                     None, [None, "Amara Lindqvist", None, "Amara Lindqvist"], id="editor_talks_to_founder"),
        pytest.param("Open Rights Network answers the Daily Courier's questions on client-side scanning\n\nThe Daily Courier's technology reporter Priya Nandakumar put five questions to Open Rights Network. We publish the exchange in full.\n\nPN: Why do you oppose client-side scanning?\n\nORN: Because it turns every phone into a surveillance device.\n\nPN: What would you do instead?\n\nORN: Fund investigators and let them use the lawful powers they already have.",
                     "Open Rights Network", ["Priya Nandakumar", None, "Priya Nandakumar", None], id="msr_label_publisher_is_interviewee"),
    ],
)
def test_signatures_and_interview_labels_keep_their_speakers(rules, text, publisher, expected):
    assert quote_names(text, rules, publisher=publisher) == expected


BLOG_WITH_READER_COMMENTS = (
    "Why I changed my mind on scanning\n\n"
    "Posted on 2 March 2025 by Orla Benedikts\n\n"
    "For two years I argued that a narrow scanner could be built without weakening encryption.\n\n"
    "I no longer think so. Every design I reviewed this winter moved the key problem somewhere else.\n\n"
    "The first design kept a list of fingerprints on every phone, and anyone who copied the list could test "
    "pictures against it until they found a way round it.\n\n"
    "Dr Wenna Trask, who chaired the review panel, said: \"None of the designs survived a week of testing.\"\n\n"
    "The third asked the user for consent, once, on a screen nobody reads, and called that a safeguard.\n\n"
    "What I want now is simple: leave end-to-end encryption alone and fund the investigators.\n\n"
    "5 thoughts on \u201cWhy I changed my mind on scanning\u201d\n\n"
    "Cllr Hedda Fairweather-Roy says:\n"
    "2 March 2025 at 6:41 pm\n"
    "The helpline in my ward disagrees with you, and so do I.\n"
    "Reply\n\n"
    "P. Lindqvist-Amara says:\n"
    "3 March 2025 at 08:10\n"
    "Thank you for writing this. It takes nerve to say you were wrong.\n"
    "Reply\n\n"
    "Trask says:\n"
    "3 March 2025 at 08:45\n"
    "No relation to the panel chair, but I agree with her.\n"
    "Reply\n\n"
    "Weekly privacy links says:\n"
    "3 March 2025 at 09:02\n"
    "[\u2026] a blogger who changed her mind on scanning [\u2026]\n"
    "Reply\n\n"
    "quiet_gull says:\n"
    "3 March 2025 at 09:55\n"
    "Which designs, though?\n\n"
    "Leave a Reply\n"
    "Your email address will not be published.\n"
    "Comment *\n"
)


def test_readers_comments_under_a_blog_post_are_their_words_under_a_says_header_and_a_date(rules):
    # a reader called "Trask" is not the Dr Trask the post quotes
    assert quote_names(BLOG_WITH_READER_COMMENTS, rules) == [
        "Wenna Trask", "Hedda Fairweather-Roy", "P. Lindqvist-Amara", "Trask"]
    assert [label_at(BLOG_WITH_READER_COMMENTS, rules, line) for line in (
        "Cllr Hedda", "P. Lindqvist-Amara says", "2 March 2025 at 6:41", "Reply\n\nP.", "Trask says")] == [
        "lead", "lead", "boilerplate", "boilerplate", "lead"]


@pytest.mark.parametrize("opening", ["Weekly privacy links says", "[\u2026] a blogger", "quiet_gull says", "Which designs",
                                     "Leave a Reply", "Your email", "Comment *"])
def test_a_pingback_a_comment_without_its_buttons_and_the_form_stay_furniture(rules, opening):
    assert label_at(BLOG_WITH_READER_COMMENTS, rules, opening) == "boilerplate"


def test_an_issue_threads_headers_name_the_person_in_brackets_after_the_handle_and_a_badge_after_the_date(rules):
    text = ("Skip to content\n\nPublic rooms and the new code: what do we do? #2291\n"
            "Closed \u00b7 bkarimova opened this issue on 14 Jan 2026 \u00b7 3 comments\n\n"
            "bkarimova (Bakhyt Karimova) commented on 14 Jan 2026\n"
            "The code comes into force on 1 July. I lean towards keeping encryption in every room.\n\n"
            "oyun_sec commented on 14 Jan 2026\n"
            "Strong no on scanning. Public-by-link is not the same as public.\n\n"
            "jvdberg (Jorien van der Berg) commented on 16 Jan 2026 \u00b7 Maintainer\n"
            "Thanks all. Direct messages stay end-to-end encrypted, and we will not build client-side matching.\n")
    assert quote_speakers(text, rules) == [("Bakhyt Karimova", None, None), ("oyun_sec", None, None),
                                           ("Jorien van der Berg", "Maintainer", None)]


@pytest.mark.parametrize("header", [
    "quietfox (Long Time Lurker) commented on 16 Jan 2026",  # a bracket that is no person
    "kmorrow commented on 16 Jan 2026 \u00b7 Reply",  # a button after the date is no badge
])
def test_an_issue_header_keeps_the_handle_when_the_bracket_or_the_tail_names_no_person_or_badge(rules, header):
    text = ("Public rooms and the new code #2291\n\n"
            f"{header}\nI lean towards keeping encryption in every room.\n\n"
            "oyun_sec commented on 17 Jan 2026\nStrong no on scanning. Public-by-link is not the same as public.\n")
    names = [name for name, _, _ in quote_speakers(text, rules)]
    assert "Long Time Lurker" not in names and all(role != "Reply" for _, role, _ in quote_speakers(text, rules))


def test_a_members_rank_after_the_time_still_makes_a_post_header(rules):
    text = ("Is the new street group encrypted?\n\nTC_Mags\nPosted 12 Apr 2025, 20:41 \u00b7 Member since 2019\n\n"
            "Evening all. The residents' association wants everyone to join a group.\n\n"
            "pip_iri\nPosted 12 Apr 2025, 21:03 \u00b7 212 posts\n\nAnyone who is in the group sees the messages as normal.\n\n"
            "DaveOnTheCorner wrote:\n\n> If you've done nothing wrong why do you need it?\n")
    assert quote_names(text, rules)[:2] == ["TC_Mags", "pip_iri"]
    assert label_at(text, rules, "Posted 12 Apr 2025, 21:03") == "boilerplate"


@pytest.mark.parametrize("text", [
    "Our speakers\n\nAmara Diallo\nPosted 12 Apr 2025\n\nAmara leads our policy work.\n\nJonas Weber\nPosted 14 Apr 2025\n\n"
    "Jonas runs the helpline.\n",
    # a newsroom's list of releases, its section after the date, with share buttons on the page
    "Latest news\n\nUpdate\nPosted 3 May 2025 \u00b7 Staff news\n\nThe office moves on Monday.\n\nUpdate2\nPosted 5 May 2025 "
    "\u00b7 Member news\n\nThe helpline reopens.\n\nShare | Like | Reply\n",
])
def test_names_over_dates_with_nothing_of_a_forum_stay_a_list(rules, text):
    assert quote_names(text, rules) == []


def test_a_threads_vote_lines_are_furniture_and_a_capitalised_user_name_after_u_slash_heads_a_post(rules):
    text = (
        "r/PrivacyPolicyTalk\nPosted by u/sigrun_lab \u00b7 6h\n\nAsk me anything about encryption\n\n"
        "u/teakettle_otter \u00b7 5h\nWhy can't companies just give the police a special key?\n\u2b06 1.2k   Reply\n\n"
        "u/ProtocolPedant \u00b7 4h\nIsn't that the same argument the government used for its scanning bill?\n\u2b06 640   Reply\n"
    )
    assert quote_names(text, rules) == ["teakettle_otter", "ProtocolPedant"]
    assert label_at(text, rules, "\u2b06 1.2k") == "boilerplate"


@pytest.mark.parametrize(
    "comment, expected",
    [
        ("Kwabena Asante-Mireku \u2022 Principal Security Engineer at Brisklake Systems\n2d\n"
         "Respectfully, Minister, detection in an encrypted service means scanning the photo on the phone.\n"
         "Like \u00b7 \U0001F44D 214 \u00b7 Reply \u00b7 31 replies", "Kwabena Asante-Mireku"),
        ("noor.vaillancourt\nThis is exactly how I got out too. My sister and I only talked in the encrypted app.\n"
         "2d   41 likes   Reply", "noor.vaillancourt"),
    ],
)
def test_a_comment_under_a_post_with_its_name_and_role_on_one_line_or_a_handle_alone(rules, comment, expected):
    text = "Encryption and child safety: why we are acting\n\nThis week I introduced the Bill in Parliament.\n\n" + comment + "\n\nLoad more comments"
    assert quote_names(text, rules) == [expected]
    assert label_at(text, rules, comment.splitlines()[-1]) == "boilerplate"


def test_a_photo_sites_comment_has_the_user_name_and_the_words_on_one_line(rules):
    text = (
        "Every week we meet survivors whose abusers monitor their calls.\n\n"
        "View all 87 comments\n"
        "noor.vaillancourt This is exactly how I got out too. My sister and I only talked in the encrypted app.\n"
        "2d   41 likes   Reply\n"
        "the_night_shift Same here.\n\nAdd a comment"
    )
    assert quote_names(text, rules) == ["noor.vaillancourt"]
    assert label_at(text, rules, "noor.vaillancourt") == "lead"


@pytest.mark.parametrize(
    "text",
    [
        "New guidance published\n\nThe guidance is published today.\ne.g. services must publish a risk assessment.\nReply\n",
        "Press release\n\nThe charity welcomed the vote.\n\nv2.1 The code was revised after comments.\n3   12   Reply\n",
        "New address\n\nThe charity has moved online.\n\nacme.org.uk is the charity's new address.\nLike \u00b7 Share\n",
    ],
)
def test_an_abbreviation_a_version_or_a_web_address_is_no_commenters_user_name(rules, text):
    assert quote_names(text, rules) == []
