"""Sides named by the country a row happened in, once its place is known (after ``where.context_place``, which
gives a row with no place of its own the place of the article's account): ACLED names a state's police and an
unnamed crowd by the country of the event.

- A police or security force told with no country (قوات الأمن: Security Forces; الشرطة، القوات الأمنية) is
  ``Police Forces of <country>``.
- An arrest told with no doer (قبض على أحد الأشقاء في الكويت، اُعتقل سبعة أشخاص) is made by ``Police Forces of
  <country>``: ACLED codes the state's police as the doer of an arrest whose agency the report does not name.
- Protesters or rioters with no country (وخرجت احتجاجات في الشوارع) are ``Protesters (<country>)``.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.scope import COLUMN
from helpers.text.normalize import normalize_letters

POLICE_AR = "الشرطة"
ARRESTS = "Arrests"
# The English the actors layer and the generic nouns give a state's police or security forces with no country.
_HOME_FORCES = frozenset({"security forces", "security services", "police"})
# القوات الأمنية، قوات الشرطة: a 'military forces' noun that is the police; a word that starts so, not اللواء الثامن.
_SECURITY = re.compile(r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:امن|شرط)")
_CROWDS = frozenset({"Protesters", "Rioters"})
# Hostages or gunmen in the arrest's sentence (احتجاز رهائن من قبل مجموعة مسلحة): armed men hold them, not the police.
_ARMED = re.compile(r"رهائن|رهينه|مسلح")


def police_label(country: str) -> str:
    """ACLED's label of a country's police (``Police Forces of the United States``), '' with no country."""
    if not country:
        return ""
    return f"Police Forces of {'the ' if country.startswith('United ') else ''}{country}"


def home_side(name: str, english: str, country: str) -> str:
    """The English of one side named by the row's ``country`` (ACLED's English name): a police or security force,
    or protesters or rioters, told with no country; any other side as it is."""
    if not country or not name:
        return english
    if english.lower() in _HOME_FORCES or (english == "military forces" and _SECURITY.search(normalize_letters(name))):
        return police_label(country)
    if english in _CROWDS:
        return f"{english} ({country})"
    return english


def home_sides(row: tuple) -> tuple:
    """A row whose sides are named by its country (``home_side``), an arrest with no doer given the country's
    police; a row with no country as it is."""
    country = row[COLUMN["country"]] or ""
    if not country:
        return row
    out = list(row)
    for k in ("1", "2"):
        out[COLUMN[f"actor{k}_en"]] = home_side(
            row[COLUMN[f"actor{k}"]] or "", row[COLUMN[f"actor{k}_en"]] or "", country
        )
    unclaimed = not row[COLUMN["actor1"]] and not row[COLUMN["actor1_en"]]
    if (
        row[COLUMN["sub_event_type"]] == ARRESTS
        and unclaimed
        and not _ARMED.search(normalize_letters(row[COLUMN["notes"]] or ""))
    ):
        out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = POLICE_AR, police_label(country)
    return tuple(out)
