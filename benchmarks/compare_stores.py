"""Compare the tables of two store folders, table by table: rows sorted, ``content_hash`` left out (it is the
store's own key), then ``pandas.testing.assert_frame_equal``. Used to show that a refactor kept every
extracted row: build the same corpus with both versions (``python -m helpers store PATH --store DIR``).

Run: ``python -m benchmarks.compare_stores OLD_DIR NEW_DIR`` (prints identical or the rows only one side has).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

TABLES = (
    "articles", "sentences", "actors", "places", "times", "quotes", "events", "incidents", "signatures", "rejected",
)  # fmt: skip


def load(store: Path, name: str) -> pd.DataFrame:
    """Every partition's rows of one table (the first version folder of the store)."""
    root = next(store.glob("v*"))
    frames = [f for f in (pd.read_parquet(p) for p in sorted(root.glob(f"part-*/{name}.parquet"))) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows in a fixed order, without the store key, bytes as hex."""
    if frame.empty:
        return frame
    frame = frame.drop(columns=[c for c in ("content_hash",) if c in frame]).copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(lambda v: v.hex() if isinstance(v, bytes) else v)
    return frame.sort_values(list(frame.columns), kind="stable", ignore_index=True, key=lambda s: s.astype(str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    for name in TABLES:
        old, new = canonical(load(args.old, name)), canonical(load(args.new, name))
        if list(old.columns) != list(new.columns):
            print(f"{name}: columns differ: {list(old.columns)} vs {list(new.columns)}")
            continue
        try:
            pd.testing.assert_frame_equal(old, new, check_dtype=False)
            print(f"{name}: identical ({len(old):,} rows)")
        except AssertionError:
            side = old.merge(new, how="outer", indicator=True)["_merge"]
            only_old, only_new = int((side == "left_only").sum()), int((side == "right_only").sum())
            print(f"{name}: DIFFER ({len(old):,} vs {len(new):,} rows): only old {only_old}, only new {only_new}")


if __name__ == "__main__":
    main()
