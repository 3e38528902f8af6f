// Which amount column each figure of a row without TABs is in: by where the figures line up
// (text aligned with spaces), by the header's words, by a full row's count, or by the total
// column; what stays uncertain is marked ambiguous, never guessed.
#include <algorithm>
#include <cmath>
#include <map>

#include "base/unicode.h"
#include "document/plain_tables_internal.h"

namespace gk::doc::plain {
namespace {

double centre(const PlacedToken& t) { return (t.x0 + t.x1) / 2.0; }

constexpr double kNotInHeader = -1;  ///< header_centres(): a column the header does not show

using Runs = std::vector<std::pair<double, double>>;

/// Columns where the figures of a side line up on one page: runs of right edges no more
/// than 4 apart.
Runs figure_columns(const std::vector<const DraftRow*>& rows, uint32_t page) {
  std::vector<uint32_t> edges;
  for (const DraftRow* row : rows)
    for (const PlacedToken* t : row->numbers)
      if (t->page == page) edges.push_back(t->x1);
  std::sort(edges.begin(), edges.end());
  std::vector<std::pair<double, double>> runs;  // [first edge, last edge]
  for (const uint32_t e : edges) {
    if (runs.empty() || e > runs.back().second + 4) runs.emplace_back(e, e);
    else runs.back().second = e;
  }
  return runs;
}

size_t run_of(const std::vector<std::pair<double, double>>& runs, uint32_t edge) {
  size_t best = 0;
  double distance = 1e9;
  for (size_t i = 0; i < runs.size(); ++i) {
    const double d = edge < runs[i].first ? runs[i].first - edge : edge > runs[i].second ? edge - runs[i].second : 0;
    if (d < distance) { distance = d; best = i; }
  }
  return best;
}

/// Column of each run: in order when there are as many runs as columns; else the column
/// whose header words stand nearest the run's figures (columns the header does not show are
/// skipped). Each run needs a header column near it, and no two runs may share one.
std::optional<std::vector<size_t>> columns_of_runs(const std::vector<const DraftRow*>& rows, uint32_t page,
                                                   const Runs& runs, size_t width,
                                                   const std::vector<double>& header) {
  constexpr double kMaxDistance = 10;  ///< code points between a run's figures and its header
  std::vector<size_t> column(runs.size());
  if (runs.size() == width) {
    for (size_t i = 0; i < runs.size(); ++i) column[i] = i;
    return column;
  }
  if (header.size() != width || runs.size() > width) return std::nullopt;
  std::vector<double> sum(runs.size(), 0), count(runs.size(), 0);
  for (const DraftRow* row : rows)
    for (const PlacedToken* t : row->numbers) {
      if (t->page != page) continue;
      const size_t r = run_of(runs, t->x1);
      sum[r] += centre(*t);
      count[r] += 1;
    }
  // Runs left to right go to header columns left to right: the assignment with the least
  // total distance (header words are centred, figures right-aligned, so nearest alone errs).
  const size_t n = runs.size();
  constexpr double kInfinity = 1e18;
  std::vector<std::vector<double>> cost(n, std::vector<double>(width, kInfinity));
  std::vector<std::vector<size_t>> from(n, std::vector<size_t>(width, 0));
  for (size_t r = 0; r < n; ++r) {
    const double mid = sum[r] / count[r];
    for (size_t c = 0; c < width; ++c) {
      if (header[c] == kNotInHeader) continue;
      const double d = std::fabs(header[c] - mid);
      if (d > kMaxDistance) continue;
      if (r == 0) { cost[r][c] = d; continue; }
      for (size_t p = 0; p < c; ++p)
        if (cost[r - 1][p] + d < cost[r][c]) { cost[r][c] = cost[r - 1][p] + d; from[r][c] = p; }
    }
  }
  size_t last = 0;
  for (size_t c = 1; c < width; ++c)
    if (cost[n - 1][c] < cost[n - 1][last]) last = c;
  if (cost[n - 1][last] >= kInfinity) return std::nullopt;
  for (size_t r = n; r-- > 0;) {
    column[r] = last;
    last = from[r][last];
  }
  return column;
}

TableCell figure_cell(const PlacedToken& t) {
  TableCell cell;
  cell.span = t.span;
  cell.text = t.text;
  cell.kind = CellKind::Number;
  cell.value = t.value;
  return cell;
}

TableCell blank_cell(uint32_t offset, bool ambiguous) {
  TableCell cell;
  cell.span = Span{offset, offset};
  cell.ambiguous = ambiguous;
  return cell;
}

std::vector<TableCell> by_count(const DraftRow& row, const std::vector<VocabularyColumn>& columns,
                                uint32_t end) {
  const size_t width = columns.size();
  const auto& numbers = row.numbers;
  std::vector<TableCell> cells;
  if (numbers.size() == width || numbers.empty()) {
    for (size_t c = 0; c < width; ++c)
      cells.push_back(c < numbers.size() ? figure_cell(*numbers[c]) : blank_cell(end, false));
    return cells;
  }
  // Fewer (or more) figures than columns: only a leading total column is certain (a row
  // with any figure has its total), and a lone total means the other columns are blank.
  // The other figures are kept in order for display, each marked ambiguous.
  const bool total_first = columns.front().total && numbers.size() < width;
  for (size_t c = 0; c < width; ++c) {
    if (c < numbers.size()) cells.push_back(figure_cell(*numbers[c]));
    else cells.push_back(blank_cell(end, false));
    cells.back().ambiguous = !(total_first && (c == 0 || numbers.size() == 1));
  }
  return cells;
}

}  // namespace

std::vector<double> header_centres(const std::vector<std::vector<PlacedToken>>& words, uint32_t first_data_y,
                                   const std::vector<VocabularyColumn>& columns,
                                   std::optional<std::pair<uint32_t, uint32_t>> x_range) {
  std::vector<const PlacedToken*> header;
  for (uint32_t y = 0; y < first_data_y && y < words.size(); ++y)
    for (const auto& t : words[y])
      if (t.kind == TokenKind::Text && unicode::length(t.text) >= 2 &&
          (!x_range || (t.x0 + 1 >= x_range->first && t.x0 < x_range->second)))
        header.push_back(&t);
  std::sort(header.begin(), header.end(), [](auto* a, auto* b) { return centre(*a) < centre(*b); });
  std::vector<double> centres;
  size_t from = 0, found = 0;
  for (const auto& column : columns) {
    double at = kNotInHeader;
    for (size_t i = from; i < header.size(); ++i) {
      const std::string& w = header[i]->text;
      if (column.name.starts_with(w) || w.starts_with(column.name)) {
        at = centre(*header[i]);
        from = i + 1;
        ++found;
        break;
      }
    }
    centres.push_back(at);
  }
  if (found == 0) centres.clear();
  return centres;
}

namespace {

/// How the figures of each page of a side map to columns: per page, its runs and the column
/// of each run, or nothing when that page's columns are not certain. The header only
/// describes the page it is on (pdftotext lays out each page on its own grid); another page
/// is certain when its figures fill every column, or line up in as many runs as on the
/// header's page.
struct PageColumns {
  std::map<uint32_t, std::pair<Runs, std::optional<std::vector<size_t>>>> pages;

