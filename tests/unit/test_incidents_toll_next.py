"""The dead told in the sentence after an act (helpers/extract/incidents/toll_next.py ``dead_of_act_before``)."""

from types import SimpleNamespace

import pandas as pd

from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS
from helpers.extract.incidents.toll_next import dead_of_act_before
from helpers.text.normalize import normalize_letters


def _article(*sentences: str, places: list | None = None) -> SimpleNamespace:
    text, spans = "", []
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + " "
    return SimpleNamespace(text=text, norm=normalize_letters(text), sentences=spans, places=places or [])


def _row(article: SimpleNamespace, sentence: int, trigger: str, **values: object) -> tuple:
    start = article.text.index(trigger, article.sentences[sentence][0])
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(event_id=f"a:{sentence}:0", article_id="a", sentence_id=sentence, start=start,
                end=start + len(trigger), trigger=trigger, event_type="Battles", sub_event_type="Armed clash",
                action="هجوم", event_date=pd.Timestamp("2018-04-30"), fatalities=None)  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


def _dead(rows: list[tuple]) -> list[object]:
    return [r[COLUMN["fatalities"]] for r in rows]


def test_the_dead_told_in_the_attack_in_the_next_sentence_are_the_attacks():
    article = _article("هاجم مسلحون نقطة تفتيش للجيش.", "وقتل في الهجوم خمسة جنود.")
    attack = _row(article, 0, "هاجم")
    killing = _row(article, 1, "وقتل", action="قتل", fatalities=5, fatalities_text="خمسة جنود")
    assert _dead(dead_of_act_before(article, [attack, killing]))[0] == 5


def test_the_dead_of_another_town_in_the_next_sentence_stay_theirs():
    article = _article("هاجم مسلحون نقطة تفتيش للجيش.", "وفي حماة قتل في الهجوم خمسة جنود.")
    hama = article.text.index("حماة")
    town = SimpleNamespace(start=hama, role="location", place=SimpleNamespace(kind="town"), surface="حماة")
    article.places = [town]
    attack = _row(article, 0, "هاجم")
    killing = _row(article, 1, "قتل", action="قتل", fatalities=5, fatalities_text="خمسة جنود")
    assert _dead(dead_of_act_before(article, [attack, killing])) == [None, 5]


def test_a_passive_killing_with_no_act_of_its_own_is_the_toll_of_the_act_before():
    article = _article(
        "قال المتحدث إن الجيش سيطر على المنطقة.", "وأضاف أن أكثر من مائة من المسلحين قتلوا، بينما سلم آخرون أنفسهم."
    )
    taking = _row(article, 0, "سيطر", action="سيطرة")
    killed = _row(article, 1, "قتلوا", action="قتل", fatalities=100)
    (one,) = dead_of_act_before(article, [taking, killed])
    assert one[COLUMN["fatalities"]] == 100


def test_a_killing_by_a_weapon_of_its_own_is_another_act():
    article = _article("قال المتحدث إن الجيش سيطر على المنطقة.", "وأضاف أن أكثر من مائة من المسلحين قتلوا بقصف جوي.")
    taking = _row(article, 0, "سيطر", action="سيطرة")
    killed = _row(article, 1, "قتلوا", action="قتل", fatalities=100)
    assert _dead(dead_of_act_before(article, [taking, killed])) == [None, 100]


def test_the_other_sides_dead_told_in_the_clashes_are_added():
    article = _article(
        "قتل 25 مقاتلا من المعارضة خلال هجوم على قاعدة.", "وأفاد المرصد بمقتل تسعة من قوات النظام في الاشتباكات."
    )
    killing = _row(article, 0, "قتل", action="قتل", fatalities=25, fatalities_text="25 مقاتلا", fatalities_who="مقاتلا")
    assert _dead(dead_of_act_before(article, [killing])) == [34]


def test_the_same_toll_told_again_is_not_added():
    article = _article("قتل 25 مقاتلا من المعارضة خلال هجوم على قاعدة.", "وأفاد المرصد بمقتل 25 مقاتلا في الاشتباكات.")
    killing = _row(article, 0, "قتل", action="قتل", fatalities=25, fatalities_text="25 مقاتلا", fatalities_who="مقاتلا")
    assert _dead(dead_of_act_before(article, [killing])) == [25]


