"""The bundle leaves Pillow out (installer.spec, BUILDING.md): reportlab gets a copy of reportlab.lib.utils
that imports Pillow only if it is there.

reportlab 5 imports PIL.Image at the top of reportlab.lib.utils, which every reportlab module imports,
but uses it only to embed raster images (ImageReader, drawImage), and the app's PDFs hold text, tables
and charts only. The module still has its own no-Pillow path (`haveImages = Image is not None`, and
`_isPILImage` answers False when Image is None), so the copy only makes that import optional. Every
other library then sees Pillow missing, as they are written to: openpyxl drops pictures from a
workbook, pypdf refuses to extract images.

tests/unit/test_packaging.py makes every PDF the app writes with this copy and with Pillow
unimportable.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

MODULE = "reportlab.lib.utils"
PILLOW_IMPORT = "\nfrom PIL import Image\n"
OPTIONAL_IMPORT = "\ntry:\n    from PIL import Image\nexcept ImportError:\n    Image = None\n"


def patched_source(source: str) -> str:
    """reportlab.lib.utils with its Pillow import made optional; refuses a version it does not know."""
    if source.count(PILLOW_IMPORT) != 1 or "haveImages = Image is not None" not in source:
        raise RuntimeError(
            f"{MODULE} no longer imports Pillow as this build expects: check the new reportlab "
            "against hooks/reportlab_without_pillow.py before leaving Pillow out"
        )
    return source.replace(PILLOW_IMPORT, OPTIONAL_IMPORT)


def original_path() -> Path:
    spec = importlib.util.find_spec(MODULE)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{MODULE} is not installed")
    return Path(spec.origin)


def write_patched(folder: Path) -> Path:
    """Writes the patched copy under folder (the build's work folder) and returns its path."""
    target = Path(folder) / "reportlab_lib_utils.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(patched_source(original_path().read_text(encoding="utf-8")), encoding="utf-8")
    return target
