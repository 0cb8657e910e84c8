"""The event table component (helpers/extract/incidents/component.py): minimal sentences through the pipeline."""

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.incidents.component import INCIDENT_COLUMNS

DCT = pd.Timestamp("2018-06-01")  # a Friday


def events(text: str, body_start: int = 0) -> list[dict]:
    record = {"article_id": "a", "text": text, "dct": DCT, "dct_source": "published", "outlet": "Sky News Arabia",
              "body_start": body_start}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, row, strict=True)) for row in article.incidents]


def only(text: str) -> dict:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


def test_an_arrest_has_the_police_as_actor1_and_the_arrested_as_actor2():
    event = only("اعتقلت الشرطة المصرية ثلاثة مسلحين في القاهرة يوم الخميس.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert event["actor1"] == "الشرطة المصرية"
    assert event["actor2"] == "مسلحين"


def test_a_passive_arrest_takes_actor1_from_the_agent():
    event = only("اعتقل ثلاثة مسلحين على يد الشرطة المصرية أمس.")
    assert event["actor1"] == "الشرطة المصرية"
    assert event["actor2"] == "مسلحين"


def test_the_arrested_after_al_qabd_ala_is_actor2():
    event = only("ألقت الشرطة القبض على ثلاثة مسلحين.")
    assert event["actor1"] == "الشرطة"
    assert event["actor2"] == "مسلحين"


def test_the_place_and_the_stated_day_of_the_sentence():
    event = only("اعتقلت الشرطة المصرية ثلاثة مسلحين في القاهرة يوم الخميس.")
    assert event["location"] == "القاهرة"
    assert event["geo_precision"] == 1
    assert event["event_date"] == pd.Timestamp("2018-05-31")
    assert event["time_precision"] == 1
    assert event["date_text"] == "يوم الخميس"


def test_without_a_stated_date_the_dct_with_lower_precision_and_a_note():
    event = only("اعتقلت الشرطة ثلاثة مسلحين.")
    assert event["event_date"] == DCT
    assert event["time_precision"] == 2
    assert event["date_text"] == ""
    assert "article's date" in event["date_note"]


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier", "who"),
    [
        ("أسفر قصف عن مقتل 30 جنديا في المدينة.", 30, "exact", "جنديا"),
        ("أسفر قصف عن مقتل ما لا يقل عن 5 مدنيين.", 5, "at_least", "مدنيين"),
        ("أسفر قصف عن مقتل نحو 20 شخصا.", 20, "about", "شخصا"),
        ("أسفر قصف عن مقتل ثلاثة جنود.", 3, "exact", "جنود"),
        ("أسفر قصف عن مقتل عشرات المدنيين.", 12, "about", "المدنيين"),
    ],
)
def test_fatalities_with_their_qualifier_and_who(sentence, count, qualifier, who):
    event = only(sentence)
    assert (event["fatalities"], event["fatalities_qualifier"], event["fatalities_who"]) == (count, qualifier, who)


def test_no_stated_dead_leaves_fatalities_null():
    assert only("قصفت القوات مواقع المسلحين.")["fatalities"] is None


def test_a_generic_killing_gives_way_to_the_explosion_that_caused_it():
    event = only("قتل 9 مدنيين نتيجة انفجار لغم أرضي.")
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"
    assert event["fatalities"] == 9
    assert event["actor2"] == "مدنيون"  # stop 28: the Arabic of ACLED's Civilians, not the counted word


def test_two_kinds_of_event_in_one_sentence_are_two_events():
    found = events("اعتقلت الشرطة خمسة مسلحين، واندلعت اشتباكات عنيفة في المدينة.")
    assert [e["sub_event_type"] for e in found] == ["Arrests", "Armed clash"]
    assert [e["event_id"] for e in found] == ["a:0:0", "a:0:1"]


def test_an_announcement_carrying_an_event_makes_it_claimed_not_a_statement():
    event = only("أعلن الجيش الليبي القبض على مسلح.")
    assert event["sub_event_type"] == "Arrests"
    assert event["reported_as"] == "claimed"


def test_an_announcement_alone_is_a_statement():
    assert only("أعلن الرئيس حالة الطوارئ.")["event_type"] == "Statement"


def test_a_denial_before_the_trigger():
    assert only("نفى الجيش قصف المدينة.")["reported_as"] == "denied"


def test_a_future_marker_makes_the_event_planned():
    assert only("من المقرر أن تنطلق مظاهرة في القاهرة.")["reported_as"] == "planned"


