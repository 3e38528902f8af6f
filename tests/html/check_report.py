#!/usr/bin/env python3
"""The HTML report in a real browser: writes the report of examples/ (and of a document in
which no department is found, under a long path) with gongkai, then runs Debian's headless
Chromium on it to take a screenshot (which must be a PNG of the window's size and of a
plausible weight) and to dump the DOM after the page's own script sorted the scorecard as
the URL fragment asks (#sort=score-desc, #sort=year-asc), checking the row order.

The layout at a phone's width (390 px) and a laptop's (1366 px), measured by a script added
to a copy of the page: the page does not scroll sideways and no element reaches past the
window's right edge unless it is inside a box that scrolls sideways (the wide tables, which
must then be scrollable); the charts fit their card and their text is at least 10 px high;
the rule titles are not squeezed to a character per line. Also, without a browser, the
links: every internal link has its target, and score → document → finding → marked source
line can be followed; a chart bar of a document without a department is labelled with the
file's name, not its path.

usage: check_report.py GONGKAI SOURCE_DIR OUT_DIR
Exits 77 (the test is skipped) only when no chromium is installed and CI is not "true";
under CI=true a missing chromium fails the test.
"""
import html.parser
import json
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


LAYOUT_SCRIPT = r"""
<script>
(function () {
  var width = window.innerWidth, wide = [];
  function scrolls(e) {
    for (var p = e.parentElement; p; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') return p;
    }
    return null;
  }
  var all = document.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && !scrolls(all[i]))
      wide.push(all[i].tagName + (all[i].id ? '#' + all[i].id : '') + (all[i].className && all[i].className.baseVal === undefined ? '.' + all[i].className : '') + ' ' + Math.round(r.right));
  }
  var boxes = [];
  document.querySelectorAll('.scroll').forEach(function (s) {
    boxes.push({inner: s.scrollWidth, outer: s.clientWidth, overflow: getComputedStyle(s).overflowX,
                right: Math.round(s.getBoundingClientRect().right)});
  });
  var charts = [];
  document.querySelectorAll('svg.chart').forEach(function (svg) {
    var label = svg.querySelector('.bar-label');
    charts.push({right: Math.round(svg.getBoundingClientRect().right),
                 text: label ? label.getBoundingClientRect().height : 0});
  });
  var titles = [];
  document.querySelectorAll('#rules td.title').forEach(function (td) { titles.push(td.getBoundingClientRect().width); });
  parent.document.body.setAttribute('data-layout', JSON.stringify({
    width: width, page: document.documentElement.scrollWidth, wide: wide.slice(0, 10), boxes: boxes,
    charts: charts, titles: titles}));
})();
</script>
"""


