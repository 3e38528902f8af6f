#include "html_parts.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/caret_line.h"
#include "base/unicode.h"

namespace gk::cli::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string marked_line(const SourceText& source, uint32_t line, Span at, const std::vector<Span>& marks) {
  // A very long line is shown as a window around the finding (base/caret_line.h).
  const Span full = source.line_span(line);
  const size_t caret = at.begin >= full.begin && at.begin <= full.end ? at.begin - full.begin : 0;
  const auto part = shown_part(source.slice(full), caret);
  const Span whole{full.begin + static_cast<uint32_t>(part.first), full.begin + static_cast<uint32_t>(part.last)};
  struct Cut {
    Span span;
    bool primary;
  };
  std::vector<Cut> cuts;
  auto clip = [&](Span s, bool primary) {
    const uint32_t b = std::max(s.begin, whole.begin), e = std::min(s.end, whole.end);
    if (b < e) cuts.push_back({{b, e}, primary});
  };
  for (const Span& m : marks) clip(m, false);
  clip(at, true);
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.span.begin < b.span.begin; });
  std::vector<Cut> merged;
  for (const auto& c : cuts) {
    if (!merged.empty() && c.span.begin < merged.back().span.end) {
      merged.back().span.end = std::max(merged.back().span.end, c.span.end);
      merged.back().primary = merged.back().primary || c.primary;
    } else {
      merged.push_back(c);
    }
  }
  std::string out = whole.begin > full.begin ? "..." : "";
  uint32_t pos = whole.begin;
  for (const auto& c : merged) {
    out += escape(source.slice({pos, c.span.begin}));
    out += c.primary ? "<mark class=\"at\">" : "<mark>";
    out += escape(source.slice(c.span));
    out += "</mark>";
    pos = c.span.end;
  }
  out += escape(source.slice({pos, whole.end}));
  return whole.end < full.end ? out + "..." : out;
}

std::string bar_chart(const std::string& title, const std::vector<Bar>& bars, double max) {
  // Each label on its own line above its bar, so the chart is narrow enough to scale down
  // to a phone's width (the page's CSS sets its width) with its text still readable.
  constexpr int kBar = 400, kWidth = kBar + 60, kRow = 42, kTop = 34;
  const int height = kTop + kRow * static_cast<int>(bars.size()) + 6;
  std::string out = fmt::format(
      "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\" preserveAspectRatio=\"xMinYMin meet\"><title>{}</title>"
      "<text x=\"0\" y=\"20\" class=\"chart-title\">{}</text>",
      kWidth, height, kWidth, height, escape(title), escape(title));
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = kTop + kRow * static_cast<int>(i);
    const double share = max > 0 ? std::clamp(b.value / max, 0.0, 1.0) : 0;
    const int width = std::max(1, static_cast<int>(share * kBar + 0.5));
    std::string label = b.label;
    if (unicode::display_width(label) > 58) {  // keep the label within the chart's width
      std::string cut;
      for (size_t pos = 0; pos < label.size() && unicode::display_width(cut) < 56;) {
        const size_t start = pos;
        unicode::next_code_point(label, pos);
        cut += label.substr(start, pos - start);
      }
      label = cut + "…";
    }
    std::string row = fmt::format(
        "<text x=\"0\" y=\"{}\" class=\"bar-label\">{}</text>"
        "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}：{}</title></rect>"
        "<text x=\"{}\" y=\"{}\" class=\"bar-value\">{}</text>",
        y + 14, escape(label), y + 20, width, 16, escape(b.color), escape(b.label), escape(b.shown), width + 6, y + 34,
        escape(b.shown));
    out += b.link.empty() ? row : fmt::format("<a href=\"{}\">{}</a>", escape(b.link), row);
  }
  return out + "</svg>";
}

