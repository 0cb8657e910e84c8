"""How far to trust a report: how to read it, the measured accuracy of the extractors it rests on, known limits.

The figures are copied from README.md's "Measured accuracy" table (one row per figure, with the set and the
date measured); update both together when a benchmark is re-run.
"""

from __future__ import annotations

import pandas as pd

from helpers import config
from helpers.report.html import escape

MEASURED_ON = "2026-11-25"  # when the README's figures below were measured (a row's own date, if it has one)
ACCURACY_COLUMNS = ["extractor", "set", "figure", "held_out", "measured", "command"]
ACCURACY = [
    (
        "NER (actors' model)",
        "ANERcorp CAMeL test, exact span",
        "with label consistency (the pipeline) F1 73.7 (P 80.3, R 68.1); the model alone 73.0; AraBERT 83.1",
        True,
        "make bench-ner",
        "2026-11-26",
    ),
    ("NER (actors' model)", "AQMAR test (Wikipedia, out of domain)", "F1 37.9", True, "make bench-ner", "2026-11-26"),
    (
        "actors",
        "ANERcorp test PERS+ORG spans, overlap",
        "recall 77.1%, precision 85.9%",
        True,
        "make bench-ner",
        "2026-11-26",
    ),
    (
        "places",
        "places51: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 221 mentions, annotated blind to the code",
        "83.3% found, 96.7% of those right; 1.20 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places50: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 157 mentions, annotated blind to the code",
        "84.7% found, 96.2% of those right; 0.90 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places49: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 177 mentions, annotated blind to the code",
        "80.8% found, 93.0% of those right; 0.45 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places48: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 194 mentions, annotated blind to the code",
        "77.3% found, 93.3% of those right; 0.50 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places47: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 156 mentions, annotated blind to the code",
        "84.6% found, 98.5% of those right; 0.20 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places46: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 152 mentions, annotated blind to the code",
        "80.3% found, 97.5% of those right; 0.60 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places45: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 171 mentions, annotated blind to the code",
        "74.9% found, 94.5% of those right; 1.35 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places44: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 149 mentions, annotated blind to the code",
        "81.2% found, 95.9% of those right; 0.45 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places43: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 140 mentions, annotated blind to the code",
        "85.7% found, 97.5% of those right; 1.05 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places42: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 171 mentions, annotated blind to the code",
        "75.4% found, 98.4% of those right; 0.45 false places per article",
        True,
        "make bench-places",
        "2026-11-29",
    ),
    (
        "places",
        "places41: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 170 mentions, annotated blind to the code",
        "80.0% found, 94.1% of those right; 0.35 false places per article",
        True,
        "make bench-places",
        "2026-11-28",
    ),
    (
        "places",
        "places40: 20 fresh SaudiNewsNet articles (Saudi papers, 2015), 157 mentions, annotated blind to the code",
        "88.5% found, 97.1% of those right; 0.75 false places per article",
        True,
        "make bench-places",
        "2026-11-28",
    ),
    (
        "places",
        "places22: 20 fresh ANT articles (half with conflict words), 279 mentions, annotated blind to the code",
        "84.9% found, 97.9% of those right; 0.70 false places per article",
        True,
        "make bench-places",
        "2026-11-26",
    ),
    (
        "places",
        "ANT gold: 16 random articles, 194 mentions",
        "86.1% found, 100% of those right; 0.56 false places per article",
        True,
        "make bench-places",
        "2026-11-26",
    ),
    (
        "places",
        "bundled gold: 16 articles, 205 mentions",
        "97.9% / 96.7% found, 100% / 98.3% right",
        False,
        "make bench-places",
    ),
    (
        "time expressions",
        "fresh ANT news gold 2: 12 random articles, 83 expressions (annotated blind to the code, scored once)",
        "lenient F1 91.8, strict F1 79.2, value accuracy 90.4%",
        True,
        "make bench-timex",
        "2026-11-26",
    ),
    (
        "time expressions",
        "ANT news gold: 11 random articles, 58 expressions",
        "lenient F1 94.7, strict value F1 80.7 when first scored (93.8 / 86.7 now)",
        True,
        "make bench-timex",
        "2026-11-26",
    ),
    (
        "time expressions",
        "older news gold: 6 articles, 30 expressions",
        "lenient F1 95.1, strict value F1 88.5",
        True,
        "make bench-timex",
    ),
    (
        "time expressions",
        "Microsoft Recognizers specs, 644 cases",
        "80.3% right (517 of 644; dateparser 14.0%); each of the 127 failures read: conventions that news contradicts, "
        "gold defects, forms too risky for news",
        False,
        "make bench-timex",
        "2026-11-26",
    ),
    (
        "time expressions",
        "duration direction (past, future, not an event): 44 random ANT sentences",
        "86.4% right (every duration drawn forward before: 13.6%)",
        True,
        "make bench-timex",
    ),
    (
        "actors",
        "ANT gold: 15 random articles, 5 outlets, 232 actors (someone else annotated)",
        "strict F1 69.7 (P 83.2, R 59.9); of those found: ACLED type 77.7%, country 43.4%, "
        "English spelt as usual 56.8%",
        True,
        "make bench-actors",
        "2026-11-27",
    ),
    (
        "quotes",
        "same ANT gold: 162 statements",
        "found F1 80.1 (P 94.2, R 69.8); speaker right for 76.1% of those found",
        True,
        "make bench-actors",
        "2026-11-27",
    ),
    ("roles", "same ANT gold: 63 roles", "F1 58.6 (P 92.9, R 42.9)", True, "make bench-actors", "2026-11-26"),
    (
        "event table",
        "events102, events103 and events104: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 68 events, two blind annotators each",
        "event-level F1 56.7 (P 57.6, R 55.9; 57.1 on the code before stop 53); of the 32 events found in the "
        "gold's sentence: type 26, actor 1 19, actor 2 22, place 18, fatalities 26",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events99, events100 and events101: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 63 events, two blind annotators each",
        "event-level F1 61.9 (P 61.9, R 61.9; 60.3 on the code before stop 52); of the 34 events found in the "
        "gold's sentence: type 23, actor 1 14, actor 2 20, place 21, fatalities 29",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events96, events97 and events98: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 57 events, two blind annotators each",
        "event-level F1 60.7 (P 61.8, R 59.6; 60.2 on the code before stop 51); of the 28 events found in the "
        "gold's sentence: type 25, actor 1 17, actor 2 19, place 18, fatalities 26",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events93, events94 and events95: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 45 events, two blind annotators each",
        "event-level F1 65.9 (P 73.0, R 60.0; 65.1 on the code before stop 50); of the 22 events found in the "
        "gold's sentence: type 18, actor 1 13, actor 2 17, place 16, fatalities 20",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events90, events91 and events92: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 70 events, two blind annotators each",
        "event-level F1 67.2 (P 70.3, R 64.3; 66.7 on the code before stop 49); of the 37 events found in the "
        "gold's sentence: type 30, actor 1 17, actor 2 24, place 28, fatalities 31",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events87, events88 and events89: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 75 events, two blind annotators each",
        "event-level F1 58.3 (P 57.9, R 58.7; 57.9 on the code before stop 48); of the 30 events found in the "
        "gold's sentence: type 29, actor 1 16, actor 2 19, place 24, fatalities 23",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events84, events85 and events86: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 61 events, two blind annotators each",
        "event-level F1 65.0 (P 67.9, R 62.3; the same on the code before stop 47); of the 33 events found in the "
        "gold's sentence: type 25, actor 1 21, actor 2 19, place 18, fatalities 29",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events81, events82 and events83: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 74 events, two blind annotators each",
        "event-level F1 77.0 (P 85.2, R 70.3; the same on the code before stop 46); of the 46 events found in the "
        "gold's sentence: type 39, actor 1 27, actor 2 28, place 27, fatalities 41",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events78, events79 and events80: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 82 events, two blind annotators each",
        "event-level F1 79.7 (P 85.9, R 74.4; the same on the code before stop 45); of the 49 events found in the "
        "gold's sentence: type 41, actor 1 32, actor 2 30, place 31, fatalities 37",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events75, events76 and events77: 60 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict "
        "words), 64 events, two blind annotators each",
        "event-level F1 65.1 (P 66.1, R 64.1; 64.5 on the code before stop 44); of the 37 events found in the "
        "gold's sentence: type 29, actor 1 18, actor 2 26, place 25, fatalities 30",
        True,
        "make bench-events",
        "2026-11-29",
    ),
    (
        "event table",
        "events72 and events74: 40 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict words), 38 "
        "events; events72 two blind annotators, events74 one",
        "event-level F1 63.7 (P 54.7, R 76.3; 64.5 on the code before stop 43); of the 21 events found in the "
        "gold's sentence: type 17, actor 1 10, actor 2 12, place 14, fatalities 17",
        True,
        "make bench-events",
        "2026-11-28",
    ),
    (
        "event table",
        "events70 and events71: 40 fresh SaudiNewsNet articles (Saudi papers, 2015; half with conflict words), 93 "
        "events, two blind annotators each",
        "event-level F1 66.3 (P 77.1, R 58.1; 65.5 on the code before stop 42); of the 44 events found in the "
        "gold's sentence: type 40, actor 1 24, actor 2 28, place 26, fatalities 43",
        True,
        "make bench-events",
        "2026-11-28",
    ),
    (
        "event table",
        "events16 and events17: 40 fresh ANT articles (half with conflict words, half any), 51 events, "
        "two blind annotators each",
        "event-level F1 64.1 (P 63.5, R 64.7; 65.4 on the code before stop 22); of the 23 events found in the gold's "
        "sentence: type 16, actor 1 7, actor 2 11, place 10, fatalities 18",
        True,
        "make bench-events",
        "2026-11-26",
    ),
    (
        "event table",
        "events14 and events15: 40 fresh ANT articles (half with conflict words, half any), 69 events, "
        "two blind annotators each",
        "event-level F1 62.2 (P 58.2, R 66.7; 65.3 on the code before stop 21); of the 34 events found in the gold's "
        "sentence: type 25, actor 1 12, actor 2 13, place 18, fatalities 25",
        True,
        "make bench-events",
        "2026-11-26",
    ),
    (
        "event table",
        "events9 and events13: 40 fresh ANT articles (half with conflict words, half any), 53 events, "
        "two blind annotators each",
        "event-level F1 67.9 (P 67.9, R 67.9; 64.5 on the code before stop 20); of the 28 events found in the gold's "
        "sentence: type 20, actor 1 17, actor 2 16, place 10, fatalities 26",
        True,
        "make bench-events",
        "2026-11-26",
    ),
]
DEPENDS_ON = {  # the extractors each report rests on
    "overview": [],
    "actors": ["NER (actors' model)", "actors", "quotes", "roles"],
    "locations": ["places"],
    "timelines": ["time expressions"],
    "events": ["event table", "actors", "places", "time expressions"],
}
HOW_TO_READ = [
    "كل رقم عدٌّ آلي لما استخرجته القواعد والنموذج من المقالات، لا حكم على الوقائع / "
    "every figure is a machine count of what the rules and the model found in the articles, not a finding of fact.",
    "الجداول تُرتَّب وتُبحث وتُصفّى وتُنزَّل كاملة (CSV)؛ جداول الأدلة تعيد كل ذكر إلى جملته / "
    "tables sort, search, filter and download in full (CSV); evidence tables take each mention back to its sentence.",
    "الدقة المقيسة أدناه تقول كم يخطئ الاستخراج: اقرأ الأرقام الصغيرة بحذر وراجع الأدلة / "
    "the measured accuracy below says how often extraction errs: read small counts with care and check the evidence.",
]
LIMITS = {
    "overview": [
        "التاريخ هو تاريخ النشر من المصدر فقط / dates come from the publication field only, never from the body",
        "المكرر التقريبي يقوم على تشابه ٨٠٪ من متتاليات الكلمات / near duplicates share ≥80% of word shingles",
    ],
    "actors": [
        "النموذج يفوت نحو ربع الأشخاص والمنظمات، خاصة المذكورين بكلمة واحدة / "
        "the model misses about a quarter of persons and organisations, above all one-word names",
        "الأدوار تُقرأ قبل الاسم وبعده (البدل والصلة)، وتفوت نحو ستة من كل عشرة / "
        "roles are read before and after the name (apposition, relative clause) but about six in ten are missed",
        "البلد معروف لنحو أربعة من كل عشرة فاعلين / the country is right for about four actors in ten",
        "الإسناد قائم على قواعد: المبتدأ قبل الفعل يفوته / "
        "attribution is rule-based: a subject before the verb is missed",
    ],
    "locations": [
        "أسماء بتهجئة لا يعرفها المعجم تفوت (نحو 15٪ من الأماكن في أخبار لم نرها) / "
        "names spelled in ways the gazetteer lacks are missed (about 15% of places in unseen news)",
        # and the two limits of the shipped place tables: _shipped_places() below
    ],
    "events": [
        "الأحداث تُستخرج بقواعد من جدول أفعال وأسماء؛ بين خمسة وسبعة صفوف من عشرة تطابق حدثاً مستقلاً في أخبار لم نرها / "
        "events come from rules on a table of verbs and nouns; on fresh news five to seven rows in ten match a "
        "distinct gold event",
        "من الأحداث الصحيحة: الفاعل الأول صحيح في ما بين ثلث ونصف، والمكان الأدق في نحو النصف / "
        "of the events found, actor 1 is right for between a third and a half and the most specific place for "
        "about half: check both against the sentence",
        "الحدث المكرر يُجمع بالنوع والمكان والتاريخ (يومان) وتداخل الفاعلين / "
        "the same event across articles is grouped by type, place, date (2 days) and overlapping actors",
        "أعداد القتلى كما وردت: «على الأقل» و«نحو» لا تُجمع مع الدقيقة / "
        "death counts as stated: 'at least' and 'about' are kept apart from exact counts",
        "أسماء الفاعلين بالإنجليزية هنا على طريقة ACLED (Military Forces of + اسم البلد)، وتقرير الفاعلين يعطي اسم "
        "كل فاعل كما يُكتب عادة / actors' English names here follow ACLED's naming (Military Forces of + the "
        "country); the actors report gives each actor's usual English name",
    ],
    "timelines": [
        "التعابير المرتبطة بحدث («بعد يومين من الهجوم») تُعلَّم وتبقى بلا تاريخ / "
        "expressions anchored to an event (two days after the attack) are marked and left undated",
        "المقالة بلا تاريخ تبقى تعابيرها نسبية / an undated article's relative times stay unresolved",
    ],
}


