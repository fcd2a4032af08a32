"""A 10-page A4 Vietnamese report with ReportLab platypus: title, 35 justified paragraphs, a vector
bar chart, a 63-row table with a repeated header, "Trang x/y" (two passes) and an outline."""
import sys
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.pdfgen import canvas as rl_canvas
from vietnamese_text import paragraph, rows

FONTS = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", FONTS + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FONTS + "LiberationSerif-Bold.ttf"))

body = ParagraphStyle("body", fontName="LS", fontSize=14, leading=16.8, alignment=TA_JUSTIFY, firstLineIndent=28,
                      spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=14, leading=17, spaceBefore=12, spaceAfter=6, keepWithNext=1)
title = ParagraphStyle("t", fontName="LSB", fontSize=14, leading=17, alignment=TA_CENTER, spaceAfter=12)


class NumberedCanvas(rl_canvas.Canvas):
    """Second pass for "Trang x/y": pages are kept, then numbered once the count is known."""
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("LS", 10)
            self.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Trang {self._pageNumber}/{n}")
            super().showPage()
        super().save()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "h1":
            key = f"h{id(f)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(f.getPlainText(), key, level=0)


def chart():
    d = Drawing(460, 220)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 40, 30, 400, 170
    c.data = [[r[2] for r in rows()[:20]]]
    c.categoryAxis.categoryNames = [r[1][:6] for r in rows()[:20]]
    c.categoryAxis.labels.fontName = "LS"
    c.categoryAxis.labels.angle = 45
    c.categoryAxis.labels.boxAnchor = "ne"
    c.valueAxis.labels.fontName = "LS"
    c.bars[0].fillColor = colors.HexColor("#0072B2")
    d.add(c)
    return d


def build(path):
    story = [Paragraph("BÁO CÁO<br/>Tổng kết hoạt động năm 2023", title)]
    for i in range(35):
        if i % 5 == 0:
            story.append(Paragraph(f"Mục {i // 5 + 1}. Hoạt động của hệ thống Liên hiệp Hội", h1))
        story.append(Paragraph(paragraph(i), body))
        if i == 10:
            story.append(chart())
    data = [["TT", "Tỉnh, thành phố", "Số hội nghị", "Số bài viết"]] + [[str(a), b, str(c), str(d)] for a, b, c, d in rows()]
    t = Table(data, repeatRows=1, colWidths=[30, 220, 90, 90])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 12), ("FONT", (0, 0), (-1, 0), "LSB", 12),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F0F0F0")])]))
    story += [Paragraph("Bảng 1. Số hội nghị theo tỉnh, thành phố", h1), t]
    doc = Doc(path, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate("p", [frame])])
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "/tmp/peer-reportlab.pdf")
