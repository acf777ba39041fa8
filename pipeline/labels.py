"""Label sets defined by ANNOTATION.md (v1.1): the one place the rest of the package reads them from."""

SEGMENT_LABELS = ("headline", "lead", "quote", "body", "note", "boilerplate")
SENTENCE_STANCES = ("favor", "against", "neutral")
DOC_STANCES = ("favor", "against", "mixed", "neutral")
ROLES = ("harm_claim", "causal_claim", "policy_ask", "evidence")
BODY_TYPES = (
    "law_enforcement",
    "government",
    "regulator",
    "child_protection",
    "technology_company",
    "civil_society",
    "academic",
    "international_body",
    "media",
)
META_FIELDS = ("body", "body_type", "date", "title", "source")

# Layouts of GENRE.md and the hard cases of stance, as tagged on the team's labelled corpus.
LAYOUTS = (
    "lead_runon_quote",  # "Name, Role at ORG, said:" then quote paragraphs closing only on the last
    "verbless_lead",  # "X responds to ..." summary lead with no speech verb
    "quote_then_attribution",  # "...," said Name, role. then "He added:"
    "pull_quote_repeat",  # a pull-quote repeated as its own block, then a "Name, Company" line
    "colon_block_no_marks",  # "X said:" then the speaker's paragraphs without quotation marks
    "attribution_formula",  # "Please attribute ... to", "Below is a comment from", "ORG's full statement:"
    "spokesperson",  # "a spokesperson for ORG said", a government source, an unnamed official
    "editorial_brackets",  # [square] or (round) editorial insertions inside quotes
    "transcript",  # radio or hearing transcript with speaker labels before each turn
    "parliamentary",  # member's name and party, "My Lords,", "I beg to move"
    "testimony",  # written testimony: header block, "Statement for the Record"
    "joint_statement",  # "We, the undersigned ..." with a signatory list
    "open_letter",  # "Dear ...", "Yours sincerely," and signatories
    "blog_post",  # company or organisation blog with headings and bullet lists
    "news_article",  # news copy quoting both sides
    "social_media",  # a short post
    "notes_bulleted",  # notes to editors as a bulleted or numbered list
    "notes_unbulleted",  # notes to editors as plain paragraphs
    "about_org",  # "About ORG" paragraph
    "front_matter",  # FOR IMMEDIATE RELEASE, datelines, STATEMENT:, ENDS, update notes
    "newswire_furniture",  # republishing site's furniture at top and bottom
    "multi_speaker",  # two or more quoted speakers
    "encoding_damage",  # dropped apostrophes, mangled characters
    "straight_quotes",  # "..." quotation marks
    "curly_quotes",  # \u201c...\u201d quotation marks
)
HARD_CASES = (
    "support_but",  # "We support encryption, but ..."
    "favor_concession",  # a concession on the favor side ("abuse is abhorrent, however ...")
    "harm_without_encryption",  # harm paragraphs that never name encryption
    "favor_child_safety",  # favor arguments in child-safety language (or privacy claims against E2EE)
    "opponent_words",  # the other side's words: reported speech, rebuttals, scare quotes
    "hedged_official",  # "only where technically feasible", "responsibly managed encryption"
)

# `stance export --format` choices
EXPORT_FORMATS = ("csv", "parquet", "prodigy", "doccano", "label-studio")