def accuracy_table(report: str | None = None) -> pd.DataFrame:
    """The measured accuracy (of the extractors ``report`` rests on, or all), one row per figure."""
    rows = [(*row[:3], "held-out" if row[3] else "in-sample", row[5] if len(row) > 5 else MEASURED_ON, row[4])
            for row in ACCURACY]  # fmt: skip
    table = pd.DataFrame(rows, columns=ACCURACY_COLUMNS)
    if report is not None:
        table = table[table["extractor"].isin(DEPENDS_ON[report])].reset_index(drop=True)
    return table


def bilingual_html(line: str) -> str:
    """An "Arabic / English" line as Arabic, then the English on its own left-to-right line (escaped)."""
    arabic, _, english = line.partition(" / ")
    if not english:
        return escape(line)
    return f'{escape(arabic)}<span class="en" dir="ltr" lang="en">{escape(english)}</span>'


def intro_html(report: str) -> str:
    """The opening of a report: how to read it (three lines), its extractors' measured accuracy, known limits."""
    lines = "".join(f"<li>{bilingual_html(line)}</li>" for line in HOW_TO_READ)
    accuracy = accuracy_table(report)
    if accuracy.empty:
        measured = "<p>لا يعتمد هذا التقرير على مستخرج مقيس / this report rests on no measured extractor.</p>"
    else:
        items = "".join(
            f'<li><span dir="ltr" lang="en"><b>{escape(r.extractor)}</b>: {escape(r.figure)} — {escape(r.set)} '
            f"(<i>{escape(r.held_out)}</i>, measured {escape(r.measured)}, "
            f"<code>{escape(r.command)}</code>)</span></li>"
            for r in accuracy.itertuples()
        )
        measured = f"<ul>{items}</ul>"
    limits = "".join(f"<li>{bilingual_html(line)}</li>" for line in LIMITS[report])
    return (
        '<section class="ans-trust" dir="rtl">'
        f"<h2>كيف تقرأ هذا التقرير / How to read this report</h2><ol>{lines}</ol>"
        f"<h3>الدقة المقيسة / Measured accuracy</h3>{measured}"
        f"<h3>حدود معروفة / Known limits</h3><ul>{limits}</ul></section>"
    )


