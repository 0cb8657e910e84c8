"""Tests for helpers.report.html and helpers.report.build: escaping of untrusted text, the index page."""

import json

import pandas as pd

from helpers.report import build, html, tables
from tests.conftest import PAYLOAD_IMG, PAYLOAD_SCRIPT


def test_escape_neutralises_markup_and_quotes():
    assert html.escape('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert html.escape(None) == ""


def test_highlight_escapes_inside_and_outside_marks():
    text = f"قبل {PAYLOAD_SCRIPT} درنة"
    start = text.index("درنة")
    out = html.highlight(text, [(start, start + 4), (0, 3)])
    assert "<script>" not in out
    assert out.count("<mark>") == 2
    assert "<mark>درنة</mark>" in out


def test_highlight_merges_overlaps_and_clips_bad_spans():
    assert html.highlight("أبجد", [(0, 2), (1, 3), (3, 99), (-5, 0)]) == "<mark>أبجد</mark>"


def test_article_html_is_rtl_and_inert():
    article = {
        "article_id": "x",
        "title": PAYLOAD_IMG,
        "text": f"عنوان\n\nفقرة {PAYLOAD_SCRIPT}\nفقرة ثانية",
        "body_start": 7,
        "outlet": "<b>o</b>",
        "dct": pd.Timestamp("2018-05-08"),
        "dct_source": "article",
        "url": "javascript:alert(1)",
    }
    page = html.article_html(article)
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "javascript:" not in page
    assert page.count("<p>") == 2


def test_article_html_says_when_the_date_was_supplied():
    article = {"text": "نص", "dct": pd.Timestamp("2018-05-08"), "dct_source": "supplied"}
    assert "تاريخ مُدخَل" in html.article_html(article)


def test_table_html_escapes_cells():
    page = tables.table_html(pd.DataFrame({"title": [PAYLOAD_SCRIPT]}))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'dir="rtl"' in page


def test_index_links_every_report_and_escapes_titles(tmp_path):
    built = [build.BuiltReport(tmp_path / "00_x.ipynb", tmp_path / "00_x.html", PAYLOAD_SCRIPT)]
    page = build.index_html(built, "<corpus>")
    assert 'href="00_x.html"' in page
    assert "<script>" not in page and 'lang="ar"' in page


def test_notebook_title_is_the_first_heading():
    from helpers import config

    assert "Corpus overview" in build.notebook_title(config.NOTEBOOKS_DIR / "00_corpus_overview.ipynb")


def test_notebook_title_skips_the_right_to_left_wrapper(tmp_path):
    notebook = tmp_path / "00_x.ipynb"
    cell = {
        "cell_type": "markdown",
        "metadata": {},
        "source": ['<div dir="rtl">\n', "\n", "# عنوان (Title)\n", "</div>"],
    }
    notebook.write_text(json.dumps({"cells": [cell]}), encoding="utf-8")
    assert build.notebook_title(notebook) == "عنوان (Title)"


def test_list_notebooks_takes_numbered_notebooks_only(tmp_path):
    for name in ("01_b.ipynb", "00_a.ipynb", "scratch.ipynb", "1_c.ipynb"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in build.list_notebooks(tmp_path)] == ["00_a.ipynb", "01_b.ipynb"]
    assert [p.stem[:2] for p in build.list_notebooks()] == ["00", "01", "02", "03", "04"]


def test_drilldown_html_highlights_the_mention_and_escapes_the_rest():
    sentence = f"قال {PAYLOAD_SCRIPT} إن درنة هادئة"
    start = 100 + sentence.index("درنة")
    rows = pd.DataFrame(
        {
            "article_id": ["<a1>"],
            "dct": [pd.Timestamp("2018-05-08")],
            "missing": [None],
            "sentence": [sentence],
            "sentence_start": [100],
            "start": [start],
            "end": [start + 4],
        }
    )
    page = tables.drilldown_html(rows, ["article_id", "dct", "missing"], span=("start", "end"))
    assert "<mark>درنة</mark>" in page
    assert "<script>" not in page and "&lt;a1&gt;" in page
    assert '<td class="ans-k-date">2018-05-08</td>' in page and "<td></td>" in page
    assert page.count("<tr>") == 2  # the header and the one row


def test_note_html_escapes_the_message():
    page = html.note_html(PAYLOAD_IMG)
    assert "<img" not in page and 'class="ans-note"' in page and 'dir="rtl"' in page


def test_index_gives_counts_questions_version_and_csv_links(tmp_path):
    table = tmp_path / "tables" / "00_x" / "counts.csv"
    report = build.BuiltReport(tmp_path / "00_x.ipynb", tmp_path / "00_x.html", "عنوان", "ما السؤال؟", [table])
    page = build.index_html([report], "corpus", {"المقالات / articles": "108"})
    assert "108" in page and "ما السؤال؟" in page and "version" in page
    assert 'href="tables/00_x/counts.csv"' in page


def test_notebook_question_is_read_from_its_first_cell():
    from helpers import config

    assert build.notebook_question(config.NOTEBOOKS_DIR / "01_actors.ipynb").startswith("من الفاعلون")


def test_the_index_counts_actor_mentions_as_the_actors_report_does():
    """The index said 2,007 actor mentions, the actors report 2,004 (3 names of platforms left out)."""
    import pandas as pd

    table = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "actor_id": ["haftar", "facebook", "lna"],
            "type": ["person", "organisation", "army"],
            "acled_type": ["person_official", "platform", "state_forces"],
        }
    )
    assert build.actor_mentions(table) == 2
    assert build.actor_mentions(table.iloc[0:0]) == 0