def test_a_breakdown_of_the_same_fighters_is_not_added():
    article = _article(
        "قتل 390 مقاتلا كرديا خلال أسبوعين من الغارات.", "وقالت إن أربعة من قادة الحزب ونحو 30 متمردا قتلوا في الغارات."
    )
    strikes = _row(article, 0, "الغارات", action="غارة", event_type="Explosions/Remote violence")
    strikes = tuple(390 if n == COLUMN["fatalities"] else "390 مقاتلا" if n == COLUMN["fatalities_text"] else v
                    for n, v in enumerate(strikes))  # fmt: skip
    assert _dead(dead_of_act_before(article, [strikes])) == [390]


def test_the_dead_of_a_raid_are_no_clashs():
    article = _article("اندلعت اشتباكات بين الطرفين.", "وقتل في الغارة خمسة مدنيين.")
    clash = _row(article, 0, "اشتباكات", action="اشتباك")
    assert _dead(dead_of_act_before(article, [clash])) == [None]


def _place(article: SimpleNamespace, surface: str, kind: str, country: str) -> SimpleNamespace:
    start = article.text.rindex(surface)
    return SimpleNamespace(
        start=start, role="location", place=SimpleNamespace(kind=kind, country=country), surface=surface
    )


def test_the_dead_of_another_country_in_the_next_sentence_stay_theirs():
    article = _article("قصفت طائرات حربية مواقع قرب دير الزور.", "وفي العراق، قتل 9 جنود في الهجوم على قاعدة.")
    article.places = [_place(article, "دير الزور", "city", "SY"), _place(article, "العراق", "country", "IQ")]
    strike = _row(article, 0, "قصفت", event_type="Explosions/Remote violence", location="دير الزور")
    assert _dead(dead_of_act_before(article, [strike])) == [None]


def test_the_dead_told_with_the_rows_own_country_are_the_rows():
    article = _article(
        "قصفت طائرات حربية مواقع قرب دير الزور.",
        "وقال المرصد إن تسعة مدنيين قتلوا في الغارات على المدينة الواقعة شرقي سوريا.",
    )
    article.places = [_place(article, "دير الزور", "city", "SY"), _place(article, "سوريا", "country", "SY")]
    strike = _row(article, 0, "قصفت", event_type="Explosions/Remote violence", location="دير الزور")
    assert _dead(dead_of_act_before(article, [strike])) == [9]


def test_a_sentence_opening_on_a_place_the_gazetteer_lacks_is_another_scene():
    article = _article("انفجرت سيارة مفخخة في كابول.", "وفي ولاية هلمند، قتل 6 من رجال الشرطة في الهجوم على مركزهم.")
    bombing = _row(article, 0, "انفجرت", event_type="Explosions/Remote violence", location="كابول")
    assert _dead(dead_of_act_before(article, [bombing])) == [None]


def test_a_sentence_opening_on_the_same_place_keeps_the_dead_with_the_act():
    article = _article("هاجم مسلحون مركزا للشرطة في ملوي.", "وفي المدينة نفسها، قتل في الهجوم ثلاثة من رجال الشرطة.")
    attack = _row(article, 0, "هاجم", location="ملوي")
    assert _dead(dead_of_act_before(article, [attack])) == [3]


def test_the_dead_of_another_day_after_a_that_are_not_the_acts():
    article = _article("اقتحمت قوات الاحتلال مخيم جنين.", "وأشار إلى أن ثلاثة فلسطينيين قتلوا الشهر الماضي.")
    article.events = [("a", 1, None, "الشهر الماضي", "DATE", "2018-03", pd.Timestamp("2018-03-01"))]
    raid = _row(article, 0, "اقتحمت", location="جنين")
    killed = _row(article, 1, "قتلوا", action="قتل", fatalities=3)
    assert _dead(dead_of_act_before(article, [raid, killed])) == [None, 3]
