"""Tests for helpers.report.sequence: the actor of each stated event, the stated sequence of a topic and the
articles that disagree on a step's date."""

import pandas as pd

from helpers.report import sequence, topicplaces

LAUNCH = "أعلن الجيش في 7 مايو بدء العملية العسكرية في درنة"
EARLY = "انطلقت العملية العسكرية في درنة مطلع شهر أبريل"
PHASE = "أطلق الجيش الاثنين الماضي المرحلة الثانية من عملية درنة"
DEATHS = "مقتل 3 جنود في درنة يوم الأحد"


def step_event(article_id, sentence, time_text, value, start, end=None, kind="DATE", mod="", outlet="x", **more):
    at = sentence.index(time_text)
    row = {
        "article_id": article_id,
        "sentence_id": 0,
        "time_text": time_text,
        "time_type": kind,
        "time_value": value,
        "start_date": pd.Timestamp(start),
        "end_date": pd.Timestamp(end or start),
        "dct": pd.Timestamp("2018-06-10"),
        "status": "reported",
        "speaker": "",
        "sentence": sentence,
        "sentence_start": 0,
        "time_start": at,
        "time_end": at + len(time_text),
        "flag": "",
        "mod": mod,
        "outlet": outlet,
    }
    row.update(more)
    return row


def articles_about(*ids, text="درنة"):
    return pd.DataFrame({"article_id": list(ids), "text": text})


def launches(*extra):
    rows = [step_event(a, LAUNCH, "7 مايو", "2018-05-07", "2018-05-07") for a in ("a", "b", "c")]
    rows.append(step_event("d", EARLY, "مطلع شهر أبريل", "2018-04", "2018-04-01", "2018-04-30", mod="START"))
    return pd.DataFrame(rows + list(extra))


def test_a_launch_is_dated_by_its_nearest_expression_and_named_in_words():
    steps = sequence.stated_steps(launches(), articles_about("a", "b", "c", "d"), "درنة")
    assert set(steps["step"]) == {"launch"}
    early = steps.set_index("article_id").loc["d"]
    assert early["in_words"] == "early April 2018"
    assert (early["date"], early["end"]) == (pd.Timestamp("2018-04-01"), pd.Timestamp("2018-04-10"))


def test_an_article_that_dates_a_launch_against_most_sources_is_flagged():
    steps = sequence.stated_steps(launches(), articles_about("a", "b", "c", "d"), "درنة")
    flagged = sequence.flag_disagreements(steps).set_index("article_id")
    assert flagged["disagrees"].tolist().count(True) == 1 and flagged.loc["d", "disagrees"]
    assert flagged.loc["d", "most_sources_date"] == pd.Timestamp("2018-05-07")
    assert flagged.loc["d", "disagreement"] == "says early April 2018; 3 of 4 articles date it 2018-05-07"


def test_a_month_that_holds_the_date_most_sources_give_agrees():
    may = step_event(
        "e", EARLY.replace("مطلع شهر أبريل", "شهر مايو"), "شهر مايو", "2018-05", "2018-05-01", "2018-05-31"
    )
    flagged = sequence.flag_disagreements(sequence.stated_steps(launches(may), articles_about(*"abcde"), "درنة"))
    assert not flagged.set_index("article_id").loc["e", "disagrees"]


def test_repeated_steps_such_as_deaths_are_never_flagged():
    rows = [step_event("a", DEATHS, "يوم الأحد", "2018-06-03", "2018-06-03")]
    rows.append(step_event("b", DEATHS, "يوم الأحد", "2018-06-10", "2018-06-10"))
    flagged = sequence.flag_disagreements(sequence.stated_steps(pd.DataFrame(rows), articles_about("a", "b"), "درنة"))
    assert flagged["step"].tolist() == ["deaths", "deaths"] and not flagged["disagrees"].any()


def test_a_phase_beats_the_launch_word_beside_it():
    row = step_event("a", PHASE, "الاثنين الماضي", "2018-06-04", "2018-06-04")
    steps = sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة")
    assert steps["step"].tolist() == ["phase 2"]


def test_articles_that_do_not_mention_the_topic_give_no_steps():
    steps = sequence.stated_steps(launches(), articles_about("a", "b", "c", "d", text="بنغازي"), "درنة")
    assert steps.empty and steps.columns.tolist() == sequence.STEP_COLUMNS


