#!/usr/bin/env python3
"""Perturbation check of extraction: copies the real-page corpus with one surface change per
variant — what the web varies without changing what a page says — so that the copies can be
scored against the same gold.

Usage: scripts/perturb-real.py OUT [VARIANT …]
  Writes OUT/<variant>/{dev,aside}/<set>/ for each variant (all when none is named), then:
  python3 scripts/evaluate.py OUT/<variant>/{dev,aside}/* --binary .build/release/vusta
  and compare with the same command on corpus/real/{dev,aside}/* (add --verbose and diff to see
  which facts a variant costs).

Variants: nfd (decomposed Unicode), oldtone (hoà, thuỷ), crlf_nbsp (Windows line ends and
no-break spaces), invisible (zero-width spaces, soft hyphens, a BOM), numeric_entities and
named_entities (an HTML page's letters as &#7879; or &agrave;), brs (paragraphs as <br> lines),
wrapped (an HTML paragraph wrapped at 78 columns in the source), datestyle (21/3/2023 written
21-3-2023 or 21.3.2023), titlecase (the union's name in Title Case), abbrev (its later mentions
as "Liên hiệp các Hội KH&KT", "Liên hiệp các hội KHKT", "Liên hiệp Hội", "LHH"), related (a "Tin
liên quan" block of other meetings' headlines and dates after the article), ticker (a "Tin mới"
ticker of other headlines above it), comments (readers' comments with names and dates after it),
sidebar (a "Văn bản mới" list of numbered documents above it), caption (a photo's caption under
the headline), hardwrap (a text page's paragraphs broken at 72 columns), oneline (an HTML page's
source on one line), bullets (paragraphs opening with "- "), table (the body in a table's cell),
divspan (paragraphs as <div><span>), uppertitle (the headline in capitals), lowerunion (the
union's name in lower case), punctspace (a space before commas and full stops), verbaldate
("21 tháng 3 năm 2023"), placeabbrev ("TP.HCM", "TT-Huế", "BR-VT"), dateline ("(VUSTA) – " or "(TTXVN) – "
before the lead), nospace (no space after a sentence's full stop, one time in two), titlesuffix
(the site's name after the headline in <title>), h1div (the headline in a <div>, not an <h1>),
opentitle (a <title> never closed), joinlines (a text page's paragraphs run together on one line), sharebar (share
links and a font-size tool under the headline), tags (a line of tags after the article naming
meetings, provinces and a directive), prevnext (the previous and next articles' headlines after it),
topbar (the weather, a hotline and today's date above it), leftbox (a box of the newest
articles with their dates before it in the source).
Exit status 2 on a bad argument or a missing corpus."""
import html.entities
import os
import random
import re
import shutil
import sys
import textwrap
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "real")
PAGES = (".txt", ".html", ".htm")


def is_html(s):
    return "<html" in s[:2000].lower() or "<!doctype" in s[:200].lower()


def in_html_text(s, fn):
    """Applies fn to an HTML page's text between tags (not inside scripts or styles)."""
    out, skip = [], False
    for part in re.split(r"(<[^>]*>)", s):
        if part.startswith("<"):
            low = part.lower()
            if low.startswith("<script") or low.startswith("<style"):
                skip = True
            if low.startswith("</script") or low.startswith("</style"):
                skip = False
            out.append(part)
        else:
            out.append(part if skip else fn(part))
    return "".join(out)


def at_body_start(s, block):
    """The page with `block` right after its <body> tag (at its start when it has none)."""
    m = re.search(r"<body[^>]*>", s)
    return s[:m.end()] + block + s[m.end():] if m else block + s


def at_body_end(s, block):
    """The page with `block` right before its </body> tag (at its end when it has none)."""
    return s.replace("</body>", block + "</body>", 1) if "</body>" in s else s + block


def text_of(s, fn):
    return in_html_text(s, fn) if is_html(s) else fn(s)


OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
             "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
OLD_TONES.update({k.capitalize(): v.capitalize() for k, v in list(OLD_TONES.items())})


def oldtone(s):
    pattern = "(" + "|".join(OLD_TONES) + r")(?![a-zàáảãạăằắẳẵặâầấẩẫậ])"
    return re.sub(pattern, lambda m: OLD_TONES[m.group(0)], s)


