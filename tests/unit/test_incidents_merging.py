"""One row per event of a sentence (helpers/extract/incidents/merging.py)."""

from types import SimpleNamespace

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.merging import another_act, dead_told_next, one_per_event, toll_told_next
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS

STRIKE = "Explosions/Remote violence"


def row(n: int, sentence: int = 1, **values: object) -> tuple:
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(event_id=f"a:{sentence}:{n}", article_id="a", sentence_id=sentence, start=10 * n, end=10 * n + 4,
                event_type=STRIKE, sub_event_type="Remote explosive/landmine/IED", action="انفجار",
                event_date=pd.Timestamp("2018-04-30"), reported_as="reported", fatalities=None)  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


def get(r: tuple, name: str) -> object:
    return r[COLUMN[name]]


def test_a_bombing_and_the_killing_it_caused_are_one_row_typed_as_the_more_specific():
    blast = row(0, location="Kandahar")
    bomber = row(1, sub_event_type="Suicide bomb", action="انتحاري")
    killing = row(2, action="قتل", fatalities=11, fatalities_text="11 طفلا")
    (one,), merged = one_per_event([blast, bomber, killing])
    assert (get(one, "start"), get(one, "sub_event_type"), get(one, "fatalities")) == (0, "Suicide bomb", 11)
    assert get(one, "location") == "Kandahar" and merged == {"a:1:0"}


def test_an_air_strike_and_its_explosions_are_one_row():
    strike = row(0, sub_event_type="Air/drone strike", action="غارة")
    rows, _ = one_per_event([strike, row(1)])
    assert [get(r, "sub_event_type") for r in rows] == ["Air/drone strike"]


def test_a_second_doer_makes_a_second_event():
    rows, merged = one_per_event([row(0, actor1_en="Taliban"), row(1, actor1_en="Islamic State")])
    assert len(rows) == 2 and merged == set()


def test_a_second_place_makes_a_second_event():
    rows, _ = one_per_event([row(0, location="Harasta"), row(1, location="Arbin")])
    assert len(rows) == 2


def test_a_second_date_makes_a_second_event():
    later = row(1, date_text="الأحد", event_date=pd.Timestamp("2018-05-01"))
    rows, _ = one_per_event([row(0, date_text="السبت"), later])
    assert len(rows) == 2


def test_strikes_of_two_sentences_are_not_merged_here():
    rows, _ = one_per_event([row(0, sentence=1), row(0, sentence=2)])
    assert len(rows) == 2


def test_two_acts_of_one_non_violent_type_stay_two():
    arrest = row(0, event_type="Strategic developments", sub_event_type="Arrests", action="اعتقال")
    seizure = row(1, event_type="Strategic developments", sub_event_type="Looting/property destruction", action="نهب")
    rows, _ = one_per_event([arrest, seizure])
    assert len(rows) == 2


def test_a_battle_and_a_strike_are_two_events():
    battle = row(1, event_type="Battles", sub_event_type="Armed clash", action="اشتباك")
    rows, _ = one_per_event([row(0), battle])
    assert len(rows) == 2


def _article(*sentences: str) -> SimpleNamespace:
    text, spans = "", []
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + " "
    return SimpleNamespace(text=text, norm=text, sentences=spans)


def test_the_dead_told_in_the_next_sentence_go_to_the_strike():
    article = _article("قصفت الطائرات البلدة.", "وراح ضحيتها 12 شخصا.")
    (strike,) = dead_told_next(article, [row(0, sentence=0)], {0})
    assert get(strike, "fatalities") == 12


def test_the_dead_of_a_next_sentence_with_its_own_event_stay_there():
    article = _article("قصفت الطائرات البلدة.", "وراح ضحيتها 12 شخصا.")
    (strike,) = dead_told_next(article, [row(0, sentence=0)], {0, 1})
    assert get(strike, "fatalities") is None


def test_a_reply_between_two_strikes_makes_two_events():
    norm = "abcd قبل ان ترد بتنفيذ"
    rows, _ = one_per_event([row(0), row(1, start=18, end=22)], norm)
    assert len(rows) == 2
    rows, _ = one_per_event([row(0), row(1, start=18, end=22)], "abcd في الموقع نفسه   ")
    assert len(rows) == 1


