"""The event model (helpers/extract/incidents/signals.py, model.py) and the CLI's ``--min-confidence``: features of
minimal sentences (each cue against a sentence without it), the weights file, the threshold filter."""

import json

import pandas as pd
import pytest

from helpers.cli import events as cli_events
from helpers.cli.main import main
from helpers.extract.article import Article
from helpers.extract.incidents import model
from helpers.extract.incidents.component import incident_rows
from helpers.extract.incidents.scope import INCIDENT_COLUMNS
from helpers.extract.incidents.signals import article_features, feature_names

DCT = pd.Timestamp("2018-06-01")


def article(text: str, body_start: int = 0) -> Article:
    record = {"article_id": "a", "text": text, "dct": DCT, "dct_source": "published", "body_start": body_start}
    return Article.from_record(record)


def row(art: Article, trigger: str, occurrence: int = 1, **fields: object) -> tuple:
    start = -1
    for _ in range(occurrence):
        start = art.text.index(trigger, start + 1)
    values = dict.fromkeys(INCIDENT_COLUMNS, "")
    values.update(
        start=start, end=start + len(trigger), sentence_id=art.sentence_of(start), trigger=trigger,
        action="اعتقال", event_type="Strategic developments", latitude=None, fatalities=None, event_date=DCT,
        time_precision=2, reported_as="reported", source_kind="outlet", confidence=0.5,
    )  # fmt: skip
    values.update(fields)
    return tuple(values[c] for c in INCIDENT_COLUMNS)


def features(art: Article, rows: list[tuple], i: int = 0) -> dict[str, float]:
    return dict(zip(feature_names(), article_features(art, rows)[i], strict=True))


def one(text: str, trigger: str, **fields: object) -> dict[str, float]:
    art = article(text)
    return features(art, [row(art, trigger, **fields)])


@pytest.mark.parametrize(
    ("name", "with_cue", "without", "trigger"),
    [
        ("negated", "قالت الشرطة إنها لم تعتقل أحدا.", "قالت الشرطة إنها تعتقل أحدا.", "تعتقل"),
        ("question", "هل اعتقلت الشرطة المتظاهرين؟", "اعتقلت الشرطة المتظاهرين.", "اعتقلت"),
        ("in_quote", 'وقال الوزير: "اعتقلنا المسلحين".', "وقال الوزير إننا اعتقلنا المسلحين.", "اعتقلنا"),
        ("after_saying", "قال الجيش إنه اعتقل المسلحين.", "اعتقل الجيش المسلحين.", "اعتقل"),
        ("complementiser", "أكد الجيش أنه اعتقل المسلحين.", "اعتقل الجيش المسلحين.", "اعتقل"),
        ("since_after", "تراجعت الحريات منذ اعتقال الناشط.", "تم اليوم اعتقال الناشط.", "اعتقال"),
        ("about", "تداولت الصحف أنباء اعتقال الناشط.", "نفذت الشرطة اعتقال الناشط.", "اعتقال"),
        (
            "framed",
            "عاقبت الحكومة الميليشيا التي اعتقلت الناشط.",
            "عاقبت الحكومة الميليشيا ثم اعتقلت الناشط.",
            "اعتقلت",
        ),
        ("condemned", "أدانت المنظمة بشدة اعتقال الناشط.", "أكملت الشرطة بهدوء اعتقال الناشط.", "اعتقال"),
        ("background", "في عام 2014 اعتقلت الشرطة الناشط.", "يوم الخميس اعتقلت الشرطة الناشط.", "اعتقلت"),
        ("denial", "نفت الشرطة أنها اعتقلت الناشط.", "أكدت الشرطة أنها اعتقلت الناشط.", "اعتقلت"),
        ("possible", "قد تعتقل الشرطة الناشط.", "اليوم تعتقل الشرطة الناشط.", "تعتقل"),
    ],
)
def test_a_cue_near_the_trigger_is_seen_and_absent_without_it(name, with_cue, without, trigger):
    assert one(with_cue, trigger)[name] == 1.0
    assert one(without, trigger)[name] == 0.0


