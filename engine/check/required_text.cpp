// Reading a pattern for the texts it cannot match without: a small recursive reading of ICU's
// syntax (alternatives, groups, lookarounds, classes, escapes, repeats). Anything it does not
// follow (inline flags, \Q…\E, back references, …) gives no requirement, never a wrong one.
#include "check/required_text.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/uniset.h>

#include "base/text_search.h"
#include "base/unicode.h"

namespace gk::check {
namespace {

/// Any one of these texts.
using Texts = std::vector<std::string>;
/// Each of these requirements (none: nothing is required).
using Clauses = std::vector<Texts>;

/// Syntax this reading does not follow: the pattern gets no requirement at all.
struct Unsupported {};

constexpr size_t kMostTexts = 16;   ///< more alternatives than this cost more than they save
constexpr size_t kMostClauses = 3;  ///< the rarest requirements of a pattern are enough

/// ASCII letters whose only case partner is the other ASCII case: no other character folds
/// to them, alone or inside a longer folding (as K folds to k, ſ to s, ﬀ to ff, İ to i̇).
bool plain_letter(char32_t c) {
  return std::string_view("bcdegmopqruvxz").find(static_cast<char>(c | 0x20)) != std::string_view::npos;
}

/// The character as a required text holds it (letters in lower case), or nullopt when a
/// case-insensitive match may hold something else in its place.
std::optional<char32_t> literal_char(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return plain_letter(c) ? std::optional<char32_t>(c | 0x20) : std::nullopt;
    if (c > 0x20 && c < 0x7F && c != '#') return c;
    return std::nullopt;
  }
  if (unicode::is_han(c)) return c;
  if (c == 0xFFFD) return std::nullopt;  // what ill-formed UTF-8 becomes before ICU sees it
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER: case U_MODIFIER_LETTER:
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
    case U_UNASSIGNED: case U_PRIVATE_USE_CHAR: case U_SURROGATE: case U_CONTROL_CHAR: case U_FORMAT_CHAR:
      return std::nullopt;
    default: break;
  }
  // A symbol, digit or uncased letter with no case partner stands for itself only.
  icu::UnicodeSet closure(static_cast<UChar32>(c), static_cast<UChar32>(c));
  closure.closeOver(USET_CASE_INSENSITIVE);
  if (closure.size() != 1 || closure.hasStrings()) return std::nullopt;
  return c;
}

/// The better of two requirements: the one whose shortest text is longer (rarer), then the
/// one with fewer texts.
bool better(const Texts& a, const Texts& b) {
  auto shortest = [](const Texts& t) {
    size_t n = SIZE_MAX;
    for (const auto& s : t) n = std::min(n, s.size());
    return n;
  };
  if (shortest(a) != shortest(b)) return shortest(a) > shortest(b);
  return a.size() < b.size();
}

/// How often an atom must occur at least (1 without a repeat), and whether it had a repeat.
struct Repeat {
  size_t min = 1;
  bool repeated = false;
};

class PatternReader {
 public:
  explicit PatternReader(std::string_view pattern) : p_(pattern) {}

  bool at_end() const { return pos_ >= p_.size(); }

  /// Alternatives up to a ')' or the end. One alternative requires what it requires; of
  /// several, each must require something, and a text holds the best text of one of them.
  Clauses alternation() {
    std::vector<Clauses> branches;
    for (;;) {
      branches.push_back(sequence());
      if (!peek_is('|')) break;
      next();
    }
    if (branches.size() == 1) return std::move(branches.front());
    Texts any;
    for (const Clauses& branch : branches) {
      if (branch.empty()) return {};
      any.insert(any.end(), branch.front().begin(), branch.front().end());
    }
    if (any.size() > kMostTexts) return {};
    return {any};
  }

 private:
  char32_t peek() const {
    size_t at = pos_;
    return unicode::next_code_point(p_, at);
  }
  bool peek_is(char32_t c) const { return !at_end() && peek() == c; }
  char32_t next() {
    if (at_end()) throw Unsupported{};
    return unicode::next_code_point(p_, pos_);
  }

