"""Colours and sizes shared by the PDF and Excel documents, so a red light looks the same in both.

Fills are mid-tone so a black-and-white laser printer still tells them apart as greys, and the text
colour on each keeps the light's label readable (white on red and green, black on yellow and grey).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LightColors:
    fill: str  # RRGGBB, no '#': openpyxl wants it bare, reportlab takes '#' + it
    text: str


# Keys are the values of services.ledger.lights.Light (a StrEnum), so either a Light or its string works.
LIGHT_COLORS: dict[str, LightColors] = {
    "red": LightColors(fill="D9352B", text="FFFFFF"),
    "yellow": LightColors(fill="F6C343", text="000000"),
    "green": LightColors(fill="2E9D4A", text="FFFFFF"),
    "grey": LightColors(fill="C8C8C8", text="000000"),
}

HEADER_FILL = "E7E6E6"  # the pale grey of a printed form's header row

# 字号 of Chinese typesetting in points (GB/T 9704 asks for titles in 二号, body in 三号).
SIZE_ER_HAO = 22.0  # 二号
SIZE_SAN_HAO = 16.0  # 三号
SIZE_SI_HAO = 14.0  # 四号
SIZE_XIAO_SI = 12.0  # 小四
SIZE_WU_HAO = 10.5  # 五号
SIZE_XIAO_WU = 9.0  # 小五


def light_colors(light: str | None) -> LightColors | None:
    """Colours for a traffic light value ("red", "yellow", "green", "grey"); None for no fill."""
    if light is None:
        return None
    try:
        return LIGHT_COLORS[str(light)]
    except KeyError:
        raise ValueError(f"unknown traffic light {light!r}") from None