def test_a_noun_trigger_and_a_verb_trigger():
    assert one("تم اعتقال الناشط.", "اعتقال")["noun"] == 1.0
    assert one("اعتقلت الشرطة الناشط.", "اعتقلت")["noun"] == 0.0


def test_the_event_type_is_one_hot():
    found = one("اشتبك الجيش مع المسلحين.", "اشتبك", action="اشتباك", event_type="Battles")
    assert found["type=Battles"] == 1.0
    assert found["type=Strategic developments"] == 0.0


def test_what_was_found_actors_resolved_or_fragments_place_and_dead():
    text = "اعتقلت الشرطة المصرية الناشط."
    found = one(text, "اعتقلت", actor1="الشرطة المصرية", actor1_en="Police Forces of Egypt", actor2="الناشط")
    assert (found["actor1"], found["actor1_resolved"], found["actor1_fragment"]) == (1.0, 1.0, 0.0)
    assert (found["actor2"], found["actor2_resolved"], found["actor2_fragment"]) == (1.0, 0.0, 1.0)
    assert (found["place"], found["fatalities"]) == (0.0, 0.0)
    found = one(text, "اعتقلت", location="القاهرة", latitude=30.0, fatalities=3)
    assert (found["place"], found["place_resolved"], found["fatalities"], found["actor1"]) == (1.0, 1.0, 1.0, 0.0)


def test_a_speaker_named_as_the_doer():
    text = "قال الوزير إن الشرطة اعتقلت الناشط."
    assert one(text, "اعتقلت", actor1="الوزير", source="الوزير")["actor1_is_source"] == 1.0
    assert one(text, "اعتقلت", actor1="الشرطة", source="الوزير")["actor1_is_source"] == 0.0


def test_the_date_stated_or_the_articles_and_how_long_before():
    text = "اعتقلت الشرطة الناشط يوم الخميس."
    stated = one(text, "اعتقلت", date_text="يوم الخميس", event_date=DCT - pd.Timedelta(days=1), time_precision=1)
    assert (stated["date_stated"], stated["precision_day"], stated["long_ago"]) == (1.0, 1.0, 0.0)
    assert stated["days_before_dct"] == pytest.approx(0.693, abs=0.01)
    old = one(text, "اعتقلت", date_note="date: the article's date", event_date=DCT - pd.Timedelta(days=400))
    assert (old["date_stated"], old["date_is_dct"], old["long_ago"]) == (0.0, 1.0, 1.0)
    assert one(text, "اعتقلت", event_date=DCT + pd.Timedelta(days=3))["after_dct"] == 1.0


def test_how_the_event_is_told():
    text = "اعتقلت الشرطة الناشط."
    assert one(text, "اعتقلت", reported_as="planned")["planned"] == 1.0
    assert one(text, "اعتقلت", reported_as="claimed")["planned"] == 0.0


def test_a_second_row_of_the_same_type_is_an_earlier_type_and_the_first_row_is_not():
    art = article("اعتقلت الشرطة الناشط. ثم اعتقلت الشرطة ناشطا آخر.")
    rows = [row(art, "اعتقلت"), row(art, "اعتقلت", 2)]
    first, second = features(art, rows, 0), features(art, rows, 1)
    assert (first["earlier_same_type"], first["first_row"], first["later_same_type"]) == (0.0, 1.0, 1.0)
    assert (second["earlier_same_type"], second["first_row"], second["earlier_same_date"]) == (1.0, 0.0, 1.0)
    assert second["rows_in_sentence"] == 0.0