def test_a_stated_source_makes_the_event_claimed_with_its_kind():
    event = only("قال مصدر عسكري إن القوات قصفت مواقع المسلحين.")
    assert event["reported_as"] == "claimed"
    assert event["source_kind"] == "anonymous"


def test_an_event_without_a_source_is_reported_by_the_outlet():
    event = only("قصفت القوات مواقع المسلحين.")
    assert (event["reported_as"], event["source"], event["source_kind"]) == ("reported", "Sky News Arabia", "outlet")


def test_a_purpose_is_not_an_event():
    assert events("بدأت العملية لتحرير المدينة من المسلحين.") == []


def test_a_state_under_control_is_not_an_event():
    assert events("باتت المنطقة تحت سيطرة الجيش.") == []


def test_the_title_is_not_read():
    text = "اعتقال مسلحين\n\nوصل الوفد إلى المدينة."
    assert events(text, body_start=text.index("وصل")) == []


def test_the_event_keeps_the_offsets_of_its_trigger():
    text = "قالت الصحيفة إن الشرطة اعتقلت مسلحين."
    event = only(text)
    assert text[event["start"] : event["end"]] == event["trigger"] == "اعتقلت"


def test_notes_hold_at_most_500_characters_of_the_sentence():
    event = only("اعتقلت الشرطة مسلحين " + "في المدينة " * 80 + ".")
    assert len(event["notes"]) == 500


def test_the_killed_named_after_maqtal_is_not_who_struck():
    event = only("جاء ذلك بعد مقتل صالح الصماد في غارة جوية.")
    assert event["sub_event_type"] == "Air/drone strike"
    assert (event["actor1"], event["actor2"]) == ("", "صالح الصماد")


def test_a_future_announcement_is_planned():
    assert only("سيعلن الرئيس حالة الطوارئ.")["reported_as"] == "planned"


def test_militias_affiliated_to_a_named_group_are_that_group():
    event = only("سيطر الجيش على المدينة بعد طرد الميليشيات التابعة لتنظيم القاعدة.")
    assert event["actor2"] == "تنظيم القاعدة"


def test_wounded_by_the_fire_of_forces_is_an_attack_by_them():
    event = only("وفي مخيم الدهيشة جنوب بيت لحم، أصيب شابان برصاص قوات الاحتلال فجر الجمعة.")
    assert (event["event_type"], event["trigger"]) == ("Violence against civilians", "برصاص")


def test_an_act_prevented_or_feared_through_a_light_noun_is_no_act():
    assert events("وتقود السعودية تحالفا في اليمن بهدف منع الحوثيين من بسط سيطرتهم على صنعاء.") == []
    assert events("وقال كاميرون إنه مستعد لضرب داعش لدرء خطر شن هجمات في شوارع لندن.") == []
    assert len(events("وشن مسلحون هجمات في شوارع لندن الخميس.")) == 1


def test_li_after_an_agreement_marks_what_was_agreed_not_a_purpose():
    found = events("ووقعت أطراف الصراع في جوبا الخميس اتفاقا لوقف إطلاق النار مع المتمردين.")
    assert [e["sub_event_type"] for e in found] == ["Agreement"]


def test_li_after_a_condemnation_marks_the_act_condemned_not_a_purpose():
    found = events("وتواصلت الإدانات الرسمية والشعبية للتفجير الإرهابي الذي استهدف مسجدا في أبها الخميس.")
    assert [e["event_type"] for e in found] == ["Explosions/Remote violence"]
    assert events("وتواصلت الاستعدادات في أبها الخميس للتفجير.") == []


def test_an_act_after_a_verb_of_success_is_done_not_threatened():
    found = events("وبعد أسابيع من التهديد تمكنت القوات من السيطرة على مدينة سرت يوم الأحد.")
    assert [e["event_type"] for e in found] == ["Battles"]
    assert events("وتقود السعودية تحالفا في اليمن بهدف منع الحوثيين من بسط سيطرتهم على صنعاء.") == []


def test_an_act_feared_in_precaution_is_no_act():
    assert events("وأغلقت السفارات أبوابها في صنعاء تحسباً لقيام مسلحين بتفجير سيارات مفخخة.") == []


def test_an_act_told_as_an_aim_is_no_act():
    assert events("وقال المحققون إن الخلية أرسلت انتحاريا إلى الكويت بغرض تفجير مسجد في العاصمة.") == []
    assert events("وستفتح السلطات تحقيقا في أنقرة ليصار إلى القبض على المهاجمين.") == []


