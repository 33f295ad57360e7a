"""Fonts found by face name in the registry's Fonts keys, then by file name, then the bundled font.

The registry is read through a stand-in for winreg, with values as Windows writes them.
"""

from __future__ import annotations

from pathlib import Path

from services.documents.font_registry import (
    FONTS_KEY,
    InstalledFace,
    entry_faces,
    installed_faces,
    read_fonts_keys,
)
from services.documents.fonts import BUNDLED_FONT, choose_fonts


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_a_collection_lists_its_faces_in_file_order():
    assert entry_faces("SimSun & NSimSun (TrueType)") == ["SimSun", "NSimSun"]
    assert entry_faces("仿宋_GB2312 (TrueType)") == ["仿宋_GB2312"]
    assert entry_faces("Microsoft YaHei & Microsoft YaHei UI (TrueType)") == [
        "Microsoft YaHei",
        "Microsoft YaHei UI",
    ]


def test_faces_are_matched_by_name_whatever_the_spelling(tmp_path: Path):
    entries = [
        ("Arial (TrueType)", "arial.ttf"),
        ("SimSun & NSimSun (TrueType)", "simsun.ttc"),
        ("FangSong GB2312 (TrueType)", "仿宋_GB2312.ttf"),
        ("仿宋_GB2312 (All res)", "gb2312.fon"),  # a bitmap font reportlab cannot read
    ]
    assert installed_faces(entries, ["nsimsun"], tmp_path) == [InstalledFace(tmp_path / "simsun.ttc", 1)]
    assert installed_faces(entries, ["FangSong_GB2312", "仿宋_GB2312"], tmp_path) == [
        InstalledFace(tmp_path / "仿宋_GB2312.ttf", 0)
    ]
    assert installed_faces(entries, ["SimHei"], tmp_path) == []


def test_a_per_user_font_has_a_full_path_and_a_system_one_a_bare_name():
    entries = [
        (
            "方正小标宋简体 (TrueType)",
            r"C:\Users\clerk\AppData\Local\Microsoft\Windows\Fonts\方正小标宋简体.TTF",
        ),
        ("SimHei (TrueType)", "simhei.ttf"),
    ]
    system = Path("fonts")
    (user_font,) = installed_faces(entries, ["方正小标宋简体"], system)
    assert user_font.path == Path(r"C:\Users\clerk\AppData\Local\Microsoft\Windows\Fonts\方正小标宋简体.TTF")
    assert installed_faces(entries, ["黑体", "SimHei"], system) == [InstalledFace(system / "simhei.ttf", 0)]
    assert installed_faces(entries, ["SimHei"], None) == []  # no Fonts folder to find a bare name in


def test_fonts_under_chinese_file_names_are_chosen_by_role(tmp_path: Path):
    system, user = tmp_path / "Windows" / "Fonts", tmp_path / "user" / "Fonts"
    touch(system / "simhei.ttf")
    touch(system / "仿宋_GB2312.ttf")
    xiaobiaosong = touch(user / "方正小标宋简体.TTF")
    touch(system / "simsun.ttc")
    registry = [
        ("SimHei (TrueType)", "simhei.ttf"),
        ("仿宋_GB2312 (TrueType)", "仿宋_GB2312.ttf"),
        ("方正小标宋简体 (TrueType)", str(xiaobiaosong)),
        ("SimSun & NSimSun (TrueType)", "simsun.ttc"),
    ]
    chosen = choose_fonts([system, user], registry)
    assert chosen["title"][0].name == "FZXiaoBiaoSong" and chosen["title"][1] == xiaobiaosong
    assert chosen["heading"][0].name == "SimHei"
    assert chosen["body"][0].name == "FangSongGB2312"
    assert chosen["body"][1] == system / "仿宋_GB2312.ttf"
    assert chosen["table"][0].name == "SimSun" and chosen["table"][0].subfont_index == 0


def test_a_stale_entry_falls_back_to_the_file_name_then_to_the_bundled_font(tmp_path: Path):
    registry = [("仿宋_GB2312 (TrueType)", "deleted-by-hand.ttf")]
    touch(tmp_path / "FS_GB2312.TTF")
    assert choose_fonts([tmp_path], registry)["body"][1] == tmp_path / "FS_GB2312.TTF"
    (tmp_path / "FS_GB2312.TTF").unlink()
    assert choose_fonts([tmp_path], registry)["body"][0] == BUNDLED_FONT


class FakeWinreg:
    """The part of winreg that read_fonts_keys uses, over a dict of hive -> values (None: no key)."""

    HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER = "HKLM", "HKCU"
    REG_SZ, REG_BINARY = 1, 3

    def __init__(self, hives: dict[str, list[tuple[str, object, int]] | None]):
        self.hives = hives
        self.closed: list[str] = []

    def OpenKey(self, hive: str, path: str):
        assert path == FONTS_KEY
        if self.hives.get(hive) is None:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        fake = self

        class Key:
            def __enter__(self):
                return self

            def __exit__(self, *exc: object) -> None:
                fake.closed.append(hive)

        key = Key()
        key.hive = hive
        return key

    def EnumValue(self, key, index: int):
        values = self.hives[key.hive]
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]


def test_both_hives_are_read_and_odd_values_passed_over():
    registry = FakeWinreg(
        {
            "HKLM": [
                ("SimSun & NSimSun (TrueType)", "simsun.ttc", FakeWinreg.REG_SZ),
                ("Broken (TrueType)", b"\x00\x01", FakeWinreg.REG_BINARY),
            ],
            "HKCU": [
                ("方正小标宋简体 (TrueType)", r"C:\Users\clerk\Fonts\方正小标宋简体.TTF", FakeWinreg.REG_SZ)
            ],
        }
    )
    assert read_fonts_keys(registry) == [
        ("SimSun & NSimSun (TrueType)", "simsun.ttc"),
        ("方正小标宋简体 (TrueType)", r"C:\Users\clerk\Fonts\方正小标宋简体.TTF"),
    ]
    assert registry.closed == ["HKLM", "HKCU"]


def test_a_missing_user_key_is_no_error():
    registry = FakeWinreg({"HKLM": [("SimHei (TrueType)", "simhei.ttf", FakeWinreg.REG_SZ)], "HKCU": None})
    assert read_fonts_keys(registry) == [("SimHei (TrueType)", "simhei.ttf")]


def test_off_windows_there_is_no_registry_to_read(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    assert read_fonts_keys() == []
