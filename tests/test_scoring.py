"""Scoring helpers: when two speaker records name the same person."""

import pytest

from pipeline.scoring import normalise_name, same_speaker


@pytest.mark.parametrize("name, expected", [
    ("Casimir Otterbourne KC", "casimir otterbourne"),
    ("Dr Jo Roe MP", "jo roe"),
    ("Jo Roe, OBE", "jo roe"),
    ("Jo Kc", "jo kc"),  # a surname in letters that only look like a post-nominal stays
    ("Mrs Justice Polwhele", "polwhele"),  # a judge's style, like a title
    ("Justice Polwhele", "justice polwhele"),
    ("Imam Tariq Roe", "tariq roe"),  # religious and honorific styles, like titles
    ("Alhaji Musa Roe", "musa roe"),
    ("Datuk Seri Aminah Roe", "aminah roe"),
    ("Dato' Seri Aminah Roe", "aminah roe"),
    ("Seri Lee", "seri lee"),  # a given name, not a style
    ("Dra. Begoña Saavedra", "begoña saavedra"),  # academic and professional titles of other traditions
    ("Ing. Tomás de la Barra", "tomás de la barra"),
    ("Atty. Marisol de la Rama", "marisol de la rama"),
    ("Khun Wanida Roe", "wanida roe"),
    ("Datuk Ts. Kamarulzaman bin Roe", "kamarulzaman bin roe"),  # Malaysian technologist's and engineer's titles
    ("Ir. Budi Roe", "budi roe"),
    ("Tsai Ing-wen", "tsai ing wen"),
    ("Irene Roe", "irene roe"),
    ("Mag. Dr. Theresia Roe", "theresia roe"),  # Austrian, German and Czech academic and engineers' titles
    ("Dipl.-Ing. Florian Roe", "florian roe"),
    ("PhDr. Eva Roe", "eva roe"),
    ("dr hab. Agnieszka Roe", "agnieszka roe"),  # a Polish habilitated doctor, in lower case
    ("Dr. iur. Reto Gsponer", "reto gsponer"),  # a degree's parts after the title
    ("lic. phil. Anna Roe", "anna roe"),
    ("Dr. rer. pol. Jo Roe", "jo roe"),
    ("Rt Revd Halvard Lagerkvist", "halvard lagerkvist"),  # a bishop's style
    ("Eng.\u00ba Celso MATSINHE", "celso matsinhe"),  # a Portuguese engineer's title
    ("Ibu Kirana Wulandari", "kirana wulandari"),  # an Indonesian honorific
    ("The Very Revd Jo Roe", "jo roe"),
    ("Very Roe", "very roe"),
    ("Phil Roe", "phil roe"),  # a given name, not a degree's part
    ("Phil. Jones", "phil jones"),  # punctuation goes, the name stays
    ("Cra. Lucia Roe", "lucia roe"),  # a Latin American accountant's title
    ("H.E. Eng. Saif bin Roe", "saif bin roe"),  # His Excellency, then an engineer's title
    ("Me Reda Roe", "reda roe"),  # Maître, a French-speaking lawyer's title
    ("Megan Roe", "megan roe"),
    ("Prof. Avv. Emanuele Roe", "emanuele roe"),  # titles stacked
    ("Rev Dr Jo Roe", "jo roe"),
    ("Rev Canon Erinah Tumwesigye", "erinah tumwesigye"),
    ("Canon Erinah Tumwesigye", "erinah tumwesigye"),
    ("Ingrid Roe", "ingrid roe"),  # a given name that begins like a title stays
    ("Canonbury Roe", "canonbury roe"),
    ("u/teakettle_otter", "teakettle_otter"),  # a forum's prefix before the user name
    ("@rin_audits", "rin_audits"),
    ("Ursula u/Roe", "ursula u roe"),
])
def test_normalise_name_drops_titles_and_post_nominal_letters(name, expected):
    assert normalise_name(name) == expected


def test_a_name_with_post_nominal_letters_is_the_same_speaker_as_without():
    gold = {"name": "Casimir Otterbourne KC", "role": "President", "org": "Bar Council of Tellmere"}
    assert same_speaker(gold, {"name": "Casimir Otterbourne", "role": "President", "org": "Bar Council"})
    assert not same_speaker(gold, {"name": "Casimir Otterby", "role": None, "org": None})
