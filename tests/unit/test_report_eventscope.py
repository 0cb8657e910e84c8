"""Tests for helpers.report.eventscope: statements apart from ACLED types, events told as history left out."""

import pandas as pd

from helpers.report import eventscope

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a"],
        "dct": [pd.Timestamp("2018-06-13")],
        "text": ["قتل عشرات المتظاهرين عام 2014 في كوباني. وقتل جنديان أمس في درنة."],
    }
)


def incidents():
    return pd.DataFrame(
        {
            "event_id": ["a:0:0", "a:1:0", "a:1:1"],
            "article_id": ["a", "a", "a"],
            "event_type": ["Battles", "Battles", "Statement"],
            "event_date": pd.to_datetime(["2018-06-13", "2018-06-12", "2018-06-12"]),
            "start": [0, 44, 44],
            "end": [3, 47, 47],
        }
    )


def test_statements_are_kept_apart_from_acled_types():
    acled, statements = eventscope.split_statements(incidents())
    assert "Statement" not in set(acled["event_type"]) and len(statements) == 1


def test_an_event_whose_sentence_states_an_older_year_is_told_as_history():
    scope = eventscope.scope(incidents(), ARTICLES)
    assert scope.history == 1 and scope.left_out == 1
    assert scope.shown["event_id"].tolist() == ["a:1:0", "a:1:1"]


def test_last_year_is_not_history():
    flags = eventscope.told_as_history(pd.Series(["منذ عام 2017 وحتى ٢٠١٨"]), pd.Series([2018]))
    assert not flags.iloc[0]


def test_arabic_indic_years_are_read():
    assert eventscope.stated_years("في عام ٢٠١٣ قتل") == [2013]


def test_a_birth_year_is_not_history():
    assert eventscope.stated_years("قتل العوامي وهو من مواليد 1991") == []


