"""عمان: Oman (the country) or Amman (Jordan's capital), as minimal pairs through the places component."""

from helpers.extract import pipeline


def amman_or_oman(text: str) -> str:
    (article,) = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))
    return next(m.place.name_en for m in article.places if m.surface.endswith("عمان"))


def test_the_jordanian_capital_is_amman_and_the_sultanate_is_oman():
    assert amman_or_oman("تظاهر المئات في العاصمة الأردنية عمان مساء السبت.") == "Amman"
    assert amman_or_oman("تظاهر المئات في سلطنة عمان مساء السبت.") == "Oman"


def test_a_nationality_adjective_right_before_the_name_decides():
    assert amman_or_oman("وصل الوفد إلى العاصمة الأردنية عمان.") == "Amman"
    assert amman_or_oman("وصل الوفد إلى العاصمة العمانية مسقط بعد زيارة عمان.") == "Oman"


def test_a_jordan_story_reads_amman_and_a_gulf_story_oman():
    assert amman_or_oman("تظاهر المئات في عمان ضد قانون أقرته الحكومة الأردنية.") == "Amman"
    assert amman_or_oman("زار الوزير عمان ثم توجه إلى مسقط.") == "Oman"


def test_without_any_cue_the_name_stays_the_country():
    assert amman_or_oman("وقعت قطر وعمان اتفاقا.") == "Oman"