def _shipped_places() -> list[str]:
    """The locations report's limits that come from the shipped place tables, said in terms of what they hold:
    the towns whose districts ``places_curated.csv`` lists, and the countries ``places_facilities.tsv.gz`` holds
    facilities of (a user's corpus elsewhere learns that its districts and facilities fall back to their town)."""
    try:
        curated = pd.read_csv(config.DATA_DIR / "places_curated.csv", comment="#", dtype=str)
        facilities = pd.read_csv(config.DATA_DIR / "places_facilities.tsv.gz", sep="\t", dtype=str)
        names = pd.read_csv(config.DATA_DIR / "country_names_ar.csv", dtype=str).drop_duplicates("iso2")
        english = pd.read_csv(config.DATA_DIR / "acled_countries.csv", dtype=str).drop_duplicates("iso2")
        names, english = names.set_index("iso2")["name"], english.set_index("iso2")["name"]
    except (OSError, ValueError, KeyError):
        return []
    districts = curated[curated["kind"].isin(["district", "village", "facility", "feature"])]
    towns = districts["country"].value_counts()
    held = facilities["country"].value_counts()
    in_ar = "، ".join(f"{names.get(c, c)} {n}" for c, n in held.items())
    in_en = ", ".join(f"{english.get(c, c)} {n}" for c, n in held.items())
    district_ar = "، ".join(f"{names.get(c, c)} {n}" for c, n in towns.items()) or "لا شيء"
    district_en = ", ".join(f"{english.get(c, c)} {n}" for c, n in towns.items()) or "none"
    return [
        "الأحياء والمنشآت بلا إحداثيات خاصة تُرسم على دائرة حول نقطة مدينتها؛ جدول الأحياء المرفق "
        f"(helpers/data/places_curated.csv) يحمل أحياء ومعالم محلية ({len(districts)}) في: {district_ar} فقط؛ "
        "أضف أحياء مدوّنتك إليه / districts and facilities without their own point are drawn on a ring around "
        f"their town's point; the shipped districts table (helpers/data/places_curated.csv) holds {len(districts)} "
        f"local districts and features, of: {district_en} only; add your corpus's to it",
        f"جدول المنشآت المرفق (helpers/data/places_facilities.tsv.gz) يحمل منشآت من OpenStreetMap ({len(facilities)}) "
        f"في هذه البلدان فقط: {in_ar}؛ منشأة في بلد غيرها لا تأخذ نقطة خاصة بها، وقد تؤخذ لها منشأة بالاسم نفسه "
        f"فيها / the shipped facilities table (helpers/data/places_facilities.tsv.gz) holds {len(facilities)} "
        f"OpenStreetMap facilities of these countries only: {in_en}; a facility elsewhere gets no point of its own, "
        "and one of the same name in these countries may be taken for it",
    ]


LIMITS["locations"].extend(_shipped_places())
