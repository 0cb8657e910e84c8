"""Cross-article deduplication of the event table (helpers/store/incidents.py)."""

import pandas as pd

from helpers.store.incidents import dedupe


def row(n: int, **fields) -> dict:
    base = {"event_id": f"a{n}:0:0", "article_id": f"a{n}", "event_type": "Battles", "actor1": "الجيش",
            "actor2": "", "location": "درنة", "latitude": 32.76, "longitude": 22.64,
            "event_date": pd.Timestamp("2018-06-06"), "outlet": f"outlet {n}",
            "published": pd.Timestamp("2018-06-06 10:00") + pd.Timedelta(hours=n)}  # fmt: skip
    return base | fields


def clusters(*rows: dict) -> list[str]:
    return dedupe(pd.DataFrame(list(rows)))["cluster_id"].tolist()


def test_two_outlets_one_event():
    out = dedupe(pd.DataFrame([row(1), row(2, event_date=pd.Timestamp("2018-06-07"))]))
    assert out["cluster_id"].tolist() == ["a1:0:0", "a1:0:0"]
    assert out["n_sources"].tolist() == [2, 2]
    assert out["first_outlet"].tolist() == ["outlet 1", "outlet 1"]
    assert out["first_published"].iloc[1] == pd.Timestamp("2018-06-06 11:00")


def test_dates_three_days_apart_are_two_events():
    assert clusters(row(1), row(2, event_date=pd.Timestamp("2018-06-09"))) == ["a1:0:0", "a2:0:0"]


def test_another_event_type_is_another_event():
    assert clusters(row(1), row(2, event_type="Protests")) == ["a1:0:0", "a2:0:0"]


def test_two_known_different_actors_are_two_events():
    assert clusters(row(1), row(2, actor1="الشرطة")) == ["a1:0:0", "a2:0:0"]


def test_an_unknown_actor1_joins_a_known_one():
    assert clusters(row(1), row(2, actor1="")) == ["a1:0:0", "a1:0:0"]


def test_a_place_within_25_km_under_another_name_joins():
    near = row(2, location="الظهر الحمر", latitude=32.70, longitude=22.70)
    assert clusters(row(1), near) == ["a1:0:0", "a1:0:0"]


def test_a_place_60_km_away_is_another_event():
    far = row(2, location="القبة", latitude=32.76, longitude=23.28)
    assert clusters(row(1), far) == ["a1:0:0", "a2:0:0"]


def test_a_campaign_does_not_chain_into_one_event():
    days = [row(n, event_date=pd.Timestamp("2018-06-01") + pd.Timedelta(days=2 * n)) for n in range(3)]
    assert clusters(*days) == ["a0:0:0", "a0:0:0", "a2:0:0"]


def test_an_undated_row_stays_alone():
    assert clusters(row(1), row(2, event_date=pd.NaT)) == ["a1:0:0", "a2:0:0"]


def test_the_first_published_report_names_the_cluster():
    late, early = row(1, published=pd.Timestamp("2018-06-08")), row(2, published=pd.Timestamp("2018-06-06"))
    out = dedupe(pd.DataFrame([late, early]))
    assert out["first_outlet"].tolist() == ["outlet 2", "outlet 2"]


def test_the_store_keeps_the_event_table_and_clusters_it(tmp_path):
    from helpers.store.build import build_store
    from helpers.store.read import open_store

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, tail in (("a", "."), ("b", " في حي شبرا.")):  # two wordings: two sources
        text = f"اعتقال\n\nاعتقلت الشرطة المصرية ثلاثة مسلحين في القاهرة يوم الخميس{tail}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    build_store([folder], tmp_path / "store", default_dct="2018-06-01", workers=1)
    events = open_store(tmp_path / "store", corpus=[folder], default_dct="2018-06-01").incidents()
    assert events["sub_event_type"].tolist() == ["Arrests", "Arrests"]
    assert events["n_sources"].tolist() == [2, 2]
    assert str(events["fatalities"].dtype) == "Int64"


def test_dates_beyond_the_nanosecond_range_still_pair():
    far = pd.Series([pd.Timestamp("2999-01-01").as_unit("us")] * 2, dtype="datetime64[us]")
    frame = pd.DataFrame([row(1), row(2)]).assign(event_date=far)
    assert dedupe(frame)["cluster_id"].tolist() == ["a1:0:0", "a1:0:0"]


def test_two_copies_of_one_story_are_one_source():
    out = dedupe(pd.DataFrame([row(1), row(2), row(3)]), {"a2": "a1"})
    assert out["n_sources"].tolist() == [2, 2, 2]


