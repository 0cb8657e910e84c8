"""Fatalities, dates and status of an event (helpers/extract/incidents/details.py)."""

from datetime import date

import pandas as pd

from helpers.extract.incidents.details import event_date, fatalities, reported_as, value_precision
from helpers.text.normalize import normalize_letters


def deaths(text: str) -> list:
    return fatalities(text, normalize_letters(text), 0, len(text))


def test_a_count_after_a_killing_word():
    (found,) = deaths("أودى الانفجار بحياة 3 مدنيين")
    assert (found.count, found.qualifier, found.who) == (3, "exact", "مدنيين")


def test_at_least_after_the_count():
    (found,) = deaths("مقتل 4 جنود على الأقل")
    assert (found.count, found.qualifier) == (4, "at_least")


def test_up_to():
    (found,) = deaths("مقتل ما يصل إلى 40 شخصا")
    assert (found.count, found.qualifier) == (40, "up_to")


def test_the_dead_after_a_victim_phrase():
    (found,) = deaths("وراح ضحيتها اثنان من الجنود")
    assert (found.count, found.who) == (2, "الجنود")


def test_a_count_without_a_killing_word_is_not_fatalities():
    assert deaths("وصل 30 جنديا إلى المدينة") == []


def test_value_precision_is_acleds_day_week_month():
    assert [value_precision(v) for v in ("2018-05-31", "2018-05", "2018-W22", "2018", "")] == [1, 3, 2, 3, 3]


def test_the_first_dated_expression_after_the_trigger_is_the_date():
    times = [
        ("a", 0, None, "2013", "DATE", "2013", pd.Timestamp("2013-01-01"), None, "", "", "", "", "", 0, 50, 54, ""),
        ("a", 0, None, "2015", "DATE", "2015", pd.Timestamp("2015-01-01"), None, "", "", "", "", "", 0, 90, 94, ""),
    ]
    when = event_date(times, (60, 55, 100, 40), date(2018, 6, 1))
    assert (when.when, when.precision, when.text) == (pd.Timestamp("2015-01-01"), 3, "2015")


def test_a_date_in_another_events_part_of_the_sentence_is_not_taken():
    times = [
        ("a", 0, None, "2015", "DATE", "2015", pd.Timestamp("2015-01-01"), None, "", "", "", "", "", 0, 50, 54, "")
    ]
    when = event_date(times, (60, 55, 100, 10), date(2018, 6, 1))
    assert (when.when, when.precision, when.text) == (pd.Timestamp("2018-06-01"), 3, "")


def test_a_date_before_the_sentences_first_event_dates_all_its_events():
    times = [
        (
            "a",
            0,
            None,
            "الجمعة",
            "DATE",
            "2018-06-01",
            pd.Timestamp("2018-06-01"),
            None,
            "",
            "",
            "",
            "",
            "",
            0,
            5,
            11,
            "",
        )
    ]
    when = event_date(times, (60, 55, 100, 20), date(2018, 6, 2))
    assert (when.when, when.precision) == (pd.Timestamp("2018-06-01"), 1)


def test_reported_as_planned_with_a_future_prefix():
    norm = normalize_letters("ستقصف القوات المدينة")
    assert reported_as(norm, (0, len(norm)), 0, True, False) == "planned"


def test_reported_as_denied_beats_claimed():
    norm = normalize_letters("نفت الوزارة اعتقال الصحفي")
    assert reported_as(norm, (0, len(norm)), norm.index("اعتقال"), False, True) == "denied"


def test_thousands_multiply_the_count():
    (found,) = deaths("أدى النزاع إلى مقتل نحو عشرة آلاف شخص")
    assert (found.count, found.qualifier, found.who) == (10_000, "about", "شخص")


def test_the_date_of_a_first_since_is_not_the_events():
    from helpers.extract import pipeline
    from helpers.extract.incidents.scope import INCIDENT_COLUMNS

    title = "أخبار اليوم"
    text = (
        f"{title}\nأعلنت منظمة الخوذ البيضاء السبت مقتل إحدى المسعفات جراء القصف على مدينة إدلب، لتكون أول مسعفة"
        " تقتل منذ تأسيس المنظمة العام 2013."
    )
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2018-08-10"), "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": len(title) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    (row,) = [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]
    assert str(row["event_date"])[:10] == "2018-08-04"