def test_a_place_recovered_with_istaradda_is_taken():
    found = events("واسترد مقاتلون محليون مدينة عدن من أيدي الحوثيين الخميس.")
    assert [e["event_type"] for e in found] == ["Battles"]


def test_money_goods_and_health_recovered_a_condemned_act_and_a_habit_before_a_day_keep_their_senses():
    from tests.unit.test_incidents_rules import events

    # a success masdar feared is no act done
    assert events("وحذر مسؤولون من خطر تمكن الحوثيين من السيطرة على ميناء الحديدة في الأسابيع المقبلة.") == []
    # a refusal noun drops only a release: an attack condemned is still an attack
    assert len(events("وأكدت الخارجية السعودية رفضها استهداف الحوثيين لمدينة جازان بصاروخ باليستي أمس.")) == 1
    assert events("وفرضت واشنطن عقوبات على أنقرة بسبب رفضها إطلاق سراح القس الأمريكي.") == []
    # a habit of the clause before, then one act on one day
    assert len(events("وقال المرصد إن قوات النظام التي تقصف المنطقة باستمرار قتلت اليوم 7 مدنيين في سراقب.")) == 1
    assert events("ودائما ما تقصف الطائرات الروسية مستشفيات ريف إدلب.") == []
    # a prison of detainees taken is a place taken
    assert len(events("وسيطر المسلحون على سجن المعتقلين السياسيين في مدينة سبها جنوب ليبيا.")) == 1
    # money got back is no place taken
    assert events("وقالت لجنة إزالة التمكين إنها استردت أموالا منهوبة بقيمة مليار جنيه في الخرطوم.") == []
    assert len(events("واستردت قوات الوفاق مدينة غريان من قوات حفتر أمس.")) == 1


def test_a_toll_since_a_battle_began_is_an_aggregate_of_the_period():
    title = "الحديدة\n"
    (row,) = [
        e
        for e in events(title + "وأفادت مصادر بأن نحو 900 من المسلحين قتلوا منذ بدء معركة الحديدة.")
        if e["fatalities"]
    ]
    assert (row["time_precision"], row["date_note"]) == (
        3,
        "date: the article's date, an aggregate since a stated date",
    )


def test_a_place_liberated_before_the_act_told_is_a_taking_told_again():
    title = "التحيتا\n"
    found = events(title + "ونجحت فرق الهندسة في نزع ألغام زرعها المتمردون في مدارس التحيتا بعد تحريرها.")
    (taken,) = [e for e in found if e["action"] == "سيطرة"]
    assert taken["time_precision"] == 3 and "told again" in taken["date_note"]
    fresh = events(title + "وحررت القوات الحكومية مديرية التحيتا من المتمردين.")
    assert [e["time_precision"] for e in fresh if e["action"] == "سيطرة"] == [2]


def test_an_act_suffered_after_the_masdar_of_exposure_is_an_act():
    found = events("وهجر الصيادون قرى قرب مدينة مايدوغوري إثر تعرضها لهجمات شنتها جماعة بوكو حرام في يناير.")
    assert [e["action"] for e in found] == ["هجوم"]


def test_control_with_a_pronoun_is_the_noun_and_a_state_after_its_limit_or_reach():
    assert events("وقال الرئيس إن القوات نجحت في الحد من سيطرتهم على الأرياف.") == []
    assert events("وتحتجز جماعة مسلحة السجين في بلدة بعيدا عن سيطرة الحكومة المركزية.") == []


def test_an_ongoing_try_at_an_act_is_no_act():
    assert events("ويحاول المتمردون إعادة سيطرتهم على المدينة التي خسروها قبل أشهر.") == []


def test_a_place_of_detention_is_no_arrest():
    assert events("وسمح الجيش الإسرائيلي لمحامي الأسير بزيارته في مكان احتجازه في مستشفى برزيلاي في عسقلان.") == []


def test_the_passive_hujima_is_an_attack():
    found = events("وهوجم مقر الحزب في المدينة مساء السبت على يد مسلحين مجهولين.")
    assert [e["action"] for e in found] == ["هجوم"]


def test_an_act_after_bihal_in_case_is_a_condition():
    assert events("وقال الحرس الثوري إنه سيرد بقوة بحال هاجمت إسرائيل منشآت إيرانية في سوريا.") == []
    found = events("وقالت إيران إنها ستسوي تل أبيب بالأرض بحال تعرضت لهجوم إسرائيلي.")
    assert [e["action"] for e in found if e["action"] == "هجوم"] == []