def test_an_earlier_row_of_the_same_type_place_and_date_is_the_same_event_told_again():
    art = article("اعتقلت الشرطة الناشط في بنغازي. ثم اعتقلت الشرطة ناشطا آخر في درنة.")
    same = [row(art, "اعتقلت", location="بنغازي"), row(art, "اعتقلت", 2, location="بنغازي")]
    other = [row(art, "اعتقلت", location="بنغازي"), row(art, "اعتقلت", 2, location="درنة")]
    assert features(art, same, 1)["earlier_same_event"] == 1.0
    assert features(art, other, 1)["earlier_same_event"] == 0.0
    assert features(art, same, 0)["earlier_same_event"] == 0.0
    later = [same[0], row(art, "اعتقلت", 2, location="بنغازي", event_date=DCT - pd.Timedelta(days=3))]
    assert features(art, later, 1)["earlier_same_event"] == 0.0


def test_the_articles_length_in_sentences():
    short = article("اعتقلت الشرطة الناشط.")
    long = article("اعتقلت الشرطة الناشط. وكان الطقس حارا. وكان المطر غائبا.")
    assert (
        features(long, [row(long, "اعتقلت")])["article_sentences"]
        > features(short, [row(short, "اعتقلت")])["article_sentences"]
    )


def test_rows_of_one_sentence_are_counted():
    art = article("اعتقلت الشرطة الناشط واشتبكت مع المسلحين.")
    rows = [row(art, "اعتقلت"), row(art, "اشتبكت", action="اشتباك", event_type="Battles")]
    assert features(art, rows)["rows_in_sentence"] == 1.0
    assert features(art, rows)["types_in_article"] == 1.0


def test_the_lead_sentence_and_a_later_one():
    art = article("اعتقلت الشرطة الناشط. وكان الطقس حارا. وكان المطر غائبا. ثم اعتقلت الشرطة ناشطا آخر.")
    rows = [row(art, "اعتقلت"), row(art, "اعتقلت", 2)]
    assert features(art, rows, 0)["lead"] == 1.0
    assert features(art, rows, 1)["lead"] == 0.0
    assert features(art, rows, 1)["position"] > features(art, rows, 0)["position"]


def test_the_title_telling_the_same_type():
    title = "اشتباكات في المدينة\n\n"
    art = article(title + "اشتبك الجيش مع المسلحين.", body_start=len(title))
    battle = features(art, [row(art, "اشتبك", action="اشتباك", event_type="Battles")])
    assert (battle["title_trigger"], battle["title_same_type"]) == (1.0, 1.0)
    art = article("الطقس في المدينة\n\nاشتبك الجيش مع المسلحين.", body_start=len("الطقس في المدينة\n\n"))
    assert features(art, [row(art, "اشتبك", action="اشتباك", event_type="Battles")])["title_trigger"] == 0.0


def test_the_first_row_of_the_type_the_title_tells():
    title = "اشتباكات في المدينة\n\n"
    art = article(title + "اعتقلت الشرطة الناشط. ثم اشتبك الجيش مع المسلحين.", body_start=len(title))
    rows = [row(art, "اعتقلت"), row(art, "اشتبك", action="اشتباك", event_type="Battles")]
    assert features(art, rows, 1)["title_first_row"] == 0.0  # not the article's first row
    assert features(art, rows[1:])["title_first_row"] == 1.0
    assert features(art, rows[:1])["title_first_row"] == 0.0  # the title tells another type


def test_the_share_of_sentences_with_a_trigger_word():
    art = article("اعتقلت الشرطة الناشط. وكان الطقس حارا.")
    assert features(art, [row(art, "اعتقلت")])["trigger_share"] == 0.5