def _rows(text: str, dct: str) -> list[dict]:
    from helpers.extract import pipeline
    from helpers.extract.incidents.scope import INCIDENT_COLUMNS

    record = {"article_id": "a", "text": text, "dct": pd.Timestamp(dct), "dct_source": "published",
              "outlet": "Sky News Arabia"}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_an_act_without_a_date_takes_the_day_the_lead_tells_of():
    text = (
        "حقق الجيش أمس الأربعاء تقدما في ريف المدينة الشرقي.\n"
        "وأفاد مصدر عسكري بأن القوات تمكنت من تحرير قرية العامرية بعد معارك مع المسلحين.\n"
        "وفي الجنوب شن طيران الجيش غارات على مواقع المسلحين قرب بلدة السلام."
    )
    rows = _rows(text, "2019-03-14")
    assert [str(r["event_date"])[:10] for r in rows] == ["2019-03-13", "2019-03-13"]


def test_a_lead_dated_long_before_or_today_leaves_the_dct():
    from helpers.extract.incidents.details import lead_day

    row = ("a", 0, None, "أمس", "DATE", "2019-03-13", pd.Timestamp("2019-03-13"))
    later = ("a", 2, None, "أمس", "DATE", "2019-03-13", pd.Timestamp("2019-03-13"))
    old = ("a", 0, None, "يناير", "DATE", "2019-01-02", pd.Timestamp("2019-01-02"))
    assert lead_day([row], date(2019, 3, 14)) == pd.Timestamp("2019-03-13")
    assert lead_day([later], date(2019, 3, 14)) is None
    assert lead_day([old], date(2019, 3, 14)) is None


def test_an_act_told_days_before_the_sentences_date_is_dated_back():
    text = "قتل شرطي في اشتباك مع مسلحين أمس قرب الحدود بعد ثلاثة أيام على هجوم انتحاري نفذه التنظيم في المدينة."
    dates = {r["trigger"]: str(r["event_date"])[:10] for r in _rows(text, "2019-03-14")}
    assert dates == {"اشتباك": "2019-03-13", "هجوم انتحاري": "2019-03-10"}
    text = "وقتل جنديان في اشتباك أمس بعد يومين من تفجير استهدف دورية للجيش في المدينة."
    dates = {r["trigger"]: str(r["event_date"])[:10] for r in _rows(text, "2019-03-14")}
    assert dates.get("تفجير") == "2019-03-11"


def test_a_time_in_a_relative_clause_does_not_date_the_main_event():
    text = "وأمس الاثنين قالت الحكومة التي غادرت العاصمة في مارس إن قواتها استعادت السيطرة على أجزاء من محافظة إب."
    (row,) = _rows(text, "2015-08-11")
    assert str(row["event_date"])[:10] == "2015-08-10"


def test_an_attack_dated_after_its_trigger_keeps_that_date_and_the_next_sentence_the_main_acts():
    text = (
        "قتل جندي في اشتباك مع مسلحين أمس بعد يومين من هجوم انتحاري وقع في الخامس من مارس على نقطة أمنية.\n"
        "وأسفرت الاشتباكات عن مقتل ثلاثة مسلحين في المنطقة نفسها."
    )
    dates = {r["trigger"]: str(r["event_date"])[:10] for r in _rows(text, "2019-03-14")}
    assert dates.get("هجوم انتحاري") == "2019-03-05"
    text = (
        "قتل جندي في اشتباك مع مسلحين أمس بعد ثلاثة أيام على هجوم انتحاري في المدينة.\n"
        "وأسفرت الاشتباكات عن مقتل ثلاثة مسلحين في المنطقة نفسها."
    )
    rows = _rows(text, "2019-03-14")
    assert [str(r["event_date"])[:10] for r in rows if r["sentence_id"] == 1] == ["2019-03-13"]


def test_the_time_of_a_relative_clause_on_the_event_itself_dates_it_and_plans_take_no_lead_day():
    text = "قالت الشرطة أمس إن المظاهرة التي خرجت يوم الاثنين في وسط المدينة شهدت اعتقال عشرين شخصا."
    (row,) = [r for r in _rows(text, "2019-03-14") if r["trigger"].startswith("اعتقال")]
    assert str(row["event_date"])[:10] == "2019-03-11"
    text = "هاجم مسلحون أمس الأربعاء نقطة للجيش في ريف المدينة.\nومن المقرر أن تنظم الأحزاب مظاهرة في وسط العاصمة."
    planned = [r for r in _rows(text, "2019-03-14") if r["reported_as"] == "planned"]
    assert all(str(r["event_date"])[:10] != "2019-03-13" for r in planned)