def test_a_strikes_toll_told_by_a_killing_in_the_next_sentence_is_one_row():
    strike = row(0, sub_event_type="Air/drone strike", action="غارة", location="سوريا")
    toll = row(0, sentence=2, action="قتل", fatalities=54, actor1_en="Military Forces of the United States")
    (one,) = toll_told_next([strike, toll])
    assert (get(one, "sentence_id"), get(one, "fatalities")) == (1, 54)
    elsewhere = row(0, sentence=2, action="قتل", fatalities=54, location="العراق")
    assert len(toll_told_next([strike, elsewhere])) == 2


def test_a_killing_told_as_the_toll_of_a_clash_is_the_clashs_row():
    norm = "قتل 9 اشخاص من المسلحين نتيجه مواجهات في المدينه"
    killing = row(0, event_type="Violence against civilians", sub_event_type="Attack", action="قتل", start=0, end=3,
                  actor1_en="Saudi-led coalition", fatalities=9)  # fmt: skip
    start = norm.index("مواجهات")
    clash = row(1, event_type="Battles", sub_event_type="Armed clash", action="اشتباك", start=start, end=start + 7,
                actor1_en="Houthis", actor2_en="Yemeni Resistance")  # fmt: skip
    (one,), _ = one_per_event([killing, clash], norm)
    assert (get(one, "start"), get(one, "event_type"), get(one, "fatalities")) == (0, "Battles", 9)
    assert (get(one, "actor1_en"), get(one, "actor2_en")) == ("Houthis", "Yemeni Resistance")


def test_a_killing_beside_a_clash_without_a_word_of_cause_is_its_own_event():
    norm = "قتل 9 مدنيين في المدينه واندلعت مواجهات في الريف"
    killing = row(0, event_type="Violence against civilians", sub_event_type="Attack", action="قتل", start=0, end=3)
    start = norm.index("مواجهات")
    clash = row(1, event_type="Battles", sub_event_type="Armed clash", action="اشتباك", start=start, end=start + 7)
    rows, _ = one_per_event([killing, clash], norm)
    assert len(rows) == 2


def test_a_raid_and_the_arrest_made_in_it_are_one_arrest_whoever_the_raid_was_given():
    arrest = dict(event_type="Strategic developments", sub_event_type="Arrests", action="اعتقال", action_en="arrest")
    raid = dict(event_type="Strategic developments", sub_event_type="Other", action="اقتحام", action_en="raid")
    (one,), _ = one_per_event([row(0, actor1_en="Police Forces of Turkey", **arrest), row(1, actor1_en="ISIS", **raid)])
    assert (get(one, "start"), get(one, "sub_event_type")) == (0, "Arrests")
    police = dict(actor1="الشرطة العراقية", actor1_en="Police Forces of Iraq")
    (one,), _ = one_per_event([row(0, **raid), row(1, **police, **arrest)])
    assert (get(one, "sub_event_type"), get(one, "action"), get(one, "actor1_en")) == (
        "Arrests",
        "اعتقال",
        "Police Forces of Iraq",
    )


def test_a_raid_and_an_arrest_at_two_places_or_on_two_days_are_two_events():
    arrest = dict(event_type="Strategic developments", sub_event_type="Arrests", action="اعتقال")
    raid = dict(event_type="Strategic developments", sub_event_type="Other", action="اقتحام")
    rows, _ = one_per_event([row(0, location="Mosul", **raid), row(1, location="Kirkuk", **arrest)])
    assert len(rows) == 2
    later = row(1, date_text="الأحد", event_date=pd.Timestamp("2018-05-01"), **arrest)
    rows, _ = one_per_event([row(0, date_text="السبت", **raid), later])
    assert len(rows) == 2


def test_the_dead_of_a_retelling_in_the_next_sentence_are_not_the_strikes():
    article = _article("قصفت الطائرات البلدة أمس.", "وكانت البلدة قد شهدت سقوط 20 قتيلا في قصف سابق.")
    (strike,) = dead_told_next(article, [row(0, sentence=0)], {0})
    assert get(strike, "fatalities") is None


