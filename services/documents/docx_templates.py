"""Word documents from templates the office edits in WPS or Word (docs/documents.md).

A template is an ordinary .docx with placeholders in double braces: `{{单位}}`, `{{截止日期}}`. A table
row whose cells hold `{{任务.名称}}`-style placeholders (list name, dot, field) is repeated once per
entry of that list — the office marks the row by writing the placeholders into it, nothing else. A
paragraph that holds only a placeholder whose value is several paragraphs (the bulletin's body) becomes
that many paragraphs in the placeholder paragraph's format; headings among them are set in 黑体.

Before anything is written, every placeholder in the template is checked against what the document
offers: an unknown one, a `{{` without its `}}`, or a list placeholder outside a table row is refused
in Chinese, naming the placeholder and the file, and no file is written.

The office's copies live in the data folder (``templates/``), copied from resources/templates on first
use, so an edit survives updates of the app; "恢复默认模板" copies the shipped ones back.
"""

from __future__ import annotations

import copy
import re
import shutil
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from services.errors import DubanError
from services.files.export_files import write_atomically
from services.resources import resource_path

PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s]+?)\s*\}\}")
# The three documents and their file names, as the office sees them in its template folder.
TEMPLATE_FILES = {
    "urge": "督办通知单.docx",
    "chase": "催报通知.docx",
    "bulletin": "进展情况通报.docx",
}
HEADING_FONT = "黑体"


class TemplateRejected(DubanError):
    """A template that cannot be filled: broken, or with a placeholder the document does not know."""


@dataclass(frozen=True)
class Heading:
    """A line of a multi-paragraph value set as a heading (黑体), e.g. `一、总体情况`."""

    text: str


Value = str | Sequence[str | Heading]


@dataclass(frozen=True)
class TemplateData:
    """What a document offers its template: single values and lists of rows (each a field -> text)."""

    values: Mapping[str, Value]
    lists: Mapping[str, Sequence[Mapping[str, str]]]
    list_fields: Mapping[str, tuple[str, ...]]  # the fields each list offers, even when it is empty


# --- where the templates live --------------------------------------------------------------------


def default_template_dir() -> Path:
    from services.storage.data_folder import settled_data_dir

    return settled_data_dir() / "templates"


def shipped_template(kind: str) -> Path:
    return resource_path("templates", TEMPLATE_FILES[kind])


def template_folder(folder: Path | None = None) -> Path:
    """The office's template folder, with a copy of each shipped template it does not have yet."""
    folder = folder or default_template_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind, name in TEMPLATE_FILES.items():
            if not (folder / name).exists():
                shutil.copyfile(shipped_template(kind), folder / name)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    return folder


def restore_default_templates(folder: Path | None = None) -> Path:
    """Copy the shipped templates back; the office's own copies are kept in 旧模板/ with the time."""
    folder = folder or default_template_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind, name in TEMPLATE_FILES.items():
            mine = folder / name
            if mine.exists():
                kept = folder / "旧模板" / f"{mine.stem}-{stamp}{mine.suffix}"
                kept.parent.mkdir(exist_ok=True)
                shutil.copyfile(mine, kept)
            shutil.copyfile(shipped_template(kind), mine)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    return folder


def _folder_error(folder: Path, exc: OSError) -> TemplateRejected:
    return TemplateRejected(
        f"无法在“{folder}”中准备 Word 模板（{exc.strerror or exc}）：请确认该文件夹可以写入、模板文件没有在 WPS "
        "或 Word 中打开，然后重试。"
    )


# --- filling -------------------------------------------------------------------------------------


def _open(path: Path):
    if not path.is_file():
        raise TemplateRejected(
            f"找不到模板文件“{path}”。请在“打开模板文件夹”中放回该文件，或点“恢复默认模板”。"
        )
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise TemplateRejected(
            f"模板文件“{path.name}”无法打开（{type(exc).__name__}）：它不是有效的 Word 文档（.docx）。"
            "请在 WPS 或 Word 中另存为 .docx 格式，或点“恢复默认模板”。"
        ) from exc


def _roots(document):
    """The body and every header and footer of their own (a linked one is the previous section's)."""
    yield document.element.body
    for section in document.sections:
        parts = [section.header, section.footer]
        if section.different_first_page_header_footer:
            parts += [section.first_page_header, section.first_page_footer]
        for part in parts:
            if not part.is_linked_to_previous:
                yield part._element


def _all_paragraphs(document):
    """Every paragraph anywhere: body, tables (nested too), text boxes and content controls (WPS puts a
    红头 in a text box), headers and footers — every <w:p>, not only python-docx's top-level ones."""
    for root in _roots(document):
        for p in root.iter(qn("w:p")):
            yield Paragraph(p, document)


def _row_lists(tr) -> set[str]:
    """The lists a table row repeats: the `列表` of its `{{列表.字段}}` placeholders."""
    names = set()
    for p in tr.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        names |= {m.split(".", 1)[0] for m in PLACEHOLDER.findall(text) if "." in m}
    return names


