"""A projectile that fell or struck, told by the projectile (helpers/extract/incidents/falling.py, read by
nonevents.other_use). Minimal pairs on the rule and on the event table."""

import pandas as pd

from helpers.extract.incidents.falling import without_fall, without_fire
from helpers.extract.incidents.vocabulary import trigger_table
from helpers.text.normalize import normalize_letters


def _no_fall(sentence: str, form: str, rule=without_fall) -> bool:
    norm = normalize_letters(sentence)
    trigger = trigger_table()[normalize_letters(form)]
    start = norm.index(normalize_letters(form))
    return rule(norm, (0, len(norm)), trigger, (start, start + len(form)))


def test_a_projectile_that_fell_is_an_attack_and_one_talked_about_is_not():
    assert not _no_fall("وسقط صاروخ على مدينة سديروت.", "صاروخ")
    assert _no_fall("ووقعت الرياض صفقة صواريخ مع واشنطن.", "صواريخ")
    assert not _no_fall("وأصيب مقيمان إثر سقوط مقذوف عسكري على منطقة نجران.", "مقذوف")
    assert _no_fall("ونشرت روسيا منظومة صواريخ في سوريا.", "صواريخ")


def test_a_count_or_a_preposition_may_stand_between_the_fall_and_the_projectile():
    assert not _no_fall("وأفادت مصادر بسقوط ثلاثة صواريخ على مطار المدينة.", "صواريخ")
    assert not _no_fall("وتعرض المركز لمقذوفات من داخل الأراضي اليمنية.", "مقذوفات")
    assert not _no_fall("وتوفي مواطن جراء سقوط شظايا مقذوفات عسكرية.", "مقذوفات")


def test_a_fall_or_a_launch_after_the_projectile_is_an_attack():
    assert not _no_fall("وقال إن صاروخين إسرائيليين سقطا قرب مطار دمشق.", "صاروخين")
    assert not _no_fall("وقالت الوزارة إن صاروخا أطلقه الحوثيون أصاب مدينة جازان.", "صاروخا")
    assert _no_fall("وتمتلك الحركة آلاف الصواريخ في غزة.", "صواريخ")
    assert _no_fall("وأوضح أن الدفاعات اعترضت الصاروخ الذي أطلق مساء الأحد.", "صاروخ")


def test_a_projectile_that_did_not_fall_is_no_attack():
    assert _no_fall("ولم يسقط صاروخ واحد داخل إسرائيل.", "صاروخ")
    assert _no_fall("وأوضح أنه لَم تسقط صواريخ جنوب إسرائيل.", "صواريخ")


def test_a_projectile_denied_or_held_or_a_cause_of_something_else_is_no_attack():
    assert _no_fall("انتهت الجولة دون سقوط صواريخ على بئر السبع.", "صواريخ")
    assert not _no_fall("انتهت الجولة بسقوط صواريخ على بئر السبع.", "صواريخ")
    assert _no_fall("والشرطة تنفي سقوط صاروخ على إيلات.", "صاروخ")
    assert _no_fall("ناقش الخبراء أثر الصواريخ الدقيقة على الردع.", "صواريخ")
    assert _no_fall("ارتفعت أسعار التأمين جراء تهديدات الصواريخ الحوثية.", "صواريخ")
    assert not _no_fall("تضررت المحلات جراء صواريخ أطلقت من لبنان.", "صواريخ")
    assert _no_fall("ضبطت البحرية شحنة صواريخ مصدرها إيران.", "صواريخ")
    assert _no_fall("عرضت إيران صواريخ تطلق من الغواصات.", "صواريخ")


def test_a_launch_told_before_the_projectile_with_its_launcher_between_is_an_attack():
    assert not _no_fall("وأطلقت الميليشيات الحوثية مقذوفا على مدينة نجران.", "مقذوفا")
    assert _no_fall("ورفعت الميليشيات الحوثية مقذوفا على مدينة نجران.", "مقذوفا")
    assert not _no_fall("وقال إن عناصر التنظيم أطلقوا اليوم عشرات الصواريخ على مخمور.", "صواريخ")
    assert _no_fall("وقالت جماعة صغيرة إنها أطلقت الصاروخ.", "صاروخ")


def test_a_launch_denied_or_in_the_present_is_no_attack():
    assert _no_fall("ولم تطلق إيران أو حزب الله صاروخا واحدا على إسرائيل.", "صاروخا")
    assert not _no_fall("وأطلقت إيران أو حزب الله صاروخا واحدا على إسرائيل.", "صاروخا")
    assert _no_fall("تحاول القوات تدمير المنصات التي تطلق منها الصواريخ.", "صواريخ")


