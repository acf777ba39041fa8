from tests.rules.segment_helpers import label_at, quote_names

ROUNDUP = (
    "Expert reaction: Encrypted Services Bill\n\n"
    "The Government today introduced a Bill on messaging. Our experts comment below.\n\n"
    "Professor Sela Havea, Professor of Cyber Security, School of Computing\n\n"
    "The Bill says it will not require a systemic weakness. We have seen scanners fooled by altered images for years.\n\n"
    "Conflict of interest statement: none declared.\n\n"
    "Associate Professor Lu Haoyu, Criminology, School of Social Sciences\n\n"
    "In our analysis of 1,140 prosecutions, 71 per cent involved a move to an encrypted app at some point.\n\n"
    "I support strong encryption, but the Bill is a reasonable attempt.\n\n"
    "Conflict of interest statement: Professor Lu advises the police.\n\n"
    "Media contact: press@talliwang.example"
)


def test_each_expert_named_on_a_line_of_their_own_speaks_the_paragraphs_under_it(rules):
    assert quote_names(ROUNDUP, rules) == ["Sela Havea", "Lu Haoyu", "Lu Haoyu"]
    assert label_at(ROUNDUP, rules, "Associate Professor Lu Haoyu") == "lead"
    assert label_at(ROUNDUP, rules, "Conflict of interest statement: Professor Lu") == "note"


def test_name_lines_above_biographies_in_the_third_person_are_no_comments(rules):
    text = ROUNDUP.replace("The Bill says it will not", "She says the Bill will not").replace(
        "In our analysis of", "He led an analysis of")
    assert quote_names(text, rules) == []
    assert label_at(text, rules, "Associate Professor Lu Haoyu") != "lead"


def test_first_person_biographies_on_a_page_that_gathers_no_comments_stay_the_publishers(rules):
    text = (
        "Our trustees\n\nJo Roe, Chair, Puffin Trust\n\n"
        "I joined the board in 2018 after twenty years in child protection and I chair our safeguarding committee now.\n\n"
        "Sam Lee, Treasurer, Puffin Trust\n\n"
        "I am a chartered accountant and I have looked after our finances since we were founded in 2009 in Leeds."
    )
    assert quote_names(text, rules) == []