  PageColumns(const std::vector<const DraftRow*>& rows, size_t width, const std::vector<double>& header,
              uint32_t header_page) {
    std::vector<uint32_t> seen;
    for (const DraftRow* row : rows)
      for (const PlacedToken* t : row->numbers) seen.push_back(t->page);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const uint32_t page : seen) {
      Runs runs = figure_columns(rows, page);
      auto columns = columns_of_runs(rows, page, runs, width, page == header_page ? header : std::vector<double>{});
      pages.emplace(page, std::make_pair(std::move(runs), std::move(columns)));
    }
    const auto home = pages.find(header_page);
    if (home == pages.end() || !home->second.second) return;
    for (auto& [page, entry] : pages)
      if (!entry.second && entry.first.size() == home->second.first.size()) entry.second = home->second.second;
  }

  /// The column of figure `t`, or nullopt when its page's columns are not certain.
  std::optional<size_t> column_of(const PlacedToken& t) const {
    const auto& [runs, columns] = pages.at(t.page);
    if (!columns) return std::nullopt;
    return (*columns)[run_of(runs, t.x1)];
  }
};

}  // namespace

std::vector<std::vector<TableCell>> place_figures(const std::vector<const DraftRow*>& rows,
                                                  const std::vector<VocabularyColumn>& columns,
                                                  bool positional, const std::vector<double>& header,
                                                  uint32_t header_page) {
  std::vector<std::vector<TableCell>> out;
  const size_t width = columns.size();
  std::optional<PageColumns> pages;
  if (positional && width > 0) pages.emplace(rows, width, header, header_page);
  for (const DraftRow* row : rows) {
    const uint32_t end = row->label.empty() ? (row->numbers.empty() ? 0 : row->numbers.back()->span.end)
                                            : row->label.back()->span.end;
    bool certain = pages.has_value();
    for (const PlacedToken* t : row->numbers) certain = certain && pages->column_of(*t).has_value();
    if (!certain) {
      out.push_back(by_count(*row, columns, end));
      continue;
    }
    std::vector<TableCell> cells(width, blank_cell(end, false));
    for (const PlacedToken* t : row->numbers) {
      const size_t c = *pages->column_of(*t);
      if (cells[c].kind != CellKind::Empty) cells[c].ambiguous = true;  // two figures, one column
      else cells[c] = figure_cell(*t);
    }
    out.push_back(std::move(cells));
  }
  return out;
}

}  // namespace gk::doc::plain
