"""An agreement reached or signed with words between the verb and the accord (helpers/extract/incidents/reached.py,
read by nonevents.other_use). Minimal pairs on the rule and through the trigger table."""

from helpers.extract.incidents.nonevents import other_use
from helpers.extract.incidents.reached import without_accord
from helpers.extract.incidents.vocabulary import trigger_table
from helpers.text.normalize import normalize_letters


def _no_accord(sentence: str, verb: str) -> bool:
    norm = normalize_letters(sentence)
    start = norm.index(normalize_letters(verb))
    return without_accord(norm, (0, len(norm)), trigger_table()[normalize_letters(verb)], (start, start + len(verb)))


def test_an_accord_reached_after_its_parties_is_an_agreement_and_a_result_reached_is_not():
    assert not _no_accord("وتوصلت جماعة فيلق الرحمن، وهي الجماعة الرئيسية في عربين، لاتفاق يوم الجمعة.", "توصلت")
    assert _no_accord("وتوصلت اللجنة إلى نتيجة مفادها أن الاتفاق انهار.", "توصلت")


def test_a_draft_accord_is_an_accord():
    assert not _no_accord(
        "أعلن الجيش عن توصل أطراف الصراع في جنوب السودان لمسودة اتفاق بشأن الترتيبات الأمنية.", "توصل"
    )


def test_an_accord_signed_after_its_day_is_an_agreement_and_clashes_that_occurred_are_not():
    assert not _no_accord("وكانت الأطراف قد وقعت في 11 يوليو الماضي بالأحرف الأولى على اتفاق سلام.", "وقعت")
    assert _no_accord("وقعت اشتباكات بين الجيش والمسلحين في درنة.", "وقعت")
    assert _no_accord("وقعت اشتباكات بين الجيش والمسلحين في درنة على اتفاق التهدئة.", "وقعت")  # an act between


def test_an_accord_of_fighters_is_of_war_and_of_a_company_is_not():
    fighters = normalize_letters("وتوصلت الجماعة في عربين لاتفاق يسلم بموجبه المقاتلون المنطقة للحكومة.")
    company = normalize_letters("وتوصلت شركة أرامكو في هولندا لاتفاق يقضي باستحواذها على حصة الشركة الألمانية.")
    for norm, business in ((fighters, False), (company, True)):
        start = norm.index("توصلت")
        assert other_use(norm, (0, len(norm)), trigger_table()["توصلت"], (start, start + 5)) is business


def test_the_definite_masdar_leaves_the_accord_to_its_own_trigger():
    assert _no_accord("وأعلنت الحركة التوصل، برعاية مصر، إلى اتفاق لوقف اطلاق النار بين الفصائل وإسرائيل.", "توصل")
    assert not _no_accord("وأعلنت الحركة عن توصل الفصائل، برعاية مصر، إلى اتفاق لوقف اطلاق النار.", "توصل")


def test_an_accord_signed_after_its_parties_is_an_agreement_and_an_act_days_after_an_accord_is_not():
    assert not _no_accord("وقعت الحكومة والحركة الشعبية في جوبا على اتفاق سلام.", "وقعت")
    assert _no_accord("وقعت الحادثة بعد يومين على اتفاق وقف إطلاق النار بين الجيش والمتمردين.", "وقعت")
    assert _no_accord("وقعت المدينة في أيدي المسلحين بعد مرور ثلاثة أيام على اتفاق الهدنة.", "وقعت")
