"""Transcripts, hearings and briefings: turn labels in every form, cast lists and who a label stands for."""

import pytest

from pipeline.rules.segment import segment_statement
from pipeline.scoring import normalise_name
from tests.rules.segment_helpers import label_at, quote_names, quote_speakers


def turns(text, rules, publisher=None):
    """(label, first words, speaker name or org) of every lead and quote segment, in order."""
    segments, speakers = segment_statement(text, rules, publisher)
    names = {s["id"]: s["name"] or s["org"] or s["role"] for s in speakers}
    return [
        (s["label"], text[s["start"] : s["end"]][:24], names.get(s.get("speaker")))
        for s in segments
        if s["label"] in ("lead", "quote")
    ]


HANSARD_NAME_LINES = (
    "Online Safety Bill\n\n"
    "Lord Treave of Penmorn (LD)\n\n"
    "My Lords, this amendment would stop the regulator ordering any scanning of private messages.\n\n"
    "Baroness Ashfield (Con)\n\n"
    "My Lords, I oppose the amendment, because it would end detection on the services that matter most.\n\n"
    "The Parliamentary Under-Secretary of State, Home Office (Baroness Quill) (Con)\n\n"
    "My Lords, I thank noble Lords for a short but important debate on this question."
)
CAST_LIST = (
    "Transcript: why a helpline defends encryption\n\n"
    "Host: Dana Whitlow\n"
    "Guest: Ruth Okonjo, director, Prairie Youth Line\n\n"
    "HOST: Ruth, the government wants apps to scan messages. Why do you object to that plan?\n\n"
    "GUEST: Because the young people we talk to are not asking for it, Dana, and they told us so.\n\n"
    "HOST: And the police say the same privacy shields the people who exploit them."
)
RANK_LABELS = (
    "Transcript of press meet on the sextortion arrests\n\n"
    "Present: Smt. Meera Kulkarni, Additional Director General of Police; Shri Arun Deshpande, Superintendent of Police.\n\n"
    "ADGP KULKARNI: Good afternoon. Our wing has arrested fourteen persons from three states this month.\n\n"
    "SP DESHPANDE: Thank you, madam. The first complaint came from a student in the first week of August.\n\n"
    "ADGP KULKARNI: We will now take your questions about the case and the messaging application."
)
TITLE_CASE_LABELS = (
    "Oral evidence: private messaging and child protection\n\n"
    "Members present: Dame Alice Rowe (Chair); Tom Vance; Priya Sethi.\n\n"
    "Witnesses: Carys Penrose, Chief Executive, Lifeline Trust; and Dr Olek Havel, Head of Security, Thimble.\n\n"
    "Q12 Chair: Good morning to you both. Ms Penrose, should the power reach encrypted services?\n\n"
    "Ms Penrose: Yes, it should, and I would go further than the Bill does on that point.\n\n"
    "Q13 Chair: Dr Havel, could your company do what Ms Penrose asks of it?\n\n"
    "Dr Havel: We could write the software, but we could not make it safe for anyone to use."
)
BRIEFING_NOTES = (
    "Press briefing notes\n"
    "Spokesperson for the Commissioner for Human Rights: Ines Whitlock-Kari\n"
    "Location: Geneva\n"
    "Date: 7 November 2025\n\n"
    "We are seriously concerned by a draft law that would require all messaging services to scan messages.\n\n"
    "We urge the Government to withdraw the draft and to consult openly with civil society.\n\n"
    "Answers to questions from journalists\n\n"
    "Question (Geneva Wire Service):\n\n"
    "The government says the law is needed to stop terrorist groups. What is your answer to that?\n\n"
    "Whitlock-Kari:\n\n"
    "Nobody doubts the threat, but a law that reads everyone's messages is not the answer to it."
)


def test_hansard_name_lines_without_colons_are_turns(rules):
    labels = [label for label, _, _ in turns(HANSARD_NAME_LINES, rules)]
    assert labels == ["lead", "quote", "lead", "quote", "lead", "quote"]
    speakers = [s[0] for s in quote_speakers(HANSARD_NAME_LINES, rules)]
    assert speakers == ["Lord Treave of Penmorn", "Baroness Ashfield", "Baroness Quill"]


def test_cast_list_says_who_host_and_guest_are(rules):
    assert [s[0] for s in quote_speakers(CAST_LIST, rules)] == ["Dana Whitlow", "Ruth Okonjo", "Dana Whitlow"]
    labels = [(label, words) for label, words, _ in turns(CAST_LIST, rules)]
    assert labels[:2] == [("lead", "Host: Dana Whitlow"), ("lead", "Guest: Ruth Okonjo, dire")]


def test_rank_and_surname_labels_take_the_full_name_from_the_present_line(rules):
    assert [s[0] for s in quote_speakers(RANK_LABELS, rules)] == ["Meera Kulkarni", "Arun Deshpande", "Meera Kulkarni"]


def test_title_case_labels_numbered_questions_and_the_chair_from_members_present(rules):
    assert [s[0] for s in quote_speakers(TITLE_CASE_LABELS, rules)] == [
        "Dame Alice Rowe", "Carys Penrose", "Dame Alice Rowe", "Olek Havel"]


def test_briefing_notes_are_the_spokespersons_words_and_reporters_are_known_by_outlet(rules):
    speakers = quote_speakers(BRIEFING_NOTES, rules)
    assert speakers[0][0] == speakers[1][0] == "Ines Whitlock-Kari"
    assert speakers[2] == (None, "journalist", "Geneva Wire Service")
    assert speakers[3][0] == "Ines Whitlock-Kari"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # first names as labels, completed by the episode's cast lines
            "Episode 31: The scanner in your pocket\n\nIn this episode:\n"
            "\u2014 Niamh Corrigan, policy lead at Open Wire (host)\n"
            "\u2014 Lina Haddad, family-law solicitor (guest)\n\n"
            "Niamh: Hello and welcome to the programme. This week the scanning plan is back again.\n\n"
            "Lina: I think of my clients' phones, and of who else has been reading them for years.\n\n"
            "Niamh: So the scanner would be one more reader on a phone that already has too many.",
            ["Niamh Corrigan", "Lina Haddad", "Niamh Corrigan"],
        ),
        (  # timestamps before the labels of a webinar
            "Webinar transcript: when the lights go off\n\n"
            "[00:00:04] Amal Reyes: Good afternoon, everyone, and welcome to this session on encryption.\n\n"
            "[00:01:20] Joanna Pietrak: Thanks, Amal. Our research shows referrals fell by a third last year.\n\n"
            "[00:05:02] Amal Reyes: Thank you, Joanna. Inspector, what does that look like from the police side?",
            ["Amal Reyes", "Joanna Pietrak", "Amal Reyes"],
        ),
        (  # a caller known by one name; a presenter's surname label completed from the text
            "Midlands Talk phone-in, presented by Marcus Tierney\n\n"
            "TIERNEY: It's five past ten, and the phones have not stopped since the minister spoke.\n\n"
            "JANET: Morning, Marcus. I'm a school nurse, and I think it's about time something was done.\n\n"
            "TIERNEY: Janet, thank you. Let's hear from someone who works in IT for small businesses.",
            ["Marcus Tierney", "Janet", "Marcus Tierney"],
        ),
    ],
)
def test_turn_labels_resolve_to_the_people_the_transcript_names(rules, text, expected):
    assert [s[0] for s in quote_speakers(text, rules)] == expected


def test_reporter_outlet_in_brackets_and_named_answers(rules):
    text = (
        "Press conference transcript: encryption for every group\n\n"
        "Remarks and questions with chief executive Helene Dufort and security chief Ilan Whitby.\n\n"
        "Q: [The Capital Ledger] The police say this will make it harder to find children. Your answer?\n\n"
        "A (Whitby): The phrase doing all the work there is the one about matches, and it hides a lot.\n\n"
        "Q: [Radio Laurentides] Will the company leave the country if a scanning law is passed?"
    )
    speakers = quote_speakers(text, rules)
    assert speakers[0] == (None, "journalist", "The Capital Ledger")
    assert speakers[1][0] == "Ilan Whitby"
    assert speakers[2] == (None, "journalist", "Radio Laurentides")


def test_role_labels_find_the_header_person_or_stay_unnamed(rules):
    text = (
        "THE HON. DECLAN MAHON MP\nMINISTER FOR HOME AFFAIRS\n\nTRANSCRIPT\nDOORSTOP INTERVIEW\n\n"
        "SUBJECTS: Online Safety Bill; sextortion scams.\n\n"
        "MINISTER: Thanks for coming out, everyone. This morning I introduced the Bill into the House.\n\n"
        "JOURNALIST: Minister, one company says it will leave the country rather than comply. Your answer?\n\n"
        "MINISTER: I'd say to them that a lot of their users are parents who want this done."
    )
    speakers = quote_speakers(text, rules)
    assert [s[0] for s in speakers] == ["Declan Mahon", None, "Declan Mahon"]
    assert speakers[1] == (None, "Journalist", None)
    assert ("lead", "SUBJECTS: Online Safety ", None) in turns(text, rules)


def test_a_rank_label_finds_the_name_in_a_capitalised_header_and_i_am_is_no_name(rules):
    minister = (
        "THE HON. ANNIKA FERRIS MP\nMINISTER FOR HOME AFFAIRS\n\nTRANSCRIPT\nRADIO INTERVIEW WITH MATT CORR, 4PW\n\n"
        "MATT CORR: Minister, good morning. Your bill goes to the Senate this week. Is it a backdoor?\n\n"
        "MINISTER FERRIS: Good morning, Matt, and no, it's not. Nothing in this bill requires that.\n\n"
        "CORR: The companies say there is no way to build it safely. What do you say to them?"
    )
    assert [s[0] for s in quote_speakers(minister, rules)] == ["Matt Corr", "Annika Ferris", "Matt Corr"]
    podcast = (
        "Between the Lines, episode 31\n\nIn this episode:\n\u2014 Niamh Corr, policy lead (host)\n"
        "\u2014 Bastien Lefort, technologist (co-host)\n\n"
        "Niamh: Hello and welcome to Between the Lines. I'm Niamh.\n\nBastien: And I'm Bastien.\n\n"
        "Niamh: This week the scanning regulation is back on the table, and with it a new phrase."
    )
    assert [s[0] for s in quote_speakers(podcast, rules)] == ["Niamh Corr", "Bastien Lefort", "Niamh Corr"]


def test_a_numbered_question_label_and_a_minister_named_in_brackets_make_a_written_answer(rules):
    text = (
        "RAJYA PARISHAD\n\nUNSTARRED QUESTION NO. 1842\n\nTO BE ANSWERED ON: 11.12.2025\n\n"
        "TRACEABILITY OF MESSAGES ON ENCRYPTED PLATFORMS\n\n"
        "1842. SHRI RAGHAV KRISHNA:\n\nWill the Minister of Electronics be pleased to state whether the rule is under review?\n\n"
        "ANSWER\n\nMINISTER OF STATE FOR ELECTRONICS (SHRIMATI LEELA NAIR)\n\n"
        "Yes, Sir. The Government has received representations and is examining them with care."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Raghav Krishna", "Leela Nair"]
    assert [label for label, _, _ in turns(text, rules)] == ["lead", "quote", "lead", "quote"]


def test_an_earnings_call_names_each_speaker_on_a_line_of_its_own(rules):
    text = (
        "Q3 2025 Earnings Call Transcript (edited excerpt)\n\n"
        "Company participants: Priya Raman-Cole, Chief Executive Officer; Tobias Grun, Chief Financial Officer.\n\n"
        "Operator\n\nOur next question comes from Dana Korr with Pellston Securities. Please go ahead.\n\n"
        "Dana Korr\n\nThanks for taking the question. How should we think about the scanning rule and its risk?\n\n"
        "Priya Raman-Cole\n\nLet me be clear: we will not build scanning into the app, there or anywhere else.\n\n"
        "Dana Korr\n\nGot it. Tobias, can you size the revenue at stake in that market for us?"
    )
    assert [s[0] for s in quote_speakers(text, rules)] == [None, "Dana Korr", "Priya Raman-Cole", "Dana Korr"]


def test_accented_capitals_in_a_surname_label(rules):
    text = (
        "In the chair: Bronwyn T\u0101whiri-Haig on seized phones\n\n"
        "Bronwyn T\u0101whiri-Haig has run the forensics laboratory for eleven years. She spoke to our editor.\n\n"
        "THE EVIDENCE LOG: What has actually changed in your lab in the last five years?\n\n"
        "T\u0100WHIRI-HAIG: Where the evidence lives. Five years ago we could get the messages from the provider.\n\n"
        "THE EVIDENCE LOG: And now?"
    )
    assert [s[0] for s in quote_speakers(text, rules)][1] == "Bronwyn T\u0101whiri-Haig"


def test_a_reporter_named_with_an_outlet_in_the_label(rules):
    text = (
        "Media availability: Gaspard Street investigation\n\n"
        "CHIEF ROY: Good afternoon. We have made three arrests in the Gaspard Street case today.\n\n"
        "Q (Mireille Dutton, CJFB News): Which app was it, and have you asked the company for the messages?\n\n"
        "CHIEF ROY: We have asked, and the company told us it cannot read them."
    )
    assert quote_speakers(text, rules)[1][0] == "Mireille Dutton"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # numbered questions in capitals, answers in ordinary capitals, members and witnesses listed first
            "Select Committee on Digital Affairs: oral evidence\n\n"
            "Members in attendance:\nMs Petra Lindqvist MP (Chair) (SD)\nMr Conor Ashby MP (LP)\n\n"
            "Witnesses:\nMAHLANGU-REES, Assistant Commissioner Thandi, Serious Crime, National Police\n\n"
            "Q1 CHAIR: Welcome. Would you like to make an opening statement about the scanning clause?\n\n"
            "Assistant Commissioner Mahlangu-Rees: Thank you, Chair. We do not ask for a key to every phone.\n\n"
            "Q2 Mr ASHBY (LP): But your own annual report says encryption is hiding offenders from you.\n\n"
            "Assistant Commissioner Mahlangu-Rees: It does, and both things are true at the same time.",
            ["Petra Lindqvist", "Thandi Mahlangu-Rees", "Conor Ashby", "Thandi Mahlangu-Rees"],
        ),
        (  # labels in Markdown bold; one-word labels completed by the show notes
            "Episode 12 show notes: Oisin Carberry talks to Femi Adeyemi-Lowe about scanning.\n\n"
            "**Oisin:** So why would a helpline argue against scanning the messages of children?\n\n"
            "**Femi:** Because the children who ring us are the ones a scanner would expose first.\n\n"
            "**Oisin:** That is not the argument most listeners will have heard from the government.",
            ["Oisin Carberry", "Femi Adeyemi-Lowe", "Oisin Carberry"],
        ),
        (  # a key of initials above timestamped turns
            "Webinar: default encryption and child safety\n\n"
            "Speakers\n"
            "RM \u2014 Rosalind Mbeki-Tan, Head of Policy, Harbourside Children's Trust (chair)\n"
            "DK \u2014 Detective Inspector Daniel Kowalczyk, Online Harms Unit\n\n"
            "[00:01:10] RM: Welcome, everyone. Daniel, what changes for your unit when encryption is on?\n\n"
            "[00:01:40] DK: We lose the platform as a witness, and that is the plain truth of it.\n\n"
            "[00:03:05] RM: And what would you ask the platforms to do about that, if anything?",
            ["Rosalind Mbeki-Tan", "Daniel Kowalczyk", "Rosalind Mbeki-Tan"],
        ),
        (  # a presenter in the cast list speaks under MODERATOR; a surname with particles; callers named in brackets
            "Late Debate\n\n"
            "Presenter: Amara Oyelaran-Fitch\n"
            "Panel:\n"
            "\u2022 Colonel Pieter de la Rey, police cyber unit\n"
            "\u2022 Naledi Khumalo-West, director, Open Lines\n\n"
            "MODERATOR: Good evening. Should the police hold a key to our messages? Colonel, you first.\n\n"
            "DE LA REY: Yes, under a warrant, because we have the phone and the warrant and nothing readable.\n\n"
            "CALLER (THANDEKA, MIDRAND): I don't trust anyone with a key to my daughter's phone, not even you.",
            ["Amara Oyelaran-Fitch", "Pieter de la Rey", "Thandeka"],
        ),
    ],
)
def test_hearing_webinar_and_panel_labels_name_their_speakers(rules, text, expected):
    assert [s[0] for s in quote_speakers(text, rules)] == expected