def test_the_dead_of_a_next_sentence_dated_to_another_day_are_not_the_strikes():
    article = _article("قصفت الطائرات البلدة.", "وفي العاشر من الشهر سقط 20 قتيلا.")
    article.events = [("a", 1, None, "العاشر من الشهر", "DATE", "2015-07-10", pd.Timestamp("2015-07-10"))]
    (strike,) = dead_told_next(article, [row(0, sentence=0, event_date=pd.Timestamp("2015-07-28"))], {0})
    assert get(strike, "fatalities") is None
    (strike,) = dead_told_next(article, [row(0, sentence=0, event_date=pd.Timestamp("2015-07-10"))], {0})
    assert get(strike, "fatalities") == 20


def test_a_killing_told_as_fallen_by_a_strike_named_after_it_is_the_strikes_row_whoever_the_killer_was_given():
    norm = "واعلن المحافظ مقتل القيادي في التنظيم بقصف لطيران التحالف قرب المدينه"
    at, strike_at = norm.index("مقتل"), norm.index("قصف")
    killing = row(0, start=at, end=at + 4, event_type="Violence against civilians", action="قتل",
                  actor1_en="Governor", location="الانبار", fatalities=1, fatalities_text="القيادي")  # fmt: skip
    strike = row(1, start=strike_at, end=strike_at + 3, sub_event_type="Air/drone strike", action="قصف",
                 actor1_en="Global Coalition", location="الرمادي")  # fmt: skip
    (one,), _ = one_per_event([killing, strike], norm)
    assert (get(one, "start"), get(one, "event_type"), get(one, "actor1_en")) == (strike_at, STRIKE, "Global Coalition")
    assert (get(one, "fatalities"), get(one, "location")) == (1, "الرمادي")


def test_a_killing_and_a_strike_told_apart_without_a_word_of_cause_stay_two():
    norm = "واعلن المحافظ مقتل القيادي في التنظيم وشنت طائرات التحالف قصفا على المدينه"
    at, strike_at = norm.index("مقتل"), norm.index("قصفا")
    killing = row(0, start=at, end=at + 4, event_type="Violence against civilians", action="قتل",
                  actor1_en="Governor", location="الانبار", fatalities=1)  # fmt: skip
    strike = row(1, start=strike_at, end=strike_at + 4, sub_event_type="Air/drone strike", action="قصف",
                 actor1_en="Global Coalition", location="الرمادي")  # fmt: skip
    rows, _ = one_per_event([killing, strike], norm)
    assert len(rows) == 2


def sentence_rows(sentence: str) -> list[dict]:
    """The rows the pipeline makes of one sentence after a title."""
    title = "غارات على سوريا"
    record = {"article_id": "a", "text": f"{title}\n{sentence}", "dct": pd.Timestamp("2018-08-10"),
              "dct_source": "published", "outlet": "Sky News Arabia", "body_start": len(title) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_a_reply_or_one_more_act_between_two_acts_of_one_type_is_read():
    assert another_act("قتلت 16 مسلحا ردا علي الهجوم", 0, 30)
    assert another_act("خمس غارات، فضلا عن قصف", 0, 22)
    assert not another_act("قتلت 16 مسلحا في الهجوم", 0, 24)
    assert not another_act("قتل 5 بعد ان فجر انتحاري", 0, 24)  # بعد أن: often the same act told again


def test_an_attack_the_killing_replied_to_is_a_second_event():
    """Two acts of one type in a sentence are two rows when a reply stands between them, one when none does."""
    reply = sentence_rows("قتلت قوات الجيش 16 مسلحا من القاعدة ردا على الهجوم الذي استهدف دورية للجيش مساء الجمعة.")
    same = sentence_rows("قتلت قوات الجيش 16 مسلحا من القاعدة في الهجوم الذي استهدف دورية للجيش مساء الجمعة.")
    assert (len(reply), len(same)) == (2, 1)


def test_strikes_told_beside_other_strikes_are_a_second_event():
    also = sentence_rows("شنت تركيا غارات على مواقع حزب العمال الكردستاني، فضلا عن غارات على مواقع داعش.")
    assert len(also) == 2
    assert not another_act("فيما اكدت انها في حالة دفاع ضد الهجوم", 0, 38)  # a clause of background
