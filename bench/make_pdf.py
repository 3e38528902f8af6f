#!/usr/bin/env python3
"""Makes a PDF of about PAGES pages for bench/pdf_check.sh: a 部门决算 as HTML (the text of
tests/data/pdf/putuo-caizhengju-2024-final.pdf as gongkai rebuilds it: its tables as HTML tables,
its narrative as paragraphs, the narrative repeated until the page count is reached), printed by
headless Chromium (Debian package chromium, with fonts-wqy-microhei for the Chinese text).

    bench/make_pdf.py build/src/gongkai build/bench-40.pdf 40
"""
import html
import os
import subprocess
import sys
import tempfile


def page_count(pdf):
    with open(pdf, "rb") as f:
        return f.read().count(b"/Type /Page\n") or f.read().count(b"/Type/Page")


def to_html(text, repeats):
    lines = text.split("\n")
    body, table = [], []

    def flush():
        if table:
            body.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table) + "</table>")
            table.clear()

    narrative = []
    for line in lines:
        if line == "\f":
            continue
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        flush()
        if line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
            narrative.append(f"<p>{html.escape(line)}</p>")
    flush()
    start = next((i for i, l in enumerate(narrative) if "第三部分" in l), 0)
    extra = narrative[start:] * repeats
    style = ("body{font-family:'WenQuanYi Micro Hei';font-size:12pt} table{border-collapse:collapse;"
             "font-size:9pt;margin:8pt 0} td{border:1px solid #000;padding:1pt 3pt}")
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{''.join(body + extra)}</body></html>"


def main():
    gongkai, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = subprocess.run([gongkai, "inspect", "--text", "tests/data/pdf/putuo-caizhengju-2024-final.pdf"],
                          check=True, capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        for repeats in range(0, 12):
            page = os.path.join(tmp, "doc.html")
            with open(page, "w", encoding="utf-8") as f:
                f.write(to_html(text, repeats))
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={out}", page], check=True, capture_output=True)
            info = subprocess.run([gongkai, "inspect", "--json", out], capture_output=True, text=True).stdout
            count = info.count('"offset"')
            if count >= pages:
                print(f"{out}: {count} pages")
                return
    print(f"{out}: fewer than {pages} pages", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