def _notebook_with_parameters(path, source):
    cell = {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": source, "outputs": []}
    path.write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return path


def test_a_report_parameter_goes_only_to_the_notebooks_that_declare_it(tmp_path):
    """``reports -p TOPIC الحديدة`` made four of the five notebooks print "Passed unknown parameter: TOPIC" in the
    build's output (only the timelines notebook takes a topic), and a misspelt name was passed on in silence."""
    from helpers.report.build import parameters_for, unknown_parameters

    timelines = _notebook_with_parameters(tmp_path / "03_t.ipynb", 'CORPUS_PATH = None\nTOPIC = "درنة"  # a topic\n')
    actors = _notebook_with_parameters(tmp_path / "01_a.ipynb", "CORPUS_PATH = None\nTOP = 20\n")
    given = {"CORPUS_PATH": "/tmp/c", "TOPIC": "الحديدة", "TOPPIC": "x"}
    assert parameters_for(timelines, given) == {"CORPUS_PATH": "/tmp/c", "TOPIC": "الحديدة"}
    assert parameters_for(actors, given) == {"CORPUS_PATH": "/tmp/c"}
    assert unknown_parameters([timelines, actors], given) == ["TOPPIC"]


def test_section_texts_explain_without_the_bundled_corpus_s_own_names():
    """On an Iraq and Sinai corpus the sections still explained with Libya's war («الجيش الليبي، الجيش الوطني
    الليبي»، «العميد أحمد المسماري»، «مجلس شورى مجاهدي درنة»، «جنوب درنة»، Khalifa Haftar) and the events report
    with Egypt's army: names foreign to the user's corpus. The texts explain with neutral forms; the locations
    report's known limits may still say the shipped tables know Derna's districts (a fact about the data)."""
    from helpers import config
    from helpers.report import trust

    bundled = ("ليبي", "درنة", "المسماري", "عشماوي", "حفتر", "Haftar", "السراج", "لانوف", "Libya", "Derna", "Egypt")
    for notebook in build.list_notebooks(config.NOTEBOOKS_DIR):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            text = "".join(cell["source"])
            if cell["cell_type"] == "code":  # a parameter's comment is read as a section text too
                text = "\n".join(line.partition("#")[2] for line in text.splitlines())
            found = [name for name in bundled if name in text]
            assert not found, f"{notebook.name}: {found} in «{text[:80]}»"
    for report, limits in trust.LIMITS.items():
        if report != "locations":
            found = [name for limit in limits for name in bundled if name in limit]
            assert not found, f"{report}: {found}"


def test_every_report_that_takes_the_subset_parameters_takes_the_country_subset_too():
    """``reports -p SUBSET_COUNTRY Somalia`` limited the timelines and events reports to the Somalia articles while
    the overview, actors and locations reports of the same build still counted the whole corpus, with no word
    about it: every notebook that takes SUBSET_OUTLET now takes SUBSET_COUNTRY, and ``open_report`` applies it."""
    from helpers import config
    from helpers.report.build import notebook_parameters

    for notebook in build.list_notebooks(config.NOTEBOOKS_DIR):
        declared = notebook_parameters(notebook)
        if "SUBSET_OUTLET" in declared:
            assert "SUBSET_COUNTRY" in declared, notebook.name


def test_the_stated_sequence_section_says_what_the_sequence_model_fits():
    """On a Gaza corpus (weekly protests and raids) and a Turkey-Kurds one (a campaign of daily strikes) the stated
    sequence listed a launch per raid and a deaths row per day with no word that its model is one operation with a
    launch and a completion: the section now says what it fits and how to read a recurring conflict."""
    from helpers import config

    notebook = config.NOTEBOOKS_DIR / "03_timelines.ipynb"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    section = next("".join(c["source"]) for c in cells if "Stated sequence of the topic" in "".join(c["source"]))
    assert "What the sequence model fits" in section and "recurring conflict" in section
    assert "النزاع المتكرر" in section