def test_a_ballistic_missile_intercepted_after_its_subject_and_day_is_a_missile_attack():
    found = events("واعترضت قوات الدفاع الجوي، الأحد، صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان.")
    assert [e["action_en"] for e in found] == ["missile attack"]


def test_bihal_of_a_state_is_no_condition():
    found = events("أصيب ثلاثة جنود مصريين أحدهم بحال خطرة في هجوم شنه مسلحون على كمين أمني في مدينة العريش أمس.")
    assert len(found) == 1
    assert len(events("ولا يمكن بحال من الأحوال تبرير الهجوم الذي شنه تنظيم داعش على قرية في دير الزور أمس.")) == 1


def test_a_ballistic_missile_not_launched_is_no_attack():
    assert events("طهران - أجرت إيران الأحد تجربة على صاروخ باليستي جديد يصل مداه إلى ألفي كيلومتر.") == []
    assert events("ويمتلك الحوثيون صواريخ باليستية قادرة على الوصول إلى الرياض، بحسب تقرير أممي.") == []
    launched = "اعترضت قوات الدفاع الجوي السعودي مساء الأحد صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه نجران."
    assert [e["action_en"] for e in events(launched)] == ["missile attack"]


def test_the_masdar_of_exposure_marks_only_the_act_right_after_it():
    assert events("وفر مئات المدنيين من مدينة الحديدة خوفا من تعرضهم للاعتقال على يد ميليشيا الحوثي.") == []
    text = "وتراجعت الحكومة الليبية عن القرار بعد تعرضها لانتقادات واسعة، وقالت إنها سترسل قوات لتحرير مدينة درنة."
    assert events(text) == []


def test_a_crowd_storming_in_a_sentence_of_protests_is_a_riot_and_an_army_storming_a_battle():
    """«واقتحم مئات العراقيين مطار مدينة النجف ... موسعين نطاق احتجاجات» was a battle with actor 2 «the air traffic»:
    a crowd storming amid protests is ACLED's violent demonstration; an army storming a town stays a battle."""
    rows = events("واقتحم مئات العراقيين مطار مدينة النجف الجمعة موسعين نطاق احتجاجات على ضعف الخدمات.")
    kinds = [(r["event_type"], r["actor1_en"]) for r in rows]
    assert ("Riots", "Rioters (Iraq)") in kinds and not any(kind == "Battles" for kind, _ in kinds)
    rows = events("وأقدم عشرات المحتجين على إغلاق مبنى البصرة، بعد أن كانوا قد اقتحموا أمس مبنى محافظة كربلاء.")
    assert "Riots" in [r["event_type"] for r in rows] and "Battles" not in [r["event_type"] for r in rows]
    carried = "كما أفادت تقارير بمواجهات مع أجهزة الأمن في المحافظة. " + "واقتحم مئات العراقيين مطار مدينة النجف"
    rows = events(carried + " الجمعة موسعين نطاق احتجاجات على ضعف الخدمات.")  # not the forces told before
    assert ("Riots", "Rioters (Iraq)") in [(r["event_type"], r["actor1_en"]) for r in rows]
    rows = events("واقتحم الجيش العراقي مدينة الموصل بعد أيام من الاحتجاجات.")
    assert "Battles" in [r["event_type"] for r in rows] and "Riots" not in [r["event_type"] for r in rows]


def test_a_crowd_of_soldiers_or_gunmen_storming_amid_protests_stays_a_battle():
    """«مئات» or «عشرات» before a force's noun is a crowd of that force, not of protesters (review of stop 33)."""
    rows = events("واقتحم مئات الجنود مدينة تكريت بعد معارك عنيفة مع مسلحي التنظيم، فيما خرجت احتجاجات في الموصل.")
    assert "Riots" not in [r["event_type"] for r in rows] and "Battles" in [r["event_type"] for r in rows]
    rows = events("واقتحم عشرات المسلحين مبنى مجلس المحافظة في البصرة، وسط احتجاجات على تردي الخدمات.")
    assert "Riots" not in [r["event_type"] for r in rows]
    rows = events("واقتحم عشرات المحتجين مبنى مجلس المحافظة في البصرة، وسط احتجاجات على تردي الخدمات.")
    assert "Riots" in [r["event_type"] for r in rows]
