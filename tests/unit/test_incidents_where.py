"""Where an event happened (helpers/extract/incidents/where.py): the place its clause governs, not an allegiance,
an origin or a whole country; a facility at its town; a statement where it was made; and, with no place in its
sentence, the place of the article's account."""

from types import SimpleNamespace

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.scope import INCIDENT_COLUMNS
from helpers.extract.incidents.where import acled_spelling, clause_end, made_at, not_where, unnamed_part
from helpers.text.normalize import normalize_letters

TITLE = "أخبار اليوم"


def rows(*sentences: str) -> list[dict]:
    text = TITLE + "\n" + " ".join(sentences)
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2018-08-10"), "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def place_of(*sentences: str, event_type: str | None = None) -> str:
    found = [r for r in rows(*sentences) if event_type is None or r["event_type"] == event_type]
    return found[0]["location_en"]


def test_an_allegiance_is_not_the_place_of_a_strike():
    assert place_of("قصفت طائرات التحالف مواقع للمتمردين الموالين لإيران في مدينة الحديدة.") == "Al Hudaydah"


def test_a_place_after_a_short_parenthesis_is_still_in_the_triggers_clause():
    found = place_of("شنت طائرات التحالف المنطلقة من جازان غارات، الخميس، على مدينة الحديدة.")
    assert found == "Al Hudaydah"


def test_a_town_of_the_country_before_wins_over_the_country():
    assert place_of("في مدينة درنة شرق ليبيا، اندلعت اشتباكات عنيفة بين الجيش والمسلحين.") == "Darnah"


def test_protests_across_a_whole_country_have_no_single_place():
    assert place_of("خرجت مظاهرات في مختلف أنحاء تركيا احتجاجا على تمديد حالة الطوارئ.") == ""
    assert place_of("خرجت مظاهرات في مدينة إسطنبول احتجاجا على تمديد حالة الطوارئ.") == "Istanbul"


def test_a_row_with_no_place_in_its_sentence_takes_the_accounts_place():
    found = place_of(
        "اعتقلت الشرطة الإسبانية ناشطا في مدريد.",
        "وتظاهر نشطاء أمام المحكمة مطالبين بالإفراج عنه.",
        event_type="Protests",
    )
    assert found == "Madrid"


def test_a_statements_place_is_where_it_was_made_not_what_it_names():
    norm = "اعلن حفتر في مؤتمر صحفي في بنغازي بدء عمليه تحرير درنه"
    benghazi = SimpleNamespace(start=norm.index("بنغازي"), end=norm.index("بنغازي") + 6)
    derna = SimpleNamespace(start=norm.index("درنه"), end=len(norm))
    assert made_at(norm, [benghazi, derna], len("اعلن"), len(norm)) is benghazi
    warned = "حذرت القياده من السعي لانشاء وجود عسكري في الجنوب الليبي"
    south = SimpleNamespace(start=warned.index("الجنوب"), end=len(warned))
    assert made_at(warned, [south], len("حذرت"), len(warned)) is None


def test_a_place_after_wanted_in_is_where_the_act_happened_not_an_origin():
    norm = normalize_letters("وأعلنت الشرطة اعتقال خمسة مطلوبين في بغداد.")
    assert not not_where(norm, SimpleNamespace(start=norm.index("بغداد")))
    norm = normalize_letters("وهاجم مسلحون مطلوبون أمنيا من مصر نقطة تفتيش.")
    assert not_where(norm, SimpleNamespace(start=norm.index("مصر")))


def test_the_place_fire_came_from_is_not_where_it_fell():
    norm = "قصف الحوثيون المدينه من مواقعهم في الجراحي"
    assert not_where(norm, SimpleNamespace(start=norm.index("الجراحي")))
    assert not not_where("قصف الحوثيون مواقع في الجراحي", SimpleNamespace(start=len("قصف الحوثيون مواقع في ")))


def test_a_clause_ends_at_a_comma_but_not_at_a_short_parenthesis():
    norm = "شنت غارات، الخميس، علي صعده، وقتل"
    assert clause_end(norm, len("شنت غارات"), len(norm)) == norm.index("، وقتل")