def check_template(document, data: TemplateData, name: str) -> None:
    """Refuse a template with a placeholder the document does not offer, before anything is written."""
    known = set(data.values)
    fields = {f"{n}.{f}" for n, fs in data.list_fields.items() for f in fs}
    for paragraph in _all_paragraphs(document):
        text = paragraph.text
        stray = re.sub(PLACEHOLDER, "", text)
        if "{{" in stray or "}}" in stray:
            raise TemplateRejected(
                f"模板“{name}”中有不完整的占位符：“{text.strip()[:40]}”缺少配对的 {{{{ 或 }}}}。"
                "请在 WPS 或 Word 中改正，或点“恢复默认模板”。"
            )
        for found in PLACEHOLDER.findall(text):
            if "." in found:
                if found not in fields:
                    raise _unknown(name, found, known, fields)
                if next(paragraph._p.iterancestors(qn("w:tr")), None) is None:
                    raise TemplateRejected(
                        f"模板“{name}”中的占位符“{{{{{found}}}}}”只能写在表格的一行里（该行按每项重复）。"
                        "请把它移到表格中，或点“恢复默认模板”。"
                    )
            elif found not in known:
                raise _unknown(name, found, known, fields)


def _unknown(name: str, found: str, known: set[str], fields: set[str]) -> TemplateRejected:
    offered = "、".join(f"{{{{{k}}}}}" for k in sorted(known | fields))
    return TemplateRejected(
        f"模板“{name}”中有无法识别的占位符“{{{{{found}}}}}”。可用的占位符：{offered}。"
        "请在 WPS 或 Word 中改正该占位符，或点“恢复默认模板”。"
    )


def _rows(document):
    for root in _roots(document):
        yield from root.iter(qn("w:tr"))


def _replace_in_paragraph(paragraph, lookup) -> None:
    """Replace placeholders keeping the format of the run each one starts in, even when Word has split
    `{{单位}}` over several runs (it does after an edit or a spell check)."""
    runs = paragraph.runs
    text = "".join(r.text for r in runs)
    if "{{" not in text:
        return
    matches = list(PLACEHOLDER.finditer(text))
    if not matches:
        return
    bounds, start = [], 0
    for run in runs:
        bounds.append((start, start + len(run.text)))
        start += len(run.text)
    pieces = [list(r.text) for r in runs]
    for m in reversed(matches):
        value = lookup(m.group(1))
        first = next(i for i, (a, b) in enumerate(bounds) if a <= m.start() < b)
        for i, (a, b) in enumerate(bounds):
            lo, hi = max(a, m.start()), min(b, m.end())
            if lo >= hi:
                continue
            chars = pieces[i]
            replacement = list(value) if i == first else []
            chars[lo - a : hi - a] = replacement
            # later placeholders were already replaced: their offsets are beyond this one
            pieces[i] = chars
    for run, chars in zip(runs, pieces, strict=True):
        run.text = "".join(chars)


def _fill_row(document, tr, entries: Sequence[Mapping[str, str]]) -> None:
    for entry in entries:
        new = copy.deepcopy(tr)
        tr.addprevious(new)
        for p in new.iter(qn("w:p")):
            _replace_in_paragraph(Paragraph(p, document), lambda key, e=entry: e[key.split(".", 1)[1]])
    tr.getparent().remove(tr)


def _expand(paragraph, lines: Sequence[str | Heading]) -> None:
    """One paragraph per line, each a copy of the placeholder paragraph (its indent, spacing, font)."""
    anchor = paragraph._p
    for line in lines:
        new = copy.deepcopy(anchor)
        anchor.addprevious(new)
        copy_paragraph = Paragraph(new, paragraph._parent)
        runs = copy_paragraph.runs
        text = line.text if isinstance(line, Heading) else line
        for run in runs[1:]:
            run._r.getparent().remove(run._r)
        if runs:
            runs[0].text = text
            if isinstance(line, Heading):
                runs[0].font.name = HEADING_FONT
                runs[0]._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HEADING_FONT)
    anchor.getparent().remove(anchor)


def fill_template(template: Path, data: TemplateData, out: Path) -> Path:
    """Fill ``template`` with ``data`` and save it atomically as ``out``; nothing is written on error."""
    document = _open(Path(template))
    check_template(document, data, Path(template).name)
    for tr in list(_rows(document)):
        names = _row_lists(tr)
        if len(names) > 1:
            raise TemplateRejected(
                f"模板“{Path(template).name}”的同一表格行中用了几个列表（{'、'.join(sorted(names))}）："
                "一行只能按一个列表重复。请改正模板，或点“恢复默认模板”。"
            )
        if names:
            _fill_row(document, tr, data.lists.get(names.pop(), ()))
    for paragraph in list(_all_paragraphs(document)):
        found = PLACEHOLDER.fullmatch(paragraph.text.strip())
        value = data.values.get(found.group(1)) if found else None
        if value is not None and not isinstance(value, str):
            _expand(paragraph, value)
            continue
        _replace_in_paragraph(paragraph, lambda key: _text(data.values[key]))
    return write_atomically(Path(out), lambda temp: document.save(str(temp)))


def _text(value: Value) -> str:
    if isinstance(value, str):
        return value
    return "".join(v.text if isinstance(v, Heading) else v for v in value)
