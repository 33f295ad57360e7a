# PyInstaller runtime hook (installer.spec): runs in the bundle before the app.
# The bundle leaves out pypinyin's phrase dictionary (2.5 MB, BUILDING.md). pypinyin's own switch
# makes it read each character alone; the unit search matches any reading of a character
# (services/units/pinyin_search.py), so every name it finds with the phrases it still finds
# (tests/unit/test_packaging.py).
import os

os.environ["PYPINYIN_NO_PHRASES"] = "1"