def weights_file(tmp_path, names=None, threshold=0.4):
    names = feature_names() if names is None else names
    path = tmp_path / "m.json"
    data = {"features": names, "weights": dict.fromkeys(names, 0.0), "bias": 0.0, "threshold": threshold, "sets": ["x"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_weights_file_is_read_with_its_threshold_and_notes(tmp_path):
    read = model.read_model(weights_file(tmp_path))
    assert read.threshold == 0.4
    assert read.meta["sets"] == ["x"]
    assert read.probability([0.0] * len(read.features)) == 0.5


def test_a_weights_file_with_other_features_is_refused(tmp_path):
    with pytest.raises(ValueError, match="features"):
        model.read_model(weights_file(tmp_path, names=["noun"]))


def test_the_shipped_model_reads_the_current_features():
    shipped = model.shipped_model()
    assert shipped is not None
    assert list(shipped.features) == feature_names()
    assert 0.0 < shipped.threshold < 1.0


def test_the_models_probability_becomes_the_confidence(tmp_path):
    art = article("اعتقلت الشرطة الناشط.")
    read = model.read_model(weights_file(tmp_path))
    (scored,) = model.scored(art, [row(art, "اعتقلت", confidence=0.9)], read)
    assert scored[INCIDENT_COLUMNS.index("confidence")] == 0.5


def confident(*values: float) -> list[tuple]:
    art = article("اعتقلت الشرطة الناشط.")
    return [row(art, "اعتقلت", confidence=v) for v in values]


def test_rows_under_the_threshold_leave_and_zero_keeps_every_row():
    rows = confident(0.1, 0.6)
    assert len(model.above(rows, 0.5)) == 1
    assert len(model.above(rows, 0)) == 2


def test_the_default_threshold_is_the_shipped_models(monkeypatch):
    monkeypatch.setattr(model, "default_threshold", lambda: 0.3)
    assert [r[INCIDENT_COLUMNS.index("confidence")] for r in model.above(confident(0.2, 0.3, 0.9))] == [0.3, 0.9]


@pytest.mark.parametrize("bad", ["2", "-0.1", "abc"])
def test_the_cli_refuses_a_confidence_outside_0_and_1(bad, capsys):
    with pytest.raises(SystemExit):
        main(["events", "x.txt", "--min-confidence", bad])
    assert "--min-confidence" in capsys.readouterr().err


@pytest.mark.parametrize(("given", "passed"), [(["--min-confidence", "0"], 0.0), ([], None)])
def test_the_cli_passes_min_confidence_to_the_table(given, passed, monkeypatch, tmp_path):
    seen = []

    def table(records, min_confidence=None):
        seen.append(min_confidence)
        return pd.DataFrame({"event_id": []})

    monkeypatch.setattr(cli_events, "event_table", table)
    (tmp_path / "a.txt").write_text("عنوان\n\nخبر عربي.", encoding="utf-8")
    assert main(["events", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.csv"), *given]) == 0
    assert seen == [passed]


def test_a_generic_a_specific_and_a_statement_trigger():
    generic = one("قتل المسلحون رجلا.", "قتل", action="قتل", event_type="Violence against civilians")
    assert (generic["generic"], generic["statement"]) == (1.0, 0.0)
    statement = one("أعلن الجيش النصر.", "أعلن", action="إعلان", event_type="Statement")
    assert (statement["generic"], statement["statement"]) == (0.0, 1.0)
    assert one("اعتقلت الشرطة الناشط.", "اعتقلت")["generic"] == 0.0


def test_a_short_line_or_a_trigger_after_a_colon_reads_as_a_headline():
    assert one("بالصور: اعتقال الناشط في المدينة اليوم صباحا.", "اعتقال")["headline"] == 1.0
    assert one("نفذت الشرطة اعتقال الناشط في المدينة اليوم صباحا.", "اعتقال")["headline"] == 0.0


def test_incident_rows_keep_the_articles_rows_at_or_above_the_threshold(monkeypatch):
    art = article("اعتقلت الشرطة الناشط.")
    art.incidents.extend(confident(0.1, 0.8))
    monkeypatch.setattr(model, "default_threshold", lambda: 0.5)
    assert [r[INCIDENT_COLUMNS.index("confidence")] for r in incident_rows(art)] == [0.8]
    assert len(list(incident_rows(art, 0))) == 2
