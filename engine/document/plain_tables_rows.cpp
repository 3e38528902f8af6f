// Rows of a table region without TABs. Aligned with spaces: each row has an anchor line (its
// 科目代码, or its numbered or total label), and every other word goes to the nearest anchor
// of its side (a figure printed half a line above its label, a label wrapped below its
// code). One row per line with single spaces: words are read in order, a code or a label
// opening a row and figures going to the row opened last.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "base/unicode.h"
#include "document/plain_tables_internal.h"

namespace gk::doc::plain {
namespace {

using Words = std::vector<std::vector<PlacedToken>>;

bool contains_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
}

bool is_right_code(const PlacedToken& token, const RowContext& context) {
  if (context.vocabulary == nullptr || token.kind != TokenKind::Code || token.text.size() != 3) return false;
  const auto& codes = context.vocabulary->right_codes;
  return std::find(codes.begin(), codes.end(), token.text) != codes.end();
}

bool is_right_label(const PlacedToken& token, const RowContext& context) {
  return context.vocabulary != nullptr && token.kind == TokenKind::Text &&
         contains_any(token.text, context.vocabulary->right_words);
}

/// A label that reads as finished: a wrapped line's next line continues an unfinished one.
bool reads_complete(std::string_view label) {
  static const std::vector<std::string> kEndings = {"入", "出", "计", "余", "配", "费", ")", "款", "金", "贴"};
  return std::any_of(kEndings.begin(), kEndings.end(), [&](const std::string& e) { return label.ends_with(e); });
}

bool is_header_word(const PlacedToken& token) {
  return token.kind == TokenKind::Text && builtin_table_vocabulary().is_header_word(token.text);
}

bool row_opening_code(const PlacedToken& token) {
  return token.kind == TokenKind::Code && (token.text.size() == 3 || token.text.size() == 5 || token.text.size() == 7);
}

void add_code(DraftRow& row, const PlacedToken& token) {
  row.code += token.text;
  row.code_tokens.push_back(&token);
}

// ---------------------------------------------------------------------------------------
// Aligned with spaces

/// Where the right half of a side-by-side table starts: the leftmost label of the right
/// half that follows other words on its line (a numbered label, a right-half word, or a
/// right-half 类 code).
std::optional<uint32_t> right_half_start(const Words& words, const RowContext& context) {
  if (!context.side_by_side) return std::nullopt;
  std::optional<uint32_t> start;
  for (size_t y = context.first_data_y; y < words.size(); ++y) {
    const auto& line = words[y];
    for (size_t i = 1; i < line.size(); ++i) {
      const PlacedToken& t = line[i];
      if (t.x0 < line[i - 1].x1 + 2) continue;
      const bool right = is_right_code(t, context) ||
                         (t.kind == TokenKind::Text && (starts_numbered(t.text) || is_right_label(t, context) ||
                                                        is_total_label(t.text)));
      if (right && (!start || t.x0 < *start)) start = t.x0;
    }
  }
  return start;
}

struct SideWords {
  std::vector<std::vector<const PlacedToken*>> lines;  ///< per y, this side's words
};

std::vector<SideWords> split_sides(const Words& words, std::optional<uint32_t> right_start) {
  std::vector<SideWords> sides(right_start ? 2 : 1);
  for (auto& side : sides) side.lines.resize(words.size());
  for (size_t y = 0; y < words.size(); ++y)
    for (const auto& t : words[y]) {
      const size_t s = right_start && t.x0 + 1 >= *right_start ? 1 : 0;
      sides[s].lines[y].push_back(&t);
    }
  return sides;
}

/// A label word continuing the label on the line above (wrapped in its cell).
const PlacedToken* wrapped_from(const SideWords& side, const PlacedToken& t) {
  if (t.y == 0 || starts_numbered(t.text) || is_total_label(t.text)) return nullptr;
  for (const PlacedToken* above : side.lines[t.y - 1]) {
    if (above->kind != TokenKind::Text || std::abs(int(above->x0) - int(t.x0)) > 2) continue;
    if (unicode::length(t.text) <= 2 || !reads_complete(above->text)) return above;
  }
  return nullptr;
}

/// The first word of a line that opens a row there, or nullptr.
const PlacedToken* anchor_word(const SideWords& side, uint32_t y, const RowContext& context) {
  const auto& line = side.lines[y];
  size_t texts = 0;
  for (const PlacedToken* t : line) texts += t->kind == TokenKind::Text && !is_header_word(*t);
  bool numbers = false;
  for (const PlacedToken* t : line) numbers = numbers || t->kind == TokenKind::Number;
  for (const PlacedToken* t : line) {
    if (context.codes && row_opening_code(*t)) return t;
    if (t->kind != TokenKind::Text || is_header_word(*t)) continue;
    if (is_total_label(t->text) && (texts == 1 || numbers)) return t;
    if (context.codes) continue;
    if (starts_numbered(t->text) || wrapped_from(side, *t) == nullptr) return t;
  }
  return nullptr;
}

struct Placement {
  std::vector<DraftRow> rows;
  std::vector<uint32_t> anchors;  ///< y of each row's anchor (ascending)