def test_ages_and_histories_are_not_steps():
    rows = launches().assign(role="age")
    assert sequence.stated_steps(rows, articles_about("a", "b", "c", "d"), "درنة").empty


def test_sequence_table_gives_one_row_per_launch_with_its_sources_and_the_disagreeing_article():
    flagged = sequence.flag_disagreements(sequence.stated_steps(launches(), articles_about(*"abcd"), "درنة"))
    table = sequence.sequence_table(flagged)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["date"], row["articles"], row["outlets"]) == (pd.Timestamp("2018-05-07"), 3, "x")
    assert row["disagreeing"] == "d (early April 2018)"


def test_sequence_table_is_in_date_order():
    death = step_event("e", DEATHS, "يوم الأحد", "2018-06-03", "2018-06-03")
    flagged = sequence.flag_disagreements(sequence.stated_steps(launches(death), articles_about(*"abcde"), "درنة"))
    dates = sequence.sequence_table(flagged)["date"].tolist()
    assert dates == sorted(dates) and len(dates) == 2


def test_event_actors_prefers_the_linked_speaker_then_the_sentence_actor():
    events = pd.DataFrame({"article_id": ["a", "a", "a"], "sentence_id": [0, 1, 2], "time_text": ["أمس"] * 3})
    quotes = pd.DataFrame(
        {
            "article_id": ["a"],
            "sentence_id": [0],
            "start": [5],
            "speaker_id": ["mismari"],
            "speaker_canonical": ["أحمد المسماري"],
            "speaker_english": ["Ahmed al-Mismari"],
        }
    )
    actors = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "sentence_id": [0, 1, 1],
            "start": [0, 3, 0],
            "type": ["army", "army", "nationality"],
            "actor_id": ["lna", "lna", "libyan"],
            "canonical": ["الجيش الوطني الليبي"] * 2 + ["ليبي"],
            "english": ["Libyan National Army (LNA)"] * 2 + ["Libyan"],
        }
    )
    out = sequence.event_actors(events, quotes, actors).set_index("sentence_id")
    assert out["actor_from"].tolist() == ["speaker", "sentence", ""]
    assert out.loc[0, "actor_label"] == "أحمد المسماري / Ahmed al-Mismari"
    assert out.loc[1, "actor_english"] == "Libyan National Army (LNA)", "a nationality is not the sentence's actor"
    assert out.loc[2, "actor_label"] == "(بلا فاعل) / (no actor)"


def test_actor_label_follows_the_report_language():
    from helpers.report import language

    try:
        language.set_language("en")
        assert sequence.actor_label("خليفة حفتر", "Khalifa Haftar") == "Khalifa Haftar"
        language.set_language("ar")
        assert sequence.actor_label("خليفة حفتر", "Khalifa Haftar") == "خليفة حفتر"
    finally:
        language.set_language("both")


def test_completion_is_the_whole_topic_not_a_district_of_it():
    whole = step_event(
        "a", "أعلن الجيش تحرير مدينة درنة بالكامل مساء الخميس", "مساء الخميس", "2018-06-28", "2018-06-28"
    )
    part = "أعلن الجيش يوم الأحد السيطرة الكاملة على حي المغار"
    district = step_event("b", part, "يوم الأحد", "2018-05-27", "2018-05-27")
    name = "اجتماع الأربعاء بشأن معركة تحرير درنة"
    operation = step_event("c", name, "الأربعاء", "2018-04-11", "2018-04-11")
    rows = pd.DataFrame([whole, district, operation])
    steps = sequence.stated_steps(rows, articles_about("a", "b", "c"), "درنة")
    assert steps["article_id"].tolist() == ["a"] and steps["step"].tolist() == ["completion"]


def test_stated_events_of_a_table_without_rows_or_columns_is_empty_with_its_columns():
    none = pd.DataFrame()
    out = sequence.stated_events(none, pd.DataFrame(columns=["article_id", "outlet"]), none, none, none)
    assert out.empty and {"in_words", "actor_label", "outlet", "time_value"} <= set(out.columns)


def test_a_date_right_after_another_event_is_not_a_step():
    other = "عززت القوات وجودها بعد هجوم الواحات في أكتوبر 2017 مع بدء العملية في درنة"
    row = step_event("a", other, "أكتوبر 2017", "2017-10", "2017-10-01", "2017-10-31")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة").empty
    launch = "بدء الهجوم على درنة في 7 مايو"
    row = step_event("b", launch, "7 مايو", "2018-05-07", "2018-05-07")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("b"), "درنة")["step"].tolist() == ["launch"]


