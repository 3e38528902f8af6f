// Patterns of a pack: regular expressions normalised as the documents' matching view is,
// compiled once with their errors placed inside the pattern; plain-text patterns found by
// substring search; the Han text a fact template must contain.
#include <algorithm>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "base/unicode.h"
#include "check/compiler.h"
#include "check/required_text.h"

namespace gk::check {

// ---------------------------------------------------------------------------------------
// Patterns

namespace {

/// A code point beyond ASCII that has no case: Han characters, CJK and general punctuation.
bool caseless_beyond_ascii(char32_t cp) {
  return unicode::is_han(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x2010 && cp <= 0x205E);
}

bool is_regex_syntax(char c) {
  return std::string_view("()[]{}.*+?^$|\\/").find(c) != std::string_view::npos;
}

/// NFKC per code point, keeping full-width punctuation that would become regex syntax
/// literal; `origins` receives, for each output byte, the input byte it came from.
std::string normalize_with_origins(std::string_view pattern, std::vector<size_t>* origins) {
  std::string out;
  size_t pos = 0;
  while (pos < pattern.size()) {
    const size_t start = pos;
    const char32_t cp = unicode::next_code_point(pattern, pos);
    std::string piece;
    if (cp < 0x80) {
      piece.push_back(static_cast<char>(cp));
    } else {
      unicode::append_nfkc(piece, cp);
      if (piece.size() == 1 && is_regex_syntax(piece[0])) piece.insert(piece.begin(), '\\');
    }
    out += piece;
    if (origins) origins->insert(origins->end(), piece.size(), start);
  }
  if (origins) origins->push_back(pattern.size());
  return out;
}

/// Patterns compiled by this process, by their normalised text: the same pattern in several
/// rules or packs is compiled once (a compiled pattern is immutable and shared).
struct CompiledPatterns {
  std::mutex mutex;
  std::unordered_map<std::string, std::shared_ptr<const icu::RegexPattern>> by_text;
};

CompiledPatterns& compiled_patterns() {
  static CompiledPatterns patterns;
  return patterns;
}

std::shared_ptr<const icu::RegexPattern> compiled_before(const std::string& normalized) {
  CompiledPatterns& patterns = compiled_patterns();
  const std::lock_guard lock(patterns.mutex);
  const auto it = patterns.by_text.find(normalized);
  return it == patterns.by_text.end() ? nullptr : it->second;
}

void remember_compiled(const std::string& normalized, std::shared_ptr<const icu::RegexPattern> pattern) {
  CompiledPatterns& patterns = compiled_patterns();
  const std::lock_guard lock(patterns.mutex);
  patterns.by_text.emplace(normalized, std::move(pattern));
}

/// The plain-language reading of an ICU pattern error.
std::string describe_regex_error(UErrorCode status, Language lang) {
  const bool zh = lang == Language::Zh;
  switch (status) {
    case U_REGEX_MISMATCHED_PAREN: return zh ? "括号不配对" : "unbalanced parentheses";
    case U_REGEX_MISSING_CLOSE_BRACKET: return zh ? "缺少右方括号 ]" : "missing ]";
    case U_REGEX_BAD_ESCAPE_SEQUENCE: return zh ? "反斜杠 \\ 后的字符无效" : "invalid character after \\";
    case U_REGEX_BAD_INTERVAL: return zh ? "{m,n} 次数写法有误" : "bad {m,n} repetition";
    case U_REGEX_MAX_LT_MIN: return zh ? "{m,n} 中 n 小于 m" : "{m,n} with n below m";
    case U_REGEX_INVALID_RANGE: return zh ? "[a-b] 范围的两端颠倒" : "range [a-b] out of order";
    case U_REGEX_RULE_SYNTAX:
      return zh ? "写法有误（如 * + ? 前面没有可重复的内容）"
                : "syntax error (e.g. * + ? with nothing to repeat)";
    default: return u_errorName(status);
  }
}


/// The longest run of Han characters outside `{…}` holes (NFKC leaves Han unchanged).
}  // namespace

std::string longest_han_run(std::string_view text) {
  std::string best, run;
  int depth = 0;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = unicode::next_code_point(text, pos);
    if (cp == U'{' || cp == U'｛') ++depth;
    if (depth == 0 && unicode::is_han(cp)) {
      unicode::append_utf8(run, cp);
      continue;
    }
    if (run.size() > best.size()) best = run;
    run.clear();
    if ((cp == U'}' || cp == U'｝') && depth > 0) --depth;
  }
  return run.size() > best.size() ? run : best;
}


std::string normalize_pattern(std::string_view pattern) {
  return normalize_with_origins(pattern, nullptr);
}