def test_a_facility_with_no_english_name_is_coded_at_its_town():
    (row,) = rows("وقال مسؤولون أتراك إن الصحفي قتل في القنصلية السعودية في إسطنبول.")
    assert (row["location_en"], row["geo_precision"]) == ("Istanbul", 2)


def test_an_ally_is_not_a_place():
    norm = "غارات شنتها القوات مع حليفتها موسكو علي البلده"
    assert not_where(norm, SimpleNamespace(start=norm.index("موسكو")))
    assert not not_where("غارات علي موسكو", SimpleNamespace(start=len("غارات علي ")))


def test_a_facility_with_no_english_name_is_coded_at_the_town_in_its_name():
    (row,) = rows("هاجمت قوات مجهولة سفينة مساعدات في ميناء الحديدة في اليمن.")
    assert (row["location_en"], row["geo_precision"]) == ("Al Hudaydah", 2)


def test_a_place_a_group_is_close_to_is_an_allegiance():
    norm = "قتل متظاهر برصاص حراس مقر منظمه بدر المقربه من ايران في الديوانيه"
    assert not_where(norm, SimpleNamespace(start=norm.index("ايران")))


def test_near_a_place_is_where_not_an_allegiance():
    norm = "شنت طائرات حربيه غارات علي مواقع للمعارضه علي مقربه من ادلب"
    assert not not_where(norm, SimpleNamespace(start=norm.index("ادلب")))


def test_a_place_finer_than_the_gazetteer_is_coded_by_its_name_at_its_towns_point():
    (row,) = rows("وفي محافظة البيضاء، استهدفت المقاتلات مواقع للمتمردين في منطقة فضحة، ما أدى إلى مقتل عشرة.")
    assert (row["location"], row["location_en"], row["geo_precision"]) == ("فضحة", "Fadha", 2)
    assert row["latitude"] is not None


def test_a_place_finer_than_the_gazetteer_in_a_country_only_has_the_regions_precision():
    (row,) = rows("وسيطرت قوات الجيش اليمني على منطقة الفضحة في اليمن.")
    assert (row["location_en"], row["geo_precision"]) == ("al-Fadha", 3)
    (row,) = rows("وسيطرت قوات الجيش اليمني على منطقة الفضحة في مديرية نهم شرق صنعاء.")
    assert row["geo_precision"] == 2


def test_a_word_describing_a_facility_is_not_part_of_its_name():
    (row,) = rows("اعتقلت السلطات الروسية رجل أعمال وأودعته سجن ليفورتوفو الشهير في موسكو.")
    assert row["location_en"] == "Lifourtoufo"


def test_a_facility_named_by_a_description_is_coded_at_its_town():
    (row,) = rows("اعتقلت الشرطة التركية رجلا قرب قنصلية بلاده في إسطنبول.")
    assert row["location_en"] == "Istanbul"


def test_an_air_base_is_a_facility_coded_by_its_name():
    (row,) = rows("قصفت الطائرات مواقع للمتمردين في قاعدة الديلمي في صنعاء.")
    assert (row["location_en"], row["geo_precision"]) == ("al-Dilmi", 2)


def test_the_state_leading_a_coalition_is_not_the_place_of_its_strike():
    found = place_of("قتل مسلحون في غارات لطيران التحالف العربي بقيادة السعودية على قرية الحصن في محافظة أبين.")
    assert found not in ("Saudi Arabia", "")
    assert not_where("غارات التحالف الذي تقوده السعوديه", _mention("غارات التحالف الذي تقوده السعوديه", "السعوديه"))


def _mention(norm: str, word: str) -> SimpleNamespace:
    return SimpleNamespace(start=norm.index(word), end=norm.index(word) + len(word))


# Stop 25


def test_a_clause_opened_by_amma_after_a_comma_is_no_parenthesis():
    text = "وفي صعدة، معقل المتمردين، قصفت طائرات التحالف منازل قادتهم،أما في تعز، جنوبي البلاد، فقد قتل خمسة."
    assert place_of(text, event_type="Explosions/Remote violence") == "Sadah"


