"""The annual summary (templates/bao-cao-nam.yaml) written for Typst, like for like, to time vusta
against Typst on the same document.

Fed from the same store: the numbers are the file `vusta report --formats json` writes
(so-lieu-YEAR.json: every value and table the template binds), the charts the SVG files
`vusta report --formats svg` draws (bieu-do/bao-cao-nam-NN-….svg, placed as images). Same
sections in the same order, same tables with the same rows and columns, the landscape page for
Table 3, same font (Liberation Serif 14 pt, tables 12 and 11 pt), same margins (Decree 30:
top 20 mm, bottom 20 mm, left 30 mm, right 15 mm), repeated table headers, "Trang x/y"-style
page numbers, links in the source column.

Usage:
  python3 bao_cao_nam_typst.py so-lieu-2022.json bieu-do/ out.pdf        # writes the PDF
  python3 bao_cao_nam_typst.py so-lieu-2022.json bieu-do/ out.typ --source  # the Typst source only
Timing (BENCHMARKS.md): the source is written first, then only `typst compile` is timed
(python3 -c "import typst; typst.compile(...)"), which leaves Typst's side the data and charts
ready-made — vusta's time includes reading the store and drawing the charts.
"""
import glob
import json
import os
import sys


def esc(s):
    """Typst markup text: every character that means something in markup escaped."""
    out = []
    for ch in s:
        if ch in '\\#*_`$<>@[]~/"\'=-+.':
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def strong_md(s):
    """The template's **bold** spans as Typst strong text; the rest escaped."""
    parts = s.split("**")
    return "".join(("*" + esc(p) + "*") if i % 2 else esc(p) for i, p in enumerate(parts))


def v(data, name):
    c = data["values"].get(name)
    return c["text"] if c else ""


def rows(data, name):
    return data["datasets"].get(name, [])


def cell(c):
    t = esc(c["text"])
    if c.get("link"):
        return f'link("{c["link"]}")[{t}]'
    return f"[{t}]"


def table(data, name, caption, columns, headers, widths, aligns, size=12):
    body = []
    for r in rows(data, name):
        body.append(", ".join(cell(r[c]) for c in columns))
    head = ", ".join(f"[*{esc(h)}*]" for h in headers)
    title = f"#align(center, text(weight: \"bold\")[{esc(caption)}])\n" if caption else ""
    return (title
            + f"#text(size: {size}pt, table(columns: ({', '.join(widths)}), align: ({', '.join(aligns)}),"
            f" stroke: 0.5pt, inset: 4pt, fill: (x, y) => if y == 0 {{ rgb(\"#DDE6F0\") }}"
            f" else if calc.even(y) {{ rgb(\"#F2F2F2\") }},\n"
            f"  table.header({head}),\n  " + ",\n  ".join(body) + "))\n")


def chart(path, width="100%"):
    return f'#align(center, image("{path}", width: {width}))\n'