std::string literal_pattern(std::string_view text) {
  const std::string view = unicode::nfkc(text);
  std::string out;
  for (char c : view) {
    if (is_regex_syntax(c)) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> plain_texts_of(std::string_view normalized) {
  std::vector<std::string> texts(1);
  for (size_t i = 0; i < normalized.size();) {
    char32_t cp = unicode::next_code_point(normalized, i);
    if (cp == '\\' && i < normalized.size() && is_regex_syntax(normalized[i])) {
      cp = static_cast<unsigned char>(normalized[i++]);  // an escaped mark stands for itself: \( is "("
      unicode::append_utf8(texts.back(), cp);
      continue;
    }
    if (cp == '|') {
      if (texts.back().empty()) return {};  // an empty choice matches everywhere
      texts.emplace_back();
      continue;
    }
    const bool ascii_plain = cp < 0x80 && std::isgraph(static_cast<int>(cp)) &&
                             !std::isalpha(static_cast<int>(cp)) &&
                             !is_regex_syntax(static_cast<char>(cp)) && cp != '#';
    if (!ascii_plain && !caseless_beyond_ascii(cp)) return {};
    unicode::append_utf8(texts.back(), cp);
  }
  if (texts.back().empty()) return {};
  return texts;
}

namespace {

/// The ICU flags of a pack pattern: case-insensitive, as the language says, unless nothing in
/// the pattern has case. A pattern of Chinese text, digits, punctuation and the classes \d \s
/// \w (\b, \n …) finds the same either way, and ICU matches it faster case-sensitively. Any
/// letter, any other escape with a letter (\p{Lu}, \x{…}, \Q…\E), a back reference, or any
/// character other than ASCII, Han and CJK or general punctuation keeps it case-insensitive.
uint32_t pattern_flags(std::string_view normalized) {
  for (size_t i = 0; i < normalized.size();) {
    const char32_t cp = unicode::next_code_point(normalized, i);
    if (cp == '\\' && i < normalized.size()) {
      const char next = normalized[i++];
      if (std::string_view("dDsSwWbBntr").find(next) != std::string_view::npos) continue;
      if (static_cast<unsigned char>(next) < 0x80 && !std::isalnum(static_cast<unsigned char>(next))) continue;
      return UREGEX_CASE_INSENSITIVE;
    }
    const bool caseless = cp < 0x80 ? !std::isalpha(static_cast<int>(cp)) : caseless_beyond_ascii(cp);
    if (!caseless) return UREGEX_CASE_INSENSITIVE;
  }
  return 0;
}

}  // namespace

const icu::RegexPattern* CompiledRegex::compiled() const {
  if (first_use) {
    std::call_once(*first_use, [this] {
      UErrorCode status = U_ZERO_ERROR;
      UParseError where{};
      std::unique_ptr<icu::RegexPattern> made(icu::RegexPattern::compile(
          icu::UnicodeString::fromUTF8(source), pattern_flags(source), where, status));
      if (U_SUCCESS(status)) pattern = std::move(made);
    });
  }
  return pattern.get();
}

std::optional<uint32_t> PackCompiler::compile_regex(const ast::StringLit& literal) {
  std::vector<size_t> origins;
  const std::string normalized = normalize_with_origins(literal.value, &origins);
  if (pack_.patterns == PatternCompilation::OnFirstUse) {
    pack_.regexes.push_back(CompiledRegex{nullptr, normalized, plain_texts_of(normalized), required_texts(normalized),
                                          std::make_shared<std::once_flag>()});
    return static_cast<uint32_t>(pack_.regexes.size() - 1);
  }
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  const auto text = icu::UnicodeString::fromUTF8(normalized);
  std::shared_ptr<const icu::RegexPattern> pattern = compiled_before(normalized);
  if (!pattern) {
    pattern.reset(icu::RegexPattern::compile(text, pattern_flags(normalized), where, status));
    if (U_SUCCESS(status) && pattern) remember_compiled(normalized, pattern);
  }
  if (U_FAILURE(status) || !pattern) {
    // ICU reports the 1-based UTF-16 column of the last character it read (the mistake);
    // map it back to the rule file.
    const int32_t utf16 = std::clamp<int32_t>(where.offset - 1, 0, text.length());
    std::string prefix;
    text.tempSubString(0, utf16).toUTF8String(prefix);
    const size_t at = origins[std::min(prefix.size(), origins.size() - 1)];
    const Span span = where.offset > 0 ? literal.source_span(at, std::min(at + 1, literal.value.size()))
                                        : literal.content;
    error("E106", span.empty() ? literal.span : span,
          say("正则表达式有误：", "bad regular expression: ") +
              describe_regex_error(status, lang_));
    return std::nullopt;
  }
  pack_.regexes.push_back(
      CompiledRegex{std::move(pattern), normalized, plain_texts_of(normalized), required_texts(normalized)});
  return static_cast<uint32_t>(pack_.regexes.size() - 1);
}


}  // namespace gk::check
