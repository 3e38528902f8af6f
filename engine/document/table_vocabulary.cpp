// Parsing the table vocabulary and finding the table a caption names.
#include "document/table_vocabulary.h"

#include <fmt/format.h>

#include <algorithm>
#include <bitset>
#include <stdexcept>

#include "base/unicode.h"

namespace gk::doc {

std::string_view builtin_table_vocabulary_text();  // generated from rules/vocabulary/tables.txt

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start));
  }
  return words;
}

VocabularyColumn column_of(std::string word) {
  VocabularyColumn column;
  if (!word.empty() && word.back() == '*') {
    column.total = true;
    word.pop_back();
  }
  column.path = word;
  const size_t slash = word.rfind('/');
  column.name = slash == std::string::npos ? word : word.substr(slash + 1);
  return column;
}

std::vector<VocabularyColumn> columns_of(const std::vector<std::string>& words) {
  std::vector<VocabularyColumn> columns;
  for (size_t i = 1; i < words.size(); ++i) columns.push_back(column_of(words[i]));
  return columns;
}

}  // namespace

std::string table_title_key(std::string_view text) {
  std::string out;
  const std::string normal = unicode::nfkc(text);
  for (size_t i = 0; i < normal.size();) {
    size_t next = i;
    const char32_t cp = unicode::next_code_point(normal, next);
    const bool quote = cp == '"' || cp == '\'' || cp == U'\u201C' || cp == U'\u201D' || cp == U'\u2018' ||
                       cp == U'\u2019' || cp == U'\u300C' || cp == U'\u300D';
    if (cp != ' ' && !quote) out.append(normal, i, next - i);
    i = next;
  }
  return out;
}

namespace {

std::string title_key(std::string_view text) { return table_title_key(text); }

struct Parser {
  TableVocabulary vocabulary;
  VocabularyLayout* layout = nullptr;  ///< the layout that 列 lines fill

  VocabularyTable* table() { return vocabulary.tables.empty() ? nullptr : &vocabulary.tables.back(); }

  void start_table(const std::vector<std::string>& words) {
    if (words.size() != 2) throw std::invalid_argument("“表”后面写一个标题");
    vocabulary.tables.push_back(VocabularyTable{title_key(words[1]), {}, {VocabularyLayout{}}, {}, {}});
    layout = &vocabulary.tables.back().layouts.back();
  }

  void start_variant(VocabularyTable& t, const std::vector<std::string>& words) {
    if (words.size() != 3 || words[1] != "表头含") throw std::invalid_argument("写作“变体 表头含 文字”");
    // Variants go before the default (the last layout), in file order.
    t.layouts.insert(t.layouts.end() - 1, VocabularyLayout{title_key(words[2]), {}, {}});
    layout = &t.layouts[t.layouts.size() - 2];
  }

  void line(std::string_view text) {
    const auto words = words_of(text);
    if (words.empty() || words[0].starts_with("#")) return;
    const std::string& key = words[0];
    if (key == "表") return start_table(words);
    if (key == "表头词") {
      for (size_t i = 1; i < words.size(); ++i) vocabulary.header_words.push_back(title_key(words[i]));
      return;
    }
    if (key == "比率列") {
      if (words.size() < 2) throw std::invalid_argument("“比率列”后面写表头中的词，如 率 比例 占比");
      for (size_t i = 1; i < words.size(); ++i) vocabulary.rate_words.push_back(title_key(words[i]));
      return;
    }
    if (key == "数量列") {
      if (words.size() < 3) throw std::invalid_argument("写作“数量列 量词 表头中的词…”，如 数量列 辆 车辆数 (辆)");
      for (size_t i = 2; i < words.size(); ++i)
        vocabulary.count_words.push_back({title_key(words[i]), words[1]});
      return;
    }
    VocabularyTable* t = table();
    if (t == nullptr) throw std::invalid_argument("第一行应是“表 标题”");
    if (key == "变体") return start_variant(*t, words);
    if (words.size() < 2) throw std::invalid_argument(fmt::format("“{}”后面没有内容", key));
    if (key == "别名") {
      for (size_t i = 1; i < words.size(); ++i) t->aliases.push_back(title_key(words[i]));
    } else if (key == "列") {
      layout->columns = columns_of(words);
    } else if (key == "右侧列") {
      layout->right = columns_of(words);
    } else if (key == "右侧词") {
      t->right_words.assign(words.begin() + 1, words.end());
    } else if (key == "右侧代码") {
      t->right_codes.assign(words.begin() + 1, words.end());
    } else {
      throw std::invalid_argument(fmt::format("不认识“{}”（可用：表头词 比率列 数量列 表 别名 列 右侧列 右侧词 右侧代码 变体）", key));
    }
  }
};

bool ends_with(std::string_view text, std::string_view tail) {
  return !tail.empty() && text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

/// The runs of three adjacent bytes of a short text (a column header; a Chinese character
/// is three bytes), as a set that answers "certainly not in it" cheaply: each run sets one
/// of 1024 bits. The header is searched for a word only when it may hold the word's first
/// three bytes.
class ByteTripleFilter {
 public:
  explicit ByteTripleFilter(std::string_view text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) bits_.set(key(text.substr(i, 3)));
  }

  bool may_hold(std::string_view word) const { return word.size() < 3 || bits_.test(key(word)); }

 private:
  static size_t key(std::string_view bytes) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    return (byte(0) * 31u + byte(1) * 7u + byte(2)) & 0x3FFu;
  }