def test_a_quoted_liberation_is_a_completion():
    quoted = 'أعلن القائد العام مساء الخميس "تحرير" مدينة "درنة" من المسلحين'
    row = step_event("a", quoted, "مساء الخميس", "2018-06-28", "2018-06-28")
    steps = sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة")
    assert steps["step"].tolist() == ["completion"]


def test_a_step_word_past_after_or_before_is_not_dated_by_the_expression():
    later = "سيطرت القوات على وسط درنة يوم الخميس بعد أسابيع من انطلاق العملية"
    row = step_event("a", later, "يوم الخميس", "2018-06-28", "2018-06-28")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة").empty
    own = "انطلقت العملية في درنة بعد ظهر الاثنين"
    row = step_event("b", own, "ظهر الاثنين", "2018-05-07", "2018-05-07")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("b"), "درنة")["step"].tolist() == ["launch"]


def test_the_anniversary_of_a_launch_is_not_a_launch():
    party = "التقى القائد الأربعاء وفدا لترتيب الاحتفالات بالذكرى الرابعة لانطلاق العملية في درنة"
    row = step_event("a", party, "الأربعاء", "2018-04-25", "2018-04-25")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة").empty


def place(article_id, sentence, text, kind, country, offset=0):
    return {"article_id": article_id, "start": offset + sentence.index(text), "text": text, "kind": kind,
            "country": country}  # fmt: skip


def test_a_sentence_about_another_town_is_not_a_step_of_the_topic():
    topic = "أعلن الجيش في 7 مايو بدء العملية في درنة"
    raid = "أسفرت عملية للقوات في مدينة العريش الثلاثاء عن مقتل 10 مسلحين"
    district = "أسفرت عملية للقوات في حي المغار الثلاثاء عن مقتل 4 مسلحين"
    rows = pd.DataFrame(
        [
            step_event("a", topic, "7 مايو", "2018-05-07", "2018-05-07"),
            step_event("a", raid, "الثلاثاء", "2018-10-09", "2018-10-09", sentence_id=1, sentence_start=100),
            step_event("b", district, "الثلاثاء", "2018-06-12", "2018-06-12", sentence_id=1, sentence_start=100),
        ]
    )
    rows.loc[rows["sentence_start"] == 100, ["time_start", "time_end"]] += 100
    places = pd.DataFrame(
        [
            place("a", topic, "درنة", "city", "LY"),
            place("a", raid, "العريش", "city", "EG", offset=100),
            place("b", district, "حي المغار", "district", "LY", offset=100),
        ]
    )
    everything = sequence.stated_steps(rows, articles_about("a", "b"), "درنة")
    assert sorted(everything["step"]) == ["deaths", "deaths", "launch"]
    kept = sequence.stated_steps(rows, articles_about("a", "b"), "درنة", places=places)
    assert sorted(zip(kept["article_id"], kept["step"], strict=True)) == [("a", "launch"), ("b", "deaths")]