def test_a_launch_into_space_or_a_test_is_no_attack():
    assert _no_fall("وأطلقت شركة سبيس إكس صاروخ فالكون 9 من كاليفورنيا.", "صاروخ")
    assert _no_fall("وأطلقت كوريا الشمالية صاروخا في تجربة جديدة.", "صاروخا")
    assert not _no_fall("وأطلقت كوريا الشمالية صاروخا على جزيرة جنوبية.", "صاروخا")


def test_from_inside_tells_a_fall_for_a_shell_and_not_for_a_rocket():
    assert not _no_fall("وتعرضت نجران لقصف إذ سقطت مقذوفات من داخل الأراضي اليمنية.", "مقذوفات")
    assert not _no_fall("وأعلنت المديرية رصد مقذوفات من داخل الأراضي اليمنية.", "مقذوفات")
    assert _no_fall("وسدد المهاجم صاروخا من داخل منطقة الجزاء.", "صاروخا")


def test_the_accusative_and_dual_of_a_shell_are_rows_of_the_table():
    assert trigger_table()[normalize_letters("مقذوفا")].action_en == "projectile fell"
    assert not _no_fall("وقال إن مقذوفين أطلقهما الحوثيون سقطا على نجران.", "مقذوفين")


def test_other_rows_are_not_read():
    norm = normalize_letters("منظومة قذائف")
    trigger = trigger_table()[normalize_letters("قذائف")]
    assert not without_fall(norm, (0, len(norm)), trigger, (7, 12))


def _rows(text: str) -> list[dict]:
    from helpers.extract import pipeline
    from helpers.extract.incidents.scope import INCIDENT_COLUMNS

    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2015-08-10"), "dct_source": "published",
              "outlet": "Sky News Arabia"}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_the_event_table_has_a_shelling_row_for_a_rocket_that_fell_and_none_for_a_rocket_deal():
    fell = _rows("سقوط صاروخ في سديروت\nوسقط صاروخ على منزل في مدينة نجران ما أدى إلى إصابة طفلين.")
    assert [r["sub_event_type"] for r in fell] == ["Shelling/artillery/missile attack"]
    assert not _rows("صفقة أسلحة\nووقعت الرياض صفقة صواريخ مع واشنطن بقيمة مليار دولار في مدينة نجران.")


def _no_fire(sentence: str, form: str) -> bool:
    return _no_fall(sentence, form, without_fire)


def test_a_launch_verb_with_fire_after_its_shooter_is_a_shooting():
    assert not _no_fire("وأطلق مجهولون النار على دورية أمنية في القطيف.", "أطلق")
    assert not _no_fire("أطلق عليه مسلحون النار أمام منزله.", "أطلق")
    assert _no_fire("وأطلقت الحكومة حملة لمكافحة الفساد.", "أطلقت")
    assert _no_fire("وأطلق المهاجم رصاصة في المرمى.", "أطلق")


def test_a_negated_launch_verb_is_no_shooting():
    assert _no_fire("وقال إنه لم أطلق أحد النار.", "أطلق")
    assert not _no_fire("وقال إنه أطلق أحد النار.", "أطلق")


def test_the_event_table_has_a_row_for_fire_after_its_shooter():
    rows = _rows("أخبار\nوأطلق مسلحون مجهولون النار على دورية للشرطة في بغداد فقتلوا شرطيا.")
    assert any(r["action_en"] == "fired at" for r in rows)
    rows = _rows("أخبار\nوأطلقت وزارة الصحة حملة للتطعيم في بغداد.")
    assert not any(r["action_en"] == "fired at" for r in rows)


def test_a_launch_in_a_drill_or_a_game_is_no_attack():
    assert _no_fall("وأطلقت إيران صواريخ بعيدة المدى خلال مناورات عسكرية في الخليج.", "صواريخ")
    assert _no_fall("وأطلق لاعب برشلونة صاروخا من خارج المنطقة سكن الشباك.", "صاروخا")
    assert not _no_fall("وأطلقت إيران صواريخ بعيدة المدى على قاعدة عين الأسد.", "صواريخ")


def test_fire_in_joy_is_no_shooting():
    assert _no_fire("وأطلق مواطنون النار في الهواء احتفالا بفوز المنتخب.", "أطلق")
    assert _no_fire("وأطلق أقارب العريس الرصاص خلال حفل زفاف في سوهاج.", "أطلق")
    assert not _no_fire("وأطلقت الشرطة النار في الهواء لتفريق المحتجين.", "أطلقت")