def test_the_town_ibb_written_with_the_hamza_below_is_no_month_of_august():
    text = "وفي إب، ومع اشتداد المعارك بين المسلحين والقوات الحكومية، قتل قائد ميداني في كمين نصبه مسلحون."
    rows = _rows(text, "2015-07-24")
    assert rows and {str(r["event_date"])[:10] for r in rows} == {"2015-07-24"}


def test_a_time_in_a_later_clause_of_what_another_announced_does_not_date_the_act():
    text = (
        "وبعد استكمال تحرير مدينة سرت من التنظيم، كان على القوات التقدم نحو الجنوب، وهذا ما أعلنه رئيس الأركان "
        "مطلع مارس الجاري."
    )
    (row,) = _rows(text, "2019-03-20")
    assert (row["trigger"], row["date_text"]) == ("تحرير", "")


def test_an_act_retold_after_an_earlier_report_is_marked_as_a_retelling():
    from helpers.extract.incidents.details import RETOLD_NOTE

    text = "وخلال العمليات الأخيرة، أعلن الجيش عن مقتل قائد التنظيم في المدينة خلال اشتباكات مع المسلحين."
    rows = _rows(text, "2019-03-20")
    assert rows and {(r["date_note"], r["time_precision"]) for r in rows} == {(RETOLD_NOTE, 3)}
    (news,) = _rows("أعلن الجيش الخميس مقتل قائد التنظيم في اشتباكات مع المسلحين.", "2019-03-20")
    assert news["date_note"] != RETOLD_NOTE


def test_an_act_that_provoked_anger_or_came_hours_after_an_announcement_is_no_retelling():
    from helpers.extract.incidents.details import retelling
    from helpers.text.normalize import normalize_letters

    def told_again(text: str, word: str, dated: bool) -> bool:
        norm = normalize_letters(text)
        return retelling(norm, norm.index(normalize_letters(word)), dated)

    assert not told_again("وأثار اغتيال المحافظ يوم الأحد في المدينة غضبا واسعا", "اغتيال", True)
    assert told_again("وتناولت الصحيفة تداعيات اغتيال المحافظ يوم الأحد", "اغتيال", True)
    assert not told_again("وبعد ساعات من إعلان الهدنة، قصفت الميليشيات المدينة بالصواريخ", "قصفت", False)
    assert not told_again("وقال الجيش، الذي كان قد توعد بالرد، إن مسلحين قتلوا جنديين في الكمين", "قتلوا", False)
    assert told_again("وكان الجيش قد أعلن أن مسلحين قتلوا جنديين في الكمين", "قتلوا", False)


def test_the_killed_and_the_wounded_counted_together_are_casualties_not_the_dead():
    assert deaths("وأفاد مسعفون بأن القصف خلّف 64 قتيلا وجريحا في السوق") == []
    assert deaths("وقالت المصادر إن عشرات القتلى والجرحى سقطوا في الغارة على القرية") == []
    assert deaths("وسقط في الاشتباكات 15 شخصا بين قتيل وجريح") == []
    assert deaths("أدى تفجير السيارة إلى مقتل وجرح نحو 40 شخصا") == []
    assert [d.count for d in deaths("أسفر الهجوم على الحاجز عن مقتل 4 جنود وجرح 9 آخرين")] == [4]
    assert [d.count for d in deaths("خلف القصف 20 قتيلا و30 جريحا")] == [20]


def test_bodies_found_are_the_dead_one_for_a_body_two_for_a_dual():
    assert [d.count for d in deaths("عثر الأهالي على جثة شاب قرب الوادي")] == [1]
    assert [d.count for d in deaths("وعثرت دورية على جثتي مزارعين في البستان")] == [2]


def test_bodies_found_with_a_count_before_or_after():
    assert [d.count for d in deaths("انتشلت فرق الإنقاذ 14 جثة من النهر")] == [14]
    assert [d.count for d in deaths("تم العثور على جثث ستة أشخاص في المنطقة")] == [6]


def test_bodies_without_a_count_or_not_found_are_no_dead():
    assert deaths("عثرت الشرطة على جثث في أحد الأودية") == []
    assert deaths("تسلمت الأسرة جثة ابنها من المستشفى") == []