def test_a_retelling_dated_by_its_article_joins_the_first_report_days_before_and_is_not_first():
    from helpers.extract.incidents.details import RETOLD_NOTE

    first = row(1, published=pd.Timestamp("2018-06-06 12:00"))
    recap = row(2, event_date=pd.Timestamp("2018-06-10"), date_note=RETOLD_NOTE,
                published=pd.Timestamp("2018-06-06 09:00"))  # fmt: skip
    out = dedupe(pd.DataFrame([first, recap]))
    assert out["cluster_id"].tolist() == ["a1:0:0", "a1:0:0"]
    assert out["first_outlet"].tolist() == ["outlet 1", "outlet 1"]
    news = row(3, event_date=pd.Timestamp("2018-06-10"), date_note="")
    assert clusters(row(1), news) == ["a1:0:0", "a3:0:0"]


def test_a_retelling_reaches_back_a_week_only_to_the_same_toll_and_then_to_the_nearest_report():
    from helpers.extract.incidents.details import RETOLD_NOTE

    later = {"event_date": pd.Timestamp("2018-06-12"), "date_note": RETOLD_NOTE}
    assert clusters(row(1, fatalities=5), row(2, fatalities=9, **later)) == ["a1:0:0", "a2:0:0"]
    assert clusters(row(1, fatalities=9), row(2, fatalities=9, **later)) == ["a1:0:0", "a1:0:0"]
    assert clusters(row(1), row(2, actor2="داعش", **later)) == ["a1:0:0", "a2:0:0"]
    nearer = row(3, event_date=pd.Timestamp("2018-06-09"))
    assert clusters(row(1), nearer, row(2, **later)) == ["a1:0:0", "a3:0:0", "a3:0:0"]


def test_two_blasts_one_article_tells_with_two_tolls_are_never_one_cluster():
    wednesday = row(1, event_date=pd.Timestamp("2018-05-30"), date_text="الاربعاء", fatalities=9)
    thursday = row(1, event_id="a1:4:0", event_date=pd.Timestamp("2018-05-31"), date_text="الخميس",
                   location="الظهر الحمر", latitude=32.70, longitude=22.70, fatalities=3)  # fmt: skip
    assert clusters(wednesday, thursday) == ["a1:0:0", "a1:4:0"]


def test_one_event_told_twice_by_one_article_without_a_toll_of_its_own_or_on_two_days_at_one_place_is_one_cluster():
    lead = row(1, date_text="الخميس", fatalities=9)
    again = row(1, event_id="a1:5:0", date_text="", fatalities=None)
    assert clusters(lead, again, row(2)) == ["a1:0:0", "a1:0:0", "a1:0:0"]
    announced = row(1, event_id="a1:6:0", event_date=pd.Timestamp("2018-06-07"), date_text="الجمعة",
                    location="البلاد", latitude=32.765, longitude=22.64)  # fmt: skip
    assert clusters(lead, announced, row(2)) == ["a1:0:0", "a1:0:0", "a1:0:0"]


def test_a_mine_blast_and_a_shelling_are_two_events_a_suicide_bombing_and_a_blast_may_be_one():
    strike = {"event_type": "Explosions/Remote violence"}
    mine = row(1, sub_event_type="Remote explosive/landmine/IED", **strike)
    shelling = row(2, sub_event_type="Shelling/artillery/missile attack", **strike)
    assert clusters(mine, shelling) == ["a1:0:0", "a2:0:0"]
    bomber = row(2, sub_event_type="Suicide bomb", **strike)
    assert clusters(mine, bomber) == ["a1:0:0", "a1:0:0"]


def test_a_toll_updated_at_one_place_on_one_day_stays_in_its_cluster_and_a_raid_told_as_shelling_joins_it():
    lead = row(1, fatalities=12)
    update = row(1, event_id="a1:1:0", fatalities=20)
    assert clusters(lead, update, row(2, fatalities=20)) == ["a1:0:0", "a1:0:0", "a1:0:0"]
    strike = {"event_type": "Explosions/Remote violence"}
    raid = row(1, sub_event_type="Air/drone strike", **strike)
    told_as_shelling = row(2, sub_event_type="Shelling/artillery/missile attack", **strike)
    assert clusters(raid, told_as_shelling) == ["a1:0:0", "a1:0:0"]


