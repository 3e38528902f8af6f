#include "waivers.h"

#include <array>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "document/reader.h"

namespace gk::cli {
namespace {

enum class Key { Document, Department, Reason, Expires };

struct KeyName {
  std::string_view zh, en;
  Key key;
};
constexpr std::array<KeyName, 4> kKeys = {{{"文档", "document", Key::Document},
                                           {"部门", "department", Key::Department},
                                           {"原因", "reason", Key::Reason},
                                           {"到期", "expires", Key::Expires}}};

/// The longest value (and rule id) a waiver may give, in bytes: patterns are matched in
/// time proportional to their length.
constexpr size_t kMaxValue = 2000;

std::string say(Language lang, std::string zh, std::string en) { return lang == Language::Zh ? zh : en; }

size_t code_points(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

/// The number of bytes of blank (spaces, tabs, U+3000) at the front of `text`.
size_t blank_prefix(std::string_view text) {
  size_t k = 0;
  while (k < text.size()) {
    if (text[k] == ' ' || text[k] == '\t') ++k;
    else if (text.substr(k).starts_with("\u3000")) k += 3;
    else break;
  }
  return k;
}

size_t blank_suffix(std::string_view text) {
  size_t k = 0;
  while (k < text.size()) {
    const std::string_view rest = text.substr(0, text.size() - k);
    if (rest.ends_with(' ') || rest.ends_with('\t')) ++k;
    else if (rest.ends_with("\u3000")) k += 3;
    else break;
  }
  return k;
}

/// A calendar date written YYYY-MM-DD.
bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  size_t at = 0;
  for (int p = 0; p < 3; ++p, ++at)
    for (size_t n = p == 0 ? 4 : 2; n > 0; --n, ++at) {
      if (text[at] < '0' || text[at] > '9') return false;
      parts[p] = parts[p] * 10 + (text[at] - '0');
    }
  const int year = parts[0], month = parts[1], day = parts[2];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

/// Reads the waivers of one file, collecting every mistake.
class WaiverReader {
 public:
  WaiverReader(const SourceText& source, std::string_view today, Language lang)
      : source_(source), today_(today), lang_(lang) {}

  std::vector<Waiver> read() {
    const std::string& text = source_.text();
    for (uint32_t line = 1; line <= source_.line_count(); ++line) {
      const Span span = source_.line_span(line);
      std::string_view content = std::string_view(text).substr(span.begin, span.size());
      if (content.ends_with('\r')) content.remove_suffix(1);
      const size_t lead = blank_prefix(content);
      content.remove_prefix(lead);
      content.remove_suffix(blank_suffix(content));
      if (content.empty() || content.starts_with('#') || content.starts_with(';')) continue;
      const uint32_t at = span.begin + static_cast<uint32_t>(lead);
      if (content.starts_with('[') || content.starts_with("【")) header(content, at, line);
      else entry(content, at);
    }
    close_waiver();
    return std::move(waivers_);
  }

  const DiagnosticSink& sink() const { return sink_; }

 private:
  void error(uint32_t offset, std::string_view what, std::string code, std::string message,
             std::vector<std::string> notes = {}) {
    faulty_ = true;
    Diagnostic d;
    d.code = std::move(code);
    d.message = std::move(message);
    d.file = source_.name();
    d.location = source_.locate(offset);
    d.line_text = std::string(source_.line_text(d.location.line));
    d.caret_width = static_cast<uint32_t>(std::max<size_t>(1, code_points(what)));
    d.notes = std::move(notes);
    sink_.report(std::move(d));
  }

  void header(std::string_view content, uint32_t at, uint32_t line) {
    close_waiver();
    skipping_ = true;  // until the header is known to be good: its keys are not errors of their own
    const bool wide = content.starts_with("【");
    const std::string_view open = wide ? "【" : "[", close = wide ? "】" : "]";
    const size_t end = content.find(close);
    if (end == std::string_view::npos)
      return error(at, content, "E-WAIVER-SYNTAX",
                   say(lang_, fmt::format("“{}”没有配对的“{}”", open, close), fmt::format("“{}” without a closing “{}”", open, close)));
    std::string_view rule = content.substr(open.size(), end - open.size());
    rule.remove_prefix(blank_prefix(rule));
    rule.remove_suffix(blank_suffix(rule));
    std::string_view rest = content.substr(end + close.size());
    rest.remove_prefix(blank_prefix(rest));
    if (!rest.empty() && !rest.starts_with('#') && !rest.starts_with(';'))
      return error(at + static_cast<uint32_t>(content.size() - rest.size()), rest, "E-WAIVER-SYNTAX",
                   say(lang_, fmt::format("“{}”后面不能有其他文字", close), fmt::format("nothing may follow “{}”", close)));
    if (rule.empty() || rule.size() > kMaxValue)
      return error(at, content, "E-WAIVER-SYNTAX", say(lang_, "方括号中应为规则编号，如 [JS-AR-01]", "the brackets need a rule id, as in [JS-AR-01]"));
    skipping_ = false;
    current_ = Waiver{};
    current_->file = source_.name();
    current_->line = line;
    current_->header = std::string(source_.line_text(line));
    current_->rule = std::string(rule);
    header_at_ = at;
    header_text_ = content;
    seen_.fill(0);
    faulty_ = false;
  }

  /// Where the first separator (`=`, `＝`, `:`, `：`) of `content` starts, and its length.
  static std::pair<size_t, size_t> separator(std::string_view content) {
    std::pair<size_t, size_t> best{std::string_view::npos, 0};
    for (std::string_view s : {"=", "＝", ":", "："}) {
      const size_t k = content.find(s);
      if (k < best.first) best = {k, s.size()};
    }
    return best;
  }

  void entry(std::string_view content, uint32_t at) {
    const auto [sep, sep_size] = separator(content);
    if (sep == std::string_view::npos)
      return error(at, content, "E-WAIVER-SYNTAX",
                   say(lang_, "应为“[规则编号]”或“键 = 值”", "expected “[RULE-ID]” or “key = value”"));
    std::string_view key = content.substr(0, sep);
    key.remove_suffix(blank_suffix(key));
    std::string_view value = content.substr(sep + sep_size);
    const size_t value_lead = blank_prefix(value);
    value.remove_prefix(value_lead);
    const uint32_t value_at = at + static_cast<uint32_t>(sep + sep_size + value_lead);
    if (skipping_) return;
    if (!current_)
      return error(at, key, "E-WAIVER-SYNTAX",
                   say(lang_, fmt::format("“{}”前面应先有“[规则编号]”：每条豁免以方括号中的规则编号开头", key),
                       fmt::format("“{}” before any “[RULE-ID]”: each waiver starts with its rule id in brackets", key)));
    const KeyName* name = nullptr;
    for (const auto& k : kKeys)
      if (key == k.zh || key == k.en) name = &k;
    if (name == nullptr)
      return error(at, key, "E-WAIVER-KEY", say(lang_, fmt::format("未知的键“{}”", key), fmt::format("unknown key “{}”", key)),
                   {say(lang_, "可用的键：文档、部门、原因、到期（或 document、department、reason、expires）",
                        "keys: 文档/document, 部门/department, 原因/reason, 到期/expires")});
    uint32_t& seen = seen_[static_cast<size_t>(name->key)];
    if (seen != 0)
      return error(at, key, "E-WAIVER-KEY",
                   say(lang_, fmt::format("这条豁免已经写过“{}”（第 {} 行）", key, seen),
                       fmt::format("this waiver already has “{}” (line {})", key, seen)));
    seen = source_.locate(at).line;
    if (value.size() > kMaxValue)
      return error(value_at, key, "E-WAIVER-VALUE",
                   say(lang_, fmt::format("“{}”的值太长（多于 {} 字节）", key, kMaxValue),
                       fmt::format("the value of “{}” is too long (over {} bytes)", key, kMaxValue)));
    if (value.empty())
      return error(value_at, key, "E-WAIVER-VALUE", say(lang_, fmt::format("“{}”没有值", key), fmt::format("“{}” has no value", key)));
    set(name->key, value, value_at);
  }

  void set(Key key, std::string_view value, uint32_t value_at) {
    switch (key) {
      case Key::Document: current_->document = value; break;
      case Key::Department: current_->department = value; break;
      case Key::Reason: current_->reason = value; break;
      case Key::Expires:
        if (!is_date(value))
          return error(value_at, value, "E-WAIVER-DATE",
                       say(lang_, fmt::format("到期日“{}”不是有效的日期（应写作 YYYY-MM-DD，如 2027-06-30）", value),
                           fmt::format("“{}” is not a date (write YYYY-MM-DD, e.g. 2027-06-30)", value)));
        current_->expires = value;
        current_->expired = std::string_view(current_->expires) < today_;
        break;
    }
  }

  /// Checks the waiver being read is complete and keeps it.
  void close_waiver() {
    if (!current_) return;
    Waiver w = std::move(*current_);
    current_.reset();
    if (faulty_) return;  // one error per mistake: a misspelt key is not also a missing one
    bool complete = true;
    if (w.reason.empty() && seen_[static_cast<size_t>(Key::Reason)] == 0) {
      error(header_at_, header_text_, "E-WAIVER-MISSING",
            say(lang_, fmt::format("豁免 {} 没有写原因（原因 = …）", w.rule), fmt::format("the waiver of {} gives no reason (reason = …)", w.rule)));
      complete = false;
    }
    if (seen_[static_cast<size_t>(Key::Document)] == 0 && seen_[static_cast<size_t>(Key::Department)] == 0) {
      error(header_at_, header_text_, "E-WAIVER-MISSING",
            say(lang_, fmt::format("豁免 {} 没有写适用的文档或部门（文档 = … 或 部门 = …）", w.rule),
                fmt::format("the waiver of {} names no document or department (document = … or department = …)", w.rule)));
      complete = false;
    }
    if (complete) waivers_.push_back(std::move(w));
  }

  const SourceText& source_;
  std::string_view today_;
  Language lang_;
  DiagnosticSink sink_;
  std::vector<Waiver> waivers_;
  std::optional<Waiver> current_;
  uint32_t header_at_ = 0;
  std::string_view header_text_;
  std::array<uint32_t, 4> seen_{};  ///< the line each key was given on, 0 when not yet
  bool faulty_ = false;    ///< the waiver being read has an error already
  bool skipping_ = false;  ///< after a bad header: its keys are skipped
};

/// `path` as patterns see it: '/' separators, no "./" parts.
std::string pattern_path(const std::string& path) {
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  return out == "." ? "" : out;
}

}  // namespace

bool pattern_matches(std::string_view pattern, std::string_view text) {
  // Row by row from the end of the pattern: next[j] tells whether the rest of the pattern
  // after the current token matches text[j..]. O(pattern × text) time, no recursion.
  const size_t n = text.size();
  std::vector<char> next(n + 1, 0), row(n + 1, 0);
  next[n] = 1;
  auto code_point_size = [&](size_t j) {
    size_t k = j + 1;
    while (k < n && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) ++k;
    return k - j;
  };
  for (size_t i = pattern.size(); i-- > 0;) {
    const bool across = pattern[i] == '*' && i > 0 && pattern[i - 1] == '*';
    if (across) --i;  // "**"
    const char token = pattern[i];
    for (size_t j = n + 1; j-- > 0;) {
      if (token == '*') {
        row[j] = next[j] || (j < n && (across || text[j] != '/') && row[j + 1]);
      } else if (token == '?') {
        row[j] = j < n && text[j] != '/' && next[j + code_point_size(j)];
      } else {
        row[j] = j < n && text[j] == token && next[j + 1];
      }
    }
    std::swap(row, next);
  }
  return next[0] != 0;
}

std::string Waiver::place() const { return fmt::format("{}:{}", file, line); }

bool Waiver::covers(std::string_view rule_id, const std::string& path, std::string_view department_name) const {
  if (!pattern_matches(rule, rule_id)) return false;
  if (!department.empty() && department != department_name) return false;
  if (document.empty()) return true;
  const std::string normal = pattern_path(path);
  if (document.find('/') != std::string::npos) return pattern_matches(pattern_path(document), normal);
  return pattern_matches(document, std::filesystem::path(normal).filename().string());
}

std::optional<std::vector<Waiver>> read_waivers(const std::string& path, std::string_view today, Language lang) {
  auto read = doc::read_document_file(path);
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    if (error->code == "E-READ-EMPTY") return std::vector<Waiver>{};  // nothing waived yet
    fmt::print(stderr, "{}", render(*error));
    return std::nullopt;
  }
  WaiverReader reader(std::get<SourceText>(read), today, lang);
  std::vector<Waiver> waivers = reader.read();
  for (const auto& d : reader.sink().diagnostics()) fmt::print(stderr, "{}", render(d));
  if (reader.sink().has_errors()) return std::nullopt;
  return waivers;
}

std::string today_date() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace gk::cli