def test_one_dead_told_by_a_relative_clause_or_a_death_of_wounds():
    assert [d.count for d in deaths("شيع الأهالي الجندي الذي استشهد في الهجوم على الموقع")] == [1]
    assert [d.count for d in deaths("ونقل إلى المستشفى حيث توفي بعد أسبوع متأثرا بجراحه")] == [1]


def test_a_relative_clause_of_dying_beside_a_count_adds_no_dead():
    assert [d.count for d in deaths("مقتل 4 جنود بينهم الضابط الذي استشهد عند البوابة")] == [4]


def test_a_place_named_by_a_day_and_month_is_no_date_of_the_act():
    text = "وسيطرت القوات على قصر 14 أكتوبر في وسط المدينة بعد معارك مع المسلحين."
    rows = [r for r in _rows(text, "2016-03-09") if r["trigger"].startswith("سيطرت")]
    assert rows and str(rows[0]["event_date"])[:10] == "2016-03-09"
    text = "وسيطرت القوات على المدينة في 14 أكتوبر بعد معارك مع المسلحين."
    rows = [r for r in _rows(text, "2016-03-09") if r["trigger"].startswith("سيطرت")]
    assert rows and str(rows[0]["event_date"])[:10] == "2015-10-14"


def test_a_total_over_a_past_period_is_dated_to_the_periods_start():
    text = "وأسفرت المعارك في المدينة خلال ثلاثة أشهر عن مقتل 400 مسلح."
    rows = [r for r in _rows(text, "2016-07-20") if r["trigger"] == "معارك"]
    assert rows and (str(rows[0]["event_date"])[:10], rows[0]["time_precision"]) == ("2016-04-20", 3)


def test_a_period_of_hours_or_to_come_gives_no_start():
    text = "وأسفرت المعارك في المدينة خلال 24 ساعة عن مقتل 30 مسلحا."
    rows = [r for r in _rows(text, "2016-07-20") if r["trigger"] == "معارك"]
    assert rows and str(rows[0]["event_date"])[:10] == "2016-07-20"


def test_the_end_of_a_span_after_the_trigger_is_not_the_day_the_act_began():
    text = (
        "وقال مصدر إن مواجهات عنيفة اندلعت مساء الثلاثاء بين الطرفين في مدينة الضالع، عقب محاولة المسلحين الهجوم "
        "على مواقع الجيش، واستمرت تلك المواجهات حتى صباح الأربعاء."
    )
    rows = _rows(text, "2016-03-10")
    assert rows and {str(r["event_date"])[:10] for r in rows} == {"2016-03-08"}


def test_a_toll_since_a_stated_day_is_dated_to_that_day():
    text = "وأسفرت الاشتباكات في مدينة حلب منذ الخامس من مارس عن مقتل 300 مقاتل."
    rows = [r for r in _rows(text, "2016-07-20") if r["fatalities"]]
    assert rows and (str(rows[0]["event_date"])[:10], rows[0]["time_precision"]) == ("2016-03-05", 1)
    assert rows[0]["date_note"].startswith("date: the start of the span")


def test_a_blast_compared_over_a_month_is_not_dated_to_the_months_start():
    text = "وقال مصدر إن التفجير في مدينة الموصل هو الثالث من نوعه خلال شهر واحد."
    rows = [r for r in _rows(text, "2016-07-20") if r["event_type"] == "Explosions/Remote violence"]
    assert all(str(r["event_date"])[:10] != "2016-06-20" for r in rows)


def test_a_running_totals_since_date_does_not_date_the_act_that_adds_to_it():
    text = "وأسفر القصف على مدينة حرستا عن مقتل خمسة مدنيين، لترتفع بذلك حصيلة القتلى منذ الخامس من مارس إلى 900."
    rows = [r for r in _rows(text, "2016-07-20") if r["fatalities"]]
    assert rows and all(str(r["event_date"])[:10] != "2016-03-05" for r in rows)


def test_a_thousand_in_the_accusative_multiplies_the_count():
    ((found),) = deaths("وأودت الحرب الأهلية بحياة أكثر من ثلاثين ألفا منذ اندلاعها")
    assert (found.count, found.qualifier) == (30_000, "at_least")


def test_a_count_joined_by_and_to_hundreds_adds_up_rather_than_naming_the_victims():
    assert [d.count for d in deaths("أسفرت المعارك عن مقتل أكثر من مئة ونحو 40 من المسلحين")] == [140]
    assert [d.count for d in deaths("وأعلن الجيش مقتل مئتين وخمسين متمردا في العملية")] == [250]
    assert [d.count for d in deaths("أسفر التفجير عن مقتل 12 شخصا وثلاثة جنود")] == [15]


