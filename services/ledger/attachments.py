"""Evidence files (photos, scanned documents) attached to a task, copied into the ledger's attachments folder.

`base` below is the folder that holds attachments/: the SQLite ledger's own folder, the shared folder set
for a server ledger, or this PC's data folder (services/attachment_store.place_for).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Attachment
from services.errors import DiskFull, InvalidValue, NotFound
from services.ledger.changelog import current_user, log_change
from services.ledger.tasks import get_item

ATTACHMENTS_DIR_NAME = "attachments"
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
# The OS's reason in Chinese; others keep their own words.
COPY_FAILED = {
    errno.EACCES: "没有权限，或文件正被其他程序占用",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件已不存在",
    errno.EIO: "磁盘读写出错",
    errno.EROFS: "附件文件夹在只读磁盘上",
}


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    size: int
    added_by: str
    added_at: datetime
    path: Path | None  # None when the stored name would lead out of the attachments folder


def _folder(base: Path) -> Path:
    folder = base / ATTACHMENTS_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_path(base: Path, stored_name: str) -> Path | None:
    """Where an attachment's file is, or None when its stored name would lead out of the attachments folder."""
    return file_in(base / ATTACHMENTS_DIR_NAME, stored_name)


def file_in(folder: Path, stored_name: str) -> Path | None:
    """`stored_name` inside `folder`, or None when it would lead out of it.

    The name comes from the database, which a tampered backup or another PC on a shared ledger may have
    written: "../../Windows/…", "C:\\…" or "/etc/…" must never be opened as "现场照片.jpg".
    """
    name = PureWindowsPath(stored_name)  # splits on \ and / alike, and knows drive letters
    if (
        not stored_name
        or "\x00" in stored_name
        or len(name.parts) != 1
        or name.drive
        or name.root
        or stored_name in (".", "..")
        or name.is_reserved()  # CON, NUL, COM1…: Windows opens a device, not a file
    ):
        return None
    folder = folder.resolve()
    path = (folder / stored_name).resolve()
    return path if path.parent == folder else None


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def add_attachment(session: Session, item_id: int, source: Path, base: Path) -> int:
    """Copy `source` into base/attachments, named by its content hash so equal files are stored once."""
    source = Path(source)
    if not source.is_file():
        raise InvalidValue(f"找不到文件“{source}”。请确认文件存在后重新添加。")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidValue(f"文件“{source.name}”超过 200 MB，过大，请压缩或拆分后再添加。")
    item = get_item(session, item_id)
    sha256 = file_digest(source)
    stored_name = f"{sha256}{source.suffix.lower()}"
    target = _folder(base) / stored_name
    # A file already there is reused only if it still is this content: a copy cut short before the
    # copies were checked, or damaged since, is replaced instead of being recorded as good once more.
    if not (target.is_file() and file_digest(target) == sha256):
        _copy_checked(source, target, sha256)
    attachment = Attachment(
        item_id=item.id,
        file_name=source.name,
        stored_name=stored_name,
        sha256=sha256,
        size=size,
        added_by=current_user(),
    )
    session.add(attachment)
    session.flush()
    log_change(
        session, "task", item.id, "attach", None, {"file_name": source.name, "attachment_id": attachment.id}
    )
    return attachment.id


def _copy_checked(source: Path, target: Path, sha256: str) -> None:
    """Copy under a temporary name, compare the copy's SHA-256 with the source's, then rename: a kill or a
    full disk leaves a stray temporary file, never a short file under the name that says it is whole."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(source, partial)
        if file_digest(partial) != sha256:
            raise InvalidValue(
                f"文件“{source.name}”在复制时被改动或没有完整复制，附件未添加。"
                "请关闭正在编辑它的程序，确认文件完整后重新添加。"
            )
        os.replace(partial, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull("磁盘空间已满，附件未添加。请清理磁盘空间后重试。") from exc
        why = COPY_FAILED.get(exc.errno, exc.strerror or str(exc))
        raise InvalidValue(
            f"无法复制文件“{source.name}”（{why}），附件未添加。请检查文件是否被占用后重试。"
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def list_attachments(session: Session, item_id: int, base: Path) -> list[AttachmentView]:
    rows = session.scalars(select(Attachment).where(Attachment.item_id == item_id).order_by(Attachment.id))
    return [
        AttachmentView(a.id, a.file_name, a.size, a.added_by, a.added_at, stored_path(base, a.stored_name))
        for a in rows
    ]


def attachment_file(session: Session, attachment_id: int, base: Path) -> Path:
    """The attachment's file, to open: inside the attachments folder, present, and the content recorded."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound("该附件不存在或已删除。")
    path = stored_path(base, attachment.stored_name)
    if path is None:
        raise InvalidValue(
            f"附件“{attachment.file_name}”的存放名称不正确（指向附件文件夹以外），为安全起见不打开。"
            "数据库可能被改动过：请从备份恢复，或删除这个附件后重新添加文件。"
        )
    if not path.is_file():
        raise NotFound(
            f"附件“{attachment.file_name}”的文件不在本机的附件文件夹中（{path.parent}）。可能已被删除，"
            "或是在另一台电脑上添加的（服务器数据库没有设置共享附件文件夹时，文件只保存在添加它的电脑上）。"
            "请在添加它的电脑上打开，或删除这个附件后重新添加文件。"
        )
    if file_digest(path) != attachment.sha256:
        raise InvalidValue(
            f"附件“{attachment.file_name}”的文件与添加时不一致（已损坏或被改动），为免看到错误的内容，没有打开。"
            "请删除这个附件后重新添加原文件。"
        )
    return path


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound("该附件不存在或已删除。")
    log_change(session, "task", attachment.item_id, "detach", {"file_name": attachment.file_name}, None)
    # The stored file stays: another attachment may share it, and undo needs it.
    session.delete(attachment)