def test_a_date_in_a_list_of_past_deeds_is_not_a_step():
    listed = "تتهم السلطات الرجل بالوقوف وراء هجمات عدة، أبرزها استهداف دورية في يناير الماضي أدى إلى "
    listed += "مقتل ثلاثة جنود في درنة"
    plain = "أدى استهداف دورية في يناير الماضي إلى مقتل ثلاثة جنود في درنة"
    rows = pd.DataFrame(
        [
            step_event("a", listed, "يناير الماضي", "2018-01", "2018-01-01", "2018-01-31"),
            step_event("b", plain, "يناير الماضي", "2018-01", "2018-01-01", "2018-01-31"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("a", "b"), "درنة")
    assert steps["article_id"].tolist() == ["b"]


def test_a_sentence_actor_is_named_as_an_actor_and_a_linked_speaker_as_a_source():
    quoted = step_event("a", LAUNCH, "7 مايو", "2018-05-07", "2018-05-07", actor_label="المسماري", actor_from="speaker")
    named = step_event("b", LAUNCH, "7 مايو", "2018-05-07", "2018-05-07", actor_label="داعش", actor_from="sentence")
    steps = sequence.stated_steps(pd.DataFrame([quoted, named]), articles_about("a", "b"), "درنة")
    flagged = sequence.flag_disagreements(steps)
    steps = flagged.set_index("article_id")
    assert (steps.loc["a", "speaker"], steps.loc["a", "actor"]) == ("المسماري", "")
    assert (steps.loc["b", "speaker"], steps.loc["b", "actor"]) == ("", "داعش")
    row = sequence.sequence_table(flagged).iloc[0]
    assert (row["sources"], row["named_actors"]) == ("المسماري", "داعش")


NAVY = "أعلنت البحرية الليبية، الاثنين، توقيف سفينة شحن قبالة ساحل مدينة درنة الليبية الأحد بعد أن دخلت منطقة محظورة."


def test_the_day_of_an_announcement_is_not_a_second_date_of_the_step_it_announces():
    """SK-middleEast-247-20180312: the ship was stopped on Sunday and the navy announced it on Monday; the
    sequence listed two arrests, 11 and 12 March."""
    rows = [
        step_event("a", NAVY, "الاثنين", "2018-03-12", "2018-03-12"),
        step_event("a", NAVY, "الأحد", "2018-03-11", "2018-03-11"),
    ]
    steps = sequence.stated_steps(pd.DataFrame(rows), articles_about("a"), "درنة")
    assert steps[["step", "date"]].values.tolist() == [["arrest", pd.Timestamp("2018-03-11")]]


def test_an_announcement_day_alone_still_dates_its_step():
    """'أعلن الجيش في 7 مايو بدء العملية': the only date of the launch is the day it was announced."""
    steps = sequence.stated_steps(launches(), articles_about("a", "b", "c", "d"), "درنة")
    assert (steps.set_index("article_id").loc["a", "date"]) == pd.Timestamp("2018-05-07")


def test_a_halt_to_the_firing_is_not_an_arrest():
    """أوقف/توقيف stops the firing or the operations as well as detaining a person: a ceasefire is no arrest
    (a ship detained still is)."""
    halt = "أوقفت القوات إطلاق النار في درنة صباح الأربعاء لإصلاح خطوط الكهرباء"
    paused = "أعلن الجيش توقيف العمليات العسكرية في درنة صباح الأربعاء"
    detained = "أوقفت البحرية سفينة شحن قبالة درنة صباح الأربعاء"
    rows = [
        step_event(a, s, "صباح الأربعاء", "2018-05-30TMO", "2018-05-30", kind="TIME")
        for a, s in (("a", halt), ("b", paused), ("c", detained))
    ]
    steps = sequence.stated_steps(pd.DataFrame(rows), articles_about("a", "b", "c"), "درنة")
    assert steps["article_id"].tolist() == ["c"] and steps["step"].tolist() == ["arrest"]


def test_a_rows_speaker_is_the_one_the_quotes_settled_not_the_one_attribution_first_wrote():
    # وكان الرئيس، فلان، قد قال الأحد إن ...: no name after the verb, so attribution first took the last speaker
    # (القناة); reconcile settled the subject before the verb, and the row's actor already says so
    events = pd.DataFrame(
        {"article_id": ["a", "a"], "sentence_id": [3, 4], "time_text": ["الأحد", "أمس"], "speaker": ["القناة", ""]}
    )
    quotes = pd.DataFrame(
        {
            "article_id": ["a"],
            "sentence_id": [3],
            "start": [9],
            "speaker": ["الرئيس التركي"],
            "speaker_id": ["erdogan"],
            "speaker_canonical": ["رجب طيب أردوغان"],
            "speaker_english": ["Recep Tayyip Erdoğan"],
        }
    )
    out = sequence.event_actors(events, quotes, pd.DataFrame()).set_index("sentence_id")
    assert out.loc[3, "speaker"] == "الرئيس التركي"
    assert out.loc[4, "speaker"] == "", "a sentence without a statement keeps no speaker"


def test_the_default_topic_is_the_town_the_most_articles_name():
    places = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b", "c", "b", "c"],
            "name": ["صنعاء", "صنعاء", "صنعاء", "الحديدة", "الحديدة", "اليمن", "اليمن"],
            "kind": ["capital", "capital", "capital", "city", "city", "country", "country"],
        }
    )
    assert topicplaces.default_topic(places) == "الحديدة"  # two articles beat three mentions in one; no country
    assert topicplaces.default_topic(places[places["kind"] == "country"]) is None