  std::bitset<1024> bits_;
};

}  // namespace

bool VocabularyTable::side_by_side() const {
  for (const auto& layout : layouts)
    if (!layout.right.empty()) return true;
  return false;
}

const VocabularyLayout& VocabularyTable::layout_for(std::string_view header_text) const {
  const std::string header = table_title_key(header_text);
  for (const auto& layout : layouts)
    if (!layout.header_contains.empty() && header.find(layout.header_contains) != std::string::npos)
      return layout;
  return layouts.back();
}

ColumnReading TableVocabulary::column_reading(std::string_view header_path) const {
  std::string spaceless;  // no spaces: "执 行 率" as converted is 执行率
  std::string_view header = header_path;
  if (header_path.find(' ') != std::string_view::npos) {
    for (const char c : header_path)
      if (c != ' ') spaceless.push_back(c);
    header = spaceless;
  }
  const ByteTripleFilter triples(header);
  const auto has = [&](std::string_view word) {
    return triples.may_hold(word) && header.find(word) != std::string_view::npos;
  };
  // A rate first: 人数占比 is a share of a count, not a count.
  if (std::any_of(rate_words.begin(), rate_words.end(), has)) return {ColumnFigures::Percentages, ""};
  for (const auto& count : count_words)
    if (has(count.word)) return {ColumnFigures::Counts, count.measure};
  return {ColumnFigures::Amounts, ""};
}

bool TableVocabulary::is_header_word(std::string_view word) const {
  return std::find(header_words.begin(), header_words.end(), word) != header_words.end();
}

const VocabularyTable* TableVocabulary::find(std::string_view caption_text) const {
  const std::string caption = table_title_key(caption_text);
  const VocabularyTable* best = nullptr;
  size_t best_length = 0;
  for (const auto& table : tables) {
    auto consider = [&](const std::string& name) {
      if (name.size() > best_length && ends_with(caption, name)) {
        best = &table;
        best_length = name.size();
      }
    };
    consider(table.title);
    for (const auto& alias : table.aliases) consider(alias);
  }
  return best;
}

std::optional<TableVocabulary> parse_table_vocabulary(std::string_view text, std::string* error) {
  Parser parser;
  size_t number = 0;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    try {
      parser.line(text.substr(begin, end - begin));
    } catch (const std::invalid_argument& e) {
      if (error) *error = fmt::format("line {}: {}", number, e.what());
      return std::nullopt;
    }
    begin = end + 1;
  }
  for (auto& table : parser.vocabulary.tables) {
    if (table.layouts.back().columns.empty()) {
      // A table whose layouts are all variants: the last variant is the default.
      if (table.layouts.size() > 1) table.layouts.pop_back();
      table.layouts.back().header_contains.clear();
    }
  }
  return std::move(parser.vocabulary);
}

const TableVocabulary& builtin_table_vocabulary() {
  static const TableVocabulary vocabulary = [] {
    std::string error;
    auto parsed = parse_table_vocabulary(builtin_table_vocabulary_text(), &error);
    if (!parsed) throw std::logic_error("built-in table vocabulary: " + error);
    return std::move(*parsed);
  }();
  return vocabulary;
}

}  // namespace gk::doc