  /// The row whose anchor is nearest to `y`; a tie goes below when `prefer_below`.
  DraftRow* nearest(uint32_t y, bool prefer_below) {
    if (rows.empty()) return nullptr;
    const auto it = std::lower_bound(anchors.begin(), anchors.end(), y);
    const size_t below = static_cast<size_t>(it - anchors.begin());
    if (below < anchors.size() && anchors[below] == y) return &rows[below];
    if (below == 0) return &rows[0];
    if (below == anchors.size()) return &rows[below - 1];
    const uint32_t up = y - anchors[below - 1];
    const uint32_t down = anchors[below] - y;
    if (up < down || (up == down && !prefer_below)) return &rows[below - 1];
    return &rows[below];
  }
};

/// The row each placed word went to (a wrapped label word joins its line-above word's row).
using Owners = std::unordered_map<const PlacedToken*, DraftRow*>;

void place_word(Placement& placement, const SideWords& side, const PlacedToken& t, Owners& owners) {
  auto owner_of = [&](const PlacedToken* word) -> DraftRow* {
    const auto it = owners.find(word);
    return it == owners.end() ? nullptr : it->second;
  };
  DraftRow* row = nullptr;
  if (t.kind == TokenKind::Text) {
    if (const PlacedToken* above = wrapped_from(side, t)) row = owner_of(above);
    if (row == nullptr) row = placement.nearest(t.y, false);
    if (row != nullptr) row->label.push_back(&t);
  } else if (t.kind == TokenKind::Code) {
    row = placement.nearest(t.y, false);
    if (row != nullptr) add_code(*row, t);
  } else {
    // A figure on the line of a label that went to a row is that row's ("30207" above,
    // "邮电费  8.05" below it); a figure on a line of its own goes to the nearest anchor.
    for (const PlacedToken* word : side.lines[t.y])
      if (word->kind == TokenKind::Text && word->x1 <= t.x0 && row == nullptr) row = owner_of(word);
    if (row == nullptr) row = placement.nearest(t.y, true);
    if (row != nullptr) row->numbers.push_back(&t);
  }
  if (row != nullptr) owners.emplace(&t, row);
}

std::vector<DraftRow> side_rows(const SideWords& side, uint32_t index, const RowContext& context) {
  Placement placement;
  Owners owners;
  std::vector<const PlacedToken*> anchors_words;
  for (uint32_t y = context.first_data_y; y < side.lines.size(); ++y) {
    const PlacedToken* anchor = anchor_word(side, y, context);
    if (anchor == nullptr) continue;
    DraftRow row;
    row.side = index;
    row.anchor = y;
    placement.rows.push_back(std::move(row));
    placement.anchors.push_back(y);
    anchors_words.push_back(anchor);
  }
  if (placement.rows.empty()) {  // figures without any label (the 三公 table's one row)
    for (uint32_t y = context.first_data_y; y < side.lines.size() && placement.rows.empty(); ++y)
      for (const PlacedToken* t : side.lines[y])
        if (t->kind == TokenKind::Number) {
          placement.rows.push_back(DraftRow{index, y, {}, {}, {}, {}, false});
          placement.anchors.push_back(y);
          break;
        }
  }
  // Anchor lines first (in order), so that wrapped words find their owners.
  for (size_t r = 0; r < anchors_words.size(); ++r) {
    DraftRow& row = placement.rows[r];
    for (const PlacedToken* t : side.lines[row.anchor]) {
      if (t->kind == TokenKind::Text && is_header_word(*t)) continue;
      if (t->kind == TokenKind::Text) row.label.push_back(t);
      else if (t->kind == TokenKind::Code && context.codes) add_code(row, *t);
      else row.numbers.push_back(t);
      owners.emplace(t, &row);
    }
  }
  for (uint32_t y = context.first_data_y; y < side.lines.size(); ++y) {
    if (std::binary_search(placement.anchors.begin(), placement.anchors.end(), y) && !anchors_words.empty()) continue;
    for (const PlacedToken* t : side.lines[y]) {
      if (t->kind == TokenKind::Text && is_header_word(*t)) continue;
      place_word(placement, side, *t, owners);
    }
  }
  return std::move(placement.rows);
}

// ---------------------------------------------------------------------------------------
// One row per line

struct Sequence {
  const RowContext& context;
  std::vector<DraftRow> rows;
  DraftRow* current = nullptr;
  uint32_t opened_on_line = 0;  ///< rows opened on the current line so far