def test_a_sentence_naming_the_topic_only_as_its_government_is_not_a_step_of_the_town():
    """On a Syria corpus with the topic «دمشق», «وكانت دمشق قد اتهمت إسرائيل في التاسع من نيسان بشن غارة جوية
    استهدفت مطار التيفور في محافظة حمص» was a launch step of Damascus: Damascus there is the government."""
    accused = "وكانت دمشق قد اتهمت إسرائيل في التاسع من نيسان بشن غارة جوية على مطار في محافظة حمص"
    near = "شن الجيش في التاسع من نيسان هجوما على بلدة قرب دمشق"
    rows = pd.DataFrame(
        [
            step_event("a", accused, "التاسع من نيسان", "2018-04-09", "2018-04-09"),
            step_event("b", near, "التاسع من نيسان", "2018-04-09", "2018-04-09"),
        ]
    )
    places = pd.DataFrame(
        [
            {**place("a", accused, "دمشق", "capital", "SY"), "role": "actor"},
            {**place("a", accused, "حمص", "city", "SY"), "role": "location"},
            {**place("b", near, "دمشق", "capital", "SY"), "role": "location"},
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("a", "b", text="دمشق"), "دمشق", places=places)
    assert steps["article_id"].tolist() == ["b"]


def test_launching_claims_or_an_appeal_is_not_the_launch_of_an_operation():
    """«كما حذر الكرملين الإثنين من خطورة إطلاق مزاعم قبل التحقيق في الهجوم ... قرب دمشق» was a launch step."""
    claims = "وحذر المتحدث الإثنين من خطورة إطلاق مزاعم قبل التحقيق في الهجوم على البلدة قرب درنة"
    rows = pd.DataFrame([step_event("a", claims, "الإثنين", "2018-04-09", "2018-04-09")])
    assert "launch" not in sequence.stated_steps(rows, articles_about("a"), "درنة")["step"].tolist()


def test_the_default_topic_is_the_town_the_events_are_placed_in_not_the_capital_named_as_government():
    """On an Iraq corpus the default topic was «بغداد»: more articles name the capital (as a place, and as the
    government: «طالبت بغداد أنقرة») than Basra, where the protests and their deaths are placed. An analyst expects
    the place the corpus reports most, and the caption to say how it was chosen."""
    places = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d", "a", "b", "e"],
            "name": ["بغداد", "بغداد", "بغداد", "بغداد", "البصرة", "البصرة", "البصرة"],
            "kind": ["capital"] * 4 + ["city"] * 3,
            "role": ["location", "location", "actor", "actor", "location", "location", "location"],
        }
    )
    incidents = pd.DataFrame({"article_id": ["a", "b", "e", "c"], "location": ["البصرة", "البصره", "البصرة", "بغداد"]})
    assert topicplaces.default_topic(places, incidents) == "البصرة"
    candidates = topicplaces.topic_candidates(places, incidents)
    assert candidates[["name", "event_articles", "place_articles"]].values.tolist() == [
        ["البصرة", 3, 3],
        ["بغداد", 1, 2],  # the two mentions as the government do not count
    ]
    note = topicplaces.topic_note(candidates)
    assert "3 مقالة؛ تليها بغداد 1" in note and "placed in by the most articles (3; then بغداد 1)" in note
    # without events, the town named as a place in the most articles (the government's mentions left out)
    assert topicplaces.default_topic(places) == "البصرة"
    assert "named as a place by the most articles (3" in topicplaces.topic_note(topicplaces.topic_candidates(places))