def test_the_country_across_a_border_is_not_where_strikes_fell():
    text = "شنت طائرات التحالف غارات على مديريات يمنية على الحدود مع السعودية، من بينها ساقين."
    assert place_of(text, event_type="Explosions/Remote violence") != "Saudi Arabia"


def test_a_clash_at_a_clauses_end_takes_the_nearest_place_before_it():
    text = (
        "وفي صعدة، معقل المتمردين، قصف طيران التحالف مواقع ومخازن تابعة لهم،أما في تعز، وسط البلاد، فقد قتل 9 أشخاص"
        " وجرح 20 آخرون من مسلحي الحوثي وقوات صالح، نتيجة مواجهات عنيفة مع المقاومة."
    )
    assert place_of(text, event_type="Battles") == "Taiz"


def test_a_place_that_only_situates_the_town_before_it_is_passed_over():
    text = "وصلت بعثة التحقيق إلى مدينة دوما قرب دمشق بعدما لقي 40 شخصا حتفهم في هجوم بالغاز."
    assert place_of(text) == "Duma"


def test_a_state_right_after_a_town_of_it_is_coded_at_the_town():
    found = place_of("وصل المحققون إلى مدينة أوستن بولاية تكساس صباح اليوم.", "وكان طرد مفخخ قد انفجر أمس وقتل رجلا.")
    assert found == "Austin"


def test_a_direction_with_bi_or_fi_only_situates_the_place_before_it():
    assert place_of("وفي مدينة دوما بشرق دمشق، اندلعت اشتباكات عنيفة بين الجيش والمسلحين.") == "Duma"
    assert place_of("وفي مدينة دوما في شرق دمشق، اندلعت اشتباكات عنيفة بين الجيش والمسلحين.") == "Duma"


def test_english_names_are_written_without_the_marks_for_ain_and_hamza():
    assert acled_spelling("Sa'dah") == "Sadah" and acled_spelling("`Afrin") == "Afrin"
    assert acled_spelling("Ad Dali`") == "Ad Dali" and acled_spelling("N'Djamena") == "N'Djamena"
    assert place_of("قتل 12 شخصا أمس في تفجير في مدينة صعدة اليمنية.") == "Sadah"


def test_a_hillock_or_a_basin_of_a_town_is_coded_by_its_whole_name():
    found = place_of("فجر مقاتلو المقاومة دبابة للحوثيين في هجوم على حوض الأشراف وسط مدينة تعز اليمنية.")
    assert found.startswith("Houd") and found.endswith("al-Ashraf")
    assert place_of("قصفت طائرات التحالف مواقع للحوثيين في تبة الخزان بمدينة تعز اليمنية.").startswith("Tab")


def test_the_place_is_shown_as_the_article_writes_it():
    (row,) = [r for r in rows("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة بنغازي اليوم.") if r["location_en"]]
    assert (row["location"], row["location_en"]) == ("بنغازي", "Benghazi")


def test_a_quoted_district_is_shown_without_its_quotes():
    found = rows('قتل جنديان في اشتباكات مع المسلحين في منطقة "شيحة" في مدينة درنة.')
    assert [(r["location"], r["location_en"]) for r in found] == [("شيحة", "Shiha (Derna)")]


def test_after_review_a_checkpoint_with_no_name_keeps_the_town_precise():
    found = rows("هاجم مسلحون نقطة تفتيش للجيش في مدينة العريش اليوم وقتلوا جنديين.")
    assert [(r["location_en"], r["geo_precision"]) for r in found] == [("Arish", 1)]
    assert [r["location_en"] for r in rows("واندلعت معارك من نقطة الصفر بين الجيش والحوثيين في مدينة الحديدة اليوم.")]


def test_after_review_the_place_after_li_is_shown_with_its_article():
    found = [r for r in rows("قصفت الطائرات الضفة الشرقية للموصل اليوم وقتل خمسة مسلحين.") if r["location_en"]]
    assert found and all(not r["location"].startswith("لل") for r in found)


