"""The shape of a SQLite ledger's schema (tables, columns, indexes, foreign keys, triggers, views), and
the shape the migrations themselves give each revision, to compare a file against before trusting it.

A backup is put in place of the ledger only if it has exactly the shape of its revision: a trigger added
by hand would silently delete every later history row, a missing column breaks the first query, a lone
table is not a ledger at all. The expected shape is not written down anywhere to drift: it is what
running the migrations on an empty file produces.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Shape:
    # table -> {column: (declared type, not null, primary key position)}
    columns: dict[str, dict[str, tuple[str, bool, int]]]
    # table -> every index as (columns, unique, how it was made: c index, u unique, pk primary key)
    indexes: dict[str, frozenset[tuple[tuple[str, ...], bool, str]]]
    # table -> every foreign key as (columns, referred table, referred columns, on delete)
    foreign_keys: dict[str, frozenset[tuple[tuple[str, ...], str, tuple[str, ...], str]]]
    triggers: frozenset[str]
    views: frozenset[str]


def describe(connection: sqlite3.Connection) -> Shape:
    """The shape of the database on `connection`; SQLite's own tables (sqlite_%) are left out."""
    master = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables = sorted(name for kind, name in master if kind == "table")
    columns, indexes, foreign_keys = {}, {}, {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        columns[table] = {
            name: (declared.upper(), bool(notnull), pk)
            for _cid, name, declared, notnull, _default, pk in connection.execute(
                f"PRAGMA table_info({quoted})"
            )
        }
        found = set()
        for _seq, index, unique, origin, _partial in connection.execute(f"PRAGMA index_list({quoted})"):
            named = '"' + index.replace('"', '""') + '"'
            cols = tuple(row[2] for row in connection.execute(f"PRAGMA index_info({named})"))
            found.add((cols, bool(unique), origin))
        indexes[table] = frozenset(found)
        keys: dict[int, list] = {}
        for key_id, _seq, referred, source, target, _update, delete, _match in connection.execute(
            f"PRAGMA foreign_key_list({quoted})"
        ):
            keys.setdefault(key_id, [[], referred, [], delete])
            keys[key_id][0].append(source)
            keys[key_id][2].append(target)
        foreign_keys[table] = frozenset((tuple(s), r, tuple(t), d) for s, r, t, d in keys.values())
    return Shape(
        columns=columns,
        indexes=indexes,
        foreign_keys=foreign_keys,
        triggers=frozenset(name for kind, name in master if kind == "trigger"),
        views=frozenset(name for kind, name in master if kind == "view"),
    )


@cache
def expected(revision: str) -> Shape:
    """The shape the migrations give `revision`, from an empty file migrated to it (once per process)."""
    from models import schema
    from models.db import make_engine, sqlite_url

    with tempfile.TemporaryDirectory(prefix="duban-shape-") as folder:
        path = Path(folder) / "shape.sqlite3"
        engine = make_engine(sqlite_url(path))
        try:
            schema.upgrade(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return describe(connection)
        finally:
            connection.close()


def differences(found: Shape, wanted: Shape) -> list[str]:
    """What `found` has or lacks against `wanted`, in words for the user (Chinese, most telling first)."""
    said = []
    said += [f"多出触发器 {name}" for name in sorted(found.triggers - wanted.triggers)]
    said += [f"多出视图 {name}" for name in sorted(found.views - wanted.views)]
    missing = sorted(wanted.columns.keys() - found.columns.keys())
    if missing:
        said.append(
            f"缺少数据表 {'、'.join(missing[:6])}{'等' if len(missing) > 6 else ''}（共 {len(missing)} 张）"
        )
    said += [f"多出数据表 {name}" for name in sorted(found.columns.keys() - wanted.columns.keys())]
    for table in sorted(found.columns.keys() & wanted.columns.keys()):
        have, want = found.columns[table], wanted.columns[table]
        said += [f"数据表 {table} 缺少列 {c}" for c in sorted(want.keys() - have.keys())]
        said += [f"数据表 {table} 多出列 {c}" for c in sorted(have.keys() - want.keys())]
        said += [
            f"列 {table}.{c} 的定义不同" for c in sorted(want.keys() & have.keys()) if have[c] != want[c]
        ]
        if found.indexes[table] != wanted.indexes[table]:
            said.append(f"数据表 {table} 的索引或唯一约束不同")
        if found.foreign_keys[table] != wanted.foreign_keys[table]:
            said.append(f"数据表 {table} 的外键不同")
    return said
