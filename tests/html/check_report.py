#!/usr/bin/env python3
"""The HTML report in a real browser: writes the report of examples/ with gongkai, then runs
Debian's headless Chromium on it to take a screenshot (which must be a PNG of the window's
size and of a plausible weight) and to dump the DOM after the page's own script sorted the
scorecard as the URL fragment asks (#sort=score-desc, #sort=year-asc), checking the row order.

usage: check_report.py GONGKAI SOURCE_DIR OUT_DIR
Exits 77 (the test is skipped) only when no chromium is installed.
"""
import html.parser
import os
import shutil
import struct
import subprocess
import sys
import tempfile


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_browser(browser, profile, *args):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--user-data-dir=" + profile, *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        sys.exit(f"chromium failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    return done.stdout


class ScoreRows(html.parser.HTMLParser):
    """Collects, for table#scores, its data-sorted attribute and per body row the cell texts
    and data-value attributes."""

    def __init__(self):
        super().__init__()
        self.in_table = self.in_body = False
        self.sorted = None
        self.keys = []
        self.rows = []
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id") == "scores":
            self.in_table = True
            self.sorted = a.get("data-sorted")
        elif self.in_table and tag == "th":
            self.keys.append(a.get("data-key"))
        elif self.in_table and tag == "tbody":
            self.in_body = True
        elif self.in_body and tag == "tr":
            self.rows.append([])
        elif self.in_body and tag == "td":
            self.cell = {"value": a.get("data-value"), "text": ""}

    def handle_endtag(self, tag):
        if tag == "table" and self.in_table:
            self.in_table = self.in_body = False
        elif tag == "td" and self.cell is not None:
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def column(parsed, key):
    index = parsed.keys.index(key)
    out = []
    for row in parsed.rows:
        cell = row[index]
        text = cell["value"] if cell["value"] is not None else cell["text"]
        out.append(float(text) if text.strip() else None)
    return out


def check_order(browser, profile, report, key, direction):
    dom = run_browser(browser, profile, "--virtual-time-budget=5000", "--dump-dom",
                      f"file://{report}#sort={key}-{direction}")
    parsed = ScoreRows()
    parsed.feed(dom)
    if parsed.sorted != f"{key}-{direction}":
        sys.exit(f"#sort={key}-{direction}: the page did not sort (data-sorted={parsed.sorted!r})")
    values = column(parsed, key)
    present = [v for v in values if v is not None]
    if values[:len(present)] != present:
        sys.exit(f"#sort={key}-{direction}: rows without a value are not last: {values}")
    expected = sorted(present, reverse=(direction == "desc"))
    if present != expected:
        sys.exit(f"#sort={key}-{direction}: rows in the wrong order: {values}")
    if len(present) < 2:
        sys.exit(f"#sort={key}-{direction}: too few values to show an order: {values}")
    print(f"#sort={key}-{direction}: {len(values)} rows in order: {values}")


def check_png(path, width, height):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    w, h = struct.unpack(">II", head[16:24])
    size = os.path.getsize(path)
    if (w, h) != (width, height) or size < 50_000:
        sys.exit(f"{path}: {w}×{h}, {size} bytes: expected {width}×{height} and at least 50 kB")
    print(f"{path}: PNG {w}×{h}, {size} bytes")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gongkai, source, out = sys.argv[1:]
    browser = chromium()
    if not browser:
        print("SKIPPED: chromium is not installed (Debian package 'chromium'; scripts/test.sh installs it)")
        return 77
    os.makedirs(out, exist_ok=True)
    report = os.path.abspath(os.path.join(out, "report.html"))
    screenshot = os.path.abspath(os.path.join(out, "report.png"))
    done = subprocess.run([gongkai, "scorecard", "--format", "html", "--out", report, "examples/"], cwd=source,
                          capture_output=True, text=True, timeout=300)
    if done.returncode not in (0, 1):
        sys.exit(f"gongkai failed ({done.returncode}):\n{done.stderr}")
    with open(report, encoding="utf-8") as f:
        page = f.read()
    for needle in ("<table id=\"scores\"", "<svg", "<mark", "评分表", "不通过文档最多的规则"):
        if needle not in page:
            sys.exit(f"{report}: missing {needle}")
    for remote in ("http://", "https://", "//cdn"):
        if remote in page.replace("http://www.w3.org/2000/svg", ""):
            sys.exit(f"{report}: refers to the network ({remote})")
    with tempfile.TemporaryDirectory() as profile:
        if os.path.exists(screenshot):
            os.remove(screenshot)
        run_browser(browser, profile, f"--screenshot={screenshot}", "--window-size=1280,2000", f"file://{report}")
        check_png(screenshot, 1280, 2000)
        check_order(browser, profile, report, "score", "desc")
        check_order(browser, profile, report, "year", "asc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