  uint32_t side_for(const PlacedToken& t) const {
    if (!context.side_by_side) return 0;
    if (is_right_code(t, context)) return 1;
    if (context.vocabulary != nullptr && !context.vocabulary->right_codes.empty() && t.kind == TokenKind::Code)
      return 0;
    if (opened_on_line > 0) return 1;
    return is_right_label(t, context) ? 1 : 0;
  }

  void open(const PlacedToken& t) {
    DraftRow row;
    row.side = side_for(t);
    row.anchor = t.y;
    rows.push_back(std::move(row));
    current = &rows.back();
    ++opened_on_line;
  }

  bool continues_label(const PlacedToken& t) const {
    if (current == nullptr || current->label.empty()) return current != nullptr;
    if (starts_numbered(t.text) || is_total_label(t.text)) return false;
    if (context.codes) return current->numbers.empty() && !current->total;
    const PlacedToken& last = *current->label.back();
    return current->numbers.empty() && t.y == last.y + 1 &&
           (unicode::length(t.text) <= 2 || !reads_complete(last.text));
  }

  void word(const PlacedToken& t) {
    if (t.kind == TokenKind::Code && context.codes) {
      const bool extends = current != nullptr && t.text.size() == 2 && current->label.empty() &&
                           !current->code.empty() && current->code.size() < 7;
      if (extends) return add_code(*current, t);
      if (row_opening_code(t)) {
        open(t);
        return add_code(*current, t);
      }
    }
    if (t.kind == TokenKind::Text) {
      if (is_header_word(t)) return;
      const bool joins_code_row = context.codes && !is_total_label(t.text) && current != nullptr &&
                                  !current->total && current->numbers.empty();
      if (!joins_code_row && (!continues_label(t) || current == nullptr ||
                              (current->label.empty() && current->code.empty())))
        open(t);
      current->label.push_back(&t);
      current->total = current->total || is_total_label(t.text);
      return;
    }
    if (current == nullptr) open(t);  // figures before any label: a row of their own
    current->numbers.push_back(&t);
  }
};

}  // namespace

std::vector<DraftRow> rows_by_position(const Words& words, const RowContext& context) {
  const auto sides = split_sides(words, right_half_start(words, context));
  std::vector<DraftRow> rows;
  for (uint32_t s = 0; s < sides.size(); ++s) {
    auto part = side_rows(sides[s], s, context);
    rows.insert(rows.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return rows;
}

std::vector<DraftRow> rows_in_sequence(const Words& words, const RowContext& context) {
  Sequence sequence{context, {}, nullptr, 0};
  size_t count = 1;
  for (const auto& line : words) count += line.size();
  sequence.rows.reserve(count);  // a row per word at most: `current` stays valid
  for (uint32_t y = context.first_data_y; y < words.size(); ++y) {
    sequence.opened_on_line = 0;
    for (const auto& t : words[y]) sequence.word(t);
  }
  return std::move(sequence.rows);
}

}  // namespace gk::doc::plain
