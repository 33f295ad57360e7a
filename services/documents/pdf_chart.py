"""Horizontal bar charts for the summary page: completion by domain, by unit.

Horizontal bars because the categories are long Chinese unit names (区市场监督管理局) that would be
unreadable under vertical bars. A chart with more bars than fit on one page is cut into several
drawings, since a reportlab Drawing cannot split across pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from services.documents.pdf_spec import PdfBar, PdfBarChart
from services.documents.style import light_colors

# Points per bar: the 9 pt labels stay apart, and a district's 25–30 lead units fit one landscape page
# (at 20 points the last five units went to a page of their own).
BAR_PITCH = 14.0
_CHART_PAD_TOP = 26.0  # room for the chart's title
_CHART_PAD_BOTTOM = 24.0  # room for the value axis labels
_DEFAULT_BAR = "4472C4"


def _chunks(bars: Sequence[PdfBar], per_chart: int) -> list[Sequence[PdfBar]]:
    """Pieces of equal length (27 bars at 22 a page: 14 and 13, not 22 and a lonely 5)."""
    if not bars:
        return [()]
    count = -(-len(bars) // per_chart)
    size = -(-len(bars) // count)
    return [bars[i : i + size] for i in range(0, len(bars), size)]


def chart_drawings(chart: PdfBarChart, width: float, max_height: float, font: str) -> list[Drawing]:
    """One or more drawings of ``chart``, each at most ``max_height`` points tall."""
    per_chart = max(1, int((max_height - _CHART_PAD_TOP - _CHART_PAD_BOTTOM) // BAR_PITCH))
    pieces = _chunks(chart.bars, per_chart)
    drawings = []
    for index, bars in enumerate(pieces):
        title = chart.title if len(pieces) == 1 else f"{chart.title}（{index + 1}/{len(pieces)}）"
        drawings.append(_drawing(chart, bars, title, width, font))
    return drawings


def _drawing(chart: PdfBarChart, bars: Sequence[PdfBar], title: str, width: float, font: str) -> Drawing:
    label_size = 9.0
    height = _CHART_PAD_TOP + _CHART_PAD_BOTTOM + BAR_PITCH * max(len(bars), 1)
    drawing = Drawing(width, height, initialFontName=font)  # not the unembedded Helvetica default
    drawing.add(String(width / 2, height - 16, title, fontName=font, fontSize=12, textAnchor="middle"))
    if not bars:
        drawing.add(String(width / 2, height / 2 - 10, "（无数据）", fontName=font, fontSize=label_size))
        return drawing

    widest = max(stringWidth(bar.label, font, label_size) for bar in bars)
    label_room = min(widest + 8, width * 0.4)
    value_room = stringWidth(chart.value_format.format(chart.max_value), font, label_size) + 8

    plot = HorizontalBarChart()
    plot.x = label_room
    plot.y = _CHART_PAD_BOTTOM
    plot.width = max(width - label_room - value_room, 50)
    plot.height = BAR_PITCH * len(bars)
    # Values above the scale (more than the target) are drawn clipped at the scale's end but labelled
    # with their true value.
    plot.data = [[min(max(bar.value, 0.0), chart.max_value) for bar in bars]]
    plot.categoryAxis.categoryNames = [bar.label for bar in bars]
    plot.categoryAxis.reverseDirection = 1  # first bar on top, as the list reads
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = label_size
    plot.categoryAxis.labels.boxAnchor = "e"
    plot.categoryAxis.labels.dx = -4
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = chart.max_value
    plot.valueAxis.valueStep = chart.max_value / 5
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 9
    plot.valueAxis.labelTextFormat = lambda value: chart.value_format.format(value)
    plot.valueAxis.visibleGrid = 1
    plot.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    plot.barWidth = BAR_PITCH * 0.6
    plot.groupSpacing = BAR_PITCH * 0.4
    plot.barLabels.fontName = font
    plot.barLabels.fontSize = 9
    plot.barLabels.boxAnchor = "w"
    plot.barLabels.dx = 3
    plot.barLabelFormat = "values"
    plot.barLabelArray = [[chart.value_format.format(bar.value) for bar in bars]]
    plot.bars.strokeColor = None
    plot.bars[0].fillColor = colors.HexColor("#" + _DEFAULT_BAR)
    for i, bar in enumerate(bars):
        tint = light_colors(bar.light)
        if tint is not None:
            plot.bars[(0, i)].fillColor = colors.HexColor("#" + tint.fill)
    drawing.add(plot)
    return drawing