def _toll_events(sentence: str, fatalities: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    text = f"{sentence} وقتل جنديان أمس في المدينة."
    articles = pd.DataFrame({"article_id": ["t"], "dct": [pd.Timestamp("2018-07-23")], "text": [text]})
    frame = pd.DataFrame(
        {
            "event_id": ["t:0:0", "t:1:0"],
            "article_id": ["t", "t"],
            "event_type": ["Battles", "Battles"],
            "event_date": pd.to_datetime(["2018-07-23", "2018-07-22"]),
            "start": [0, len(sentence) + 1],
            "end": [3, len(sentence) + 4],
            "fatalities": [fatalities, 2.0],
        }
    )
    return frame, articles


def test_a_toll_since_the_war_began_is_a_running_total_not_drawn_nor_counted_as_one_event():
    """A Yemen corpus drew «قتل أكثر من 3 آلاف مدني في تعز منذ اندلاع الحرب» and «قتل نحو 10 آلاف شخص في الحرب»
    as events of their articles' days: the deaths chart was one bar of 10,000 in July and one of 3,000 in May."""
    for sentence, dead in [
        ("وقتل أكثر من 3 آلاف مدني في المدينة منذ اندلاع الحرب.", 3000.0),
        ("ولقد قتل نحو 10 آلاف شخص في الحرب بين القوات الحكومية والمتمردين.", 10000.0),
        ("وقتل نحو ألف من عناصر الجماعة منذ بدء معركة تحرير المدينة.", 1000.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        scope = eventscope.scope(frame, articles)
        assert scope.totals == 1 and scope.left_out == 1, sentence
        assert scope.shown["event_id"].tolist() == ["t:1:0"]


def test_the_deadliest_raid_since_the_war_began_is_still_one_event():
    frame, articles = _toll_events("وقتل 40 شخصا في الغارة الأعنف منذ بدء الحرب.", 40.0)
    assert eventscope.scope(frame, articles).totals == 0
    frame, articles = _toll_events("وقتل 12 جنديا في الحرب الدائرة قرب الحدود.", 12.0)  # a small toll in the war
    assert eventscope.scope(frame, articles).totals == 0


def test_a_toll_over_a_stretch_of_time_or_the_whole_war_is_a_running_total():
    """A Syria corpus drew «مقتل 185 ألف شخص بسبب المعارك ... بحلول فبراير» and «أدت الحرب ... فيما لقي أكثر من 350
    ألف شخص مصرعهم» as events of their articles' days (a deaths table of "at least 350,500"), and tolls counted
    since a date, over the shelling's days or over "the same period" as one event each."""
    for sentence, dead in [
        ("وسجل المركز مقتل 200 ألف شخص بسبب المعارك بحلول يناير من هذا العام.", 200000.0),
        ("وأجبرت الحرب الطويلة الملايين على النزوح، فيما لقي أكثر من 300 ألف شخص مصرعهم.", 300000.0),
        ("وارتفع عدد قتلى القوات الحكومية في معركة المخيم منذ 12 مارس الماضي إلى 90 قتيلا.", 90.0),
        ("ويستمر القصف المتواصل منذ أيام على البلدات، وقد أودى بحياة أكثر من 300 شخص.", 300.0),
        ("وقتل 60 مسلحا من الجماعة خلال الفترة ذاتها.", 60.0),
        ("وقتل 400 شخص على الأقل في الغارات على الريف في الأيام العشرة الأخيرة.", 400.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        scope = eventscope.scope(frame, articles)
        assert scope.totals == 1, sentence
        assert scope.shown["event_id"].tolist() == ["t:1:0"]


def test_a_toll_so_far_or_since_the_operations_start_is_a_running_total():
    """An Egypt corpus drew «وينفذ الجيش عملية ... بدأها في التاسع من فبراير وأسفرت حتى الآن عن مقتل أكثر من مئة»
    as one battle of 9 February (a week of "7 exact + at least 160" dead): a toll so far, or since the operation's
    own start (منذ انطلاقها), is a running total. An attack nobody has claimed "so far" is still one event."""
    for sentence, dead in [
        ("وتشن القوات حملة في الصحراء أسفرت حتى الآن عن مقتل أكثر من 80 مسلحا.", 80.0),
        ("وقتل حتى الآن 45 عنصرا من الجماعة في المحافظة.", 45.0),
        ("وبلغ عدد القتلى حتى اللحظة 70 شخصا.", 70.0),
        ("وقالت الوزارة إن الحملة قتلت 120 مسلحا منذ انطلاقها.", 120.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 1, sentence
    for sentence, dead in [
        ("وقتل 9 أشخاص في تفجير سيارة مفخخة قرب السوق، ولم تتبن أي جهة الهجوم حتى الآن.", 9.0),
        ("وقتل 6 جنود في الهجوم الذي يعد الأعنف منذ انطلاقها.", 6.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence


def test_one_days_toll_told_so_far_is_still_one_event():
    """A Sudan corpus lost «قتل 3 أشخاص ... الخميس في حي بري ... وارتفع عدد القتلى حتى الآن إلى 24» from its
    deaths tables: a toll so far, or since its start, in a sentence that names the day is that day's toll."""
    for sentence, dead in [
        ("وقتل 3 أشخاص الخميس في حي بري، وارتفع عدد القتلى حتى الآن إلى 24.", 3.0),
        ("وأسفر انفجار سيارة مفخخة في السوق الاثنين حتى الآن عن مقتل 14 شخصا.", 14.0),
        ("وقتل حتى الآن 9 مدنيين في غارة على سوق المدينة الثلاثاء.", 9.0),
        ("وقتل 12 شخصا في الهجوم الذي استمر ساعتين منذ بدئه صباح اليوم.", 12.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence


def test_one_attack_in_a_war_or_the_first_since_a_month_is_still_one_event():
    for sentence, dead in [
        ("وقتل 30 شخصا في الهجوم، وهو الأعنف منذ مارس الماضي.", 30.0),
        ("وقتل 25 مدنيا في غارة على سوق البلدة أمس، في واحد من أيام الحرب الدامية.", 25.0),
        ("وقتل 15 جنديا في كمين نصبه المسلحون قرب الحدود صباح اليوم.", 15.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence


def test_a_toll_taken_from_the_next_sentence_is_judged_on_that_sentence():
    """The event «قصفوا مسار قوافل الإغاثة» carried the 568 dead of the next sentence, «وقتل 568 شخصا على الأقل في
    الهجمات ... في الأيام العشرة الأخيرة»: a running total the event's own sentence does not show."""
    first = "وقال التلفزيون إن المسلحين قصفوا طريق القوافل قرب البلدة."
    text = f"{first} وقتل 400 شخص على الأقل في الغارات على الريف في الأيام العشرة الأخيرة."
    articles = pd.DataFrame({"article_id": ["t"], "dct": [pd.Timestamp("2018-07-23")], "text": [text]})
    frame = pd.DataFrame(
        {
            "event_id": ["t:0:0"],
            "article_id": ["t"],
            "event_type": ["Explosions/Remote violence"],
            "event_date": pd.to_datetime(["2018-07-23"]),
            "start": [first.index("قصفوا")],
            "end": [first.index("قصفوا") + 5],
            "fatalities": [400.0],
            "fatalities_text": ["400 شخص"],
        }
    )
    assert eventscope.scope(frame, articles).totals == 1
    assert eventscope.scope(frame.drop(columns="fatalities_text"), articles).totals == 0  # the sentence alone


def test_a_one_day_toll_with_a_date_or_a_war_elsewhere_in_its_sentence_is_still_one_event():
    """Review of s29R: the stretch and war-anywhere rules left out tolls of one day whose sentence names a date
    or a war for another reason (who holds the town since when, a war crime, the deadliest since the war)."""
    for sentence, dead in [
        ("وقتل 25 مدنيا اليوم في غارة على سوق إدلب، التي تسيطر عليها الفصائل منذ مارس الماضي.", 25.0),
        ("وقتل 12 حوثيا أمس في غارات للتحالف على صنعاء الخاضعة للميليشيا منذ سبتمبر.", 12.0),
        ("وقتل 45 مدنيا في القصف المستمر منذ صباح اليوم على دوما.", 45.0),
        ("وقتل 18 شخصا في تفجير انتحاري ببغداد، وهو الأول من نوعه في العاصمة منذ يناير.", 18.0),
        ("وقتل 32 شخصا في التفجير المزدوج وسط بغداد، في أعلى حصيلة منذ يناير.", 32.0),
        ("وقتل 1200 شخص في يوم واحد خلال معارك طرابلس، في مجزرة هي الأكبر.", 1200.0),
        ("وقتل أكثر من 1200 مدني أمس في هجوم على مخيم النازحين، ووصفته الأمم المتحدة بأنه جريمة حرب.", 1200.0),
        ("وقتل 1500 شخص في الهجوم الكيماوي، وهو الأعنف منذ بدء الحرب.", 1500.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence
    frame, articles = _toll_events("وارتفعت اليوم حصيلة قتلى المعارك منذ مارس إلى 120 قتيلا.", 120.0)
    assert eventscope.scope(frame, articles).totals == 1  # brought up to date today: still a running total


def test_a_since_date_in_a_relative_clause_before_the_toll_dates_the_operation_not_the_toll():
    """An Egypt corpus left out «كشف الجيش نتائج البيان رقم 28 للعملية الشاملة، التي ينفذها منذ فبراير الماضي،
    معلنا مقتل 52» as a running total: the منذ dates the operation the relative clause describes, the toll is the
    statement's. A toll before the clause, or one the sentence gives as the operation's own, stays a total."""
    for sentence, dead in [
        ("وأصدر الجيش البيان الخامس للحملة، التي يشنها منذ مارس الماضي، معلنا مقتل 40 مسلحا.", 40.0),
        ("ونشرت القيادة حصاد العمليات، التي تنفذها القوات منذ 3 أبريل، وقالت إن 25 مسلحا قتلوا.", 25.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence
    for sentence, dead in [
        ("وقتل 50 شخصا في المعارك التي تدور منذ مارس الماضي، بحسب المرصد.", 50.0),
        ("والحملة، التي يشنها الجيش منذ مارس، أسفرت عن مقتل 300 مسلح.", 300.0),
        ("وقتل في الحملة التي يشنها الجيش منذ مارس، 300 مسلح.", 300.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 1, sentence


def test_a_toll_since_protests_began_on_a_date_or_over_days_of_protest_is_a_running_total():
    """A Gaza corpus drew the ministry's running count of the weekly border protests («قتلت 46 فلسطينيا منذ بدأت
    الاحتجاجات في 30 مارس»، «منذ يوم 30 من مارس»، «ومنذ ذلك التاريخ قتل 33»، «بعد 10 أيام من الاحتجاجات») as one
    event each, so that the Protests row of the deaths table summed the same dead six times over."""
    for sentence, dead in [
        ("وتقول الوزارة إن القوات قتلت 46 شخصا منذ بدأت الاحتجاجات في 12 مايو.", 46.0),
        ("وقتل 80 متظاهرا على الأقل منذ أن اندلعت المواجهات على الحدود.", 80.0),
        ("وقتل الجنود 90 متظاهرا منذ يوم 12 من مايو خلال احتجاجات على طول الحدود.", 90.0),
        ("وبدأت الاعتصامات في 12 مايو، ومنذ ذلك التاريخ قتل 33 شخصا.", 33.0),
        ("ومنذ ذلك اليوم، لقي 110 أشخاص مصرعهم برصاص الشرطة.", 110.0),
        ("وواجهت الحكومة انتقادات بعد 10 أيام من الاحتجاجات، حيث قتلت قواتها 30 متظاهرا.", 30.0),
        ("وقتل ما لا يقل عن 120 شخصا خلال مظاهرات حاشدة بدأت في 12 مايو/أيار في العاصمة.", 120.0),
        ("وبمقتل 1500 مدني بين الأول من كانون الثاني/يناير و30 حزيران/يونيو، تكون الفترة الأسوأ.", 1500.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 1, sentence
    for sentence, dead in [
        # one day's toll, the protest movement dated in a relative clause after it
        ("وقتل أربعة متظاهرين الجمعة في المدينة حيث يواصل السكان الاحتجاج الذي يقومون به منذ 12 مايو.", 4.0),
        # the deadliest day since the protests began, eight words apart
        ("وقتل 62 شخصا يوم الاثنين في أعنف أعمال عنف تشهدها المنطقة الحدودية مع البلد منذ بدء الاحتجاجات.", 62.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence


def test_a_toll_given_its_day_before_a_start_date_or_days_of_something_stays_that_days_toll():
    """Review of stop 31: «قتل 7 الخميس في كركوك بعد 10 أيام من الانتخابات» and «قتل 4 الجمعة في الاحتجاجات
    التي بدأت في 30 مارس» are one day's dead, and a relative clause whose toll refers back to it («التي يشنها منذ
    فبراير، قتل خلالها 300») is the operation's running total."""
    for sentence, dead in [
        ("وقتل 7 أشخاص الخميس في تفجير بكركوك بعد 10 أيام من الانتخابات التشريعية.", 7.0),
        ("قتل 12 شخصا السبت في هجوم في عدن، بعد 3 أيام من الهجوم على معسكر الصولبان.", 12.0),
        ("وقتل 4 فلسطينيين الجمعة برصاص الجيش في الاحتجاجات التي بدأت في 30 مارس.", 4.0),
        ("قتل 7 متظاهرين اليوم الجمعة في الاحتجاجات المستمرة منذ أن بدأت في 30 مارس.", 7.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence
    for sentence, dead in [
        ("والحملة، التي يشنها الجيش منذ فبراير، قتل خلالها 300 مسلح.", 300.0),
        ("والاحتجاجات، التي تتواصل منذ 30 مارس، قتل فيها 120 فلسطينيا.", 120.0),
        ("وقتل 46 شخصا منذ بدأت الاحتجاجات في 12 مايو.", 46.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 1, sentence


def test_a_toll_of_a_campaign_going_on_for_weeks_is_a_running_total_but_a_strike_days_ago_is_not():
    """A Syria and Turkey corpus drew «تشن القوات هجوما ... منذ ثلاثة أسابيع، في حملة أسفرت عن مقتل 1300 مدني» and
    «معركة التوغل ... منذ ثلاثة أسابيع، والتي أودت بحياة أكثر من 630» as one day's dead each."""
    for sentence, dead in [
        (
            "وتشن القوات هجوما على آخر معاقل المسلحين قرب المدينة منذ ثلاثة أسابيع، في حملة أسفرت عن مقتل 900 مدني.",
            900.0,
        ),
        ("وتقدمت القوات في معركة التوغل داخل الريف المحاصر منذ أسبوعين، والتي أودت بحياة أكثر من 400 مدني.", 400.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 1, sentence
    for sentence, dead in [
        ("وقتل خمسة مدنيين في هجوم على سوق المدينة منذ ثلاثة أيام.", 5.0),  # the toll before: three days ago
        ("وقتل سبعة جنود في غارة شنتها الطائرات منذ يومين على القرية.", 7.0),  # a single strike, no campaign
        ("وكان هجوم انتحاري استهدف مطعما في المدينة منذ يومين قد أسفر عن مقتل 20 شخصا.", 20.0),  # an attack ago
        ("وأسفر الهجوم الذي وقع منذ ثلاثة أيام عن مقتل 12 شخصا.", 12.0),
        ("وكانت عملية عسكرية نفذها الجيش منذ أسبوعين قد أدت إلى مقتل 15 مسلحا.", 15.0),
    ]:
        frame, articles = _toll_events(sentence, dead)
        assert eventscope.scope(frame, articles).totals == 0, sentence