  /// One alternative: its literal runs and what its required groups require, the best
  /// first.
  Clauses sequence() {
    Clauses all;
    std::string run;  // literal characters in a row, each occurring once
    auto flush = [&] {
      if (!run.empty()) all.push_back({run});
      run.clear();
    };
    while (!at_end() && peek() != '|' && peek() != ')') {
      const char32_t c = next();
      std::optional<char32_t> literal;
      Clauses group;
      if (c == '(') {
        group = group_body();
      } else if (c == '[') {
        skip_class();
      } else if (c == '\\') {
        literal = escape();
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        throw Unsupported{};
      } else if (c != '.' && c != '^' && c != '$') {
        literal = literal_char(c);
      }
      const Repeat repeat = read_repeat();
      if (literal && repeat.min >= 1) {
        unicode::append_utf8(run, *literal);  // "XX+" holds "XX"
        if (repeat.repeated) flush();
        continue;
      }
      flush();
      if (repeat.min >= 1) all.insert(all.end(), group.begin(), group.end());
    }
    flush();
    std::stable_sort(all.begin(), all.end(), better);
    if (all.size() > kMostClauses) all.resize(kMostClauses);
    return all;
  }

  /// After '(': the group's requirement, up to and past its ')'. What a lookahead or
  /// lookbehind must see is in the text too; a negative one requires nothing.
  Clauses group_body() {
    bool negative = false;
    if (peek_is('?')) {
      next();
      char32_t kind = next();
      if (kind == '<' && (peek_is('=') || peek_is('!'))) kind = next();
      if (kind == '!') negative = true;
      else if (kind != '=' && kind != ':' && kind != '>') throw Unsupported{};  // flags, names, comments
    }
    Clauses inner = alternation();
    if (next() != ')') throw Unsupported{};
    return negative ? Clauses{} : inner;
  }

  /// After '\': the character it stands for, or nullopt for a class or an anchor.
  std::optional<char32_t> escape() {
    const char32_t c = next();
    if (c >= 0x80 || !std::isalnum(static_cast<int>(c))) return literal_char(c);
    if (c == 'p' || c == 'P') {
      skip_braces();
      return std::nullopt;
    }
    if (std::string_view("dDsSwWbBhHvVRXAzZGntrefa").find(static_cast<char>(c)) != std::string_view::npos)
      return std::nullopt;
    throw Unsupported{};  // \Q…\E, \x, \u, \N{…}, \c, \k, back references, octal
  }

  /// The "{…}" of \p{…} (or the one letter of \pL).
  void skip_braces() {
    if (next() != '{') return;
    while (next() != '}') {
    }
  }

  /// After '[': past the matching ']' (sets may nest, "[[a-z]&&[^x]]").
  void skip_class() {
    int depth = 1;
    if (peek_is('^')) next();
    if (peek_is(']')) throw Unsupported{};
    while (depth > 0) {
      const char32_t c = next();
      if (c == '\\') {
        const char32_t e = next();
        if (e == 'Q') throw Unsupported{};
        if ((e == 'p' || e == 'P' || e == 'N' || e == 'x') && peek_is('{')) skip_braces();
      } else if (c == '[') {
        ++depth;
      } else if (c == ']') {
        --depth;
      }
    }
  }

  Repeat read_repeat() {
    if (at_end()) return {};
    Repeat r;
    const char32_t c = peek();
    if (c == '?' || c == '*') {
      r = {0, true};
    } else if (c == '+') {
      r = {1, true};
    } else if (c == '{') {
      next();
      size_t n = 0;
      bool digits = false;
      while (!at_end() && peek() >= '0' && peek() <= '9') {
        n = std::min<size_t>(n * 10 + (next() - '0'), 1000);
        digits = true;
      }
      if (!digits) throw Unsupported{};
      if (peek_is(','))
        for (next(); !at_end() && peek() >= '0' && peek() <= '9';) next();
      if (!peek_is('}')) throw Unsupported{};
      r = {n, true};
    } else {
      return r;
    }
    next();
    if (peek_is('?') || peek_is('+')) next();  // lazy or possessive
    return r;
  }

  std::string_view p_;
  size_t pos_ = 0;
};

bool has_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// `needle` (letters in lower case) in `text`, ASCII letters compared without case.
bool contains_caseless(std::string_view text, std::string_view needle) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == b; }) != text.end();
}

}  // namespace

RequiredTexts required_texts(std::string_view normalized) {
  try {
    PatternReader reader(normalized);
    Clauses clauses = reader.alternation();
    if (!reader.at_end()) return {};  // an unmatched ')'
    for (Texts& any : clauses) {
      std::sort(any.begin(), any.end());
      any.erase(std::unique(any.begin(), any.end()), any.end());
    }
    return clauses;
  } catch (const Unsupported&) {
    return {};
  }
}

bool holds_required(std::string_view text, const RequiredTexts& required) {
  return std::all_of(required.begin(), required.end(), [&](const std::vector<std::string>& any) {
    return std::any_of(any.begin(), any.end(), [&](const std::string& t) {
      return has_letter(t) ? contains_caseless(text, t) : contains_text(text, t);
    });
  });
}

}  // namespace gk::check