class LayoutResult(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.layout = None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.layout = dict(attrs).get("data-layout")


def check_layout(browser, profile, page, width, height):
    # Headless Chromium's window is at least 500 px wide, so the page is shown in a frame of
    # the width under test; the script in it reports to the host page, which is dumped.
    probe = page.replace("</body>", LAYOUT_SCRIPT + "</body>")
    frame = probe.replace("&", "&amp;").replace('"', "&quot;")
    path = os.path.join(os.path.dirname(REPORT), f"layout-{width}.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
                f'<iframe style="border:0;display:block;width:{width}px;height:{height}px" srcdoc="{frame}"></iframe>'
                f'</body></html>')
    shot = os.path.join(os.path.dirname(REPORT), f"report-{width}.png")
    if os.path.exists(shot):
        os.remove(shot)
    run_browser(browser, profile, f"--screenshot={shot}", f"--window-size={width},{height}", f"file://{path}")
    check_png(shot, width, height)
    dom = run_browser(browser, profile, f"--window-size={max(width, 500)},{height}", "--dump-dom", f"file://{path}")
    parsed = LayoutResult()
    parsed.feed(dom)
    if not parsed.layout:
        sys.exit(f"{width} px: the layout script did not run")
    m = json.loads(parsed.layout)
    if m["width"] != width:
        sys.exit(f"{width} px: the window is {m['width']} px wide")
    if m["page"] > width:
        sys.exit(f"{width} px: the page scrolls sideways ({m['page']} px wide)")
    if m["wide"]:
        sys.exit(f"{width} px: elements wider than the window: {m['wide']}")
    for box in m["boxes"]:
        if box["right"] > width or box["overflow"] not in ("auto", "scroll"):
            sys.exit(f"{width} px: a wide table is not in a box that scrolls sideways: {box}")
    if width < 500 and not any(b["inner"] > b["outer"] for b in m["boxes"]):
        sys.exit(f"{width} px: the score table should scroll sideways here: {m['boxes']}")
    if len(m["charts"]) != 2 or any(c["right"] > width or c["text"] < 10 for c in m["charts"]):
        sys.exit(f"{width} px: the charts do not fit or their text is under 10 px: {m['charts']}")
    if not m["titles"] or min(m["titles"]) < 120:
        sys.exit(f"{width} px: rule titles squeezed to {min(m['titles'] or [0]):.0f} px")
    print(f"{width} px: page {m['page']} px, {len(m['boxes'])} sideways-scrolling tables, chart text "
          f"{min(c['text'] for c in m['charts']):.1f} px, rule titles at least {min(m['titles']):.0f} px wide")


class Links(html.parser.HTMLParser):
    """Every id; every internal link with the id of the element it is in; the marked lines."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.stack, self.marked, self.texts = set(), [], [], set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        here = a.get("id")
        if here:
            self.ids.add(here)
        self.stack.append((tag, here))
        href = a.get("href", "")
        if href.startswith("#") and not href.startswith("#sort="):
            owners = [i for _, i in self.stack if i]
            self.links.append((href[1:], owners))
        if tag == "mark" and a.get("class") == "at":
            owners = [i for _, i in self.stack if i]
            if owners:
                self.marked.add(owners[-1])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "text":
            self.texts.append(data)


def check_links(page, nodept_name):
    links = Links()
    links.feed(page)
    missing = sorted({target for target, _ in links.links if target not in links.ids})
    if missing:
        sys.exit(f"links without a target: {missing[:10]}")
    score = [t for t, owners in links.links if t.startswith("doc-") and "-" not in t[4:] and "scores" in owners]
    rule = [t for t, owners in links.links if "rules" in owners]
    if not score or not rule:
        sys.exit(f"no links from the scores ({len(score)}) or the rules table ({len(rule)})")
    doc = score[0]
    # A finding of that document (a box with an id doc-N-fK) whose line number links to a
    # source line of its own that holds the finding's mark.
    finding, line = next(((owners[-1], t) for t, owners in links.links
                          if owners and owners[-1].startswith(doc + "-f") and "-l" not in owners[-1]), (None, None))
    if not finding or not line or not line.startswith(finding + "-l") or line not in links.marked:
        sys.exit(f"score → document → finding → marked line broken: {doc} → {finding} → {line}")
    if not all(t.split("-f")[0] in links.ids and "-f" in t and "-l" not in t for t in rule):
        sys.exit(f"rule rows do not lead to findings: {rule[:5]}")
    print(f"links: {len(links.links)} internal links, all with targets; #{doc} → #{finding} → #{line} (marked)")
    labels = " ".join(links.texts)
    if nodept_name not in labels or "very/long" in labels:
        sys.exit(f"the chart label of a document without a department is not its file's name: {labels[:300]}")
    print(f"a document without a department is labelled {nodept_name!r} in the charts")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gongkai, source, out = sys.argv[1:]
    browser = chromium()
    if not browser:
        if os.environ.get("CI") == "true":  # in CI the layout must be measured, never skipped
            print("FAILED: chromium is not installed, and CI=true (Debian package 'chromium')")
            return 1
        print("SKIPPED: chromium is not installed (Debian package 'chromium'; scripts/test.sh installs it)")
        return 77
    global REPORT
    os.makedirs(out, exist_ok=True)
    report = REPORT = os.path.abspath(os.path.join(out, "report.html"))
    screenshot = os.path.abspath(os.path.join(out, "report.png"))
    # A document in which no department is found (its name removed), deep in a long path.
    deep = os.path.abspath(os.path.join(out, "very/long/path/of/folders/that/a/chart/label/would/cut"))
    os.makedirs(deep, exist_ok=True)
    nodept_name = "无部门的决算.txt"
    with open(os.path.join(source, "examples/002_e5bbbd38b1f7eef3.txt"), encoding="utf-8") as f:
        text = f.read().replace("醴陵市医疗保障局", "").replace("醴陵市", "")
    with open(os.path.join(deep, nodept_name), "w", encoding="utf-8") as f:
        f.write(text)
    done = subprocess.run([gongkai, "scorecard", "--format", "html", "--out", report, "examples/",
                           os.path.join(deep, nodept_name)], cwd=source, capture_output=True, text=True, timeout=300)
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
    check_links(page, nodept_name)
    with tempfile.TemporaryDirectory() as profile:
        if os.path.exists(screenshot):
            os.remove(screenshot)
        run_browser(browser, profile, f"--screenshot={screenshot}", "--window-size=1280,2000", f"file://{report}")
        check_png(screenshot, 1280, 2000)
        check_order(browser, profile, report, "score", "desc")
        check_order(browser, profile, report, "year", "asc")
        check_layout(browser, profile, page, 390, 844)
        check_layout(browser, profile, page, 1366, 768)
    return 0


if __name__ == "__main__":
    sys.exit(main())