def test_a_morning_greeting_is_no_given_name(rules):
    text = (
        "Breakfast Line phone-in\n\n"
        "WANJIRU: Good morning, I'm Wanjiru Kamau and the lines are open on the messaging bill.\n\n"
        "CALLER (OTIENO, KISUMU): Morning Wanjiru. I think the police should be able to read the chats.\n\n"
        "WANJIRU: Thank you, Otieno. Let's hear the other side from our next caller."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Wanjiru Kamau", "Otieno", "Wanjiru Kamau"]


def test_editorial_lines_and_the_publishers_comment_after_a_transcript_are_not_speech(rules):
    text = (
        "From the courtroom: day two of the encryption case\n\n"
        "JUSTICE ORE: Counsel, you may continue with the witness.\n\n"
        "MS BELLO: Obliged, my Lord. Witness, can the application copy a message before it is encrypted?\n\n"
        "[Poll shown on screen: most of those watching said they would stop using the app.]\n\n"
        "MR ADE: It could, my Lord, but only when a warrant has been served on the provider.\n\n"
        "Our comment\n\n"
        "The witness has confirmed that the capability would sit on every phone in the country, switched on or not."
    )
    openings = ("[Poll shown", "Our comment", "The witness has")
    assert [label_at(text, rules, opening) for opening in openings] == ["note", "headline", "body"]


def test_a_label_in_capitals_with_the_speakers_role_after_a_comma(rules):
    text = (
        "TRANSCRIPT \u2014 DOORSTOP INTERVIEW\nSUBJECTS: Lawful Access Bill; hospital funding\n\n"
        "ROSA MBATHA-LYNCH, MINISTER FOR HOME AFFAIRS: Thanks for coming. We support strong encryption.\n\n"
        "JOURNALIST: Minister, will the companies not simply leave the market?\n\n"
        "MINISTER: They said that last time, and they are all still here."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Rosa Mbatha-Lynch", None, "Rosa Mbatha-Lynch"]


def test_a_keynote_with_slide_titles_then_questions_under_name_lines(rules):
    text = (
        "Keynote: why I will not defend exceptional access\n\n"
        "Professor Idris Makinde-Shaw gave the keynote at the Centre's annual lecture.\n\n"
        "Thank you all for coming. I have worked on encrypted systems for twenty years, and I will be blunt.\n\n"
        "[Slide 3: \u201cWhat a key for one is a key for all\u201d]\n\n"
        "A door built for the police is a door that anyone who studies it can find and open.\n\n"
        "Questions and answers\n\n"
        "Harriet Osei-Lamb (chair)\n\n"
        "We have about ten minutes for questions, so please keep them short if you can.\n\n"
        "Audience member\n\n"
        "What would you say to the parents of a child groomed on one of these apps, Professor?\n\n"
        "Harriet Osei-Lamb (chair)\n\n"
        "We will have to stop there. Please join me in thanking our speaker this evening."
    )
    assert label_at(text, rules, "[Slide 3") == "note"
    assert [s[0] for s in quote_speakers(text, rules)][-3:] == ["Harriet Osei-Lamb", None, "Harriet Osei-Lamb"]


def test_turns_on_consecutive_lines_end_where_the_story_resumes(rules):
    text = (
        "Police want a key to encrypted chats\n\n"
        "The Deputy Minister, Sipho Ndlela-Brand, spoke to Sunrise Talk presenter Ayanda Venter-Moyo:\n\n"
        "VENTER-MOYO: Deputy Minister, the apps say they cannot read these messages. What are you asking?\n"
        "NDLELA-BRAND: We are asking them to work with us when a judge has signed an order.\n\n"
        "The draft amendments would let a designated judge order a provider to hand over readable copies."
    )
    assert label_at(text, rules, "The draft amendments") == "body"
    assert [s[0] for s in quote_speakers(text, rules)] == ["Ayanda Venter-Moyo", "Sipho Ndlela-Brand"]


def test_written_questions_signed_by_members_and_the_answer_under_the_ministers_name(rules):
    text = (
        "Parliamentary Question: encryption and referrals\n\n"
        "Questions\n\n"
        "312. To ask the Minister for Justice if he has assessed the effect of default encryption on referrals.\n"
        "\u2013 Deputy Orla Brennan-Achebe.\n\n"
        "Answer\n"
        "Minister for Justice, Cathal Moriarty-Diallo\n\n"
        "The Government recognises that strong encryption is vital to keeping people safe online.\n\n"
        "I am informed that referrals from international partners rose in 2024."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Orla Brennan-Achebe", "Cathal Moriarty-Diallo",
                                                           "Cathal Moriarty-Diallo"]


def test_a_speech_page_byline_names_the_speaker_and_the_salutations_are_the_speech(rules):
    text = (
        "Opening remarks at the public forum on the draft child online protection regulations\n\n"
        "By Eng. Wanjiru Kamau-Otieno, Director-General, Communications Authority\n"
        "Lakeside Hotel, Thursday 26th June 2025\n\n"
        "The Principal Secretary;\n"
        "Ladies and gentlemen:\n\n"
        "All protocols observed.\n\n"
        "Good morning, and welcome to the third of five public forums on the draft regulations."
    )
    assert set(quote_speakers(text, rules)) == {("Wanjiru Kamau-Otieno", "Director-General", "Communications Authority")}
    assert label_at(text, rules, "All protocols") == "quote"


def test_committee_evidence_with_nested_seats_and_slashed_ranks(rules):
    text = (
        "Standing Committee on Public Safety\nEVIDENCE\nChair: Mr. Owen Tremblay-Sato\n\n"
        "Witnesses\n"
        "National Police: Chief Superintendent Ines Beaulieu-Mora, Director General, Digital Evidence\n"
        "As an individual: Dr. Kwame Ashworth-Lee, Professor of Computer Science\n\n"
        "The Chair (Mr. Owen Tremblay-Sato (Kingsmere Centre, Lib.)):\n"
        "Good afternoon. Chief Superintendent, the floor is yours for five minutes.\n\n"
        "C/Supt Ines Beaulieu-Mora (Director General, Digital Evidence, National Police):\n"
        "Thank you, Mr. Chair. End-to-end encryption protects the people we serve, and I will not pretend otherwise.\n\n"
        "The Chair: Thank you. Professor, please go ahead.\n\n"
        "Dr. Kwame Ashworth-Lee (Professor of Computer Science, As an Individual):\n"
        "A door built for one investigator opens for every criminal who finds it."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == [
        "Owen Tremblay-Sato", "Ines Beaulieu-Mora", "Owen Tremblay-Sato", "Kwame Ashworth-Lee"]


def test_an_earnings_call_with_participant_lists_and_dashed_name_lines(rules):
    text = (
        "Q1 2025 Earnings Conference Call \u2013 Edited Transcript (Excerpt)\n\n"
        "Corporate Participants\n"
        "Dana Whitcombe-Osei \u2013 Co-Founder and Chief Executive Officer\n"
        "Paul Lindqvist-Amadi \u2013 Chief Financial Officer\n\n"
        "Conference Call Participants\n"
        "Nina Brathwaite \u2013 Harrow Securities \u2013 Analyst\n\n"
        "Nina Brathwaite \u2013 Harrow Securities \u2013 Analyst\n"
        "Thanks for taking the question. Dana, what happens to the business if the scanning rule passes?\n\n"
        "Dana Whitcombe-Osei \u2013 Co-Founder and Chief Executive Officer\n"
        "We will not build scanning into the app, in that market or anywhere else, whatever it costs us.\n\n"
        "Paul Lindqvist-Amadi \u2013 Chief Financial Officer\n"
        "The market is about four percent of revenue, so the exposure is real but limited for the year."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Nina Brathwaite", "Dana Whitcombe-Osei", "Paul Lindqvist-Amadi"]


def test_written_questions_asked_and_answered_by_named_members_with_dates_between(rules):
    text = (
        "Written questions, answers and statements\n\n"
        "Question 4417\n"
        "Asked by Perpetua Brassard-Nnamdi (Civic Reform, Cardle Vale)\n"
        "Tabled on 6 February 2025\n\n"
        "To ask the Minister of State for Security, what assessment he has made of the risk of scanning.\n\n"
        "Answered by Kwasi Aldenborg (Minister of State for Security)\n"
        "Answered on 17 February 2025\n\n"
        "The Government recognises the importance of strong encryption for all users."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Perpetua Brassard-Nnamdi", "Kwasi Aldenborg"]
    assert label_at(text, rules, "Tabled on") == "boilerplate"


def test_the_chair_is_the_member_listed_as_chair_not_the_deputy_chair(rules):
    text = (
        "Commissioner Rowan Treadgold\u2019s evidence to the Standing Committee on Law and Justice\n\n"
        "Members: The Hon. Celestine Ferrand MLC (Chair); Ms Nerys Appleyard MLC (Deputy Chair)\n"
        "Witness: Commissioner Rowan Treadgold APM, Ardmore Police\n\n"
        "The CHAIR: Commissioner, thank you for appearing. Why do you say that power is needed?\n\n"
        "Commissioner TREADGOLD: Because a growing share of the evidence sits in messages we cannot read.\n\n"
        "The CHAIR: And in how many of those did that make the difference?\n\n"
        "Commissioner TREADGOLD: In at least forty, Chair."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Celestine Ferrand", "Rowan Treadgold"] * 2


def test_an_edited_record_tells_the_story_between_its_extracts(rules):
    text = (
        "Notes from our November debate\n\n"
        "Proposing the motion\n\n"
        "Dr Ifeoma Okwelu, a senior lecturer in social work, opened by describing the cases that shaped her view.\n\n"
        "OKWELU: The images we found on seized phones were almost never new to us.\n\n"
        "She argued that matching against lists of known images is a narrow and well-tested technique.\n\n"
        "Opposing the motion\n\n"
        "Professor Callum Rennard, of the School of Computing, began by agreeing that the harm was real.\n\n"
        "RENNARD: Every scanning system I have looked at has the same shape."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Ifeoma Okwelu", "Callum Rennard"]
    assert [label_at(text, rules, q) for q in ("She argued", "Opposing the")] == ["body", "headline"]


def test_a_court_record_q_and_a_are_the_examining_counsel_and_the_witness(rules):
    text = (
        "HIGH COURT OF VESTRAND\n\n"
        "QUILLMARK SECURE MESSAGING LTD v MINISTER OF THE INTERIOR\n\n"
        "BEFORE THE HONOURABLE JUSTICE ROSALIND FERREDAY\n\n"
        "MR LORCAN WRENFIELD, counsel for the Applicant\n"
        "MS OLUCHI DAMBRINE SC, counsel for the Respondent\n\n"
        "DR INGVAR OSTBY-KAGAME, Chief Security Architect, Quillmark Secure Messaging Ltd, recalled on his former affirmation\n\n"
        "CROSS-EXAMINATION BY MS DAMBRINE (continuing)\n\n"
        "Q. Dr Ostby-Kagame, Quillmark cannot read the content of any message sent on its service. Is that correct?\n\n"
        "A. That is correct. Every message has been encrypted on the sender's device since 2021.\n\n"
        "Q. And that was a choice your company made?\n\n"
        "A. It was a design decision, yes, and I would make it again.\n\n"
        "HER HONOUR: Re-examination, Mr Wrenfield?\n\n"
        "RE-EXAMINATION BY MR WRENFIELD\n\n"
        "Q. Of the 206 referrals in 2023, how many came from user reports?\n\n"
        "A. All 206 of them."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == [
        "Oluchi Dambrine", "Ingvar Ostby-Kagame", "Oluchi Dambrine", "Ingvar Ostby-Kagame", "Rosalind Ferreday",
        "Lorcan Wrenfield", "Ingvar Ostby-Kagame"]
    assert [label_at(text, rules, q) for q in ("QUILLMARK", "BEFORE", "MR LORCAN", "DR INGVAR", "Q. Dr")] == [
        "headline", "lead", "lead", "lead", "lead"]


def test_an_interviews_q_and_a_marked_with_full_stops_are_the_interviewer_and_the_interviewee(rules):
    # guideline S10: an interviewer's turn is a quote of that person, like the answers
    text = (
        "\u201cWe will not break encryption\u201d: the Commissioner on the new detection powers\n\n"
        "Halla Dunstrove has a year to decide whether to use powers to order the scanning of messages.\n\n"
        "Interview by Tamsin Oyelaran-Brook  |  2 September 2025  |  6 min read\n\n"
        "*This interview has been edited for length and clarity.*\n\n"
        "When the Online Safety Act came into force in July, it gave the Commissioner the power to order scanning.\n\n"
        "*Q. Will you order a messaging service to scan encrypted messages?*\n\n"
        "A. Not this year, and not without evidence that the technology works.\n\n"
        "*Q. Do you support end-to-end encryption?*\n\n"
        "A. Yes. It protects people's banking and their private lives from criminals."
    )
    segments, _ = segment_statement(text, rules)
    assert quote_names(text, rules) == ["Tamsin Oyelaran-Brook", "Halla Dunstrove"] * 2
    question = text.index("Will you")
    assert [text[s["start"] : s["end"]] for s in segments if s["start"] <= question < s["end"]] == [
        "Will you order a messaging service to scan encrypted messages?"]  # the emphasis marks stay outside
    assert label_at(text, rules, "This interview") == "note"


def test_an_faqs_q_and_a_items_under_a_q_and_a_title_stay_the_publishers_own_text(rules):
    text = (
        "New rules for messaging providers: Q&A\n\n"
        "The Authority has published its code for messaging providers.\n\n"
        "Q. Does the code require providers to scan messages?\n\n"
        "A. No. The code does not require any provider to scan the content of messages.\n\n"
        "Q. When does the code take effect?\n\n"
        "A. The code takes effect on 1 May 2026 for every provider in scope."
    )
    assert quote_names(text, rules) == []


def test_written_testimony_keeps_the_title_line_and_the_salutation_with_the_witness(rules):
    text = (
        "Statement for the Record\n"
        "Written testimony before the Standing Committee on Justice and Community Safety\n"
        "House of Representatives of Ostreland\n\n"
        "Rafferty Colquhoun\n"
        "Chief Technology Officer, Lanternwise Technologies\n\n"
        "Chair Fenwick, Deputy Chair Tindell-Osagie, and members of the Committee:\n\n"
        "Thank you for the opportunity to submit this statement. We support the Bill.\n\n"
        "1. Strong encryption is worth protecting\n\n"
        "Let us be clear at the outset. Lanternwise supports end-to-end encryption."
    )
    assert quote_speakers(text, rules) == [
        ("Rafferty Colquhoun", "Chief Technology Officer", "Lanternwise Technologies")] * 3
    assert label_at(text, rules, "Chief Technology") == "lead"


def test_a_key_of_initials_under_a_key_heading_with_a_one_letter_pseudonym(rules):
    text = (
        "Inside the hotline as messaging goes dark\n\n"
        "We sat down with one of our senior analysts and with a young woman who contacted our hotline.\n\n"
        "Key:\n"
        "EQ \u2013 Esther Quarshie, Head of Communications, Sixpenny Trust (interviewer)\n"
        "JA \u2013 Jonah Arkadi, Senior Analyst, Sixpenny Hotline\n"
        "T \u2013 \u201cTegan\u201d (not her real name), now 20\n\n"
        "EQ: Jonah, what does an analyst at the hotline actually do?\n\n"
        "JA: We assess reports of child sexual abuse imagery.\n\n"
        "EQ: Tegan, can you tell us what happened?\n\n"
        "T: A man I thought was a boy my age got me to send pictures."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Esther Quarshie", "Jonah Arkadi", "Esther Quarshie", "Tegan"]
    assert label_at(text, rules, "We sat down") == "lead"  # "EQ \u2013 Esther ..." is no dateline


def test_initials_after_full_name_labels_are_the_same_people(rules):
    text = (
        "A conversation about scanning and encryption\n\n"
        "Orla Kenworthy, head of applied cryptography, spoke to Ferdie Thabethe, our communications officer.\n\n"
        "Ferdie Thabethe: Let's start with the basics. Are you for end-to-end encryption?\n\n"
        "Orla Kenworthy: For it, without hesitation.\n\n"
        "FT: Then why build a scanner?\n\n"
        "OK: I think we have been offered a false choice.\n\n"
        "FT: What about false matches?\n\n"
        "OK: In our own tests the matcher flagged three innocent images."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Ferdie Thabethe", "Orla Kenworthy"] * 3


@pytest.mark.parametrize(
    "closing",
    [
        "The applied cryptography group is funded in part by the Kilnworth Research Fund.",
        "Forward-looking statements: this transcript contains statements about expected expenses.",
    ],
)
def test_a_funding_or_forward_looking_note_after_the_last_turn_is_a_note(rules, closing):
    text = (
        "A conversation about scanning\n\n"
        "INTERVIEWER: Would you advise a government to make it mandatory?\n\n"
        "KENWORTHY: No. Not until the false-match rate has been measured in public.\n\n"
        "INTERVIEWER: Thank you.\n\n"
        f"{closing}"
    )
    assert label_at(text, rules, closing[:20]) == "note"


def test_an_oral_statement_page_is_the_ministers_speech_from_its_salutation(rules):
    text = (
        "Government of Ardmere\n"
        "Home > Crime, justice and the law > Online safety\n\n"
        "Oral statement to the House\n"
        "Online Communications (Child Protection) Bill: statement on encrypted services\n\n"
        "Minister for Home Security Ivo Scarisbrick updates the House of Delegates on how the Bill will apply.\n\n"
        "From: Ministry of Justice and Home Security and The Hon Ivo Scarisbrick MHD\n"
        "Published 2 April 2025\n\n"
        "Delivered on: 2 April 2025 (Original script, may differ from delivered version)\n\n"
        "Madam Speaker, with permission, I would like to make a statement on the Bill.\n\n"
        "Let me begin with what this Government is not doing. We are not banning encryption."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Ivo Scarisbrick"] * 2


def test_initials_stand_for_the_people_the_introduction_names_in_full(rules):
    text = (
        "What we told our team about encryption\n\n"
        "Answering questions were our chief executive, Marit Kuti, and our chief privacy officer, Dele Falconer.\n\n"
        "MK: Thanks, everyone. I'll start with the decision, and then we'll take your questions.\n\n"
        "Q: Isn't on-device matching just client-side scanning?\n\n"
        "DF: It's a fair question, and I'm not going to pretend the term doesn't apply.\n\n"
        "Q: What happens when a government asks us to add other images?\n\n"
        "MK: We say no."
    )
    names = [s[0] for s in quote_speakers(text, rules)]
    assert [names[0], names[2], names[4]] == ["Marit Kuti", "Dele Falconer", "Marit Kuti"]


@pytest.mark.parametrize("interviewee, label", [("MATSUURA Taro", "TM"), ("MATSUURA Taro", "MT")])
def test_initials_of_an_interviewer_in_a_byline_and_of_a_family_name_written_first(rules, interviewee, label):
    text = (
        "INTERVIEW\n\n'A key under the mat is still a key'\n\n"
        "By Ines Ferreira-Mota | 14 March 2025 | 9 min read\n\n"
        f"We spoke to {interviewee}, who teaches cryptography at the University of Callowmere.\n\n"
        "IFM: The bill's sponsors say they are not touching encryption at all. Are they right?\n\n"
        f"{label}: Technically the cipher is untouched. But a scanner reads the message before it is locked.\n\n"
        "IFM: Who benefits from end-to-end encryption?\n\n"
        f"{label}: Teenagers, for a start."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Ines Ferreira-Mota", interviewee] * 2


def test_a_hearing_record_with_labels_ending_in_a_full_stop(rules):
    text = (
        "From the hearing room\n\n"
        "Our CEO Rosamund Nyame answered questions from Chairman Harlan Whitcroft and Senator In\u00e9s Frye-Delgado.\n\n"
        "Chairman WHITCROFT. Ms. Nyame, what happens to the reports you receive?\n\n"
        "Ms. NYAME. Mr. Chairman, in simple terms, they disappear.\n\n"
        "Senator FRYE-DELGADO. Is that because the abuse has stopped?\n\n"
        "Ms. NYAME. No, Senator. It is because nobody can see it."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == [
        "Harlan Whitcroft", "Rosamund Nyame", "In\u00e9s Frye-Delgado", "Rosamund Nyame"]


def test_a_speakers_heading_with_a_bracketed_note_heads_a_key_not_a_turn(rules):
    text = (
        "Event transcript: Can we protect children without reading everyone's messages?\n\n"
        "Speakers (identified in the transcript by their initials):\n"
        "OD \u2014 Orla Dunkerley, Data Protection Commissioner\n"
        "KL \u2014 Kwabena Lowrie, Deputy Commissioner, moderator\n\n"
        "OD: Good afternoon, and thank you for joining us.\n\n"
        "KL: Thank you, Commissioner. Let me come to the panel.\n\n"
        "OD: A law that requires providers to scan all private messages would not be proportionate."
    )
    assert [s[0] for s in quote_speakers(text, rules)] == ["Orla Dunkerley", "Kwabena Lowrie", "Orla Dunkerley"]


def test_a_written_ministerial_statement_made_by_a_minister_is_all_the_ministers_words(rules):
    text = ("Chamber of Deputies of Ostrava\nWritten questions, answers and statements\n\nWritten Ministerial Statement\n"
            "Tabled: 2 October 2025\n\nLawful Access to Messages\n\nMade by: Jo Roe-Kade, Minister for Civil Security\n\n"
            "1. Today I am publishing the Bill.\n\n2. This Government supports strong encryption.\n\n"
            "3. But the Bill requires providers to retain the ability to provide content under warrant.")
    segments, _ = segment_statement(text, rules)
    labels = [(s["label"], text[s["start"]:s["end"]][:20]) for s in segments]
    assert labels[:6] == [("boilerplate", "Chamber of Deputies "), ("boilerplate", "Written questions, a"),
                          ("boilerplate", "Written Ministerial "), ("boilerplate", "Tabled: 2 October 20"),
                          ("headline", "Lawful Access to Mes"), ("lead", "Made by: Jo Roe-Kade")]
    assert quote_speakers(text, rules) == [("Jo Roe-Kade", "Minister for Civil Security", None)] * 3


def test_podcast_labels_in_square_brackets_with_first_names_later(rules):
    text = ("Ep. 4 \u2014 Who holds the key?\n\n[Intro music]\n\n[Jo Roe]: Welcome to the show. I\u2019m joined by Dr. Ann Vale.\n\n"
            "[Ann Vale]: Thanks for having me.\n\n[Jo]: Is it a backdoor?\n\n[Ann]: It depends what you mean by backdoor.")
    assert [name for name, _, _ in quote_speakers(text, rules)] == ["Jo Roe", "Ann Vale", "Jo Roe", "Ann Vale"]
    assert label_at(text, rules, "[Jo]:") == "lead"


def test_a_written_reply_by_a_minister_governs_the_numbered_paragraphs_under_it(rules):
    text = ("Written Reply to Parliamentary Questions on Encrypted Messaging\n\n"
            "Mr Jo Roe asked the Minister for Home Affairs whether the Ministry will require platforms to provide contents.\n\n"
            "Written reply by Mrs Ann Lim-Vale, Minister for Home Affairs:\n\n"
            "1.  Between 2022 and 2024, the Police encountered encrypted services in 3,480 investigations.\n\n"
            "2.  The Government recognises that strong encryption is essential.")
    assert quote_speakers(text, rules) == [("Ann Lim-Vale", "Minister for Home Affairs", None)] * 2


def test_a_question_label_with_only_a_surname_is_the_reporter_named_earlier(rules):
    text = ("Transcript: Minister Roe on the Bill\n\nMINISTER ROE: Good morning. The Bill is published today.\n\n"
            "QUESTION (Liesl Arnaud-Kemp, VTV News): Are the cryptographers wrong?\n\n"
            "MINISTER ROE: I have read their letter.\n\nQUESTION (Arnaud-Kemp): Who decides?\n\nMINISTER ROE: The Commissioner.")
    assert [name for name, _, _ in quote_speakers(text, rules)] == ["Roe", "Liesl Arnaud-Kemp", "Roe", "Liesl Arnaud-Kemp", "Roe"]


def test_a_role_label_is_the_person_an_earlier_label_named_with_that_role(rules):
    text = ("Press briefing, 11 September 2025\n\nSPOKESPERSON (Lidia Vasque-Obi): Good morning. One announcement.\n\n"
            "Q (Piran Holl, Vireland Radio): What is your response?\n\nSPOKESPERSON: I would not use that language.")
    assert [name for name, _, _ in quote_speakers(text, rules)] == ["Lidia Vasque-Obi", "Piran Holl", "Lidia Vasque-Obi"]


def test_the_person_who_answered_questions_from_journalists_answers_each_a(rules):
    text = ("Ministry for Citizen Safety \u00b7 Republic of Thessmoor\nPress room \u203a Briefings \u203a 2 July 2025\n\n"
            "Lawful Access Bill: questions and answers with the Ministry spokesperson\n\n"
            "Bertil Delahaye, spokesperson for the Ministry, answered questions from journalists about the Bill.\n\n"
            "**Q:** What does the Bill require?\n\n**A:** It requires providers to give readable content under a warrant.\n\n"
            "**Q:** Is it a backdoor?\n\n**A:** No. A backdoor is a secret way in that nobody is told about.")
    answers = [who for who in quote_speakers(text, rules) if who[0]]
    assert [name for name, _, _ in answers] == ["Bertil Delahaye", "Bertil Delahaye"]


def test_an_automatic_transcripts_name_lines_carry_the_time_after_the_name(rules):
    text = ("Keys and Locks, episode 3\n\n"
            "Maren Oduya-Falk  00:04\nWelcome to Keys and Locks. Today I am talking to someone who thinks we can scan "
            "without breaking encryption.\n\n"
            "Tobias Rennick  00:21\n(laughs) Only on some panels.\n\n"
            "Maren Oduya-Falk  00:24\nLet us start with the problem. What happens when a platform switches on "
            "end-to-end encryption?\n\n"
            "Tobias Rennick  00:30\nThe platform goes blind to what is in the messages, and its reports of known "
            "images fall sharply.")
    assert [name for name, _, _ in quote_speakers(text, rules)] == [
        "Maren Oduya-Falk", "Tobias Rennick", "Maren Oduya-Falk", "Tobias Rennick"]
    assert label_at(text, rules, "Tobias Rennick  00:21") == "lead"


def test_a_written_qa_is_asked_by_the_byline_and_answered_by_the_one_whose_answers_it_prints(rules):
    text = ("The Harwick Ledger | Technology\n\n"
            "Orrin's new photo checks: the company answers our questions\n\n"
            "By Selka Marrow-Vint, Technology Correspondent\n27 May 2025\n\n"
            "Orrin Devices this month began checking photos added to shared albums against a list of known images.\n\n"
            "We put written questions to the company. Its answers, from Pell Anthwaite, Orrin's head of privacy "
            "engineering, are published below.\n\n"
            "Q: Critics say this is client-side scanning by another name. Is it?\n\n"
            "A: It is on-device matching against a fixed list of known images, and the distinction matters.\n\n"
            "Q: Can such systems be fooled into matching innocent images?\n\n"
            "A: Every match is checked a second time by an independent system before any human review.")
    assert [name for name, _, _ in quote_speakers(text, rules, "The Harwick Ledger")] == [
        "Selka Marrow-Vint", "Pell Anthwaite", "Selka Marrow-Vint", "Pell Anthwaite"]


def test_an_interviewer_who_asked_her_and_a_note_about_the_interviewee_after_the_last_answer(rules):
    text = ("Hollow Polytechnic  \u00b7  Research stories\n\n"
            "Five questions for Maren Oduya on client-side scanning\n"
            "2 April 2025 \u00b7 6 min read \u00b7 By Tobiah Wren\n\n"
            "Professor Maren Oduya leads the Secure Systems Group. Science writer Tobiah Wren asked her what "
            "her study means for the bill.\n\n"
            "Q: What is client-side scanning?\n\n"
            "A: It means checking what is on your phone before it is encrypted and sent.\n\n"
            "Q: What should the Assembly do?\n\n"
            "A: Take the scanning clause out of the bill.\n\n"
            "Professor Oduya's study is published in the Journal of Systems Security.")
    assert quote_names(text, rules, "Hollow Polytechnic") == ["Tobiah Wren", "Maren Oduya"] * 2
    assert label_at(text, rules, "Professor Oduya's study", "Hollow Polytechnic") != "quote"


def test_a_role_label_in_capitals_is_the_person_its_first_label_named_in_brackets_and_the_record_ends(rules):
    text = (
        "Press briefing: guidance for campaigners on encrypted messaging\n\n"
        "CHIEF COMMISSIONER (Beatrix Omolawe-Hume): Good morning. Today we publish our guidance.\n\n"
        "Q (Tomas Ekwunde, Lanmore Courier): Does it ask providers to weaken encryption?\n\n"
        "CHIEF COMMISSIONER: No. It does not ask any provider to weaken or remove encryption.\n\n"
        "DIRECTOR OF REGULATION (Ines Vargo-Holloway): If I may add one practical point.\n\n"
        "DIRECTOR OF REGULATION: Most complaints were not blocked by encryption at all.\n\n"
        "[Briefing ends 10:58]\n\n"
        "The guidance takes effect on 1 October 2025."
    )
    assert quote_names(text, rules) == [
        "Beatrix Omolawe-Hume", "Tomas Ekwunde", "Beatrix Omolawe-Hume", "Ines Vargo-Holloway", "Ines Vargo-Holloway"]
    assert label_at(text, rules, "The guidance takes") == "body"


@pytest.mark.parametrize("marker", ["[Transcript continues in the full episode.]", "[Interview continues on page 4]"])
def test_a_line_saying_the_transcript_continues_elsewhere_ends_the_extract(rules, marker):
    text = (
        "Episode 12: who holds the keys?\n\n"
        "Partial transcript\n\n"
        "HOST: Does encryption really stop investigations?\n\n"
        "GUEST: Some evidence that used to be visible is not any more. That is true and we should say so.\n\n"
        f"{marker}\n\n"
        "Our podcast is independent and listener-funded, and we never take money from the companies we cover."
    )
    assert label_at(text, rules, "Our podcast is") != "quote"


@pytest.mark.parametrize("text, expected", [
    ("Guests\u2019 views are their own and do not represent their employers.", "note"),
    ("Views are my own. RTs are not endorsements.", "note"),
    ("Our guests' views are their own. Nothing in this episode is legal advice.", "note"),
    # a paragraph that goes on to argue is the writer's text
    ("Views are my own, but after twenty years in child protection I no longer think scanning is the answer.", "body"),
    ("This podcast is listener-funded. Our contributors' views are their own.", "note"),
    ("This transcript was generated automatically and lightly edited. Please check the audio before quoting.", "note"),
])
def test_disclaimers_about_views_and_machine_transcripts_are_notes(rules, text, expected):
    statement = (
        "Episode 12: who holds the keys?\n\n"
        "This week two guests argue about client-side scanning and what investigators lose with encryption.\n\n"
        f"{text}\n\n"
        "HOST: Does encryption really stop investigations?\n\n"
        "GUEST: Some evidence that used to be visible is not any more, and we should say so plainly."
    )
    assert label_at(statement, rules, text[:12]) == expected


def test_role_first_label_lines_of_an_ask_me_anything_name_handles_and_the_guest(rules):
    text = (
        "Ask me anything: Orla Brenwick on encrypted messaging\n\n"
        "Orla Brenwick, head of technology at the Lantern Line, answered questions from readers.\n\n"
        "MOD \u2014 u/stillwater\n\n"
        "Welcome, everyone. Our guest runs the technology team at the Lantern Line, so ask away.\n\n"
        "Q \u2014 u/cobalt_kite\n\n"
        "Isn't the whole point of end-to-end encryption that nobody can read my messages?\n\n"
        "A \u2014 Orla\n\n"
        "It is, and nobody at the Lantern Line wants to read your messages. We only ever see reported images."
    )
    assert quote_names(text, rules) == ["u/stillwater", "u/cobalt_kite", "Orla Brenwick"]


def test_forum_replies_under_user_names_are_their_authors_words(rules):
    text = (
        "We are turning on end-to-end encryption for every chat\n\n"
        "From next month every chat on Lindenpost will be end-to-end encrypted, except chats with teen accounts.\n\n"
        "\u2014 Ash, Lindenpost Product Team\n\n"
        "fernbank_mum wrote:\n"
        "> So my 15-year-old's chats get scanned but mine don't? That feels backwards to me.\n\n"
        "Ash (staff) replied:\n"
        "That's a fair challenge, and it's the one we argued about longest before we decided.\n\n"
        "PetraLoom wrote:\n"
        "> Thank you for finally doing this. I stopped sending anything personal after the last breach.\n\n"
        "She wrote:\n"
        "> I agree with the last post entirely, and I hope other apps follow you."
    )
    names = quote_names(text, rules)
    assert names[:3] == ["fernbank_mum", "Ash", "PetraLoom"]
    assert "She" not in names


def test_forum_users_keep_a_tag_in_brackets(rules):
    text = (
        "Is the app going to start scanning our messages?\n\n"
        "Thread started by kestrelmum\n\n"
        "mapleandmoss (Edinburgh) wrote:\n\n"
        "\u201cI read that the government wants every message checked before it is encrypted. That sounds bad.\u201d\n\n"
        "dunlin_42 (Verified) replied:\n\n"
        "\u201cIt is only a proposal for now, and the companies have said they would leave rather than weaken encryption.\u201d"
    )
    assert quote_names(text, rules) == ["mapleandmoss", "dunlin_42"]


def test_a_body_with_a_clause_in_brackets_replying_is_no_forum_user(rules):
    text = (
        "Regulator and platform clash over scanning plans\n\n"
        "The regulator set out draft guidance on Tuesday on how messaging services should detect abuse images.\n\n"
        "Lumio (which owns Chatterbox) replied:\n\n"
        "\u201cWe will not scan private messages, because doing so would break end-to-end encryption for everyone.\u201d"
    )
    assert quote_speakers(text, rules) == [(None, None, "Lumio")]


def test_show_notes_pull_quotes_under_a_given_name_and_the_credits(rules):
    text = (
        "Episode 37: encryption keeps kids safe too\n\n"
        "Host: Ravi Tenby. Guests: Mirela Stonecroft (Director, Lowmere Refuge Network) and Liesel Okafor-Brae "
        "(senior research fellow, Harlow Institute).\n\n"
        "This week Ravi asks two people who work with young people every day whether the argument holds up.\n\n"
        "Liesel: \u201cA scanner that can be updated from outside your phone is a search warrant with no judge attached.\u201d (33:40)\n\n"
        "Minister: \u2018This is not a backdoor\u2019\n\n"
        "Credits\n"
        "The show is produced by the Harlow Institute. Producer: Oona Pell."
    )
    assert quote_names(text, rules) == ["Liesel Okafor-Brae"]
    assert label_at(text, rules, "Liesel:") == "lead"
    assert label_at(text, rules, "The show is produced") == "note"


def test_a_phone_ins_editorial_note_and_its_broadcast_line_after_the_last_answer(rules):
    text = (
        "Ask the Chief: May 2025\n\n"
        "This transcript covers the second half of the programme and has been lightly edited for readability.\n\n"
        "Chief Constable Alasdair Menlow answered listeners' questions on Radio Glenbrae, presented by Fiona Gell.\n\n"
        "FIONA GELL: Our next caller is worried about encrypted apps. Go ahead.\n\n"
        "CHIEF CONSTABLE MENLOW: Encryption protects all of us, but it also hides offenders from us, and that is hard.\n\n"
        "Ask the Chief is broadcast on Radio Glenbrae on the third Thursday of each month."
    )
    assert label_at(text, rules, "This transcript covers") == "note"
    assert label_at(text, rules, "Ask the Chief is broadcast") != "quote"


WITNESS_STATEMENT = (
    "IN THE HIGH TRIBUNAL OF ESTRAVIA\nClaim No. TC-2025-000318\n\n"
    "HALLMOOR MESSAGING LIMITED v THE SECRETARY FOR HOME SECURITY\n\n"
    "EXPERT WITNESS STATEMENT\n\n"
    "Dr Sigrun Arbell-Vance\n"
    "Reader in Applied Cryptography, Kelvermoor University\n\n"
    "1. I, Sigrun Arbell-Vance, of Kelvermoor University, will say as follows.\n\n"
    "A. How the service protects messages\n\n"
    "2. Each message is locked on the sender's phone with a key that exists only on the phones in the conversation.\n\n"
    "STATEMENT OF TRUTH\n\n"
    "I believe that the facts stated in this witness statement are true and that my opinions are my own."
)


def test_an_expert_witness_statement_is_the_witnesss_words_under_her_name(rules):
    assert set(quote_names(WITNESS_STATEMENT, rules)) == {"Sigrun Arbell-Vance"}
    assert label_at(WITNESS_STATEMENT, rules, "Each message is locked") == "quote"
    assert label_at(WITNESS_STATEMENT, rules, "How the service protects") == "headline"


def test_a_news_story_about_a_witness_statement_is_no_statement(rules):
    text = (
        "Witness statement reveals police accessed encrypted chats\n\n"
        "By Jo Roe\n\n"
        "A witness statement filed in the High Court shows that officers obtained messages from an encrypted app.\n\n"
        "The statement, by a senior detective, says the force relied on a vulnerability in the handset."
    )
    assert quote_names(text, rules, "Harbour Gazette") == []


def test_a_bodys_written_evidence_under_its_chairs_name_is_the_chairs(rules):
    text = (
        "Online Safety (Detection) Bill: our written evidence\n\n"
        "Written evidence submitted by Jo Roe, Chair, Open Rights Coalition (OSD0042)\n\n"
        "1. The Open Rights Coalition campaigns for privacy and free expression online.\n\n"
        "2. Clause 13 would require providers to scan messages on the device before they are encrypted."
    )
    assert set(quote_names(text, rules, "Open Rights Coalition")) == {"Jo Roe"}


def test_a_from_line_naming_two_people_names_no_department(rules):
    text = (
        "Speech\nJoint speech on online safety and encryption\n\n"
        "From: Jo Roe MP and Sam Poe MP\n"
        "Published 27 May 2025\n"
        "Delivered on: 27 May 2025 (Original script, may differ from delivered version)\n\n"
        "Thank you for having us. Encryption protects millions of people every day.\n\n"
        "But we cannot accept platforms that are blind to abuse."
    )
    assert all(org != "Jo Roe MP" for _, _, org in quote_speakers(text, rules))


def test_written_evidence_on_its_authors_own_page_is_her_text(rules):
    text = (
        "Select Committee on Digital Safety\nOnline Safety (Detection) Bill: written evidence\n\n"
        "Written evidence submitted by Dr Priya Ramsey-Hall, Kelvermoor University (OSD0117)\n\n"
        "Summary\n\n"
        "1. I am a Senior Lecturer in Information Security, and I study how messaging systems fail under attack.\n\n"
        "2. The duty in clause 13 cannot be met on an end-to-end encrypted service without scanning on the device."
    )
    assert quote_names(text, rules, "Dr Priya Ramsey-Hall, Kelvermoor University") == []


def test_a_government_portals_statement_from_a_department_and_its_minister(rules):
    text = (
        "Speech\n"
        "Written ministerial statement: the proposed regulation on child sexual abuse online\n\n"
        "From: Department for Digital Government and Ottoline Wyburn MP, Minister of State for Digital Government\n"
        "Published 27 May 2025\n"
        "Delivered on: 27 May 2025 (Original script, may differ from delivered version)\n\n"
        "Negotiations on the proposed Regulation are expected to conclude on 12 June. I want to set out our position.\n\n"
        "We cannot support the provisions on detection orders in their current form."
    )
    speakers = quote_speakers(text, rules, "Department for Digital Government")
    assert [(name, org) for name, _, org in speakers] == [("Ottoline Wyburn", "Department for Digital Government")] * 2


def test_a_printed_hearings_labels_in_ordinary_case(rules):
    text = (
        "ENCRYPTED MESSAGING AND THE INVESTIGATION OF CRIME\n\n"
        "The committee met at 10:02 a.m. Present: Senators Ambrose Trevean, Marguerite Oxley and Halsey Carnock.\n\n"
        "Chairman Trevean. The committee will come to order. Deputy Commissioner Pethick, you have five minutes.\n\n"
        "Deputy Commissioner Pethick. Thank you, Mr. Chairman. We support strong encryption, but warrants must be honoured.\n\n"
        "Chairman Trevean. Thank you. Senator Oxley, you have the floor.\n\n"
        "Senator Oxley. Dr. Zevenberg, the Deputy Commissioner says the key would be used only with a warrant.\n\n"
        "Dr. Zevenberg. A key can be stolen, copied or compelled by someone other than a judge."
    )
    assert quote_names(text, rules) == ["Ambrose Trevean", "Pethick", "Ambrose Trevean", "Marguerite Oxley", "Dr. Zevenberg"]


def test_speakers_biographies_under_their_names_are_no_hearing(rules):
    text = (
        "Panel: who holds the keys?\n\n"
        "Professor Ellery. Professor of Security Engineering at Kelvermoor University since 2015.\n\n"
        "Dr. Tennant. Head of the digital forensics unit at the Vossick Constabulary.\n\n"
        "Commissioner Oxley. The country's first information commissioner, appointed in 2021.\n\n"
        "The debate will be chaired by the editor of the Estravia Ledger."
    )
    assert quote_names(text, rules) == []


def test_a_bracketed_slide_note_that_says_closes_does_not_end_the_speech(rules):
    text = (
        "Speech: the Minister on the consultation\n\n"
        "MINISTER FOR DIGITAL AFFAIRS (Halla Dunmore): Good morning, and thank you for coming.\n\n"
        "JOURNALIST (Piran Holt, Vireland Radio): When does the consultation close?\n\n"
        "MINISTER FOR DIGITAL AFFAIRS: Let me show you the timetable.\n\n"
        "[Slide 4 shown: the consultation closes on 30 June]\n\n"
        "We will read every response before we decide anything."
    )
    assert quote_names(text, rules)[-1] == "Halla Dunmore"


def test_she_spoke_to_an_interviewer_after_an_opening_clause_makes_her_the_one_who_answers(rules):
    text = (
        "Q&A: a cryptographer on the scanning clause\n\n"
        "Dr Halla Brennick is a reader in cryptography at Tolvane University. As Parliament debates the Safer "
        "Messaging Bill, she spoke to Piran Oddie about client-side scanning.\n\n"
        "Q: What does clause 14 ask companies to do?\n\n"
        "A: To check every message against a list before it is encrypted.\n\n"
        "Q: Is that narrow?\n\n"
        "A: The list is narrow. The machinery is not."
    )
    assert quote_names(text, rules, "Tolvane University") == ["Piran Oddie", "Halla Brennick"] * 2


def test_initials_of_an_outlet_stand_for_the_editor_the_introduction_names(rules):
    text = (
        "The Commissioner's e-mail interview\n\n"
        "Commissioner Ysolde Varnholt answered questions by e-mail from Kofi Ames-Ridley, editor of Privacy Brief.\n\n"
        "PB: Where does the Authority stand on scanning?\n\n"
        "YV: Against it, clearly.\n\n"
        "PB: And targeted access?\n\n"
        "YV: Only with a judge's warrant."
    )
    assert quote_names(text, rules, "Kestmark Data Protection Authority") == ["Kofi Ames-Ridley", "Ysolde Varnholt"] * 2


def test_sentencing_remarks_are_the_judges_under_her_style(rules):
    text = (
        "R v Dunmore and Pell\n\nSentencing remarks of Her Honour Judge Annot Strickley\n\n"
        "1. Lewis Dunmore and Ada Pell, you have each pleaded guilty to conspiracy to supply drugs.\n\n"
        "2. The conspiracy was run through an encrypted messaging app.\n\n"
        "These remarks are published in the public interest. They are not a judgment of the court."
    )
    assert quote_speakers(text, rules, "Judiciary of Ambrel") == [("Annot Strickley", "Her Honour Judge", None)] * 2
    assert label_at(text, rules, "These remarks are published") == "note"


def test_she_recently_spoke_to_an_interviewer_is_still_the_one_who_answers(rules):
    text = (
        "An interview with Dr Mara Keel\n\n"
        "Dr Mara Keel chairs the Tolvane Digital Rights Forum. She recently spoke to Piran Oddie about the bill.\n\n"
        "Q: Why do you oppose the bill?\n\nA: Because it would scan every message before it is encrypted.\n\n"
        "Q: Is there a compromise?\n\nA: Targeted warrants, with a judge, against named suspects."
    )
    assert quote_names(text, rules, "Tolvane Digital Rights Forum") == ["Piran Oddie", "Mara Keel"] * 2


def test_fields_of_a_meeting_record_are_not_turns_of_a_transcript(rules):
    text = (
        "Summary record of the fourth meeting of the Expert Group on Messaging Security\n\n"
        "Chair: Ms Ilse Rautavaara (Republic of Norvenia)\n"
        "Secretary: Mr Tomas Quell (Group Secretariat)\n"
        "Status: Approved by written procedure on 3 March. This record gives the main points only.\n\n"
        "1 Opening\n\n"
        "The Chair opened the meeting and welcomed delegates from twelve member states.\n\n"
        "2 Draft technical report\n\n"
        "Delegates discussed whether the report should describe lawful interception interfaces.\n\n"
        "Agreed: the report will not describe such interfaces.\n\n"
        "3 Next meeting\n\n"
        "Agreed: the group will meet again online in June.\n\n"
        "Agreed: the Secretariat will circulate the revised draft by 1 May."
    )
    assert quote_names(text, rules, "Expert Group on Messaging Security") == []
    assert label_at(text, rules, "The Chair opened the meeting") == "body"


def test_a_term_defined_by_its_initials_is_no_speaker_label(rules):
    text = (
        "Online Safety Board\n\n"
        "Regulatory Impact Statement (RIS): Summary\n\n"
        "Title: Scanning Standard for Messaging Services\n"
        "Stage: Consultation\n\n"
        "What is the problem? Offenders share abuse images on private messaging services.\n\n"
        "Which options were considered? A voluntary code, a standard for known images, and doing nothing."
    )
    assert quote_names(text, rules, "Online Safety Board") == []
    assert label_at(text, rules, "What is the problem?") != "quote"


def test_a_release_quoting_name_and_role_in_brackets_speaks_again_after_the_closing_mark(rules):
    text = (
        "Coalition asks Pebblechat to pause encryption rollout\n\n"
        "Four charities wrote to Pebblechat on Monday.\n\n"
        "Marit Oyelaran-Vest (Director, Safe Childhood Trust): \"We are asking for a pause, not a ban. "
        "Children need the company to show its safety plan first.\"\n\n"
        "Dr Colm Achterberg (Paediatrician, Riverside Hospital): \"I treat the children this is about.\"\n\n"
        "The charities' letter asks Pebblechat to publish an impact assessment and to meet survivors before July.\n\n"
        "Pebblechat has not yet replied to the letter."
    )
    assert quote_names(text, rules, "Safe Childhood Trust") == ["Marit Oyelaran-Vest", "Colm Achterberg"]
    assert label_at(text, rules, "The charities' letter asks") == "body"


@pytest.mark.parametrize(
    "first, second",
    [
        ("Nadia Hollis (NH): Thank you for joining us. Why do you encrypt?", "Piet Quinn (PQ): Because our users asked us to."),
        ("National Crime Agency (NCA): Encryption by default hides offenders.", "Open Rights Group (ORG): Scanning makes everyone less safe."),
    ],
)
def test_a_person_or_body_with_initials_in_brackets_still_labels_a_turn(rules, first, second):
    text = "Roundtable on encryption: record\n\n" + first + "\n\n" + second + "\n\nChair: Thank you both."
    assert len(quote_names(text, rules, "Policy Forum")) >= 2


MINUTES = (
    "Board of Governors - Meeting Minutes\n\n"
    "4.1 Resolution 2025-12: Pupil Messaging Policy\n\n"
    "The Head presented the resolution. Section 3 would ask the Assembly to require messaging apps to "
    "\"keep the ability to detect grooming where technically feasible.\" Section 4 states that the school "
    "\"supports strong encryption for pupil data.\"\n\n"
    "MOTION: Governor Pell moved to delete Section 3. Seconded by Governor Amory.\n\n"
    "Vote: Ayes 2; Noes 3. Amendment failed.\n\n"
    "Item 5: Any other business. None was raised."
)


def test_minutes_fields_and_numbered_items_are_no_speaker_turns(rules):
    segments, speakers = segment_statement(MINUTES, rules)
    assert speakers == []
    assert {s["label"] for s in segments} <= {"headline", "body", "boilerplate"}


RADIO_SCRIPT = (
    "HARBOUR FM \u2014 NEWSDESK\n"
    "STORY: SCANNING BILL | SLUG: SCAN-0700\n\n"
    "[STING: NEWS AT SEVEN]\n\n"
    "The Home Minister, Petra Valdane-Osk, says the scanning bill is narrow.\n\n"
    "Ms Valdane-Osk told reporters the checks would happen only on the phone:\n\n"
    "CLIP 1: VALDANE-OSK\n"
    "Nothing leaves the phone unless it matches a known image. That is the whole design.\n"
    "DUR: 0'09\"  OUT: \"...the whole design.\"\n\n"
    "Campaigners say any scanner on the phone can be widened later.\n\n"
    "NEXT: WEATHER \u2014 HAND BACK TO STUDIO"
)


def test_a_radio_scripts_clip_is_its_speakers_and_its_cue_lines_are_furniture(rules):
    assert quote_names(RADIO_SCRIPT, rules) == ["Petra Valdane-Osk"]
    assert label_at(RADIO_SCRIPT, rules, "CLIP 1") == "lead"
    assert label_at(RADIO_SCRIPT, rules, "Ms Valdane-Osk told reporters") == "lead"
    assert label_at(RADIO_SCRIPT, rules, "[STING") == "boilerplate"
    assert label_at(RADIO_SCRIPT, rules, "DUR:") == "boilerplate"
    assert label_at(RADIO_SCRIPT, rules, "NEXT:") == "boilerplate"
    assert label_at(RADIO_SCRIPT, rules, "Campaigners say") == "body"



LIVE_BLOG_OPENING = (
    "Messaging Bill hearing \u2013 as it happened\n\n"
    "12.15 BST\n"
    "A sharper exchange now with Odile Marchbank, policy director at Quillpost.\n\n"
    "Fenwick (Harbour Party): Will you comply with a court order?\n\n"
    "Marchbank: We comply with lawful orders for what we hold, and we do not hold the content of messages.\n\n"
)


@pytest.mark.parametrize(
    "after, narration",
    [
        ("She later confirmed that the company would \u201cconsider leaving\u201d if the bill passed.", "She later confirmed"),
        ("11.48 BST\nThe committee heard next from the police, who described cases that stalled.", "The committee heard next"),
    ],
)
def test_a_live_blogs_next_entry_or_a_reported_line_ends_the_exchange_above(rules, after, narration):
    text = LIVE_BLOG_OPENING + after
    assert quote_names(text, rules) == ["Fenwick", "Odile Marchbank"]
    assert label_at(text, rules, narration) == "body"


@pytest.mark.parametrize(
    "middle",
    [
        "Ministers claimed last year that the technology was ready. It is not, and they know it.",
        "10:42\nAnd the second problem is cost, which falls on the smallest services.",
    ],
)
def test_a_speakers_own_paragraphs_stay_hers_in_a_transcript(rules, middle):
    text = (
        "Oral evidence: messaging and encryption\n\n"
        "CHAIR: Dr Roe, is client-side scanning ready?\n\n"
        "JO ROE: No. The systems we tested failed badly on ordinary photographs.\n\n"
        f"{middle}\n\n"
        "CHAIR: Thank you."
    )
    assert quote_names(text, rules) == [None, "Jo Roe", "Jo Roe", None]  # the Chair is unnamed


INQUEST_FINDINGS = (
    "Inquest into the death of K\n\n"
    "Coroner: Mereana Talbot-Ruck\nCounsel assisting the Coroner: Idris Penhallow\nHearing: 3-4 June 2025\n\n"
    "[1] K died at home in May 2024. I find that he was the target of blackmail in the weeks before his death, "
    "much of it carried on in an encrypted messaging app that the police could not read, and that he told "
    "nobody about it until the last day.\n\n"
    "[2] The following exchange is taken from the transcript:\n\n"
    "COUNSEL ASSISTING: Could the provider have seen the messages?\n\n"
    "WITNESS: No. The app encrypts them on the phone.\n\n"
    "THE CORONER: Could it build a way to see them when a child reports?\n\n"
    "WITNESS: Only if the child forwards them to us.\n\n"
    "[3] I heard further evidence from a psychologist about how rarely boys tell anyone.\n\n"
    "[4] I make no finding on whether encryption should be weakened."
)


def test_header_fields_name_the_officers_whom_transcript_labels_call_by_office(rules):
    names = [name for label, _, name in turns(INQUEST_FINDINGS, rules) if label == "quote"]
    assert names == ["Idris Penhallow", "Witness", "Mereana Talbot-Ruck", "Witness"]


@pytest.mark.parametrize("opening", ["K died at home", "The following exchange", "I heard further evidence", "I make no finding"])
def test_numbered_paragraphs_are_the_documents_own_text_not_footnotes(rules, opening):
    assert label_at(INQUEST_FINDINGS, rules, opening) == "body"


def test_headings_that_share_a_last_word_are_no_transcript_turns(rules):
    text = (
        "Where the parties stand\n\nAhead of the election we compared the manifestos on encryption.\n\n"
        "Labour Position: Labour will not require companies to break encryption.\n\n"
        "Conservative Position: The Conservatives would require scanning of messages.\n\n"
        "Green Position: The Greens oppose any scanning."
    )
    assert turns(text, rules) == []


def test_a_first_name_label_is_the_person_an_earlier_capitals_label_named_in_full(rules):
    text = (
        "Episode 12: keys and warrants\n\nThis week Ines talks to a retired detective.\n\n"
        "INES VANTERPOOL-ODU (HOST): Why did the cases change?\n\n"
        "TOMAS RIEDL: Because the platforms stopped seeing the images.\n\n"
        "INES: Does that worry you?\n\nTOMAS: Every day."
    )
    assert [name for label, _, name in turns(text, rules) if label == "quote"] == [
        "Ines Vanterpool-Odu", "Tomas Riedl", "Ines Vanterpool-Odu", "Tomas Riedl"]


def test_a_bulletins_read_by_line_names_the_newsreader(rules):
    text = (
        "RADIO HOLM 98.4 - NEWSROOM\nBULLETIN: 0700 MONDAY 2 JUNE 2025\nREAD BY: MAREN OSTBY-LAKE | DUR: 2'10\"\n\n"
        "STORY 1 - POLICE / ENCRYPTION\n\n"
        "NEWSREADER: Police say they need to read encrypted messages on seized phones.\n\n"
        "ROE: We are not against encryption.\n\n"
        "NEWSREADER: The ministry says it has no plans to change the law."
    )
    assert [name for label, _, name in turns(text, rules) if label == "quote"][::2] == ["Maren Ostby-Lake"] * 2


def test_present_for_this_item_lists_who_the_chair_is(rules):
    text = (
        "Scrutiny Panel: verbatim extract\n\nItem 4: encrypted evidence\n\n"
        "Present for this item: Councillor Ivo Marchbank-Tay (Chair); Councillor Ruth Oyo; Inspector Kay Lunde\n\n"
        "THE CHAIR: We move to item 4. Inspector, please begin.\n\n"
        "INSPECTOR LUNDE: Thank you, Chair. Most phones we seize are encrypted.\n\n"
        "THE CHAIR: Councillor Oyo.\n\nCOUNCILLOR OYO: Is that a back door?"
    )
    names = [name for label, _, name in turns(text, rules) if label == "quote"]
    assert names[0] == names[2] == "Ivo Marchbank-Tay"


# Guards found by review of the mends above: each text comes out as it did before them.
@pytest.mark.parametrize(
    "text, opening, expected",
    [
        pytest.param("Morning Report - transcript, 4 March 2025\n\nPresenter: Hanna Solberg\nNewsreader: Piet Dekker\n\nPRESENTER: Good morning. Police want access to encrypted messages.\n\nNEWSREADER: The time is seven o'clock. Ministers say no change to the law is planned.\n\nPRESENTER: Joining me now is Inspector Kay Lunde.\n\nLUNDE: Most phones we seize are encrypted.\n\nPRESENTER: Thank you.\n", "The time is", "Piet Dekker", id="a-newsreader-is-no-presenter"),
        pytest.param("Presenter: Tamsin Greve | Tuesdays 9pm\n\nTech Tonight: who should hold the keys?\n\nTamsin Greve is away; this week's programme is presented by Ade Bakare.\n\nPRESENTER: Good evening. Police want a way into encrypted chats.\n\nOYO: We are losing evidence every week.\n\nPRESENTER: And the other side?\n\nBRACE: A key for the police is a key for criminals too.\n", "Good evening", "Presenter", id="a-masthead-series-presenter-is-not-this-weeks"),
        pytest.param('Radio Holm newsroom script - 0800, 2 June 2025\n\nSTORY 2: POLICE AND ENCRYPTED PHONES\n\nCUE: POLICE SAY THEY CANNOT READ MOST SEIZED PHONES. OUR CRIME CORRESPONDENT INES REPORTS\n\nINES: Detectives here say four in five phones they seize are locked.\n\nLUNDE: We are not against encryption, but we need a way in with a warrant.\n\nINES: The ministry says it has no plans to change the law.\n', "Detectives here", "Ines", id="a-cue-line-gives-no-surname"),
    ],
)
def test_reviewed_labels_the_mends_leave_alone(rules, text, opening, expected):
    assert next(name for kind, words, name in turns(text, rules) if kind == "quote" and words.startswith(opening)) == expected


def test_a_statement_header_over_a_hearing_label_heads_its_section(rules):
    text = (
        "ENCRYPTED DEVICES AND THE COURTS\n\n"
        "The committee met at 2:00 p.m. in Room 9, Senator Corwen Haldane presiding.\n\n"
        "STATEMENT OF ROSALIND FETTERLY, ASSISTANT COMMISSIONER, ESTRAVIAN FEDERAL POLICE\n\n"
        "Assistant Commissioner Fetterly. Thank you, Mr. Chairman. We support strong encryption, but warrants must work.\n\n"
        "Chairman Haldane. Thank you. Professor Quillan.\n\n"
        "STATEMENT OF PROFESSOR ANSEL QUILLAN, KELVERMOOR UNIVERSITY\n\n"
        "Professor Quillan. A key held for the police can be stolen, copied or compelled by someone else.\n\n"
        "Chairman Haldane. The committee stands adjourned."
    )
    assert label_at(text, rules, "STATEMENT OF ROSALIND") == "headline"
    assert label_at(text, rules, "STATEMENT OF PROFESSOR") == "headline"
    assert label_at(text, rules, "Assistant Commissioner Fetterly.") == "lead"
    assert quote_names(text, rules) == ["Rosalind Fetterly", "Corwen Haldane", "Ansel Quillan", "Corwen Haldane"]


def test_labels_followed_by_a_figure_alone_are_a_tables_rows_not_turns(rules):
    text = (
        "Referrals by year\n\n"
        "The figures below show referrals from the hotline over three years, drawn from the annual returns.\n\n"
        "21/22 REFERRALS: 102,842\n\n"
        "22/23 REFERRALS: 98,210\n\n"
        "23/24 REFERRALS: 87,004\n\n"
        "The fall came as more services switched to end-to-end encryption by default."
    )
    assert quote_names(text, rules) == []
    assert label_at(text, rules, "REFERRALS: 98,210") == "body"


def test_an_exported_chat_quotes_each_message_and_leaves_the_apps_lines_as_furniture(rules):
    text = (
        "Readers' questions: what Tallyline's encryption change means\n\n"
        "Our technology editor, Priya Holt-Venn, hosted. The guests were Professor Jonah Aldbury and Detective "
        "Inspector Mara Quist.\n\n"
        "[12/06/2025, 18:58:02] Courier Q&A: \u200eMessages and calls are end-to-end encrypted.\n"
        "[12/06/2025, 18:59:40] \u200eJonah Aldbury joined using this group's invite link\n"
        "[12/06/2025, 19:00:30] Priya Holt-Venn: What does the change mean for someone who uses Tallyline every day?\n"
        "[12/06/2025, 19:01:52] Jonah Aldbury: Day to day, almost nothing changes for users.\n"
        "[12/06/2025, 19:04:05] Mara Quist: The reports we get about abuse images will dry up.\n"
        "Last year those reports led us to 63 arrests.\n"
        "[12/06/2025, 19:05:49] Mara Quist: \u200e<Media omitted>"
    )
    assert quote_names(text, rules) == ["Priya Holt-Venn", "Jonah Aldbury", "Mara Quist", "Mara Quist"]
    assert label_at(text, rules, "[12/06/2025, 18:58:02]") == "boilerplate"
    assert label_at(text, rules, "[12/06/2025, 19:05:49]") == "boilerplate"
    assert label_at(text, rules, "[12/06/2025, 19:01:52]") == "lead"


def test_a_broadcast_scripts_on_screen_names_introduce_the_words_under_them(rules):
    text = (
        "Police warn on Tallyline encryption\n\n"
        "[V/O]\nIn this room a team of eight officers works through reports of children being groomed online.\n\n"
        "[SOT]\nSUPER: Rowena Tesh-Gallan, Detective Chief Superintendent, Fenmouth Police\n"
        "\"Once those messages are encrypted end to end, the company can't see them and neither can we.\"\n\n"
        "[VOX POP - MARKET]\nSUPER: Kerensa, parent\n"
        "I want my kids' chats to be private. But if someone's grooming them I want the police to see it.\n\n"
        "[00:03:20] CAPTION: HESTER ADEBOYE-LINN | Director of Trust and Safety, Driftpost Messenger\n"
        "Nobody in this industry is relaxed about child abuse, but we will not scan everyone's messages.\n\n"
        "[NARRATION]\nThe companies dispute the link."
    )
    assert quote_speakers(text, rules) == [
        ("Rowena Tesh-Gallan", "Detective Chief Superintendent", "Fenmouth Police"), ("Kerensa", "parent", None),
        ("Hester Adeboye-Linn", "Director of Trust and Safety", "Driftpost Messenger")]
    assert label_at(text, rules, "SUPER: Kerensa") == "lead"
    assert label_at(text, rules, "The companies dispute") == "body"


def test_answers_that_are_only_figures_are_still_turns(rules):
    text = (
        "Five questions for the Commissioner\n\n"
        "Q: How many warrants did the unit apply for last year?\n\n"
        "A: 212.\n\n"
        "Q: And how many came back unreadable?\n\n"
        "A: 40%.\n\n"
        "Q: Will that rise?\n\n"
        "A: Yes, as more services encrypt by default."
    )
    assert label_at(text, rules, "A: 212.") == "lead"
    assert label_at(text, rules, "212.") == "quote"


def test_a_programme_line_then_quotes_with_their_own_attributions_is_no_speech(rules):
    text = (
        "Conference programme: encryption and safety\n\n"
        "Opening keynote: Jo Roe, chair of the Kestravia Privacy Commission, on why encryption matters\n\n"
        "\"Encryption is the foundation of a safe internet,\" she said.\n\n"
        "Closing remarks: Director General Sam Poe, National Crime Agency\n\n"
        "\"We cannot protect children we cannot see,\" he said."
    )
    assert quote_names(text, rules) == ["Jo Roe", "Sam Poe"]
    assert label_at(text, rules, "Closing remarks") != "quote"


def test_a_control_rooms_dated_log_is_no_chat(rules):
    text = (
        "Incident log released under freedom of information\n\n"
        "The force released its control-room log for the night of the arrest. Extracts follow.\n\n"
        "[12/06/2025 19:00] Officers attend the address: call from a parent about messages to her daughter.\n"
        "[12/06/2025 19:25] Suspect detained at the address: two phones seized.\n"
        "[12/06/2025 21:10] Update from digital forensics: the chats are end-to-end encrypted.\n"
        "[13/06/2025 09:00] Decision: suspect released on bail pending enquiries."
    )
    assert quote_names(text, rules) == []
    assert label_at(text, rules, "[12/06/2025 21:10]") == "body"


def test_one_caption_under_a_news_photo_introduces_no_quotation(rules):
    text = (
        "Police chief warns over encrypted messaging\n\n"
        "CAPTION: Jo Roe, Chief Constable of Northshire Police\n"
        "Northshire's chief constable has warned that end-to-end encryption will leave officers unable to see abuse.\n"
        "The force says it received 4,200 referrals from tech companies last year.\n\n"
        "The force will publish its figures in June."
    )
    assert quote_names(text, rules) == []


def test_a_speech_that_tells_of_someone_elses_words_goes_on(rules):
    text = (
        "Speech: Home Secretary on keeping children safe online\n\n"
        "Home Secretary Jo Roe delivered this speech at the Safer Internet Forum in Fenmouth.\n\n"
        "Thank you for having me today. I want to talk about a choice the companies are making for us.\n\n"
        "\"I kept telling them he was messaging me, but nobody could see it,\" she said. That was a "
        "fourteen-year-old girl I met last month, and her words have stayed with me.\n\n"
        "We are not asking for a backdoor. We are asking the companies to keep detecting abuse."
    )
    assert label_at(text, rules, "We are not asking") == "quote"


def test_a_phone_in_callers_label_is_her_first_name_and_her_town(rules):
    text = (
        "Phone-in: should Hatchway switch on encryption?\n\n"
        "GUS MERRIDEW:\nGood morning. Lines are busy. Derya's in Ashby Clough. Morning, Derya.\n\n"
        "DERYA, ASHBY CLOUGH:\nMorning, Gus. I've got two girls, and honestly this frightens me.\n\n"
        "GUS MERRIDEW:\nTomos is in Pell Bridge. Tomos, you work in tech?\n\n"
        "TOMOS, PELL BRIDGE:\nI do. Either the messages are locked or they're not.\n\n"
        "RHYS ROE, MINISTER FOR JUSTICE:\nWe will listen to both of them."
    )
    assert quote_names(text, rules) == ["Gus Merridew", "Derya", "Gus Merridew", "Tomos", "Rhys Roe"]


def test_a_parent_or_resident_label_is_a_role_not_a_name(rules):
    text = (
        "Online safety evening: the encryption question\n\n"
        "Here is a lightly edited transcript of the last half hour.\n\n"
        "PARENT: If the messages are encrypted, can the school still see what is sent to our children?\n\n"
        "PC WRAGGE-OSEI: Honestly, no. Once the encryption goes on, those reports stop.\n\n"
        "RESIDENT: So should we stop them using it?\n\n"
        "PC WRAGGE-OSEI: I am not going to tell anyone to ban an app."
    )
    assert quote_speakers(text, rules)[0] == (None, "Parent", None)
    assert quote_speakers(text, rules)[2] == (None, "Resident", None)


def test_a_slide_decks_speaker_notes_are_the_presenters_words(rules):
    text = (
        "Tallyline_Forum_May2025_FINAL.pptx (exported as plain text)\n\n"
        "--- Slide 1 of 3 ---\nSafety without a master key\n"
        "Ines Kavander-Oduya, Head of Trust and Safety Engineering, Tallyline Labs\n\n"
        "Speaker notes:\nThank you for having me. I spent six years as a child-protection investigator.\n\n"
        "--- Slide 2 of 3 ---\nWhere we agree\n\u2022 Abuse of children online is real and growing\n\n"
        "Speaker notes:\nNobody in this room is on the side of abusers, but scanning is not the answer."
    )
    assert quote_speakers(text, rules) == [
        ("Ines Kavander-Oduya", "Head of Trust and Safety Engineering", "Tallyline Labs")] * 2


def test_speaker_notes_on_the_labels_line_and_slide_markers(rules):
    text = (
        "Deck_FINAL.pptx (exported as plain text)\n\n"
        "--- Slide 1 of 2 ---\nSafety without a master key\n"
        "Ines Kavander-Oduya, Head of Trust and Safety Engineering, Tallyline Labs\n\n"
        "SPEAKER NOTES: Thank you for having me. I spent six years as a child-protection investigator.\n\n"
        "--- Slide 2 of 2 ---\nWhere we agree\n\n"
        "SPEAKER NOTES: Nobody in this room is on the side of abusers, but scanning is not the answer."
    )
    assert quote_names(text, rules) == ["Ines Kavander-Oduya"] * 2
    assert label_at(text, rules, "--- Slide 2 of 2 ---") == "boilerplate"


@pytest.mark.parametrize("text, publisher, expected", [
    # a surname that starts a line takes no given name from the line above
    ("Police welcome ruling on encryption\n\nThe Northshire Police Federation today responded to the ruling of "
     "Judge Ann J.\nRoe, the federation chair, said the judgment changed little.\n\n\"Encryption must not blind us,\" "
     "Roe said.\n\nJo Roe has led the federation since 2019.", "Northshire Police Federation", ["Jo Roe"]),
    # a participant saved as a number still makes an exported chat (a first message right under the title is
    # still read as a second title line: left alone)
    ("Group chat released by the inquiry\n\nThe inquiry published the chat in full on Monday.\n\n"
     "[12/06/2025, 19:00:30] +44 7700 900123: Has anyone seen what the new encryption means for the reports?\n"
     "[12/06/2025, 19:01:52] Jonah Aldbury: Day to day, almost nothing changes for users.\n"
     "[12/06/2025, 19:04:05] +44 7700 900123: The reports we get about abuse images will dry up.\n"
     "[12/06/2025, 19:05:10] Jonah Aldbury: That is not what the company says.", "X",
     ["+44 7700 900123", "Jonah Aldbury", "+44 7700 900123", "Jonah Aldbury"]),
    # one on-screen name in a script without cues
    ("Evening news script: encryption row\n\n"
     "SUPER: Rowena Tesh-Gallan, Detective Chief Superintendent, Fenmouth Police\n"
     "We will lose sight of the abuse if these messages go dark.\n\nThe force says referrals fell by a third.", "X",
     ["Rowena Tesh-Gallan"]),
])
def test_reviewed_chat_caption_and_name_cases(rules, text, publisher, expected):
    assert quote_names(text, rules, publisher) == expected


def test_a_story_set_out_like_a_speech_ends_at_her_attributed_quotation(rules):
    text = (
        "Speech: Home Secretary on keeping children safe online\n\n"
        "Home Secretary Jo Roe delivered this speech at the Safer Internet Forum in Fenmouth.\n\n"
        "\"Companies must keep detecting abuse,\" she told us.\n\n"
        "The Forum will meet again in June. Its chair thanked the speakers."
    )
    assert label_at(text, rules, "The Forum will meet") == "body"


def test_a_videos_time_coded_subtitles_name_each_speaker_on_screen(rules):
    text = (
        "Video: Why Tallyline will not scan your messages\n\n"
        "TRANSCRIPT (ENGLISH SUBTITLES)\n\n"
        "00:00  [Soft piano music. A small office above a bakery.]\n"
        "00:03  [On screen: Odete Barrelo \u2014 Co-founder and Chief Executive, Tallyline]\n"
        "00:05  Hello. I started Tallyline eleven years ago, in this room.\n"
        "00:13  This week Parliament begins debating a bill that would require scanning.\n"
        "00:52  [On screen: Rui Casimor \u2014 Head of Security Engineering, Tallyline]\n"
        "00:55  There is no way to scan messages on a phone without giving someone a way in.\n"
        "03:05  [Tallyline logo. End.]"
    )
    assert quote_names(text, rules) == ["Odete Barrelo", "Odete Barrelo", "Rui Casimor"]
    assert label_at(text, rules, "[Soft piano") == "boilerplate"
    assert label_at(text, rules, "Odete Barrelo \u2014") == "lead"


def test_an_on_screen_name_ends_where_another_speakers_label_opens(rules):
    text = (
        "Why encryption matters - video transcript\n\n"
        "00:00  [Soft piano music.]\n"
        "00:03  [On screen: Jo Roe \u2014 Chief Executive, Acme]\n"
        "00:05  Encryption keeps millions of people safe from criminals.\n"
        "00:09  Weakening it would put everyone at risk.\n"
        "00:14  INTERVIEWER: But what about the police, who say they cannot see abuse?\n"
        "00:19  The police have many other tools, and a backdoor for them is a backdoor for everyone."
    )
    assert quote_names(text, rules)[:2] == ["Jo Roe", "Jo Roe"]
    assert not any("But what about" in text[s["start"]:s["end"]] for s in segment_statement(text, rules)[0]
                   if s["label"] == "quote" and s.get("speaker") == "s1")


def test_hansard_labels_with_an_article_in_ordinary_case_are_turns(rules):
    text = (
        "Questions for oral reply\n\n"
        "The MEC FOR POLICING AND COMMUNITY SAFETY LIAISON (Ms T. R. Mahlangu-Venter):\n"
        "Deputy Speaker, the department has asked two messaging companies for access to encrypted chats.\n\n"
        "Mr D. K. OLIVIER (FDA):\n"
        "Deputy Speaker, no letter from this House should ask for the phones of a province to be made weaker.\n\n"
        "An HON MEMBER:\n"
        "Hear, hear!\n\n"
        "The DEPUTY SPEAKER:\n"
        "Order, hon members! Hon MEC, you may conclude.\n\n"
        "The MEC FOR POLICING AND COMMUNITY SAFETY LIAISON:\n"
        "Deputy Speaker, the request was lawful and it names only the suspects' accounts."
    )
    speakers = quote_speakers(text, rules)
    assert [s[0] for s in speakers] == ["T. R. Mahlangu-Venter", "D. K. OLIVIER", None, None, "T. R. Mahlangu-Venter"]
    assert [s[1] for s in speakers[2:4]] == ["Hon Member", "Deputy Speaker"]
    assert label_at(text, rules, "An HON MEMBER") == "lead"


def test_a_briefings_role_line_names_the_speaker_and_a_surname_first_label_finds_her(rules):
    text = (
        "Briefing notes on encryption and young people\n"
        "Spokesperson: MOON Ji-hye\n"
        "Place: Haldergate | Date: 2 June 2025\n\n"
        "The Council today publishes its guidance on private messaging for teenagers.\n\n"
        "Q (Ottilie Brandvold, Nordwire):\n"
        "Does the guidance ask companies to scan messages?\n\n"
        "MOON:\n"
        "No. We ask them to keep encryption and to make reporting easier.\n\n"
        "Q (Haldergate Post):\n"
        "What about the police?\n\n"
        "MOON:\n"
        "They keep every power they have today."
    )
    names = quote_names(text, rules)
    assert names == ["MOON Ji-hye", "Ottilie Brandvold", "MOON Ji-hye", None, "MOON Ji-hye"]
    assert label_at(text, rules, "Spokesperson:") == "lead"


def test_a_roundups_answers_under_name_and_role_lines_are_each_persons_quotes(rules):
    text = (
        "One question, three answers: should the police hold a key to private chats?\n\n"
        "We put the question to three people who work on it every day.\n\n"
        "Mireille Ondaatje-Kraus, chief technology officer, Lanternfish Labs\n\n"
        "No. In my experience a key kept for the police is a key that someone else will steal within a year.\n\n"
        "Det Supt Bram Oyelaran-Fisk, head of the regional cybercrime unit\n\n"
        "Yes, with a warrant. I lose cases every month because the messages cannot be read.\n\n"
        "Ysolde Marchetti, director, Open Conduit Trust\n\n"
        "Not for the police, and not for anyone else. Our helpline hears every week why children need private chats."
    )
    assert quote_names(text, rules) == ["Mireille Ondaatje-Kraus", "Bram Oyelaran-Fisk", "Ysolde Marchetti"]
    assert label_at(text, rules, "Ysolde Marchetti, director") == "lead"


def test_name_lines_above_paragraphs_in_quotation_marks_keep_their_own_attribution(rules):
    text = (
        "What they said about the messaging bill\n\n"
        "Mireille Ondaatje-Kraus, chief technology officer, Lanternfish Labs\n\n"
        "\u201cA key kept for the police is a key that someone else will steal within a year.\u201d\n\n"
        "Her company said it would leave the market if the bill passed unchanged.\n\n"
        "Ysolde Marchetti, director, Open Conduit Trust\n\n"
        "\u201cChildren need private chats as much as adults do, and this bill takes them away.\u201d"
    )
    assert quote_names(text, rules) == ["Mireille Ondaatje-Kraus", "Ysolde Marchetti"]
    assert label_at(text, rules, "Her company said") == "body"


# over-matches a reviewer found in the round-up and Hansard-label rules (review of 44bead7..8910c53): none of
# these pages quotes anyone, and the old rules said so
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Webinar: Can end-to-end encryption and child safety coexist?\n\nJoin us on 14 May for an hour-long discussion of the government's proposals to scan encrypted messages.\n\nSpeakers\n\nDr Halvard Quist, senior lecturer, Tarnbrook University\n\nHalvard researches applied cryptography and has advised two parliamentary committees on lawful access.\n\nNoor Abernathy-Sole, policy director, Open Wire Foundation\n\nNoor leads the foundation's work on surveillance law and previously worked as a public defender.\n\nRegistration is free but places are limited.", id="bios_event"),
        pytest.param("Open letter to the Minister for Digital Affairs\n\nDear Minister,\n\nWe write as researchers to urge you not to require client-side scanning of encrypted messages. Such scanning would create a vulnerability that criminals and hostile states would exploit.\n\nYours sincerely,\n\nProfessor Annika Wren, chair of computer security, Dunmore University\n\nProfessor Wren signs in a personal capacity and her views are not those of the university.\n\nDr Tomasz Pilecki, lecturer in cryptography, Eastfield College\n\nDr Pilecki signs in a personal capacity and his views are not those of the college.", id="letter_signatures"),
        pytest.param("Annual report 2024: Secure Channels Trust\n\nThe Trust campaigns for strong encryption for everyone, everywhere.\n\nOur trustees\n\nMarisol Fenwick-Adeyemi, chair, former chief information officer at Keswick Bank\n\nMarisol joined the board in 2019 and became chair in 2022. She leads our fundraising committee.\n\nTobias Lindqvist, treasurer, partner at Hale & Stroud LLP\n\nTobias is a chartered accountant with twenty years of experience in the charity sector.\n\nOur accounts are audited by an independent firm.", id="board_list"),
        pytest.param("Hidden harms: a report on abuse in encrypted messaging\n\nThis report draws on calls to our helpline in 2024. Names have been changed.\n\nAmina Yusuf, 15, student, Leeds\n\nAmina was contacted by a man who moved their conversation to an encrypted app, where he asked her for images.\n\nJosh Pearce, 13, pupil, Cardiff\n\nJosh was blackmailed by a group who used an encrypted chat to share the images they had taken from him.\n\nIn both cases the platform could not see the abuse.", id="case_studies_plain"),
        pytest.param("Where the fight over encryption stands\n\nGovernments on three continents are weighing rules that would affect encrypted messaging. Here is where things stand.\n\nThe UK: Ofcom is consulting on guidance that could require platforms to use accredited scanning technology.\n\nThe EU: negotiations on the child sexual abuse regulation have stalled over whether encrypted services must be scanned.\n\nThe US: the EARN IT Act has been reintroduced, and critics say it would expose providers to lawsuits if they offer encryption.\n\nWe will update this page as things change.", id="jurisdiction_roundup"),
        pytest.param("This week in encryption\n\nA busy week for anyone who follows the fight over private messaging. Here is what happened.\n\nThe GOOD NEWS: the Senate committee dropped the clause that would have required scanning of encrypted messages.\n\nThe BAD NEWS: the House version of the bill still contains it, and the two versions must now be reconciled.\n\nWe will keep you posted.", id="good_news_bad_news"),
        pytest.param("Review: the new Parlo app\n\nParlo promises private messaging for families. We tested it for a month.\n\nThe GOOD: every chat is end-to-end encrypted by default, and the app is easy to use.\n\nThe BAD: backups are not encrypted unless you switch the option on, which most parents will not do.\n\nThe VERDICT: a strong choice for privacy, with one setting you should change on day one.", id="the_verdict_review"),
        pytest.param("Frequently asked questions about the Secure Chat Act\n\nDOES THE ACT BAN END TO END ENCRYPTION:\n\nNo. The Act does not ban encryption, but it lets the regulator require providers to use accredited technology to find abuse material.\n\nWHO WILL DECIDE WHICH TECHNOLOGY IS ACCREDITED:\n\nThe Secretary of State will accredit technology on the advice of the regulator.", id="faq_caps_question_7words"),
    ],
)
def test_biographies_signatures_contacts_and_run_in_headings_are_no_turns(rules, text):
    assert quote_names(text, rules) == []


def test_a_media_contact_block_of_name_and_role_lines_is_no_round_up(rules):
    text = "Cipherline backs Senate amendment protecting encrypted messaging\n\nWASHINGTON, 3 June 2025 — Cipherline today welcomed the Senate amendment that bars agencies from ordering providers to break encryption.\n\n“This amendment keeps millions of people safe from criminals and spies,” said Renata Okonkwo-Bell, general counsel at Cipherline.\n\nMedia contact\n\nRenata Okonkwo-Bell, general counsel, Cipherline\n\nRenata is available for interview on Tuesday and Wednesday; please book through the press office.\n\nJasper Quayle, head of communications, Cipherline\n\nJasper can provide background briefings on the amendment and on Cipherline's technical design."
    assert quote_names(text, rules) == ["Renata Okonkwo-Bell"]
    assert label_at(text, rules, "Renata is available") == "body"


def test_a_publications_initials_label_is_its_interviewer_and_the_described_founder_answers(rules):
    text = (
        "Harbour Tech Review | Interviews\n\n"
        "'We scan nothing we cannot explain': Brightlock's Imre Vasaros-Kent\n\n"
        "The founder of the on-device matching firm talks to Odile Ferrand-Mbeki about regulators and errors.\n\n"
        "HTR: Your product checks photos on the phone before they are encrypted. Is that not a backdoor?\n\n"
        "Imre: No. It compares a fingerprint with a published list and reports nothing else.\n\n"
        "HTR: Who decides what goes on the list?\n\n"
        "Imre: An independent board, audited every year."
    )
    names = quote_names(text, rules, publisher="Harbour Tech Review")
    assert names == ["Odile Ferrand-Mbeki", "Imre Vasaros-Kent", "Odile Ferrand-Mbeki", "Imre Vasaros-Kent"]


GOVERNMENT_SPEECH_PAGE = (
    "Skip to main content\n\n"
    "Home  \u203a  Policing  \u203a  Online safety\n\n"
    "Speech\n"
    "Minister Okonjo-Friis's speech to the Northern Policing Summit\n\n"
    "The Minister for Justice set out what the Government expects of messaging services before they encrypt by default.\n\n"
    "From:\n"
    "Ministry of Justice and Sigrun Okonjo-Friis MP\n"
    "Published\n"
    "4 May 2025\n"
    "Delivered on:\n"
    "4 May 2025 (Original script, may differ from delivered version)\n\n"
    "Sigrun Okonjo-Friis, Minister for Justice, at the Northern Policing Summit, Corrie Hall, Lathmoor.\n\n"
    "Check against delivery\n\n"
    "Good morning, and thank you, Chief Constable, for that kind introduction. It is a privilege to speak to people "
    "who keep our communities safe every day and every night.\n\n"
    "This Government supports strong encryption. But a service that cannot see abuse cannot report it, and the "
    "reports that companies send today are how most of these children are found.\n"
)


def test_a_government_speech_page_with_its_details_on_separate_lines_is_the_ministers_speech(rules):
    text = GOVERNMENT_SPEECH_PAGE
    assert [label_at(text, rules, line) for line in (
        "Minister Okonjo-Friis's", "The Minister for Justice set out", "From:", "Ministry of Justice and", "Published",
        "Delivered on:", "4 May 2025 (Original", "Sigrun Okonjo-Friis, Minister", "Check against", "Good morning",
        "This Government")] == [
        "headline", "headline", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "lead",
        "boilerplate", "quote", "quote"]
    assert set(quote_names(text, rules)) == {"Sigrun Okonjo-Friis"}


def test_a_speech_titled_with_the_speakers_name_is_theirs_when_no_line_under_it_names_them(rules):
    text = ("Speech\nMinister Okonjo-Friis's speech to the Northern Policing Summit\n\n"
            "Delivered on: 4 May 2025\n\n"
            "Good morning, and thank you, Chief Constable, for that kind introduction. It is a privilege to speak to "
            "people who keep our communities safe every day and every night.\n\n"
            "This Government supports strong encryption, and it expects companies to keep finding abuse.\n")
    assert label_at(text, rules, "Minister Okonjo-Friis's") == "headline"
    assert quote_names(text, rules) == ["Okonjo-Friis", "Okonjo-Friis"]


def test_check_against_delivery_inside_a_page_is_furniture(rules):
    text = ("Speeches\n\nSpeech by the Commissioner, Dr Ilse Marrack-Doyle, to the Privacy Forum\n\n"
            "Check against delivery\n\n"
            "Thank you all for coming. Encryption keeps the records we hold safe from the people who would misuse them.\n")
    assert label_at(text, rules, "Check against delivery") == "boilerplate"


@pytest.mark.parametrize("line", [
    "Evidence from the Harrowgate Police shows that referrals fell by 38 per cent in 2025, the year two apps encrypted by default.",
    "Evidence from messages should come from people who took part in the chat, given voluntarily.",
])
def test_a_finding_that_opens_with_evidence_from_is_no_speech_header(rules, line):
    text = ("Committee report\n\nThe committee tabled its report on encrypted messaging today.\n\nKey findings\n\n"
            f"\u2022 {line}\n\u2022 The Committee was not persuaded that scanning can be deployed safely.\n")
    assert label_at(text, rules, line) == "body"
    assert quote_names(text, rules) == []


@pytest.mark.parametrize("title", [
    "Minister Okonjo-Friis's speech to police chiefs, line by line",
    "Minister Okonjo-Friis's speech to police chiefs: what she got wrong about encryption",
])
def test_a_page_about_a_speech_is_the_writers_report_not_the_speech(rules, title):
    text = (f"{title}\n\nBy Jo Smith, Technology correspondent\n\n"
            "The Minister told the police chiefs that the plans would let abusers operate with impunity, but experts say "
            "the figures she used do not add up.\n\nShe also attacked the technology companies.\n")
    assert label_at(text, rules, "Minister Okonjo-Friis's") == "headline"
    assert quote_names(text, rules) == []


def test_a_correspondents_byline_under_a_speech_title_names_no_speaker(rules):
    text = ("Minister Okonjo-Friis's speech to the Northern Policing Summit\n\nBy Jo Smith, Technology correspondent\n\n"
            "Good morning, and thank you for having me. This Government supports strong encryption.\n")
    assert label_at(text, rules, "By Jo Smith") == "boilerplate"
    assert "Jo Smith" not in quote_names(text, rules)


@pytest.mark.parametrize("field, value, expected", [
    ("Updated", "This statement was amended on 5 March 2025 to correct the date of the vote.", "note"),
    ("Location", "The arrests took place in Leeds.", "body"),
    ("From", "\u201cAnyone with information should call us,\u201d she added.", "body"),
    ("Published", "4 March 2025", "boilerplate"),
    ("Updated", "5 March 2025: this statement was amended to correct the date of the vote.", "body"),
    ("Published", "4 March 2025 was the day the Minister said encryption must end.", "body"),
    ("From", "London to Brussels, the fight for encryption", "headline"),
])
def test_a_lone_field_label_takes_only_a_value_of_its_kind_as_furniture(rules, field, value, expected):
    text = ("Police warn parents about encrypted apps\n\nDetective Inspector Jo Roe said officers had arrested two men after "
            f"a long investigation.\n\n{field}\n{value}\n\nOfficers arrested two men on Tuesday after a long investigation "
            "into a group that shared abuse material on an encrypted app, police said today in a statement.\n")
    assert label_at(text, rules, value) == expected


def test_a_speech_title_with_a_subtitle_after_a_colon_is_still_the_speech(rules):
    text = ("Minister Okonjo-Friis's speech at the Cyber Forum: how we keep the public safe\n\nCheck against delivery\n\n"
            "Good morning everyone. It is a pleasure to be here today to talk about how we keep the public safe in a "
            "world where more of our lives are lived online.\n\nEncryption without safeguards blinds the police.\n")
    assert [label_at(text, rules, line) for line in ("Minister Okonjo-Friis's", "Check against", "Good morning")] == [
        "headline", "boilerplate", "quote"]
    assert set(quote_names(text, rules)) == {"Okonjo-Friis"}


def test_an_editor_giving_a_speech_is_its_speaker(rules):
    text = ("Speech to the Society of Newsroom Editors\n\nBy Jo Roe, Managing Editor of the Daily Ledger\n\n"
            "Thank you for having me. Our reporters rely on encrypted apps to keep their sources safe, and I will not "
            "apologise for that.\n")
    assert quote_names(text, rules) == ["Jo Roe"]


def test_evidence_submitted_by_a_body_is_that_bodys_text(rules):
    text = ("Evidence submitted by Lanternpost Rights Group (OSB0123)\n\n1. Summary\n\n"
            "1.1 We urge the Committee to protect end-to-end encryption, which keeps millions of people safe online.\n")
    assert [org for _, _, org in quote_speakers(text, rules)] == ["Lanternpost Rights Group"]


def test_hansard_turns_whose_label_has_a_surname_particle_are_that_members(rules):
    text = ("Official Report\n\nCommunications Bill\n\nNew Clause 4\n\nMr Anwar bin Yusof (Eastgate) (Green)\n\n"
            "I beg to move, That the clause be read a Second time.\n\n"
            "Mr bin Yusof: New clause 4 is short. It says that nothing in this Bill may be used to weaken encryption.\n\n"
            "Ms Harriet Quayle (Lowmoor) (National)\n\nWill the hon. Gentleman give way?\n\n"
            "Mr bin Yusof: I will.\n\n"
            "Ms Quayle: Does he accept that abusers use encrypted apps to hide?\n\n"
            "Mr bin Yusof: I accept that abusers use every tool, but we do not fit every car with a camera.\n")
    names = quote_names(text, rules)
    assert names[-3:] == ["Anwar bin Yusof", "Harriet Quayle", "Anwar bin Yusof"]


def test_an_faq_under_a_post_that_quotes_someone_it_spoke_to_is_the_publishers_own(rules):
    text = ("Private by default in Northern Meridia\n\n"
            "Starting this week, every chat on Lumapost is end-to-end encrypted by default across the region.\n\n"
            "We have been building toward this for three years.\n\n"
            "Amaru Quispe-Lind, who runs a hotline for journalists, put it this way when we spoke to her in June:\n\n"
            "\u201cThe women who call us are worried that someone else will read their messages.\u201d\n\n"
            "Questions we hear\n\n"
            "Can Lumapost still help the police?\n\n"
            "Yes. We can still provide account information in response to valid legal process.\n\n"
            "What happens to my chat backups?\n\n"
            "Backups are now encrypted with a key that only you hold.\n\n"
            "Will this make the app slower?\n\n"
            "No. Encryption happens on your phone and takes a few milliseconds per message.\n")
    assert quote_names(text, rules) == ["Amaru Quispe-Lind"]
    assert label_at(text, rules, "Yes. We can still") == "body"


def test_a_line_of_figures_led_by_a_body_with_a_particle_stays_inside_the_turn(rules):
    text = ("Press conference on encrypted messaging, 4 March\n\nChair: Welcome everyone. The Commissioner will take "
            "questions.\n\nCommissioner Jo Roe: Thank you. Last year our partners reported the following referrals:\n\n"
            "Polizia di Stato: 1,204 referrals, most from unencrypted services.\n\nGuardia di Finanza: 310 referrals.\n\n"
            "Chair: Thank you, Commissioner. First question.\n\nReporter: Will end-to-end encryption reduce these numbers?\n\n"
            "Commissioner Jo Roe: Yes, we expect referrals to fall sharply once messages are encrypted by default.\n")
    assert [label_at(text, rules, line) for line in ("Polizia di Stato", "Guardia di Finanza")] == ["quote", "quote"]
    assert "Polizia di Stato" not in quote_names(text, rules)


def test_a_hearings_label_with_a_particle_surname_is_the_witness_named_in_full(rules):
    text = ("Committee hearing on encrypted communications\n\n"
            "Witnesses: Liesbeth van der Brugge, Director, Open Keys Institute; Anwar bin Harith, Head of Policy, Lumapost\n\n"
            "Chair: Welcome. Ms van der Brugge, please begin.\n\n"
            "Ms van der Brugge: Clause 4 asks a provider to produce messages it cannot read.\n\n"
            "Mr bin Harith: If the Bill passes, we would have to choose between rebuilding our encryption and leaving.\n\n"
            "Ms van der Brugge: Telephone interception worked because the telephone company could hear the call.\n")
    assert quote_names(text, rules)[1:] == ["Liesbeth van der Brugge", "Anwar bin Harith", "Liesbeth van der Brugge"]


def test_an_interview_announced_just_above_its_questions_is_the_interviewees(rules):
    text = ("The lab that listens\n\nThe building is quiet on a Tuesday morning.\n\n"
            "Researchers come and go between the two floors the lab has rented since 2019.\n\n"
            "Downstairs, a whiteboard lists the week's disclosure deadlines.\n\n"
            "We spoke to Marisa Okonkwo-Lind, who directs the lab, about encryption.\n\n"
            "Why does encryption matter to your work?\n\nWithout it, our sources can be exposed.\n\n"
            "Would scanning change that?\n\nIt would turn every phone into a device that reports on its owner.\n\n"
            "What should governments do instead?\n\nInvest in targeted investigations.\n")
    assert quote_names(text, rules) == ["Marisa Okonkwo-Lind"] * 3


def test_a_short_title_above_news_provided_by_stays_the_headline(rules):
    text = ("Encryption Pledge\nNews provided by\nLumapost, Inc.\nMar 04, 2025, 08:00 ET\n\n"
            "ORVALE, March 4, 2025 /Pressfeed/ -- Lumapost, Inc. today pledged to keep end-to-end encryption on by default "
            "for every account, whatever governments ask.\n")
    assert label_at(text, rules, "Encryption Pledge", "Lumapost, Inc.") == "headline"


def test_an_interviews_label_that_opens_with_a_capitalised_particle_is_the_interviewee(rules):
    text = ("\u2018Encryption is not the enemy\u2019\n\nInterview by Priya Lanternby\n\n"
            "Ysolde de la Pradera became information commissioner in 2022. We spoke to her in her office.\n\n"
            "Lanternby: Your opinion says the scanning orders are unlawful. Why?\n\n"
            "De la Pradera: Because they are not targeted. A detection order would sweep in every user.\n\n"
            "Lanternby: The police say abuse will go unseen.\n\n"
            "De la Pradera: They are not wrong about that, and I want to be clear about it.\n")
    names = quote_names(text, rules)
    assert [names[1], names[3]] == ["Ysolde de la Pradera", "Ysolde de la Pradera"]


def test_a_papers_name_that_opens_with_a_particle_is_no_turn_label(rules):
    text = ("What the papers say\n\nBelgian papers were split on the encryption bill this morning.\n\n"
            "De Standaard: the paper backed the bill and called encryption a shield for criminals.\n\n"
            "De Morgen: the paper warned that scanning would make every phone a spy.\n")
    assert quote_names(text, rules) == []


def test_initials_labels_stand_for_the_ranked_person_the_introduction_names(rules):
    text = ("INTERVIEW\n\nLocked phones for officers? Ch Insp Nomvula Thabethe on the encryption dilemma\n\n"
            "The Federation's lead for officer safety tells Imogen Ardsley-Vane why she wants every member on an "
            "encrypted app.\n\n"
            "IAV: What did the survey find?\n\n"
            "NT: Of 3,214 officers who answered, 612 said their home address had been shared online.\n\n"
            "IAV: And your answer is encryption?\n\n"
            "NT: Part of it. We are telling every member to move family groups onto an encrypted app.\n")
    assert set(quote_names(text, rules)) == {"Imogen Ardsley-Vane", "Nomvula Thabethe"}


@pytest.mark.parametrize("introduced, label, expected", [
    ("Former Home Secretary Amaryllis Rudge", "AR", "Amaryllis Rudge"),  # three title words, then the name
    ("Data Protection Commissioner Helka Dixley", "HD", "Helka Dixley"),
])
def test_initials_labels_stand_for_the_name_after_several_title_words(rules, introduced, label, expected):
    text = (f"INTERVIEW\n\nWe spoke to {introduced} about encryption.\n\n"
            f"Q: Does scanning break encryption?\n\n{label}: Yes, it does, whatever its makers say.\n\n"
            f"Q: And lawful access?\n\n{label}: That is a harder question.\n")
    assert expected in quote_names(text, rules)


def test_an_ama_with_dashed_question_and_answer_labels_gives_each_turn_its_asker_and_answerer(rules):
    text = ("\u201cAsk me anything\u201d: our privacy engineer on scanning\n\n"
            "Last week Idris bin Saifudin, a privacy engineer on our cryptography team, answered questions for three hours.\n\n"
            "Q \u2014 u/latchkey_lemur:\nWill you scan messages if the directive passes?\n\n"
            "A \u2014 Idris:\nNo. We cannot scan message content without building a way to read it.\n\n"
            "Q \u2014 u/porchlight_mum:\nIsn't that choosing privacy over kids?\n\n"
            "A \u2014 Idris:\nI am sorry about your niece. A scanner in every inbox sees everyone's messages.\n")
    assert quote_names(text, rules) == ["u/latchkey_lemur", "Idris bin Saifudin", "u/porchlight_mum", "Idris bin Saifudin"]


def test_an_faqs_dashed_answer_words_are_no_speakers(rules):
    text = ("Encryption FAQ\n\nOur answers to the questions we hear most.\n\n"
            "Q \u2014 Why: do you encrypt every chat by default?\n\n"
            "A \u2014 No: we do not scan messages, and we will not build a way to.\n\n"
            "Q \u2014 2023: what changed that year?\n\n"
            "A \u2014 Short Answer: we switched encryption on for groups.\n")
    assert quote_names(text, rules) == []


def test_a_label_in_capitals_with_a_hyphened_particle_is_the_member_named_in_full(rules):
    text = ("Senate floor debate, SB 412\n\nThe amendment was moved by Senator Yusuf al-Masri of the Fourteenth District.\n\n"
            "SENATOR AL-MASRI: Thank you, Mr. President. Section 9 would require scanning of every message.\n\n"
            "SENATOR PARNELL: Will the Senator yield?\n\nSENATOR AL-MASRI: I yield.\n")
    assert quote_names(text, rules) == ["Yusuf al-Masri", "Parnell", "Yusuf al-Masri"]


@pytest.mark.parametrize("members", ["Senators Dumaresq, McAlinden (Chair), Pellow",
                                     "Senators McAlinden (Lab, Chair), Dumaresq, Pellow"])  # a comma inside brackets
def test_chair_is_the_member_marked_chair_in_a_list_under_one_plural_title(rules, members):
    text = ("COMMITTEE HANSARD\n\nSENATE LEGAL AND SECURITY COMMITTEE\nEstimates: Home Affairs Portfolio\n\n"
            f"WEDNESDAY, 22 OCTOBER 2025\n\nMembers in attendance: {members}\n\n"
            "Committee met at 09:02\n\n"
            "CHAIR: I declare open this hearing. Senator Pellow, you have the call.\n\n"
            "Senator PELLOW: Thank you, Chair. What has encryption meant for your referrals?\n\n"
            "CHAIR: Thank you. We will suspend for morning tea.\n")
    names = quote_names(text, rules)
    assert names[0] == names[-1] == "McAlinden"


@pytest.mark.parametrize("name", ["Harun Mahadi", "Harun bin Mahadi"])
def test_a_name_given_in_an_offices_brackets_labels_the_same_persons_later_turns(rules, name):
    text = (f"Communications Safety Bill\n\nThe Minister for Home Affairs ({name}):\n\nI beg to move, That the clause be read "
            "a Second time.\n\nPriya Ravindran-Holt (Seabright) (Ind):\n\nWill the Minister confirm the phrase?\n\n"
            f"{name}:\n\nThe honourable Member has put her finger on exactly the problem.\n\nQuestion put and agreed to.\n")
    assert [s[0] for s in quote_speakers(text, rules)] == [name, "Priya Ravindran-Holt", name]


def test_a_seat_in_a_members_brackets_makes_no_later_line_a_turn(rules):
    text = ("Debate record\n\nDep. Jo Roe (Rio de Janeiro):\n\nI support the bill.\n\nDep. Sam Poe (Sao Paulo):\n\nI oppose it.\n\n"
            "Poll results by state\n\nRio de Janeiro: 45 per cent in favour\n\nSao Paulo: 38 per cent in favour\n")
    assert "Rio de Janeiro" not in [s[0] for s in quote_speakers(text, rules)]


def test_a_clip_cue_in_brackets_gives_the_paragraph_under_it_to_the_speaker_it_names(rules):
    text = ("KINVARRA COMMUNITY RADIO \u2014 NEWSROOM SCRIPT\n\nSTORY 1: PCC LETTER TO NESTWIRE\n\n"
            "The Commissioner has written to Nestwire. But Professor Tendai Mkandawire says it cannot be built safely.\n\n"
            "[CLIP: MKANDAWIRE / DUR 0'19\" / IN: 'A route for police...' / OUT: '...every one of us.']\n\n"
            "A route for police is a route. Anywhere you keep a second key, it can be stolen from every one of us.\n\n"
            "STORY 2: BIN COLLECTIONS\n\nGreen bin collections move to Thursday.\n")
    assert label_at(text, rules, "[CLIP") == "boilerplate"
    assert quote_names(text, rules) == ["Tendai Mkandawire"]


@pytest.mark.parametrize("under", ["That was Tendai Mkandawire speaking earlier today.",
                                   "Sam Lee said: \u201cThe bill is unlawful.\u201d"])
def test_a_back_announce_or_someone_elses_words_under_a_clip_cue_are_not_the_clip(rules, under):
    text = ("NEWSROOM SCRIPT\n\nSTORY 1: PCC LETTER\n\nProfessor Tendai Mkandawire says it cannot be built safely.\n\n"
            f"[CLIP: MKANDAWIRE / DUR 0'19\" / IN: 'A route...' / OUT: '...of us.']\n\n{under}\n\nSTORY 2: BINS\n\nBins move.\n")
    assert "Tendai Mkandawire" not in quote_names(text, rules)


def test_the_magazines_own_label_is_the_interviewer_its_byline_names(rules):
    text = (
        "Interview\n\nThe backdoor I was asked to build\n\n"
        "Interview by Aurelio Bassani | August 2025 issue\n\n"
        "Ruud van der Klip designed cryptography for eleven years. Our conversation has been edited.\n\n"
        "Loomwright: You spent a decade inside a spy agency. Why are you now against it?\n\n"
        "Van der Klip: Because I know what we could do with access.\n\n"
        "Loomwright: Isn't that a slippery-slope argument?\n\n"
        "Van der Klip: It is a description of how these systems grow."
    )
    assert quote_names(text, rules, "Loomwright") == ["Aurelio Bassani", "Ruud van der Klip"] * 2


def test_an_inquiry_records_questions_by_heading_and_a_witness_affirmed_in_brackets_name_the_q_and_a_turns(rules):
    text = (
        "Transcript of public hearing, Day 23\n\nCounsel to the Inquiry: Callum Drummond-Yeo KC\n\n"
        "MR DRUMMOND-YEO: Chair, the next witness is Detective Superintendent Ada Vlugt.\n\n"
        "THE CHAIR: Thank you.\n\n"
        "DETECTIVE SUPERINTENDENT ADA VLUGT (affirmed)\n\n"
        "Questions by MR DRUMMOND-YEO\n\n"
        "Q. You lead the investigations team. Is that right?\n\n"
        "A. That's right, since 2021.\n\n"
        "Q. Why could you not read the messages?\n\n"
        "A. Because the app is end-to-end encrypted."
    )
    names = quote_names(text, rules)
    assert [normalise_name(n) for n in names[2:]] == ["callum drummond yeo", "ada vlugt"] * 2
    assert label_at(text, rules, "DETECTIVE SUPERINTENDENT ADA VLUGT") == "lead"


def test_a_sentence_that_starts_questions_by_is_no_examination_heading(rules):
    text = ("IN THE HIGH COURT\n\nJO ROE, sworn\n\nExamination by MR SMITH\n\nQ. Did you read the messages?\n\nA. Yes.\n\n"
            "Questions by the press were not allowed.\n\nQ. Why not?\n\nA. It was closed.\n")
    assert quote_names(text, rules)[3] == "Mr Smith"  # "Why not?"


def test_a_speech_pages_note_on_what_it_prints_keeps_the_header_that_names_the_speaker(rules):
    text = (
        "National Security Adviser's speech to the Corvanth Cyber Summit\n\n"
        "From: Office of the National Security Adviser | Published 3 February 2026\n\n"
        "This extract covers the part of the speech on encrypted communications; the sections on ransomware are "
        "published separately.\n\n"
        "Vasanthi Tennakoon, National Security Adviser, Corvanth Cyber Summit, Port Seravin, 3 February 2026\n\n"
        "Let me turn to encryption, because I know it is the subject many of you came to hear about. This Government "
        "believes in strong encryption.\n\nBut encryption has to be responsibly managed."
    )
    assert quote_names(text, rules) == ["Vasanthi Tennakoon"] * 2
    assert label_at(text, rules, "This extract covers") == "note"



def test_an_emails_sent_field_is_no_speakers_label_among_released_e_mails(rules):
    """Three released e-mails, one from a named Director: "Sent: 4 November 2024 09:12" stays furniture."""
    text = (
        'Re: Request for information – correspondence on end-to-end encryption in messaging services\n'
        '\n'
        'Thank you for your request of 12 February 2025, in which you asked for copies of e-mails exchanged between officials of the Online Harms Policy Division between 1 October and 31 December 2024 that mention end-to-end encryption.\n'
        '\n'
        'We have located 23 e-mails that fall within the scope of your request. Four of them are released in part below. The remaining 19 are withheld in full under section 31(2)(b) of the Access to Official Information Act 2019 (formulation of government policy), for the reasons given in Annex A.\n'
        '\n'
        'Names and contact details of officials below Director level have been replaced with [REDACTED] under section 38 (personal information).\n'
        '\n'
        'E-mail 1\n'
        'From: [REDACTED], Senior Policy Adviser, Online Harms Policy Division\n'
        'Sent: 4 November 2024 09:12\n'
        'To: [REDACTED]; [REDACTED]\n'
        'Subject: Lines – Calyx Chat rollout\n'
        '\n'
        "Colleagues – ahead of Thursday, a first go at lines on Calyx Chat's announcement that it will switch on end-to-end encryption by default in January.\n"
        '\n'
        'My view is that we cannot simply welcome it. The Child Exploitation Referral Centre told us last month that Calyx accounted for 3,140 of the referrals it passed to forces in 2023-24, and that most of those began with content the company could see. Once the rollout is complete, that route closes, and we should say so plainly.\n'
        '\n'
        'E-mail 2\n'
        'From: [REDACTED], Legal Adviser, Office of the Solicitor\n'
        'Sent: 5 November 2024 14:47\n'
        'To: [REDACTED]\n'
        'Cc: Rasha al-Nuaimi\n'
        'Subject: RE: Lines – Calyx Chat rollout\n'
        '\n'
        "I would caution against any line that implies the Ministry can make Calyx reverse course. Section 14 of the Online Services (Safety) Act 2023 gives us no power to direct a provider's choice of encryption.\n"
        '\n'
        "More to the point, the Cyber Resilience Directorate's own guidance still tells departments to use end-to-end encrypted messaging for sensitive work, because it protects officials from interception by hostile states. Lines that call encryption a danger in itself would sit very badly with that advice.\n"
        '\n'
        'E-mail 3\n'
        'From: Rasha al-Nuaimi, Director, Online Harms Policy Division\n'
        'Sent: 5 November 2024 17:03\n'
        'To: [REDACTED]; [REDACTED]\n'
        'Subject: RE: RE: Lines – Calyx Chat rollout\n'
        '\n'
        "Thanks both. Let's go with a line that welcomes stronger privacy for users but says we expect Calyx to show how it will keep detecting abuse before January. I will take the final lines to the Minister's office on Wednesday.\n"
        '\n'
        ''
    )
    names = [name for name, role, org in quote_speakers(text, rules)]
    assert "Sent" not in names