def test_a_threatened_launch_and_the_bounds_of_a_death_toll_are_no_steps():
    """On an Iraq corpus «أعلن أردوغان الخميس أن القوات التركية يمكن أن تشن "في أي وقت" عملية عسكرية» was a launch
    step, and «وارتفع عدد قتلى الاحتجاجات منذ 8 يوليو الجاري إلى 11 قتيلا، حتى الأحد» two days of deaths (8 July,
    the start of the count, and Sunday, its end)."""
    threat = "وقال الوزير الخميس إن القوات يمكن أن تشن في أي وقت عملية عسكرية على المسلحين قرب البصرة"
    vow = "وتتوعد الحكومة الأحد بشن عملية على المسلحين في البصرة"
    tally = "وارتفع عدد قتلى الاحتجاجات في البصرة منذ 8 يوليو إلى 11 قتيلا، حتى الأحد"
    rows = pd.DataFrame(
        [
            step_event("a", threat, "الخميس", "2018-06-07", "2018-06-07"),
            step_event("b", vow, "الأحد", "2018-06-10", "2018-06-10"),
            step_event("c", tally, "8 يوليو", "2018-07-08", "2018-07-08"),
            step_event("c", tally, "الأحد", "2018-07-22", "2018-07-22"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("a", "b", "c", text="البصرة"), "البصرة")
    assert steps.empty, steps[["step", "date", "sentence"]]
    # a launch stated as done, and deaths on a day, are still steps
    done = "وشنت القوات الخميس عملية عسكرية على المسلحين قرب البصرة"
    killed = "وقتل 4 محتجين في البصرة الجمعة"
    rows = pd.DataFrame(
        [
            step_event("d", done, "الخميس", "2018-06-07", "2018-06-07"),
            step_event("e", killed, "الجمعة", "2018-07-20", "2018-07-20"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("d", "e", text="البصرة"), "البصرة")
    assert steps["step"].tolist() == ["launch", "deaths"]


def test_a_launch_done_after_a_threatening_subject_is_still_a_step():
    """«الميليشيات التي تهدد الملاحة شنت الأحد هجوما» and «القوات تستعد منذ أشهر وبدأت هجوما» were dropped as
    threats on a Yemen corpus: a past verb is no threatened step."""
    rel = "وقالت الحكومة إن الميليشيات التي تهدد الملاحة شنت الأحد هجوما على البصرة"
    ready = "وقال إن القوات تستعد منذ أشهر وبدأت الخميس هجوما على البصرة"
    rows = pd.DataFrame(
        [
            step_event("f", rel, "الأحد", "2018-06-10", "2018-06-10"),
            step_event("g", ready, "الخميس", "2018-06-14", "2018-06-14"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("f", "g", text="البصرة"), "البصرة")
    assert steps["step"].tolist() == ["launch", "launch"]


def test_security_forces_opening_fire_is_no_launch_when_the_subject_stands_between():
    """«وأطلقت قوات الأمن العراقية الأربعاء النار في محاولة لتفريق تظاهرة جديدة في البصرة» was a launch step of
    the Basra sequence: the fire comes four words after the verb."""
    fire = "وأطلقت قوات الأمن الأربعاء النار لتفريق تظاهرة في البصرة"
    freed = "وأطلق المسلحون الأحد سراح الرهائن في البصرة"
    launched = "وأطلقت القوات الأربعاء عملية لتطهير الأحياء في البصرة من المسلحين"
    rows = pd.DataFrame(
        [
            step_event("a", fire, "الأربعاء", "2018-09-05", "2018-09-05"),
            step_event("b", freed, "الأحد", "2018-09-09", "2018-09-09"),
            step_event("c", launched, "الأربعاء", "2018-09-05", "2018-09-05"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("a", "b", "c", text="البصرة"), "البصرة")
    assert steps[["article_id", "step"]].values.tolist() == [["c", "launch"]]


def test_two_articles_giving_early_july_outweigh_one_giving_a_day_in_late_july():
    """The Basra sequence dated the protests' launch 20 July, "1 of 3 articles", against «مطلع يوليو» and «قبل نحو
    أسبوع» (the week of 2 July) in two others: a lone day no longer beats the day that more articles' spans hold."""
    rows = [
        step_event("a", "وبدأت المظاهرات في البصرة مطلع يوليو", "مطلع يوليو", "2018-07", "2018-07-01", "2018-07-10"),
        step_event(
            "b", "وبدأت المظاهرات في البصرة قبل نحو أسبوع", "قبل نحو أسبوع", "2018-W27", "2018-07-02", "2018-07-08"
        ),
        step_event("c", "وانطلقت تظاهرات كبيرة في البصرة الجمعة", "الجمعة", "2018-07-20", "2018-07-20"),
    ]
    steps = sequence.stated_steps(pd.DataFrame(rows), articles_about("a", "b", "c", text="البصرة"), "البصرة")
    flagged = sequence.flag_disagreements(steps).set_index("article_id")
    assert flagged["disagrees"].tolist() == [False, False, True]
    assert flagged.loc["c", "disagreement"] == "says 20 July 2018; 2 of 3 articles date it 2018-07-01"
    # a day most articles give still wins over one month (the old rule, unchanged)
    assert test_an_article_that_dates_a_launch_against_most_sources_is_flagged() is None


def test_one_town_spelt_two_ways_is_one_default_topic_candidate():
    """An Afghanistan corpus's caption read «كابول (16 مقالة؛ تليها كابل 4، قندهار 3)»: one city, two spellings,
    counted as two towns. The gazetteer gives both one English name: they are one candidate, under the commoner
    spelling, with the articles of both."""
    places = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d", "e", "e"],
            "name": ["كابول", "كابول", "كابل", "كابل", "قندهار", "قندهار"],
            "name_en": ["Kabul", "Kabul", "Kabul", "Kabul", "Kandahar", "Kandahar"],
            "kind": ["capital"] * 4 + ["city"] * 2,
            "role": ["location"] * 6,
        }
    )
    incidents = pd.DataFrame({"article_id": ["a", "c", "d", "e"], "location": ["كابول", "كابل", "كابل", "قندهار"]})
    ranked = topicplaces.topic_candidates(places, incidents)
    assert ranked["name"].tolist()[0] in {"كابول", "كابل"} and len(ranked) == 2
    assert ranked["event_articles"].tolist() == [3, 1] and ranked["place_articles"].tolist() == [4, 1]


def test_a_launch_told_as_the_days_news_weeks_later_is_another_launch_not_a_disagreement():
    """On a Gaza corpus the launch of the border protests (30 March, 16 articles) listed 25 «disagreeing»
    articles: each told a new air raid on its own day («شنت مقاتلات ... ليل الثلاثاء غارات على قطاع غزة»). A
    launch an article dates within two days of itself, weeks after the date most articles give, is another launch
    of a recurring conflict, shown as its own row; an article dating the first launch otherwise still disagrees."""
    later = "شن الجيش الأحد هجوما جديدا على درنة"
    wrong = "بدأت العملية العسكرية في درنة في 20 مايو"
    rows = launches(
        {**step_event("e", later, "الأحد", "2018-06-10", "2018-06-10"), "dct": pd.Timestamp("2018-06-11")},
        step_event("f", wrong, "20 مايو", "2018-05-20", "2018-05-20"),
    )
    steps = sequence.flag_disagreements(sequence.stated_steps(rows, articles_about(*"abcdef"), "درنة"))
    by_article = steps.set_index("article_id")
    assert not by_article.loc["e", "disagrees"] and by_article.loc["e", "another"]
    assert by_article.loc["f", "disagrees"] and not by_article.loc["f", "another"]
    table = sequence.sequence_table(steps)
    assert table["date"].dt.strftime("%Y-%m-%d").tolist() == ["2018-05-07", "2018-06-10"]
    assert "e (" not in table.loc[0, "disagreeing"] and "f (" in table.loc[0, "disagreeing"]
    assert table.loc[1, "disagreeing"] == ""  # the later launch's row does not repeat the first's disagreements


def test_rockets_kites_and_sirens_launched_are_no_launch_of_an_operation():
    """On a Gaza corpus «ردا على إطلاق عشرات الطائرات الورقية المحملة بمواد حارقة» and «أفاد مراسل ... بإطلاق
    صفارات الإنذار» were launch steps of the topic: what is fired or sounded is no operation launched."""
    kites = "وقررت الحكومة الثلاثاء تشديد الحصار على البلدة ردا على إطلاق عشرات الطائرات الورقية الحارقة"
    sirens = "وأفاد مراسل الاثنين بإطلاق صفارات الإنذار في البلدة"
    rockets = "وأطلقت الفصائل الأحد صواريخ من البلدة"
    launched = "وأطلق الجيش الأربعاء عملية عسكرية في البلدة"
    rows = pd.DataFrame(
        [
            step_event("a", kites, "الثلاثاء", "2018-07-17", "2018-07-17"),
            step_event("b", sirens, "الاثنين", "2018-06-18", "2018-06-18"),
            step_event("c", rockets, "الأحد", "2018-06-17", "2018-06-17"),
            step_event("d", launched, "الأربعاء", "2018-06-20", "2018-06-20"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about(*"abcd", text="البلدة"), "البلدة")
    assert steps[["article_id", "step"]].values.tolist() == [["d", "launch"]]


def test_three_articles_giving_a_day_are_not_outvoted_by_the_day_after_with_its_neighbours():
    """A Hodeidah sequence dated the offensive's launch 14 June, "5 of 7 articles", when three articles said
    Wednesday 13 June and one each 14 and 15 June: the day after collected the days on both sides of it through
    the one-day tolerance. Only a week's or a month's span may outvote the day most articles give."""
    rows = [step_event(a, LAUNCH, "7 مايو", "2018-05-07", "2018-05-07") for a in ("a", "b", "c")]
    rows += [step_event("d", LAUNCH.replace("7 مايو", "8 مايو"), "8 مايو", "2018-05-08", "2018-05-08")]
    rows += [step_event("e", LAUNCH.replace("7 مايو", "9 مايو"), "9 مايو", "2018-05-09", "2018-05-09")]
    steps = sequence.flag_disagreements(sequence.stated_steps(pd.DataFrame(rows), articles_about(*"abcde"), "درنة"))
    assert set(steps["most_sources_date"].dt.strftime("%Y-%m-%d")) == {"2018-05-07"}
    disagreeing = steps.set_index("article_id")["disagrees"]
    assert disagreeing[disagreeing].index.tolist() == ["e"]


def test_a_date_does_not_reach_a_step_word_past_kama_the_start_of_another_statement():
    """«بعد اندلاع اشتباكات في طرابلس في أواخر أغسطس، كما اقتحم مسلحون المؤسسة الوطنية للنفط في 10 سبتمبر» dated the
    storming (an entry step) in late August too: كما opens another statement with its own date."""
    told = (
        "وفر المئات من المهاجرين بعد اندلاع اشتباكات عنيفة في طرابلس في أواخر أغسطس، "
        "كما اقتحم مسلحون المؤسسة الوطنية للنفط في 10 سبتمبر"
    )
    rows = pd.DataFrame(
        [
            step_event("a", told, "أواخر أغسطس", "2018-08", "2018-08-21", "2018-08-31"),
            step_event("a", told, "10 سبتمبر", "2018-09-10", "2018-09-10"),
        ]
    )
    steps = sequence.stated_steps(rows, articles_about("a", text="طرابلس"), "طرابلس")
    assert steps[["step", "date"]].astype(str).values.tolist() == [["entry", "2018-09-10"]]


def test_kama_of_a_parenthetical_as_said_does_not_end_the_dates_clause():
    """«في 10 سبتمبر، كما أفاد شهود عيان، اقتحم مسلحون ...»: «as witnesses said» is no other statement, so the date
    still reaches the storming (its neighbour «كما اقتحم» ends the clause, test above)."""
    told = "وفي 10 سبتمبر، كما أفاد شهود عيان، اقتحم مسلحون مقر المؤسسة الوطنية للنفط في طرابلس"
    rows = pd.DataFrame([step_event("a", told, "10 سبتمبر", "2018-09-10", "2018-09-10")])
    steps = sequence.stated_steps(rows, articles_about("a", text="طرابلس"), "طرابلس")
    assert steps[["step", "date"]].astype(str).values.tolist() == [["entry", "2018-09-10"]]


def test_an_attempt_to_storm_is_not_an_entry():
    """تحاول القوات منذ الأربعاء اقتحام الحديدة: an attempt dated by «since Wednesday», not the storming (stop 35)."""
    tried = "وتحاول القوات الموالية للحكومة منذ الأربعاء الماضي اقتحام درنة"
    row = step_event("a", tried, "الأربعاء", "2018-06-13", "2018-06-13")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة").empty
    stormed = "وأعلن الجيش أن القوات اقتحمت درنة الثلاثاء"
    row = step_event("b", stormed, "الثلاثاء", "2018-06-19", "2018-06-19")
    assert list(sequence.stated_steps(pd.DataFrame([row]), articles_about("b"), "درنة")["step"]) == ["entry"]


def test_air_strikes_waged_are_not_the_launch():
    """شن الاثنين التحالف غارات على مواقع الحوثيين: a raid, not the offensive's launch (stop 35)."""
    raid = "شن الاثنين التحالف العربي غارات على مواقع الحوثيين في درنة"
    row = step_event("a", raid, "الاثنين", "2018-06-18", "2018-06-18")
    assert sequence.stated_steps(pd.DataFrame([row]), articles_about("a"), "درنة").empty
