"""The application's version, one place for the window, the command line and the installer.

pyproject.toml carries it too (uv needs it there); tests/unit/test_packaging.py keeps the two equal.
"""

VERSION = "0.1.0"
