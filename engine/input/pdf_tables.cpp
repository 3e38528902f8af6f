// A page's lines as text: runs of lines laid out in columns become tables. Columns (bands)
// are the x-ranges the data lines cover, plus the header cells above empty columns; each
// word goes to the band it overlaps most, so a value keeps its column however many cells of
// its row are blank. Wrapped cell text is joined to its row, the header's lines are stacked
// per column, and 类/款/项 code columns are read as one 科目编码 column.
#include <algorithm>
#include <cmath>
#include <optional>

#include "base/unicode.h"
#include "input/pdf_layout.h"

namespace gk::input::pdf {
namespace {

constexpr double kRowReach = 3.5;      ///< font sizes: largest gap between table lines
constexpr double kHeaderReach = 4.0;   ///< font sizes: largest gap between header lines
constexpr size_t kMaxHeaderLines = 10;
constexpr size_t kMaxCellText = 40;    ///< code points of a label or header segment
constexpr double kWrapReach = 1.33;    ///< font sizes: a wrapped cell's next line
constexpr double kBesideReach = 0.9;   ///< font sizes: a label centred beside its row's figures
constexpr size_t kMaxHeaderRows = 4;
constexpr double kTitleScale = 1.2;    ///< of the body size: a title's lines are larger
constexpr double kTitleReach = 1.8;    ///< font sizes: a wrapped title's next line
constexpr double kCentredTitleReach = 2.5;  ///< font sizes: the same, for a centred title

std::string text_of(const TextLine& line) { return join_words(line.words, 0, line.words.size()); }

bool has_figure(const TextLine& line) {
  return std::any_of(line.words.begin(), line.words.end(), [](const Word& w) { return is_figure(w.text); });
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

/// Lines that frame a table rather than belong to it: its title, unit, notes, prose (a
/// sentence, or the clause before a colon that introduces the table).
bool is_frame_line(const TextLine& line) {
  const std::string text = text_of(line);
  if (contains(text, "单位：") || contains(text, "单位:") || text.starts_with("注") ||
      text.starts_with("说明") || text.ends_with("。") || text.ends_with("：")) {
    return true;
  }
  return line.segment_count() <= 2 && (text.ends_with("表") || text.starts_with("公开"));
}

bool short_segments(const TextLine& line) {
  for (size_t s = 0; s < line.segment_count(); ++s) {
    const std::string text = join_words(line.words, line.segment_starts[s], line.segment_end(s));
    if (unicode::length(text) > kMaxCellText) return false;
  }
  return true;
}

double gap(const TextLine& upper, const TextLine& lower) { return lower.y - upper.y; }

bool continues_table(const TextLine& prev, const TextLine& line) {
  if (gap(prev, line) > kRowReach * std::max(prev.size, line.size) || is_frame_line(line)) return false;
  return line.segment_count() >= 2 || has_figure(line) || short_segments(line);
}

bool heads_table(const TextLine& line, const TextLine& below) {
  return gap(line, below) <= kHeaderReach * std::max(line.size, below.size) && !is_frame_line(line) &&
         !has_figure(line) && short_segments(line);
}

struct Region {
  size_t header_begin = 0, data_begin = 0, end = 0;
};

/// Extends a table downwards from the multi-segment line `begin`; nullopt when the run is
/// not a table (a single line without figures).
std::optional<Region> grow_region(const std::vector<TextLine>& lines, size_t begin, size_t floor, bool continued) {
  Region region{begin, begin, begin + 1};
  while (region.end < lines.size() && continues_table(lines[region.end - 1], lines[region.end])) ++region.end;
  size_t wide = 0;
  bool figures = false;
  for (size_t i = begin; i < region.end; ++i) {
    wide += lines[i].segment_count() >= 2;
    figures = figures || has_figure(lines[i]);
  }
  if (wide < 2 && !figures) return std::nullopt;
  region.header_begin = begin;
  // A table going on from the page before has no header here.
  if (continued && begin == 0) return region;
  // Lines above the first figure are the header (a header may be several cells wide).
  while (figures && !has_figure(lines[region.data_begin])) ++region.data_begin;
  while (region.header_begin > floor && region.data_begin - region.header_begin < kMaxHeaderLines &&
         heads_table(lines[region.header_begin - 1], lines[region.header_begin])) {
    --region.header_begin;
  }
  return region;
}

// --- columns ---------------------------------------------------------------------------

double overlap(const Box& a, const Box& b) { return std::min(a.x1, b.x1) - std::max(a.x0, b.x0); }

size_t band_of(const Box& box, const std::vector<Box>& bands) {
  size_t best = 0;
  double best_overlap = -1e9;
  for (size_t b = 0; b < bands.size(); ++b) {
    double o = overlap(box, bands[b]);
    if (o <= 0) o = -std::min(std::abs(box.x0 - bands[b].x1), std::abs(bands[b].x0 - box.x1)) - 1;
    if (o > best_overlap) best_overlap = o, best = b;
  }
  return best;
}

/// The x-ranges covered by the data lines' words (by more than one line in a long table,
/// so that a label spread over two columns does not join them); gaps narrower than a
/// space are closed.
std::vector<Box> covered_bands(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  double right = 0, size = 0;
  for (size_t i = begin; i < end; ++i) right = std::max(right, lines[i].x1), size = std::max(size, lines[i].size);
  std::vector<int> count(static_cast<size_t>(std::ceil(right)) + 2, 0);
  for (size_t i = begin; i < end; ++i) {
    std::vector<bool> seen(count.size(), false);
    for (const auto& w : lines[i].words) {
      for (auto x = static_cast<size_t>(std::max(0.0, w.box.x0)); x < static_cast<size_t>(w.box.x1) && x < count.size(); ++x) {
        if (!seen[x]) seen[x] = true, ++count[x];
      }
    }
  }
  const int threshold = end - begin >= 8 ? 1 : 0;
  std::vector<Box> bands;
  for (size_t x = 0; x < count.size(); ++x) {
    if (count[x] <= threshold) continue;
    if (!bands.empty() && static_cast<double>(x) - bands.back().x1 <= 0.5 * size) {
      bands.back().x1 = static_cast<double>(x + 1);
    } else {
      bands.push_back({static_cast<double>(x), 0, static_cast<double>(x + 1), 0});
    }
  }
  return bands;
}

/// Header words over no band are columns without any figure: each becomes a band. The
/// lowest header line goes first, so a heading spanning several columns adds none.
void add_header_bands(const std::vector<TextLine>& lines, size_t begin, size_t end, std::vector<Box>& bands) {
  for (size_t i = end; i-- > begin;) {
    for (const auto& w : lines[i].words) {
      const bool free = std::none_of(bands.begin(), bands.end(), [&](const Box& b) { return overlap(w.box, b) > 0; });
      if (free) bands.push_back({w.box.x0, 0, w.box.x1, 0});
    }
    std::sort(bands.begin(), bands.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  }
}

struct Row {
  std::vector<std::string> cells;
  std::vector<Box> boxes;  ///< extent of each cell's words
  std::vector<Box> tail;   ///< extent of each cell's words on the row's last line
  double y = 0, last_y = 0, size = 0;
  bool figures = false;
  Box box;  ///< the row's lines together on the page
};

Row make_row(const TextLine& line, const std::vector<Box>& bands) {
  Row row;
  row.cells.resize(bands.size());
  row.boxes.resize(bands.size());
  row.y = row.last_y = line.y;
  row.size = line.size;
  row.box = line.box;
  row.figures = has_figure(line);
  const Word* previous = nullptr;
  size_t previous_band = bands.size();
  for (const auto& w : line.words) {
    const size_t b = band_of(w.box, bands);
    std::string& cell = row.cells[b];
    if (cell.empty()) {
      row.boxes[b] = w.box;
    } else {
      if (previous && previous_band == b && w.box.x0 - previous->box.x1 > 0.2 * w.size) cell += ' ';
      row.boxes[b].x1 = std::max(row.boxes[b].x1, w.box.x1);
    }
    cell += w.text;
    previous = &w;
    previous_band = b;
  }
  row.tail = row.boxes;
  return row;
}

/// Two- or three-digit groups ("201", "201 06"), or the 类 / 款 / 项 headers above them.
bool is_code_part(const std::string& cell) {
  size_t start = 0;
  while (start < cell.size()) {
    size_t end = cell.find(' ', start);
    if (end == std::string::npos) end = cell.size();
    const std::string_view token = std::string_view(cell).substr(start, end - start);
    const bool digits = (token.size() == 2 || token.size() == 3) &&
                        std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits && token != "类" && token != "款" && token != "项") return false;
    start = end + 1;
  }
  return !cell.empty();
}

/// A line naming the levels of the code columns: 类, 款, 项 and nothing else.
bool is_level_header(const TextLine& line) {
  return std::all_of(line.words.begin(), line.words.end(),
                     [](const Word& w) { return w.text == "类" || w.text == "款" || w.text == "项"; });
}

/// 类, 款 and 项 written in columns of their own: bands b and b + 1 hold only two- or
/// three-digit parts, and b + 1 never without b.
bool code_parts_join(const std::vector<Row>& rows, size_t b) {
  size_t parts = 0;
  for (const auto& row : rows) {
    const auto& left = row.cells[b];
    const auto& right = row.cells[b + 1];
    if ((!left.empty() && !is_code_part(left)) || (!right.empty() && !is_code_part(right))) return false;
    if (!right.empty() && left.empty()) return false;
    parts += !right.empty();
  }
  return parts > 0;
}

std::vector<Box> join_code_bands(const std::vector<TextLine>& lines, size_t begin, size_t end,
                                 std::vector<Box> bands) {
  for (size_t b = 0; b + 1 < bands.size();) {
    std::vector<Row> rows;
    for (size_t i = begin; i < end; ++i) rows.push_back(make_row(lines[i], bands));
    if (code_parts_join(rows, b)) {
      bands[b].x1 = bands[b + 1].x1;
      bands.erase(bands.begin() + static_cast<std::ptrdiff_t>(b) + 1);
    } else {
      ++b;
    }
  }
  return bands;
}

// --- rows ------------------------------------------------------------------------------

bool fits_inside(const Box& inner, const Box& outer, double slack) {
  return inner.x0 >= outer.x0 - slack && inner.x1 <= outer.x1 + slack;
}

/// `line` continues cells of `row` wrapped onto the next line: each of its cells lies
/// under a cell of the row that reaches the column's right edge `right` (when given).
bool continues_cells(const Row& row, const Row& line, const std::vector<double>* right = nullptr) {
  if (line.y - row.last_y > kWrapReach * line.size) return false;
  for (size_t b = 0; b < line.cells.size(); ++b) {
    if (line.cells[b].empty()) continue;
    if (row.cells[b].empty() || !fits_inside(line.boxes[b], row.tail[b], 0.5 * line.size)) return false;
    if (right && row.tail[b].x1 < (*right)[b] - 0.6 * line.size) return false;
  }
  return true;
}

/// `line` and `row` are one row drawn at two heights (a label of two lines centred on
/// the row's figures, figures set higher than their label): close, and never both with
/// text in one column.
bool same_row(const Row& row, const Row& line) {
  if (line.y - row.last_y > kBesideReach * line.size) return false;
  for (size_t b = 0; b < line.cells.size(); ++b) {
    if (!line.cells[b].empty() && !row.cells[b].empty()) return false;
  }
  return true;
}

/// The right edge of each column's widest cell: wrapped text fills its column.
std::vector<double> right_edges(const std::vector<Row>& rows) {
  std::vector<double> right(rows.empty() ? 0 : rows[0].cells.size(), 0);
  for (const auto& row : rows) {
    for (size_t b = 0; b < right.size(); ++b) {
      if (!row.cells[b].empty()) right[b] = std::max(right[b], row.boxes[b].x1);
    }
  }
  return right;
}

void join_into(Row& row, const Row& line, bool after) {
  row.box = row.box.merge(line.box);
  for (size_t b = 0; b < line.cells.size(); ++b) {
    if (line.cells[b].empty()) continue;
    row.cells[b] = after ? join_wrapped(row.cells[b], line.cells[b]) : join_wrapped(line.cells[b], row.cells[b]);
    if (row.boxes[b].x1 <= row.boxes[b].x0) row.boxes[b] = line.boxes[b];
    row.boxes[b].x0 = std::min(row.boxes[b].x0, line.boxes[b].x0);
    row.boxes[b].x1 = std::max(row.boxes[b].x1, line.boxes[b].x1);
    row.tail[b] = line.boxes[b];
  }
}

using LineList = std::vector<const TextLine*>;

std::vector<Row> data_rows(const LineList& lines, const std::vector<Box>& bands) {
  std::vector<Row> rows;
  for (const TextLine* line : lines) {
    rows.push_back(make_row(*line, bands));
    // 类 款 项 set on the line of the first data row name the code columns; they are no label.
    for (auto& cell : rows.back().cells) {
      if (!cell.empty() && is_code_part(cell) && cell.find_first_of("0123456789") == std::string::npos) cell.clear();
    }
  }
  const auto right = right_edges(rows);
  std::vector<Row> out;
  for (auto& row : rows) {
    const bool joins = !out.empty() && (same_row(out.back(), row) ||
                                        (!row.figures && continues_cells(out.back(), row, &right)));
    if (!joins) {
      out.push_back(std::move(row));
      continue;
    }
    join_into(out.back(), row, true);
    out.back().last_y = row.y;
    out.back().figures = out.back().figures || row.figures;
  }
  return out;
}

/// The header lines stacked per column: text wrapped inside one header cell is joined;
/// the stacks are aligned at the bottom (the lowest header cells name the columns).
std::vector<Row> header_rows(const LineList& lines, const std::vector<Box>& bands) {
  std::vector<std::vector<Row>> stacks(bands.size());
  for (const TextLine* header_line : lines) {
    const Row line = make_row(*header_line, bands);
    for (size_t b = 0; b < bands.size(); ++b) {
      if (line.cells[b].empty()) continue;
      Row piece;
      piece.cells = {line.cells[b]};
      piece.boxes = piece.tail = {line.boxes[b]};
      piece.y = piece.last_y = line.y;
      piece.size = line.size;
      auto& stack = stacks[b];
      if (!stack.empty() && continues_cells(stack.back(), piece)) {
        join_into(stack.back(), piece, true);
        stack.back().last_y = piece.y;
      } else {
        stack.push_back(std::move(piece));
      }
    }
  }
  size_t height = 0;
  for (const auto& stack : stacks) height = std::max(height, stack.size());
  height = std::min(height, kMaxHeaderRows);
  std::vector<Row> rows(height);
  for (auto& row : rows) row.cells.resize(bands.size());
  for (size_t b = 0; b < bands.size(); ++b) {
    const auto& stack = stacks[b];
    const size_t shown = std::min(stack.size(), height);
    for (size_t k = 0; k < shown; ++k) {
      std::string& cell = rows[height - shown + k].cells[b];
      cell = stack[stack.size() - shown + k].cells[0];
    }
    // Stacks taller than the header keep their upper pieces joined in the first row.
    for (size_t k = stack.size() - shown; k-- > 0;) {
      rows[0].cells[b] = join_wrapped(stack[k].cells[0], rows[0].cells[b]);
    }
  }
  return rows;
}

PageLine tab_row(const Row& row) {
  PageLine out{{}, row.box};
  for (size_t b = 0; b < row.cells.size(); ++b) {
    if (b > 0) out.text += '\t';
    out.text += row.cells[b];
  }
  return out;
}

std::vector<Box> region_bands(const std::vector<TextLine>& lines, const Region& region, const Carry& carry) {
  std::vector<Box> bands = covered_bands(lines, region.data_begin, region.end);
  if (carry.open && region.header_begin == region.data_begin && region.data_begin == 0 && !carry.bands.empty()) {
    std::vector<Box> kept = carry.bands;
    for (const auto& b : bands) {
      if (std::none_of(kept.begin(), kept.end(), [&](const Box& k) { return overlap(b, k) > 0; })) kept.push_back(b);
    }
    std::sort(kept.begin(), kept.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
    return kept;
  }
  add_header_bands(lines, region.header_begin, region.data_begin, bands);
  return join_code_bands(lines, region.data_begin, region.end, std::move(bands));
}

void emit_table(const std::vector<TextLine>& lines, const Region& region, const std::vector<Box>& bands,
                std::vector<PageLine>& out) {
  LineList header, data;
  Box header_box;
  for (size_t i = region.header_begin; i < region.end; ++i) {
    const bool heads = i < region.data_begin || is_level_header(lines[i]);
    (heads ? header : data).push_back(&lines[i]);
    if (heads) header_box = header_box.merge(lines[i].box);
  }
  // A header row gathers pieces of several lines: each is given the whole header's box.
  for (auto row : header_rows(header, bands)) {
    row.box = header_box;
    out.push_back(tab_row(row));
  }
  for (const auto& row : data_rows(data, bands)) out.push_back(tab_row(row));
}

/// The size most of the page's text is set in (by characters).
double body_size(const std::vector<TextLine>& lines) {
  std::vector<std::pair<double, size_t>> sizes;
  for (const auto& line : lines) {
    for (const auto& w : line.words) sizes.emplace_back(w.size, w.text.size());
  }
  std::sort(sizes.begin(), sizes.end());
  size_t total = 0, seen = 0;
  for (const auto& s : sizes) total += s.second;
  for (const auto& [size, count] : sizes) {
    seen += count;
    if (2 * seen >= total) return size;
  }
  return 0;
}

/// The left and right edges of the page's text.
struct Block {
  double left = 1e9, right = 0;
  double centre() const { return (left + right) / 2; }
};

Block text_block(const std::vector<TextLine>& lines) {
  Block block;
  for (const auto& line : lines) block.left = std::min(block.left, line.x0), block.right = std::max(block.right, line.x1);
  return block;
}

bool centred(const TextLine& line, const Block& block) {
  return std::abs((line.x0 + line.x1) / 2 - block.centre()) < line.size;
}

/// `line` goes on the title on `prev` ("第三部分…决算情况" / "说明"): in one size, the
/// first not ending a sentence, and either both set larger than the body text one line
/// apart, or both centred with the second short of the left margin.
bool continues_title(const TextLine& prev, const TextLine& line, double body, const Block& block) {
  if (std::abs(prev.size - line.size) > 0.5) return false;
  const std::string text = text_of(prev);
  if (text.ends_with("。") || text.ends_with("：") || text.ends_with("；")) return false;
  if (prev.size >= kTitleScale * body && gap(prev, line) <= kTitleReach * line.size) return true;
  return centred(prev, block) && centred(line, block) && line.x0 > block.left + 3 * line.size &&
         gap(prev, line) <= kCentredTitleReach * line.size;
}

}  // namespace

std::vector<PageLine> layout_page(const std::vector<TextLine>& lines, Carry& carry) {
  std::vector<PageLine> out;
  size_t i = 0, floor = 0;
  bool ended_in_table = false;
  const double body = body_size(lines);
  const Block block = text_block(lines);
  while (i < lines.size()) {
    std::optional<Region> region;
    if ((lines[i].segment_count() >= 2 || (carry.open && i == 0)) && !is_frame_line(lines[i])) {
      region = grow_region(lines, i, floor, carry.open);
    }
    if (!region) {
      const bool title_goes_on = i > floor && !out.empty() && continues_title(lines[i - 1], lines[i], body, block);
      if (title_goes_on) {
        out.back().text = join_wrapped(out.back().text, text_of(lines[i]));
        out.back().box = out.back().box.merge(lines[i].box);
      } else {
        out.push_back({text_of(lines[i]), lines[i].box});
      }
      ++i;
      ended_in_table = false;
      continue;
    }
    // Header lines already emitted as prose are taken back.
    out.resize(out.size() - (i - region->header_begin));
    const auto bands = region_bands(lines, *region, carry);
    emit_table(lines, *region, bands, out);
    carry.bands = bands;
    ended_in_table = region->end == lines.size();
    i = floor = region->end;
  }
  carry.open = ended_in_table;
  return out;
}

}  // namespace gk::input::pdf
