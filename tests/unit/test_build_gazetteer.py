"""The gazetteer builder (scripts/build_gazetteer.py): which GeoNames names become rows."""

import importlib.util

from helpers import config

_BUILDER = config.PROJECT_ROOT / "scripts" / "build_gazetteer.py"
_SPEC = importlib.util.spec_from_file_location("build_gazetteer", _BUILDER)
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)


def test_an_arabic_name_with_a_direction_mark_is_kept(tmp_path, monkeypatch):
    """GeoNames writes some Arabic names with a left-to-right mark after them (حفر الباطن + U+200E)."""
    row = ["1", "Hafar", "Hafar", "Hafar,حفر الباطن\u200e", "28.4", "45.9", "P", "PPL", "SA", "", "", "", "", "",
           "271642", "", "", "", ""]  # fmt: skip
    cities = tmp_path / "cities.txt"
    cities.write_text("\t".join(row) + "\n", encoding="utf-8")
    monkeypatch.setattr(build, "GEONAMES", cities)
    assert [r["name"] for r in build.geonames_rows()] == ["حفر الباطن"]