def test_a_country_alone_is_no_single_place_of_an_act():
    assert place_of("وشنت الطائرات التركية غارات على مواقع المسلحين في العراق.") == ""
    assert place_of("وشنت الطائرات التركية غارات على مواقع المسلحين في مدينة الموصل في العراق.") == "Mosul"


def test_a_sentence_naming_a_country_takes_no_place_from_the_account():
    found = rows(
        "قتل ثلاثة مدنيين في قصف على مدينة الموصل.", "وشنت الطائرات التركية غارات على مواقع المسلحين في العراق."
    )
    assert [r["location_en"] for r in found] == ["Mosul", ""]


def test_the_country_column_keeps_the_country_of_a_town_and_of_a_country_alone():
    town = rows("قصفت طائرات التحالف مواقع للمتمردين في مدينة الحديدة.")[0]
    assert (town["location_en"], town["country"]) == ("Al Hudaydah", "Yemen")
    alone = rows("شنت طائرات التحالف غارات على مواقع للمتمردين في اليمن.")[0]
    assert (alone["location"], alone["country"]) == ("", "Yemen")  # no single place, but the country is known


def test_a_tally_over_a_period_takes_no_place_from_the_account():
    found = rows(
        "قتل ثلاثة جنود في هجوم على مدينة الموصل.",
        "وقتل 40 جنديا في هجمات شنها المسلحون في الفترة من مطلع يناير وحتى نهاية مارس.",
    )
    assert [r["location_en"] for r in found] == ["Mosul", ""]
    whole = rows(
        "قتل ثلاثة جنود في هجوم على مدينة الموصل.", "وشنت الطائرات غارات على مواقع المسلحين داخل وخارج البلاد."
    )
    assert [r["location_en"] for r in whole] == ["Mosul", ""]


def test_an_event_ranked_within_a_period_keeps_the_account_place():
    """Another attack (الهجوم, the same one told again, is folded into the first row)."""
    found = rows("قتل ثلاثة جنود في هجوم على مدينة الموصل.", "وأصيب جنديان في هجوم آخر يعد الأعنف خلال الأشهر الماضية.")
    assert [r["location_en"] for r in found] == ["Mosul", "Mosul"]


def test_a_gulf_or_a_continent_is_no_place_of_an_event():
    found = rows(
        "خرج آلاف المتظاهرين في مدينة البصرة احتجاجا على انقطاع الكهرباء.",
        "وتقع موانئ المدينة على الخليج، واحتج المتظاهرون على الإهمال.",
    )
    assert {r["location_en"] for r in found} == {"Basrah"}


def test_an_act_at_sea_takes_no_place_from_the_account():
    """A tanker attacked in the Red Sea, in an article datelined Riyadh: the act is at sea, not in Riyadh."""
    found = rows(
        "وصل وزير الدفاع إلى الرياض مساء أمس.", "واستهدف الحوثيون ناقلة نفط سعودية في البحر الأحمر بزورق مفخخ."
    )
    assert [r["location_en"] for r in found if r["trigger"] == "استهدف"] == [""]


def test_an_event_at_a_facility_named_after_a_far_town_is_coded_at_that_town():
    assert place_of("قالت الشرطة في كينيا إن مسلحين هاجموا جامعة غاريسا وقتلوا 147 طالبا.") == "Garissa"  # not Gharisa


def test_a_place_after_the_object_of_an_allegiance_is_where_the_act_happened():
    norm = "كمن مسلحون لقافله تابعه للجيش جنوب مدينه الرمادي"
    assert not not_where(norm, SimpleNamespace(start=norm.index("جنوب")))
    norm = "اشتبكت القبائل مع قوات مواليه للحكومه شمال صنعاء"
    assert not not_where(norm, SimpleNamespace(start=norm.index("شمال")))
    norm = "هاجم المسلحون المدعومون عسكريا من ايران البلده"
    assert not_where(norm, SimpleNamespace(start=norm.index("ايران")))
    norm = "اشتباكات قرب مركز المديريه التابعه لمحافظه الحديده"
    assert not_where(norm, SimpleNamespace(start=norm.index("الحديده")))
    norm = "قصفت ميليشيات مواليه لنظام دمشق بلدات في ريف ادلب"  # a ruler named by its seat: its allegiance
    assert not_where(norm, SimpleNamespace(start=norm.index("دمشق")))
    norm = "اعتقلت دوريه تابعه لمجلس طرابلس العسكري ثلاثه مسلحين"
    assert not_where(norm, SimpleNamespace(start=norm.index("طرابلس")))