def crlf_nbsp(s):
    space = "&nbsp;" if is_html(s) else "\u00a0"
    s = text_of(s, lambda t: re.sub(r"(?<=\S) (?=\S)", lambda m: space if m.start() % 5 == 0 else " ", t))
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def invisible(s):
    rnd = random.Random(len(s))

    def mark(t):
        out = []
        for w in re.split(r"( )", t):
            if w == " " and rnd.random() < 0.08:
                out.append(" \u200b")
            elif len(w) > 6 and rnd.random() < 0.05:
                out.append(w[:3] + "\u00ad" + w[3:])
            else:
                out.append(w)
        return "".join(out)
    return text_of(s, mark) if is_html(s) else "\ufeff" + mark(s)


NAMED = {chr(v): k for k, v in html.entities.name2codepoint.items()}


def numeric_entities(s):
    if not is_html(s):
        return s
    return in_html_text(s, lambda t: "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in t))


def named_entities(s):
    if not is_html(s):
        return s
    return in_html_text(s, lambda t: "".join("&%s;" % NAMED[c] if ord(c) > 127 and c in NAMED else c for c in t))


def brs(s):
    return re.sub(r"</p>\s*<p[^>]*>", "<br><br>\n", s) if is_html(s) else s


def wrapped(s):
    if not is_html(s):
        return s

    def wrap(m):
        inner = m.group(2)
        if "<" in inner:
            return m.group(0)
        return m.group(1) + "\n".join(textwrap.wrap(inner, 78)) + m.group(3)
    return re.sub(r"(<p[^>]*>)(.*?)(</p>)", wrap, s, flags=re.S)


def datestyle(s):
    n = [0]

    def rep(m):
        n[0] += 1
        sep = "-" if n[0] % 2 else "."
        return m.group(1) + sep + m.group(2) + sep + m.group(3)
    # (not inside a range, "25-26/5/2017", or a span, "1946-20/10/2021")
    return re.sub(r"(?<![\d\-–])\b(\d{1,2})/(\d{1,2})/(\d{4})\b", rep, s)


def titlecase(s):
    return re.sub(r"Liên hiệp các [Hh]ội [Kk]hoa học và [Kk]ỹ thuật", "Liên Hiệp Các Hội Khoa Học Và Kỹ Thuật", s)


def abbrev(s):
    n = [0]
    forms = ["Liên hiệp các Hội KH&KT", "Liên hiệp các hội KHKT", "Liên hiệp Hội", "LHH"]

    def rep(m):
        n[0] += 1
        return m.group(0) if n[0] == 1 else forms[n[0] % len(forms)]
    return re.sub(r"Liên hiệp các [Hh]ội [Kk]hoa học và [Kk]ỹ thuật", rep, s)


OTHER_HEADLINES = [
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Hội nghị Ban Chấp hành lần thứ 5",
    "Hội thảo khoa học về phát triển nông nghiệp công nghệ cao tại Lâm Đồng",
    "Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị lần thứ V",
    "Giao ban Liên hiệp hội các tỉnh Bắc Trung Bộ năm 2021",
    "Tập huấn kỹ năng tư vấn, phản biện cho cán bộ hội thành viên",
]


def related_lines(n):
    rnd = random.Random(n)
    picks = rnd.sample(OTHER_HEADLINES, 3)
    return [(h, "%02d/%02d/20%02d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(12, 24))) for h in picks]


def related(s):
    """A "Tin liên quan" block after the article: other meetings' headlines with their dates."""
    items = related_lines(len(s))
    if is_html(s):
        block = "<div class=\"related\"><h3>Tin liên quan</h3><ul>" + "".join(
            "<li><a href=\"/tin/%d.html\">%s</a> (%s)</li>" % (i, h, d) for i, (h, d) in enumerate(items)) + "</ul></div>"
        return at_body_end(s, block)
    return s.rstrip("\n") + "\n\nTin liên quan\n" + "".join("- %s (%s)\n" % (h, d) for h, d in items)


def ticker(s):
    """A "Tin mới" ticker above the page's text: other meetings' headlines."""
    items = related_lines(len(s) + 1)
    if is_html(s):
        block = "<div class=\"ticker\">Tin mới: " + " | ".join("<a href=\"/t/%d\">%s</a>" % (i, h) for i, (h, _) in enumerate(items)) + "</div>"
        return at_body_start(s, block)
    return "Tin mới: " + " | ".join(h for h, _ in items) + "\n" + s


def comments(s):
    """Readers' comments after the article, each with a name and a date."""
    block = [("Bình luận (2)", None), ("Nguyễn Văn Bình - 12/03/2024 09:15", None),
             ("Bài viết rất thiết thực, mong Liên hiệp hội tổ chức thêm nhiều hội thảo như vậy.", None),
             ("Trần Thị Hoa - 13/03/2024 20:41", None), ("Cảm ơn tòa soạn đã đưa tin kịp thời.", None)]
    if is_html(s):
        html_block = "<div class=\"comments\">" + "".join("<p>%s</p>" % t for t, _ in block) + "</div>"
        return at_body_end(s, html_block)
    return s.rstrip("\n") + "\n\n" + "\n".join(t for t, _ in block) + "\n"


def sidebar(s):
    """A "Văn bản mới" sidebar of numbered documents above the article."""
    lines = ["Văn bản mới", "Quyết định số 1234/QĐ-UBND ngày 05/01/2024 về kế hoạch phát triển khoa học",
             "Kế hoạch số 45/KH-LHH ngày 10/01/2024 tổ chức hội thi sáng tạo kỹ thuật"]
    if is_html(s):
        block = "<div class=\"sidebar\"><ul>" + "".join("<li>%s</li>" % l for l in lines) + "</ul></div>"
        return at_body_start(s, block)
    return "\n".join(lines) + "\n\n" + s


def caption(s):
    """A photo's caption right under the headline, before the lead."""
    text = "Quang cảnh hội nghị. Ảnh: Minh Tuấn"
    if is_html(s):
        return re.sub(r"(</h1>|</h2>)", r"\1<p class=\"caption\">" + text + "</p>", s, count=1)
    lines = s.split("\n")
    return "\n".join(lines[:1] + [text] + lines[1:])


def hardwrap(s):
    """A text page copied from an e-mail or a PDF: each paragraph broken at 72 columns."""
    if is_html(s):
        return s
    return "\n".join("\n".join(textwrap.wrap(l, 72)) if len(l) > 72 else l for l in s.split("\n"))


def oneline(s):
    """An HTML page minified: its source on one line."""
    return re.sub(r"\s*\n\s*", " ", s) if is_html(s) else s


def bullets(s):
    """Paragraphs that open with a dash, as many portals type them."""
    if is_html(s):
        return re.sub(r"(<p[^>]*>)(?=[^<\s])", r"\1- ", s)
    lines = s.split("\n")
    return "\n".join(l if i == 0 or len(l) < 60 else "- " + l for i, l in enumerate(lines))


def table(s):
    """An old portal's layout: the body inside a table's cell."""
    if not is_html(s):
        return s
    m = re.search(r"<body[^>]*>", s)
    if not m or "</body>" not in s:
        return s
    return s[:m.end()] + "<table><tr><td class=\"left\">Trang chủ</td><td class=\"main\">" + \
        s[m.end():].replace("</body>", "</td></tr></table></body>", 1)


def divspan(s):
    """Paragraphs written as <div><span> by an editor, not <p>."""
    if not is_html(s):
        return s
    s = re.sub(r"<p(\s[^>]*)?>", "<div class=\"content\"><span style=\"font-size:12pt\">", s)
    return s.replace("</p>", "</span></div>")


def uppertitle(s):
    """The headline in capitals."""
    if is_html(s):
        s = re.sub(r"(<h1[^>]*>)(.*?)(</h1>)", lambda m: m.group(1) + m.group(2).upper() + m.group(3), s, count=1, flags=re.S)
        return re.sub(r"(<title>)(.*?)(</title>)", lambda m: m.group(1) + m.group(2).upper() + m.group(3), s, count=1, flags=re.S)
    lines = s.split("\n")
    # (a first line that is a paragraph, not a headline, stays as it is)
    return "\n".join([lines[0].upper() if len(lines[0]) <= 160 else lines[0]] + lines[1:])


def lowerunion(s):
    """The union's name in lower case."""
    return re.sub(r"Liên hiệp các [Hh]ội [Kk]hoa học và [Kk]ỹ thuật", "liên hiệp các hội khoa học và kỹ thuật", s)


def punctspace(s):
    """A space typed before commas and before the full stop that ends a sentence (after a
    lower-case word, not an abbreviation such as "TS." or "Tp."), as hurried editors do."""
    def f(t):
        t = re.sub(r"(?<=[^\s\d]),(?= [^\d])", " ,", t)
        return re.sub(r"(?<=[^\W\d_A-ZÀ-Ỹ]{3})\.(?= [A-ZĐÀ-Ỹ])", " .", t)
    return text_of(s, f)


def verbaldate(s):
    """Dates written out: "ngày 21/3/2023" as "ngày 21 tháng 3 năm 2023"."""
    return re.sub(r"(?<![\d\-–/.])\b(\d{1,2})/(\d{1,2})/(\d{4})\b(?![/\-–]\d)",
                  lambda m: "%s tháng %s năm %s" % (m.group(1), m.group(2), m.group(3)), s)


PLACE_ABBREVIATIONS = [
    (r"[Tt]hành phố Hồ Chí Minh", "TP.HCM"), (r"TP\.? Hồ Chí Minh", "TP.HCM"), (r"Thừa Thiên Huế", "TT-Huế"),
    (r"Bà Rịa - Vũng Tàu", "BR-VT"), (r"Bà Rịa – Vũng Tàu", "BR-VT"), (r"[Tt]hành phố Hà Nội", "TP Hà Nội"),
    (r"[Tt]hành phố Đà Nẵng", "TP. Đà Nẵng"), (r"[Tt]hành phố Cần Thơ", "TP. Cần Thơ"), (r"[Tt]hành phố Hải Phòng", "TP. Hải Phòng"),
]


def placeabbrev(s):
    """Places as newspapers shorten them: "TP.HCM", "TT-Huế", "BR-VT", "TP. Đà Nẵng"."""
    def f(t):
        for pattern, short in PLACE_ABBREVIATIONS:
            t = re.sub(pattern, short, t)
        return t
    return text_of(s, f)


def dateline(s):
    """A newspaper's dateline before the lead: "(VUSTA) – " or "(TTXVN) – ", one page in two."""
    mark = "(VUSTA) – " if len(s) % 2 else "(TTXVN) – "
    if is_html(s):
        return re.sub(r"(<p[^>]*>)(?=[^<\s])", lambda m: m.group(1) + mark, s, count=1)
    lines = s.split("\n")
    for i, l in enumerate(lines):
        if i > 0 and len(l) >= 80:
            lines[i] = mark + l
            break
    return "\n".join(lines)


def nospace(s):
    """The space after a sentence's full stop lost, one time in two ("… năm 2023.Hội nghị …")."""
    n = [0]

    def rep(m):
        n[0] += 1
        return m.group(1) + "." + ("" if n[0] % 2 else " ") + m.group(2)
    return text_of(s, lambda t: re.sub(r"([^\W\d_A-ZÀ-Ỹ]{3})\. ([A-ZĐÀ-Ỹ])", rep, t))


def titlesuffix(s):
    """The site's name after the headline in the page's <title>: "… - Báo Khoa học và Phát triển"."""
    if not is_html(s):
        return s
    return re.sub(r"</title>", " - Báo Khoa học và Phát triển | Tin tức cập nhật</title>", s, count=1)


def h1div(s):
    """The headline in a <div class="title"> rather than an <h1>."""
    if not is_html(s):
        return s
    return re.sub(r"<h1([^>]*)>(.*?)</h1>", r'<div class="title"\1><span>\2</span></div>', s, count=1, flags=re.S)


def joinlines(s):
    """A text page whose paragraphs lost their line breaks (pasted from a site that marks them
    with styles only): everything after the first line on one line."""
    if is_html(s):
        return s
    lines = [l for l in s.split("\n") if l.strip()]
    return "\n".join(lines[:1] + [" ".join(lines[1:])]) + "\n" if len(lines) > 2 else s


def sharebar(s):
    """A share bar and a font-size tool between the headline and the lead."""
    lines = ["Chia sẻ: Facebook | Zalo | Twitter", "Cỡ chữ: A- A A+", "In bài viết | Gửi email"]
    if is_html(s):
        block = "<div class=\"share\">" + "".join("<span>%s</span><br>" % l for l in lines) + "</div>"
        return re.sub(r"(</h1>)", lambda m: m.group(1) + block, s, count=1)
    rows = s.split("\n")
    return "\n".join(rows[:1] + lines + rows[1:])


def tags(s):
    """A line of tags after the article, naming meetings and provinces of other pages."""
    line = "Từ khóa: Liên hiệp hội, hội nghị tổng kết, Đại hội, Thái Bình, Quảng Ninh, Hội thảo khoa học, Chỉ thị 42-CT/TW"
    if is_html(s):
        block = "<div class=\"tags\">%s</div>" % line
        return at_body_end(s, block)
    return s.rstrip("\n") + "\n" + line + "\n"


def prevnext(s):
    """Links to the previous and the next article after this one, with their headlines."""
    lines = ["« Bài trước: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Định tổ chức Hội nghị Ban Chấp hành lần thứ 5 (12/05/2023)",
             "Bài tiếp theo »: Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị lần thứ V"]
    if is_html(s):
        block = "<div class=\"nav-links\">" + "".join("<div><a href=\"/b/%d\">%s</a></div>" % (i, l) for i, l in enumerate(lines)) + "</div>"
        return at_body_end(s, block)
    return s.rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def topbar(s):
    """A portal's top bar: the weather, a hotline and today's date."""
    lines = ["Hà Nội 28°C", "Đường dây nóng: 0912 345 678", "Thứ Hai, 04/12/2026"]
    if is_html(s):
        block = "<div class=\"topbar\">" + "".join("<span>%s</span> " % l for l in lines) + "</div>"
        return at_body_start(s, block)
    return "\n".join(lines) + "\n" + s


def leftbox(s):
    """A box of the newest articles, each headline with its date, before the article in the
    page's source (a left column)."""
    items = related_lines(len(s) + 2)
    if is_html(s):
        block = "<div class=\"left-col\"><h3>Tin mới nhất</h3><ul>" + "".join(
            "<li><a href=\"/n/%d\">%s</a><span class=\"date\">%s</span></li>" % (i, h, d) for i, (h, d) in enumerate(items)) + "</ul></div>"
        return at_body_start(s, block)
    return "Tin mới nhất\n" + "".join("%s\n%s\n" % (h, d) for h, d in items) + "\n" + s


def opentitle(s):
    """A page whose <title> is never closed."""
    return s.replace("</title>", "", 1) if is_html(s) else s


VARIANTS = {
    "nfd": lambda s: unicodedata.normalize("NFD", s), "oldtone": oldtone, "crlf_nbsp": crlf_nbsp,
    "invisible": invisible, "numeric_entities": numeric_entities, "named_entities": named_entities, "brs": brs,
    "wrapped": wrapped, "datestyle": datestyle, "titlecase": titlecase, "abbrev": abbrev,
    "related": related, "ticker": ticker, "comments": comments, "sidebar": sidebar, "caption": caption,
    "hardwrap": hardwrap, "oneline": oneline, "bullets": bullets, "table": table, "divspan": divspan,
    "uppertitle": uppertitle, "lowerunion": lowerunion, "punctspace": punctspace,
    "verbaldate": verbaldate, "placeabbrev": placeabbrev, "dateline": dateline,
    "nospace": nospace, "titlesuffix": titlesuffix, "h1div": h1div, "opentitle": opentitle,
    "joinlines": joinlines, "sharebar": sharebar, "tags": tags,
    "prevnext": prevnext, "topbar": topbar, "leftbox": leftbox,
}


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out, names = args[0], args[1:] or list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        print("error: unknown variant(s) %s; known: %s" % (", ".join(unknown), ", ".join(VARIANTS)), file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(ROOT):
        print("error: no corpus at %s" % ROOT, file=sys.stderr)
        sys.exit(2)
    for name in names:
        f = VARIANTS[name]
        for part in ("dev", "aside"):
            for st in sorted(os.listdir(os.path.join(ROOT, part))):
                src, dst = os.path.join(ROOT, part, st), os.path.join(out, name, part, st)
                os.makedirs(dst, exist_ok=True)
                for fn in os.listdir(src):
                    p = os.path.join(src, fn)
                    if fn.endswith(PAGES):
                        with open(p, encoding="utf-8") as fh:
                            s = fh.read()
                        # (newline="" keeps "\r\n" as written)
                        with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="") as fh:
                            fh.write(f(s))
                    elif os.path.isfile(p):
                        shutil.copy(p, dst)
        print("%s: %s" % (name, os.path.join(out, name)))


if __name__ == "__main__":
    main()