def test_a_row_without_actor1_joins_only_on_the_same_day_and_the_same_kind_of_act_or_toll():
    clash, capture = {"sub_event_type": "Armed clash"}, {"sub_event_type": "Government regains territory"}
    next_day = row(2, actor1="", event_date=pd.Timestamp("2018-06-07"), **clash)
    assert clusters(row(1, **clash), next_day) == ["a1:0:0", "a2:0:0"]
    assert clusters(row(1, **clash), row(2, actor1="", **capture)) == ["a1:0:0", "a2:0:0"]
    assert clusters(row(1, **clash), row(2, actor1="", **clash)) == ["a1:0:0", "a1:0:0"]
    same_dead = row(2, actor1="", event_date=pd.Timestamp("2018-06-07"), fatalities=7, **capture)
    assert clusters(row(1, fatalities=7, **clash), same_dead) == ["a1:0:0", "a1:0:0"]


def test_the_attacker_of_one_row_as_the_target_of_another_needs_the_same_day_and_kind():
    strike = row(1, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1="التحالف",
                 actor2="الحوثيون")  # fmt: skip
    shelling = row(2, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                   actor1="الحوثيون", actor2="مدنيون", event_date=pd.Timestamp("2018-06-07"))  # fmt: skip
    assert clusters(strike, shelling) == ["a1:0:0", "a2:0:0"]
    swapped = row(2, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1="الحوثيون",
                  actor2="الجيش")  # fmt: skip
    assert clusters(strike, swapped) == ["a1:0:0", "a1:0:0"]


def test_a_plan_never_joins_the_act_it_plans():
    plan = row(2, reported_as="planned", sub_event_type="Government regains territory")
    act = row(1, reported_as="reported", sub_event_type="Government regains territory")
    assert clusters(act, plan) == ["a1:0:0", "a2:0:0"]


def test_two_kinds_of_strategic_development_are_two_events_other_is_no_kind():
    arrests = row(1, event_type="Strategic developments", sub_event_type="Arrests")
    looting = row(2, event_type="Strategic developments", sub_event_type="Looting/property destruction")
    raid = row(3, event_type="Strategic developments", sub_event_type="Other")
    assert clusters(arrests, looting) == ["a1:0:0", "a2:0:0"]
    assert clusters(arrests, raid) == ["a1:0:0", "a1:0:0"]


def test_a_retelling_of_another_kind_of_act_days_later_is_another_event():
    from helpers.extract.incidents.details import RETOLD_NOTE

    raid = row(1, event_type="Strategic developments", sub_event_type="Other")
    looting = row(2, event_type="Strategic developments", sub_event_type="Looting/property destruction",
                  event_date=pd.Timestamp("2018-06-10"), date_note=RETOLD_NOTE)  # fmt: skip
    assert clusters(raid, looting) == ["a1:0:0", "a2:0:0"]
    again = row(2, event_type="Strategic developments", sub_event_type="Other", event_date=pd.Timestamp("2018-06-10"),
                date_note=RETOLD_NOTE)  # fmt: skip
    assert clusters(raid, again) == ["a1:0:0", "a1:0:0"]


def test_one_town_spelt_two_ways_without_coordinates_is_one_place_through_its_english_name():
    kabul = row(1, location="كابول", location_en="Kabul", latitude=None, longitude=None)
    kabl = row(2, location="كابل", location_en="Kabul", latitude=None, longitude=None)
    assert clusters(kabul, kabl) == ["a1:0:0", "a1:0:0"]
    other = row(3, location="قندهار", location_en="Kandahar", latitude=None, longitude=None)
    assert clusters(kabul, other) == ["a1:0:0", "a3:0:0"]


def test_two_days_apart_with_two_tolls_are_two_acts_of_a_campaign_and_one_day_apart_still_joins():
    wednesday = row(1, event_type="Explosions/Remote violence", actor1="القوات التركية", fatalities=10.0,
                    time_precision=1, event_date=pd.Timestamp("2018-03-14"))  # fmt: skip
    friday = row(2, event_type="Explosions/Remote violence", actor1="القوات التركية", fatalities=43.0,
                 time_precision=1, event_date=pd.Timestamp("2018-03-16"))  # fmt: skip
    assert clusters(wednesday, friday) == ["a1:0:0", "a2:0:0"]
    thursday = friday | {"event_date": pd.Timestamp("2018-03-15")}  # a night or a report's delay: one strike
    assert clusters(wednesday, thursday) == ["a1:0:0", "a1:0:0"]
    no_toll = friday | {"fatalities": None}  # no toll to tell them apart: the window joins them as before
    assert clusters(wednesday, no_toll) == ["a1:0:0", "a1:0:0"]
    same_toll = friday | {"fatalities": 10.0}
    assert clusters(wednesday, same_toll) == ["a1:0:0", "a1:0:0"]