def source(data, charts):
    y = data["year"]
    org = v(data, "org")
    previous = v(data, "previousYear")
    fig = lambda value, label: f'box(width: 100%, stroke: 0.8pt + rgb("#1F4E79"), inset: 6pt)[#align(center)[#text(20pt, weight: "bold", fill: rgb("#1F4E79"))[{esc(value)}] \\ #text(11pt)[{esc(label)}]]]'
    out = [
        '#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm),',
        '  header: context if counter(page).get().first() > 1 { align(center, text(13pt)[#counter(page).display()]) })',
        '#set text(font: "Liberation Serif", size: 14pt, lang: "vi")',
        '#set par(justify: true, first-line-indent: 1cm, spacing: 6pt, leading: 0.65em)',
        f'#set document(title: "{esc("Báo cáo tổng kết hoạt động năm " + str(y) + " qua thông tin báo chí")}")',
        '#set heading(numbering: (..n) => if n.pos().len() == 1 { numbering("I.", ..n) } else { numbering("1.", n.pos().last()) })',
        '#show heading.where(level: 1): set text(14pt, weight: "bold")',
        '#show heading.where(level: 2): set text(14pt, weight: "bold", style: "italic")',
        # the Decree 30 header: issuing body left, the national motto right
        '#grid(columns: (1fr, 1.3fr), align: center, gutter: 4pt,',
        f'  [#text(13pt)[{esc(org)}] \\ #text(13pt)[{esc(v(data, "number") and "Số: " + v(data, "number") + "/BC-LHH")}]],',
        '  [#text(13pt, weight: "bold")[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM] \\ #text(14pt, weight: "bold")[Độc lập - Tự do - Hạnh phúc] \\'
        f' #text(14pt, style: "italic")[{esc(v(data, "placeDate"))}]])',
        '#v(12pt)',
        '#align(center, text(weight: "bold")[BÁO CÁO])',
        f'#align(center, text(weight: "bold")[{esc("Tổng kết hoạt động của hệ thống Liên hiệp Hội năm " + str(y))} \\ qua thông tin báo chí])',
        '#v(6pt)',
        esc(f"Trên cơ sở {v(data, 'coverage.sources')} bài viết về hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật "
            f"Việt Nam và các Liên hiệp Hội tỉnh, thành phố có dữ kiện trong năm {y}, Liên hiệp các Hội Khoa học và Kỹ "
            f"thuật Việt Nam báo cáo kết quả tổng hợp như sau:"),
        '',
        '= NHỮNG SỐ LIỆU CHÍNH',
        '#grid(columns: (1fr, 1fr, 1fr, 1fr), gutter: 6pt, '
        + ", ".join([fig(v(data, "meetings.total"), "hội nghị, sự kiện"),
                     fig(v(data, "meetings.provinces") + "/" + v(data, "units"), "tỉnh, thành phố có hội nghị"),
                     fig(v(data, "members.hoiVien"), f"hội viên ({v(data, 'members.hoiVienProvinces')} tỉnh có số liệu)"),
                     fig(v(data, "citations.documents"), "văn bản chỉ đạo được trích dẫn")]) + ')',
        '',
        strong_md(f"Năm {y}, hệ thống Liên hiệp Hội tổ chức **{v(data, 'meetings.total')}** hội nghị, sự kiện trên "
                  f"{v(data, 'coverage.articles')} bài viết đã đọc (năm {previous} chưa có số liệu nên không so sánh), tại "
                  f"{v(data, 'meetings.provinces')} tỉnh, thành phố; trong đó {v(data, 'meetings.national')} hội nghị của "
                  f"Liên hiệp Hội Việt Nam và {v(data, 'meetings.unknownProvince')} hội nghị chưa xác định được địa bàn. "
                  f"Nhiều nhất là {v(data, 'meetings.topProvince')} ({v(data, 'meetings.topProvinceCount')} hội nghị); loại "
                  f"hội nghị phổ biến nhất là {v(data, 'meetings.topKind')} ({v(data, 'meetings.topKindCount')})."),
        '',
        '= HỘI NGHỊ, GIAO BAN',
        '== Theo địa bàn',
        esc(f"Bản đồ dưới đây cho thấy số hội nghị của từng tỉnh, thành phố theo danh mục {v(data, 'division')}; ô gạch "
            "chéo là tỉnh, thành phố chưa có bài viết nào trong năm (chưa có số liệu, khác 0). Các hội nghị của Liên hiệp "
            "Hội Việt Nam và các hội nghị chưa xác định tỉnh không xếp hạng cùng các tỉnh; chúng được ghi ở chú thích biểu "
            "đồ và cuối bảng 1."),
        '',
        chart(charts[0]), chart(charts[1]),
        table(data, "meetings.byProvince", f"Bảng 1. Số hội nghị theo tỉnh, thành phố năm {y} (—: chưa có bài viết nào)",
              ["no", "province", "meetings", "articles", "share"], ["TT", "Tỉnh, thành phố", "Số hội nghị", "Số bài viết", "Tỷ lệ"],
              ["30pt", "1fr", "70pt", "70pt", "60pt"], ["right", "left", "right", "right", "right"]),
        '== Theo tháng và theo loại',
        chart(charts[2]), chart(charts[3]),
        '== Danh sách hội nghị',
        esc("Mỗi hội nghị được tính một lần dù nhiều bài viết cùng đưa tin; cột Nguồn liên kết tới bài viết gốc."),
        '',
        table(data, "meetings.list", f"Bảng 2. Danh sách hội nghị năm {y}", ["no", "date", "province", "kind", "source"],
              ["TT", "Ngày", "Tỉnh, thành phố", "Loại", "Nguồn"], ["30pt", "70pt", "1fr", "1fr", "1.3fr"],
              ["right", "left", "left", "left", "left"], size=11),
        '= HỘI VIÊN',
        esc(f"Tổng số hội viên theo số liệu mới nhất của từng tỉnh là ") + f"*{esc(v(data, 'members.hoiVien'))}*"
        + esc(f" ({v(data, 'members.hoiVienProvinces')} tỉnh, thành phố có số liệu); hội thành viên: "
              f"{v(data, 'members.hoiThanhVien')}; chi hội: {v(data, 'members.chiHoi')}. {v(data, 'members.withoutProvince')} "
              "số liệu chưa xác định tỉnh không được cộng vào tổng."),
        '',
        chart(charts[4]),
        '#page(flipped: true, margin: (top: 30mm, bottom: 15mm, left: 20mm, right: 20mm))[',
        table(data, "members.byProvince", f"Bảng 3. Số liệu hội viên theo tỉnh, thành phố năm {y}",
              ["province", "hoiVien", "hoiThanhVien", "chiHoi", "triThuc", "change", "date", "source"],
              ["Tỉnh, thành phố", "Hội viên", "Hội thành viên", "Chi hội", "Trí thức", "Thay đổi", "Ngày", "Nguồn"],
              ["1.2fr", "60pt", "60pt", "50pt", "60pt", "60pt", "65pt", "1.5fr"],
              ["left", "right", "right", "right", "right", "right", "left", "left"]),
        ']',
        '= VĂN BẢN CHỈ ĐẠO ĐƯỢC TRÍCH DẪN',
        esc(f"Các bài viết trích dẫn {v(data, 'citations.documents')} văn bản chỉ đạo, tổng cộng {v(data, 'citations.mentions')} "
            f"lần; nhiều nhất là {v(data, 'citations.topType')} {v(data, 'citations.topDirective')} "
            f"({v(data, 'citations.topMentions')} lần)."),
        '',
        chart(charts[5]),
        table(data, "citations.top", "Bảng 4. Văn bản chỉ đạo được trích dẫn: ở đâu và bao nhiêu lần",
              ["directive", "type", "mentions", "articles", "provinces", "where"],
              ["Văn bản", "Loại", "Số lần", "Số bài", "Số tỉnh", "Ở đâu"], ["70pt", "60pt", "40pt", "40pt", "40pt", "1fr"],
              ["left", "left", "right", "right", "right", "left"]),
        '= ĐỘ PHỦ CỦA SỐ LIỆU VÀ PHƯƠNG PHÁP',
        "\n".join("- " + esc(t) for t in [
            f"Số bài viết đã đọc có ngày thuộc năm {y}: {v(data, 'coverage.articles')}; số bài có dữ kiện: {v(data, 'coverage.sources')}.",
            f"Số dữ kiện: {v(data, 'coverage.facts')}, trong đó {v(data, 'coverage.factsWithoutProvince')} dữ kiện không nêu tỉnh, "
            f"ghi là \"{v(data, 'coverage.unknownLabel')}\"; số tỉnh, thành phố có dữ kiện: {v(data, 'coverage.provinces')}/{v(data, 'units')}.",
            f"Số dữ kiện có độ tin cậy thấp chưa được rà soát: {v(data, 'coverage.needsReview')} (xem bằng lệnh vusta facts --needs-review --year {y}).",
            f"Danh mục hành chính dùng để thống kê: {v(data, 'division')}.",
            "Một hội nghị được nhiều bài đưa tin chỉ tính một lần; số hội viên là số mới nhất của mỗi tỉnh trong năm.",
            "Số liệu tổng hợp tự động từ tin bài, chỉ phản ánh những gì báo chí đưa tin; danh mục nguồn ở Phụ lục."]),
        '',
        # signature block and recipients (Decree 30)
        '#grid(columns: (1fr, 1fr), gutter: 8pt,',
        '  [#text(12pt, weight: "bold", style: "italic")[Nơi nhận:] \\ #text(11pt)[- Đoàn Chủ tịch Hội đồng Trung ương; \\'
        ' - Các Liên hiệp Hội tỉnh, thành phố; \\ - Lưu: VT, VP.]],',
        f'  [#align(center)[#text(weight: "bold")[TM. BAN THƯỜNG VỤ \\ CHỦ TỊCH] #v(50pt) #text(weight: "bold")[{esc(v(data, "signer"))}]]])',
        '#pagebreak()',
        '#heading(numbering: none)[Phụ lục. Danh mục nguồn]',
        f'#align(center, emph[(Kèm theo Báo cáo số {esc(v(data, "number"))}/BC-LHH {esc(v(data, "date"))})])',
        table(data, "sources.list", "", ["no", "title", "date", "source"],
              ["TT", "Bài viết", "Ngày đăng", "Tệp hoặc địa chỉ"], ["30pt", "1.2fr", "70pt", "1.4fr"],
              ["right", "left", "left", "left"], size=11),
    ]
    return "\n".join(out)


if __name__ == "__main__":
    data_path, chart_dir, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
    data = json.load(open(data_path, encoding="utf-8"))
    charts = sorted(glob.glob(os.path.join(chart_dir, "bao-cao-nam-*.svg")))
    if len(charts) != 6:
        sys.exit(f"{chart_dir}: expected the 6 SVG charts of bao-cao-nam, found {len(charts)}")
    root = os.path.dirname(os.path.abspath(out_path))
    rel = [os.path.relpath(os.path.abspath(c), root) for c in charts]
    text = source(data, rel)
    if "--source" in sys.argv:
        open(out_path, "w", encoding="utf-8").write(text)
    else:
        import typst
        typ = out_path[:-4] + ".typ"
        open(typ, "w", encoding="utf-8").write(text)
        typst.compile(typ, output=out_path, root=root)