def test_a_mountain_called_strategic_is_coded_by_its_name():
    found = place_of("سيطرت قوات الجيش على جبل مرثد الاستراتيجي في مديرية صرواح غرب مأرب.")
    assert found == "Jabal Marthad"


def test_a_base_named_with_an_adjective_and_no_town_is_coded_by_its_name():
    assert place_of("حاصر المقاتلون قاعدة الصقيرة العسكرية.") == "al-Saqira"


def test_a_nested_trigger_does_not_end_the_clause_before_its_place():
    sentence = "وقال المتحدث الذي وصل إلى الرياض إن القوات الحكومية استعادت بدعم من غارات التحالف السيطرة على مدينة إب."
    assert place_of(sentence, event_type="Battles") == "Ibb"


def test_a_district_the_gazetteer_lacks_keeps_the_country_of_the_province_it_is_coded_at():
    (row,) = rows("قصفت الميليشيات مديرية دار سعد بمحافظة عدن فقتل عشرون مدنيا.")
    assert (row["location"], row["country"]) == ("دار سعد", "Yemen")
    assert (row["latitude"], row["geo_precision"]) != (None, None)


def test_a_district_before_the_district_that_situates_it_is_the_place_of_a_later_trigger():
    situated = rows("استهدفت المقاتلات مواقع في منطقة فضحة بمديرية الملاجم، ما أدى إلى إحراق عربات.")
    assert situated[-1]["location_en"] == "Fadha"
    listed = rows("استهدفت المقاتلات مواقع في منطقة فضحة ومديرية الملاجم، ما أدى إلى إحراق عربات.")
    assert listed[-1]["location_en"] == "al-Mlajm"
    chain = rows("استهدفت المقاتلات عربة في منطقة فضحة بمديرية الملاجم بمحافظة البيضاء، ما أسفر عن مقتل من فيها.")
    assert chain[-1]["location_en"] == "Fadha"


def test_an_adjective_after_a_facility_is_no_name_before_the_town_that_situates_it():
    (adjective,) = rows("في مسجد شيعي في مدينة هرات فجر انتحاري نفسه وقتل عشرة مصلين.")
    assert adjective["location_en"] == "Herat"
    (named,) = rows("في منطقة فضحة بمديرية الملاجم قتل مسلحون ثلاثة جنود.")
    assert named["location_en"] == "Fadha"


def test_a_part_of_the_country_unnamed_takes_no_place_from_the_account():
    """في جنوب البلاد: no town named, so not the account's town; the account's country stays in ``country``."""
    found = rows("قتل ثلاثة جنود في هجوم على مدينة الموصل.", "وقتل 40 جنديا في هجمات شنها المسلحون في شمال البلاد.")
    assert [(r["location_en"], r["country"]) for r in found] == [("Mosul", "Iraq"), ("", "Iraq")]
    named = rows("قتل ثلاثة جنود في هجوم على مدينة الموصل.", "وقتل 40 جنديا في هجمات شنها المسلحون.")
    assert [r["location_en"] for r in named] == ["Mosul", "Mosul"]


def test_a_direction_of_the_country_is_an_unnamed_part_but_the_middle_east_is_not():
    assert unnamed_part(*_span("احتجاجات بدأت في الجنوب"))
    assert unnamed_part(*_span("اشتباكات في جنوب شرقي البلاد"))
    assert not unnamed_part(*_span("احتجاجات في الشرق الأوسط"))
    assert not unnamed_part(*_span("غارة داخل الأراضي السورية"))  # a country's lands: the account's town may be it


def _span(text: str) -> tuple[str, int, int]:
    norm = normalize_letters(text)
    return norm, 0, len(norm)
