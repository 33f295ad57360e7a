"""Chinese phone numbers as clerks type them: checked, written one way, never silently dropped.

Accepted:
- mobiles: 11 digits starting 13–19, with spaces or dashes anywhere and an optional +86/86 in front
  (``138 1234 5678``, ``+86-138-1234-5678``) → ``13812345678``;
- landlines: area code 0 + 2–3 digits, then a 7–8 digit number (``0513-82345678``, ``(0513)82345678``,
  ``0513 8234 5678``) → ``0513-82345678``; a local number alone (``82345678``) is kept as typed, since
  the office dials its own district without the code;
- extensions after a landline: ``转123``, ``-123`` (after a full number), ``ext.123``, ``x123``,
  ``分机123`` → ``0513-82345678转123``.

Full-width digits and brackets from a Chinese input method are read as ordinary ones. Several numbers
in the office-phone field are separated by ``、`` or ``；`` or ``/``; the mobile field holds one.
"""

from __future__ import annotations

import re
import unicodedata

from services.errors import InvalidValue

_SEPARATORS = re.compile(r"\s*[、;；/,，]\s*")
_EXTENSION = re.compile(r"^(?P<number>.*?)\s*(?:转|分机|ext\.?|x)\s*(?P<ext>\d{1,6})$", re.I)
_FILLER = re.compile(r"[\s\-()（）.·]")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_AREA_CODES_3 = re.compile(r"^0(10|2\d)")  # Beijing 010, and 02x (Shanghai 021, Tianjin 022, …)

MOBILE_EXAMPLE = "13812345678"
LANDLINE_EXAMPLE = "0513-82345678"
OFFICE_PHONE_MAX = 40  # the column's width (models/units.py)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _digits(text: str) -> str:
    return _FILLER.sub("", text)


def _strip_country(digits: str) -> str:
    if digits.startswith("+86"):
        return digits[3:]
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and len(digits) == 13:
        return digits[2:]
    return digits


def normalize_mobile(text: str | None, *, field: str = "手机") -> str | None:
    """``text`` as an 11-digit mobile number, None when blank; InvalidValue saying what is wrong."""
    if text is None or not _fold(text):
        return None
    parts = [p for p in _SEPARATORS.split(_fold(text)) if p]
    if len(parts) > 1:
        raise InvalidValue(
            f"{field}“{text.strip()}”中有 {len(parts)} 个号码，这一栏只填一个手机号；其他号码请填在“办公电话”或“备注”中。"
        )
    return _one_mobile(parts[0], field)


def _one_mobile(raw: str, field: str) -> str:
    digits = _strip_country(_digits(raw))
    if _MOBILE.match(digits):
        return digits
    if not digits.isdigit():
        raise InvalidValue(
            f"{field}“{raw}”中有不是数字的字符。手机号应为 11 位数字，如 {MOBILE_EXAMPLE}；"
            "座机号码请填在“办公电话”中。"
        )
    if digits.startswith("0"):
        raise InvalidValue(
            f"{field}“{raw}”像是座机号码。手机号应为 11 位数字，以 1 开头；座机号码请填在“办公电话”中。"
        )
    if len(digits) != 11:
        more = "多" if len(digits) > 11 else "少"
        raise InvalidValue(
            f"{field}“{raw}”有 {len(digits)} 位数字，手机号应为 11 位（{more}了 {abs(len(digits) - 11)} 位），"
            f"如 {MOBILE_EXAMPLE}。请核对号码。"
        )
    raise InvalidValue(
        f"{field}“{raw}”不是有效的手机号：手机号以 13–19 开头，如 {MOBILE_EXAMPLE}。请核对号码。"
    )


def normalize_office_phone(text: str | None, *, field: str = "办公电话") -> str | None:
    """A landline (with area code and extension) or a mobile; None when blank; InvalidValue otherwise."""
    if text is None or not _fold(text):
        return None
    parts = [p for p in _SEPARATORS.split(_fold(text)) if p]
    joined = "、".join(_one_office_phone(p, field) for p in parts)
    if len(joined) > OFFICE_PHONE_MAX:
        raise InvalidValue(
            f"{field}“{text.strip()}”太长：最多填 {OFFICE_PHONE_MAX} 个字符，其他号码请写在“备注”中。"
        )
    return joined


def _one_office_phone(raw: str, field: str) -> str:
    extension = None
    body = raw
    found = _EXTENSION.match(raw)
    if found:
        body, extension = found.group("number"), found.group("ext")
    elif re.match(r"^\(?0\d{2,3}\)?[\s\-]?\d{7,8}-\d{1,6}$", raw):
        # 0513-82345678-123: a dash after a full number starts the extension.
        body, extension = raw.rsplit("-", 1)
    digits = _strip_country(_digits(body))
    if not digits.isdigit():
        raise InvalidValue(
            f"{field}“{raw}”中有不是数字的字符。座机请写成 {LANDLINE_EXAMPLE}，分机写成 {LANDLINE_EXAMPLE}转123。"
        )
    if _MOBILE.match(digits) and extension is None:
        return digits
    number = _landline(digits)
    if number is None:
        raise InvalidValue(
            f"{field}“{raw}”不是有效的电话号码：座机为区号（0 开头的 3–4 位）加 7–8 位号码，"
            f"如 {LANDLINE_EXAMPLE}；手机为 11 位数字。请核对号码。"
        )
    return f"{number}转{extension}" if extension else number


def _landline(digits: str) -> str | None:
    if not digits.startswith("0"):
        # A local number without the area code, as the office dials within its own district.
        return digits if 7 <= len(digits) <= 8 and digits[0] != "1" else None
    code_length = 3 if _AREA_CODES_3.match(digits) else 4
    code, local = digits[:code_length], digits[code_length:]
    if 7 <= len(local) <= 8:
        return f"{code}-{local}"
    return None