def test_a_total_since_the_campaign_began_never_joins_a_days_act_but_two_tellings_of_the_total_join():
    raid = row(1, fatalities=1.0, notes="وقتل طفل في قصف على قرية قرب المدينة الاثنين.")
    total = row(2, fatalities=200.0, notes="ومنذ بدء الهجوم، وثق المرصد مقتل أكثر من 200 مدني في المنطقة.")
    assert clusters(raid, total) == ["a1:0:0", "a2:0:0"]
    noted = row(3, fatalities=30.0, date_note="date: the article's date, an aggregate since a stated date")
    assert clusters(raid, noted) == ["a1:0:0", "a3:0:0"]
    bloodiest = row(6, fatalities=8.0, notes="وقتل 8 جنود الخميس في أحد أكثر الأيام دموية منذ بدء العملية.")
    assert clusters(row(1, fatalities=8.0), bloodiest) == ["a1:0:0", "a1:0:0"]  # that day's toll, no total
    taken = row(5, date_note="date: the article's date, an aggregate since a stated date")  # no dead: an act
    assert clusters(raid, taken) == ["a1:0:0", "a1:0:0"]
    retold_total = total | {"event_id": "a4:0:0", "article_id": "a4", "outlet": "outlet 4"}
    assert clusters(total, retold_total) == ["a2:0:0", "a2:0:0"]


def test_two_states_forces_against_one_target_on_two_days_are_two_events_but_a_joint_raid_of_one_day_joins():
    turkey = row(1, actor1="أنقرة", actor1_en="Military Forces of Turkey", actor2="وحدات حماية الشعب",
                 sub_event_type="Armed clash")  # fmt: skip
    syria = row(2, actor1="الجيش السوري", actor1_en="Military Forces of Syria", actor2="وحدات حماية الشعب",
                sub_event_type="Government regains territory", event_date=pd.Timestamp("2018-06-07"))  # fmt: skip
    assert clusters(turkey, syria) == ["a1:0:0", "a2:0:0"]
    army = syria | {"actor1": "الجيش التركي", "actor1_en": "Military Forces of Turkey"}  # one state, two names
    assert clusters(turkey, army) == ["a1:0:0", "a1:0:0"]
    joint = syria | {"event_date": pd.Timestamp("2018-06-06"), "sub_event_type": "Armed clash"}
    assert clusters(turkey, joint) == ["a1:0:0", "a1:0:0"]  # one day, one kind of act: a joint raid told twice


def test_an_update_dated_by_its_article_two_days_on_joins_and_a_days_toll_bringing_up_the_total_is_no_tally():
    dct = "date: the article's date (none stated for it in the sentence)"
    blast = row(1, actor1="حركة الشباب", fatalities=10.0, time_precision=1)
    update = row(2, actor1="حركة الشباب", fatalities=25.0, time_precision=1, date_note=dct,
                 event_date=pd.Timestamp("2018-06-08"), notes="ارتفعت حصيلة قتلى الانفجار إلى 25 قتيلا")  # fmt: skip
    assert clusters(blast, update) == ["a1:0:0", "a1:0:0"]  # «ارتفعت الحصيلة» two days on: the same blast
    day = "قتل جنديان في اشتباكات في المدينة السبت"
    told = row(3, fatalities=2.0, notes=day)
    brought_up = row(4, fatalities=2.0, notes=day + "، ليرتفع عدد قتلى الجيش منذ بدء العملية إلى 41")
    assert clusters(told, brought_up) == ["a3:0:0", "a3:0:0"]


def test_two_states_forces_in_one_raid_of_one_day_join_whatever_their_tolls():
    us = row(1, actor1="القوات الأمريكية", actor1_en="Military Forces of the United States", actor2="حركة الشباب",
             sub_event_type="Armed clash", fatalities=12.0)  # fmt: skip
    somali = row(2, actor1="الجيش الصومالي", actor1_en="Military Forces of Somalia", actor2="حركة الشباب",
                 sub_event_type="Armed clash", fatalities=15.0)  # fmt: skip
    assert clusters(us, somali) == ["a1:0:0", "a1:0:0"]


def test_only_a_states_forces_or_government_count_as_a_state():
    from helpers.store.incidents import _state

    assert _state("Military Forces of Turkey") == "turkey"
    assert _state("Government of Somalia") == "somalia"
    assert _state("Mujahideen Shura Council of Derna") == ""


def test_two_places_of_one_split_list_stay_two_events():
    """A strike on two nearby towns split per place (``a1:0:0``, ``a1:0:0.1``) is not folded back into one."""
    near = row(1, event_id="a1:0:0.1", location="الظهر الحمر", latitude=32.70, longitude=22.70)
    assert clusters(row(1), near) == ["a1:0:0", "a1:0:0.1"]
    assert clusters(row(1), row(2, location="الظهر الحمر", latitude=32.70, longitude=22.70)) == ["a1:0:0", "a1:0:0"]
