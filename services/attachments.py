"""Evidence files (photos, scanned documents) attached to a task, copied into the data folder."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Attachment
from services.changelog import current_user, log_change
from services.errors import DiskFull, InvalidValue, NotFound
from services.tasks import get_item

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    size: int
    added_by: str
    added_at: datetime
    path: Path


def _folder(data_dir: Path) -> Path:
    folder = data_dir / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def add_attachment(session: Session, item_id: int, source: Path, data_dir: Path) -> int:
    """Copy `source` under the data folder, named by its content hash so equal files are stored once."""
    source = Path(source)
    if not source.is_file():
        raise InvalidValue(f"找不到文件“{source}”。请确认文件存在后重新添加。")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidValue(f"文件“{source.name}”超过 200 MB，过大，请压缩或拆分后再添加。")
    item = get_item(session, item_id)
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    stored_name = f"{digest.hexdigest()}{source.suffix.lower()}"
    target = _folder(data_dir) / stored_name
    if not target.exists():
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            target.unlink(missing_ok=True)
            if exc.errno == 28:
                raise DiskFull("磁盘空间已满，附件未添加。请清理磁盘空间后重试。") from exc
            raise InvalidValue(
                f"无法复制文件“{source.name}”：{exc.strerror}。请检查文件是否被占用。"
            ) from exc
    attachment = Attachment(
        item_id=item.id,
        file_name=source.name,
        stored_name=stored_name,
        sha256=digest.hexdigest(),
        size=size,
        added_by=current_user(),
    )
    session.add(attachment)
    session.flush()
    log_change(
        session, "task", item.id, "attach", None, {"file_name": source.name, "attachment_id": attachment.id}
    )
    return attachment.id


def list_attachments(session: Session, item_id: int, data_dir: Path) -> list[AttachmentView]:
    rows = session.scalars(select(Attachment).where(Attachment.item_id == item_id).order_by(Attachment.id))
    return [
        AttachmentView(
            a.id, a.file_name, a.size, a.added_by, a.added_at, data_dir / "attachments" / a.stored_name
        )
        for a in rows
    ]


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound("该附件不存在或已删除。")
    log_change(session, "task", attachment.item_id, "detach", {"file_name": attachment.file_name}, None)
    # The stored file stays: another attachment may share it, and undo needs it.
    session.delete(attachment)