std::string_view style() {
  return R"CSS(
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 0; color: #1f2328; background: #f6f8fa; }
header { background: #24415f; color: #fff; padding: 18px 32px; }
header h1 { margin: 0 0 6px; font-size: 24px; }
header p { margin: 0; opacity: .85; }
main { padding: 12px 24px 48px; }
section.card { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 19px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 14px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
.scroll { overflow-x: auto; max-width: 100%; }
#rules td.title { min-width: 14em; }
th, td { border-bottom: 1px solid #d8dee4; padding: 5px 6px; text-align: left; }
#scores td, th, .grade { white-space: nowrap; }
#scores { font-size: 12.5px; } #scores td, #scores th { padding: 4px 5px; }
th { background: #eef2f6; position: sticky; top: 0; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable:hover { background: #dde4ec; }
th[aria-sort="ascending"]::after { content: " ▲"; color: #24415f; }
th[aria-sort="descending"]::after { content: " ▼"; color: #24415f; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.grade { display: inline-block; min-width: 2em; text-align: center; border-radius: 10px; padding: 0 6px; color: #fff; }
.grade-0 { background: #1a7f37; } .grade-1 { background: #0969da; } .grade-2 { background: #bf8700; }
.grade-3, .grade-4 { background: #cf222e; } .grade-none { background: #8c959f; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
.charts > * { flex: 1 1 320px; min-width: 0; max-width: 480px; }
svg.chart { width: 100%; height: auto; display: block; }
.chart-title { font-size: 17px; font-weight: bold; fill: #1f2328; }
.bar-label, .bar-value { font-size: 15px; fill: #1f2328; }
svg.chart a:hover .bar-label { text-decoration: underline; }
.finding { border-left: 4px solid #8c959f; padding: 6px 10px; margin: 10px 0; background: #fbfcfd; }
.finding.error { border-color: #cf222e; } .finding.warning { border-color: #bf8700; }
.finding.info { border-color: #0969da; } .finding.note { border-color: #8c959f; }
.waived { color: #57606a; font-style: italic; }
.sev { font-weight: bold; margin-right: 6px; }
.error .sev { color: #cf222e; } .warning .sev { color: #9a6700; } .info .sev { color: #0969da; } .note .sev { color: #57606a; }
.rule { font-family: monospace; color: #57606a; }
pre.src { margin: 6px 0 0; padding: 6px 8px; background: #f6f8fa; border: 1px solid #d8dee4; border-radius: 4px;
          white-space: pre-wrap; word-break: break-all; font-family: inherit; font-size: 13px; }
pre.src .ln { color: #8c959f; user-select: none; margin-right: 10px; }
mark { background: #fff1a8; padding: 0 1px; } mark.at { background: #ffcf8a; outline: 1px solid #d4a72c; }
.evidence { color: #57606a; font-size: 13px; margin-top: 4px; }
.basis { color: #57606a; font-size: 13px; margin-top: 4px; font-style: italic; }
.muted { color: #57606a; }
nav.toc a { margin-right: 14px; }
a.ln { text-decoration: none; }
[id] { scroll-margin-top: 8px; }
.finding:target, pre.src .line:target { background: #fff8c5; }
pre.src .line { display: block; }
h2.file { overflow-wrap: anywhere; }
/* A phone: less padding, so the tables and charts keep the width they need. */
@media (max-width: 600px) {
  header { padding: 12px 14px; } header h1 { font-size: 20px; }
  main { padding: 4px 6px 32px; }
  section.card { padding: 10px 10px; margin: 10px 0; }
}
)CSS";
}

std::string_view script() {
  return R"JS(
(function () {
  var table = document.getElementById('scores');
  if (!table) return;
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function value(row, index, numeric) {
    var cell = row.cells[index];
    var v = cell.getAttribute('data-value');
    if (v === null) v = cell.textContent;
    if (!numeric) return v;
    var n = parseFloat(v);
    return isNaN(n) ? null : n;
  }
  function sortBy(key, direction) {
    var index = -1;
    for (var i = 0; i < heads.length; i++) if (heads[i].getAttribute('data-key') === key) index = i;
    if (index < 0) return;
    var numeric = heads[index].getAttribute('data-type') === 'number';
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r.setAttribute('data-order', r.getAttribute('data-order') || i); });
    rows.sort(function (a, b) {
      var x = value(a, index, numeric), y = value(b, index, numeric);
      if (x === null && y === null) return a.getAttribute('data-order') - b.getAttribute('data-order');
      if (x === null) return 1;  // rows without a value stay last
      if (y === null) return -1;
      var c = numeric ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      if (c === 0) return a.getAttribute('data-order') - b.getAttribute('data-order');
      return direction === 'desc' ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var j = 0; j < heads.length; j++) heads[j].removeAttribute('aria-sort');
    heads[index].setAttribute('aria-sort', direction === 'desc' ? 'descending' : 'ascending');
    table.setAttribute('data-sorted', key + '-' + direction);
  }
  for (var i = 0; i < heads.length; i++) {
    (function (th) {
      if (!th.getAttribute('data-key')) return;
      th.classList.add('sortable');
      th.addEventListener('click', function () {
        var next = th.getAttribute('aria-sort') === 'descending' ? 'asc'
                 : th.getAttribute('aria-sort') === 'ascending' ? 'desc'
                 : (th.getAttribute('data-type') === 'number' ? 'desc' : 'asc');
        sortBy(th.getAttribute('data-key'), next);
        history.replaceState(null, '', '#sort=' + th.getAttribute('data-key') + '-' + next);
      });
    })(heads[i]);
  }
  var m = /^#sort=([\w-]+)-(asc|desc)$/.exec(location.hash);
  if (m) sortBy(m[1], m[2]);
})();
)JS";
}

}  // namespace gk::cli::html