def test_two_dead_told_by_an_indefinite_dual_subject_and_its_passive_dual_verb():
    assert [d.count for d in deaths("وذكرت الشرطة أن مدنيين اثنين قتلا في القصف")] == [2]
    assert [d.count for d in deaths("وأفاد مصدر طبي بأن شرطيين قتلا، وأصيب خمسة آخرون")] == [2]
    assert deaths("وأكد البيان أن الطرفين قتلا الهدنة") == []  # a definite dual is no count of dead
    assert deaths("وقال الأهالي إن مسلحين قتلا راعيا وسرقا ماشيته") == []  # an active verb: the two are the killers
    assert deaths("وقالت الشرطة إن مسلحين قتلا وجرحا ثلاثة في هجوم") == []  # two active verbs: the killers


def test_a_man_and_a_count_of_his_own_men_killed_are_one_more_than_the_count():
    text = "وقالت المصادر إن القائد الميداني أبو علي و 7 من مرافقيه قتلوا في الكمين"
    assert [d.count for d in deaths(text)] == [8]
    assert [d.count for d in deaths("لقي قائد ميداني و7 من مرافقيه مصرعهم")] == [8]  # not counted twice
    assert [d.count for d in deaths("وقتل 7 من مرافقيه في الكمين")] == [7]  # the men alone


def test_a_count_joined_to_hundreds_keeps_the_victims_named_after_it():
    (found,) = deaths("أسفرت الغارات عن مقتل أكثر من مئة ونحو 30 مدنيا في ريف المدينة")
    assert (found.count, found.who) == (130, "مدنيا")
    (found,) = deaths("أسفرت المعارك عن مقتل مئة ونحو 40 من المسلحين")
    assert found.count == 140
    assert [d.who for d in deaths("أسفر القصف عن مقتل مئة وعشرين")] == [""]


def test_a_joined_count_ending_on_others_or_a_pronoun_names_no_victims():
    for tail in ("آخرين", "منهم أطفال", "بينهم نساء", "حسب مصادر طبية", "طفلا وامرأة"):
        found = deaths(f"أسفر القصف على الرقة عن مقتل مئة ونحو 30 {tail}")
        assert [d.who for d in found] == [""], tail


def test_a_joined_count_of_fighters_keeps_no_civilian_victims():
    (found,) = deaths("أسفرت الغارات عن مقتل مئة ونحو 30 عنصرا من تنظيم داعش")
    assert found.count == 130
    assert found.who != "عنصرا"
    (civil,) = deaths("أسفر القصف عن مقتل مئة ونحو 30 مدنيا")
    assert civil.who == "مدنيا"


def test_a_killing_a_fight_may_cause_is_not_done():
    """«فقد يؤدي القتال ... إلى مقتل ما يصل إلى 250 ألف شخص» (a UN scenario) added 250,000 dead to a Hodeidah
    deaths table; «فقد أدى القتال إلى مقتل» (past: it did) stays reported."""
    norm = normalize_letters("وبحسب الأمم المتحدة فقد يؤدي القتال إلى مقتل ما يصل إلى 250 ألف شخص")
    assert reported_as(norm, (0, len(norm)), norm.index("مقتل"), False, False) == "planned"
    norm = normalize_letters("وبحسب الأمم المتحدة فقد أدى القتال إلى مقتل 25 شخصا")
    assert reported_as(norm, (0, len(norm)), norm.index("مقتل"), False, False) == "reported"


def test_a_step_that_may_cause_no_deaths_leaves_the_killing_done():
    """«في خطوة قد تؤدي إلى تصعيد التوتر، قصفت ... ما أدى إلى مقتل تسعة» is a done killing (review of stop 33)."""
    norm = normalize_letters("وفي خطوة قد تؤدي إلى تصعيد التوتر، قصفت الطائرات البلدة ما أدى إلى مقتل تسعة مدنيين")
    assert reported_as(norm, (0, len(norm)), norm.index("قصفت"), False, False) == "reported"
    norm = normalize_letters("وبحسب المنظمة فقد يتسبب القصف بمقتل 400 طفل خلال أسابيع")
    assert reported_as(norm, (0, len(norm)), norm.index("القصف"), False, False) == "planned"
