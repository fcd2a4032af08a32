"""The same 10-page A4 Vietnamese report compiled by Typst (pip package `typst`): title, 35 justified
paragraphs, a vector bar chart, a 63-row table with a repeated header, "Trang x/y", outline."""
import sys
import typst
from vietnamese_text import paragraph, rows


def source():
    out = ['#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm),',
           '  footer: context align(right, text(10pt)[Trang #counter(page).display() / #counter(page).final().first()]))',
           '#set text(font: "Liberation Serif", size: 14pt, lang: "vi")',
           '#set par(justify: true, first-line-indent: 1cm, spacing: 6pt)',
           '#set document(title: "Báo cáo tổng kết năm 2023")',
           '#align(center, text(weight: "bold")[BÁO CÁO \\ Tổng kết hoạt động năm 2023])']
    data = rows()
    bars = []
    for i, r in enumerate(data[:20]):
        h = r[2] * 5
        bars.append(f'#place(dx: {40 + i * 20}pt, dy: {170 - h}pt, rect(width: 14pt, height: {h}pt, fill: rgb("#0072B2")))')
        bars.append(f'#place(dx: {40 + i * 20}pt, dy: 175pt, rotate(45deg, text(8pt)[{r[1][:6]}]))')
    chart = '#block(width: 100%, height: 220pt)[\n' + "\n".join(bars) + '\n#place(dx: 38pt, dy: 170pt, line(length: 400pt))]'
    for i in range(35):
        if i % 5 == 0:
            out.append(f'= Mục {i // 5 + 1}. Hoạt động của hệ thống Liên hiệp Hội')
        out.append(paragraph(i))
        out.append("")
        if i == 10:
            out.append(chart)
    cells = ", ".join(f'[{a}], [{b}], [{c}], [{d}]' for a, b, c, d in data)
    out.append('= Bảng 1. Số hội nghị theo tỉnh, thành phố')
    out.append('#set text(size: 12pt)')
    out.append('#table(columns: (30pt, 1fr, 80pt, 80pt), align: (right, left, right, right),'
               ' fill: (x, y) => if y == 0 { rgb("#DDE6F0") } else if calc.even(y) { rgb("#F0F0F0") },'
               ' table.header([*TT*], [*Tỉnh, thành phố*], [*Số hội nghị*], [*Số bài viết*]), ' + cells + ')')
    return "\n".join(out)


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/peer-typst.pdf"
    src = "/tmp/peer-report.typ"
    open(src, "w").write(source())
    typst.compile(src, output=path)
