// UTF-8 decoding by hand (it is on every hot path), everything else through ICU: NFKC,
// character properties and the zh spellout rules that parse Chinese numerals.
#include <algorithm>
#include <vector>
#include "base/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace gk::unicode {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// Sequence length announced by a lead byte and the allowed range of the byte after it
/// (the narrower ranges exclude overlongs, surrogates and values above U+10FFFF).
struct LeadByte {
  size_t length;
  unsigned char second_min;
  unsigned char second_max;
};

LeadByte classify_lead(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Length of the well-formed multi-byte sequence at `pos`, or 0 when it is not one.
size_t sequence_length(std::string_view text, size_t pos) {
  const LeadByte lead = classify_lead(static_cast<unsigned char>(text[pos]));
  if (lead.length == 0 || text.size() - pos < lead.length) return 0;
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  if (second < lead.second_min || second > lead.second_max) return 0;
  for (size_t i = 2; i < lead.length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[pos + i]))) return 0;
  }
  return lead.length;
}

/// True when a well-formed three-byte sequence for U+1000–U+FFFF (surrogates aside) starts
/// at `pos`: lead byte E1–EF but not ED, then two continuation bytes. Most Chinese text is
/// made of these, so the loops over UTF-8 test for them before anything else.
inline bool common_three_bytes(const unsigned char* p, size_t pos, size_t size) {
  const unsigned char lead = p[pos];
  return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && size - pos >= 3 &&
         is_continuation(p[pos + 1]) && is_continuation(p[pos + 2]);
}

/// Decodes the three-byte sequence at `p` (common_three_bytes holds) and advances `pos`.
inline char32_t three_byte_code_point(const unsigned char* p, size_t& pos) {
  pos += 3;
  return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
}

/// True when the 8 bytes at `p` are all ASCII.
bool ascii_word(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ull) == 0;
}

bool is_ascii(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (!ascii_word(text.data() + i)) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

/// `text` with every ill-formed sequence replaced by U+FFFD.
std::string replace_invalid(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t pos = 0; pos < text.size();) append_utf8(out, next_code_point(text, pos));
  return out;
}

const icu::Normalizer2& load_nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    throw std::runtime_error("ICU NFKC data unavailable");
  }
  return *normalizer;
}

const icu::Normalizer2& nfkc_normalizer() {
  static const icu::Normalizer2& normalizer = load_nfkc();
  return normalizer;
}

/// The ASCII character that NFKC makes of `cp` on its own (full-width ASCII forms and the
/// ideographic space), or 0 when it makes something else.
char nfkc_ascii_of(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<char>(cp - 0xFEE0);
  return cp == 0x3000 ? ' ' : '\0';
}

/// The NFKC of `utf8` when it is well-formed and made only of characters that NFKC keeps or
/// turns into one ASCII character, none of which combine with their neighbours (ASCII, CJK
/// ideographs, full-width ASCII forms, the ideographic space and other normalisation-inert
/// characters): then NFKC works character by character and never lengthens the text.
/// nullopt for any other text.
std::optional<std::string> plain_nfkc(std::string_view utf8) {
  std::string out(utf8.size(), '\0');
  char* to = out.data();
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t size = utf8.size();
  for (size_t pos = 0; pos < size;) {
    const unsigned char lead = p[pos];
    if (lead < 0x80) {
      *to++ = static_cast<char>(lead);
      ++pos;
      continue;
    }
    if (common_han_at(p, pos, size)) {  // the bulk of Chinese text, copied run by run
      size_t end = pos + 3;
      while (common_han_at(p, end, size)) end += 3;
      std::memcpy(to, p + pos, end - pos);
      to += end - pos;
      pos = end;
      continue;
    }
    size_t next = pos;
    const char32_t cp = common_three_bytes(p, pos, size) ? three_byte_code_point(p + pos, next)
                                                         : next_code_point(utf8, next);
    if (next - pos == 1) return std::nullopt;  // an ill-formed byte
    const char ascii = nfkc_ascii_of(cp);
    if (ascii != '\0') {
      *to++ = ascii;
    } else if ((cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK Unified Ideographs are inert
               nfkc_normalizer().isInert(static_cast<UChar32>(cp))) {
      while (pos < next) *to++ = static_cast<char>(p[pos++]);
    } else {
      return std::nullopt;
    }
    pos = next;
  }
  out.resize(static_cast<size_t>(to - out.data()));
  return out;
}

// ---- Chinese numerals ----------------------------------------------------------------

constexpr int kMaxNumeral = 99'999'999;  // the largest value written with 万 as top unit
constexpr std::u32string_view kNumeralCharacters = U"〇零一二两三四五六七八九十百千万";

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<int> parse_ascii_digits(std::string_view text) {
  if (text.size() > 8) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!is_ascii_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool only_numeral_characters(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    if (kNumeralCharacters.find(next_code_point(text, pos)) == std::u32string_view::npos) {
      return false;
    }
  }
  return true;
}

/// The value of a digit character 一 to 九, or 0.
int digit_value(std::string_view character) {
  static constexpr std::string_view kDigits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int i = 0; i < 9; ++i)
    if (character == kDigits[i]) return i + 1;
  return 0;
}

/// The numerals of headings, 一 to 九十九 in their usual forms (一, 十, 十三, 二十, 二十六),
/// read without ICU: each Chinese character is three bytes. nullopt for any other text.
std::optional<int> parse_below_hundred(std::string_view utf8) {
  constexpr std::string_view kTen = "十";
  constexpr size_t kChar = 3;
  if (utf8.size() % kChar != 0 || utf8.size() > 3 * kChar) return std::nullopt;
  const size_t ten = utf8.find(kTen);
  if (ten == std::string_view::npos) {
    const int digit = utf8.size() == kChar ? digit_value(utf8) : 0;
    return digit != 0 ? std::optional<int>(digit) : std::nullopt;
  }
  if (ten % kChar != 0 || ten > kChar) return std::nullopt;
  const std::string_view before = utf8.substr(0, ten);
  const std::string_view after = utf8.substr(ten + kChar);
  const int tens = before.empty() ? 1 : digit_value(before);
  const int ones = after.empty() ? 0 : digit_value(after);
  if (tens == 0 || (!before.empty() && tens == 1) || (!after.empty() && ones == 0)) return std::nullopt;
  return tens * 10 + ones;
}

/// The zh spellout formatter of this thread (built once: construction is slow).
icu::RuleBasedNumberFormat* spellout_formatter() {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formatter = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto made = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                             icu::Locale("zh"), status);
    return U_FAILURE(status) ? nullptr : std::move(made);
  }();
  return formatter.get();
}

std::optional<int> parse_spellout(std::string_view utf8) {
  icu::RuleBasedNumberFormat* formatter = spellout_formatter();
  if (formatter == nullptr) return std::nullopt;
  const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(),
                                                                  static_cast<int32_t>(utf8.size())));
  icu::Formattable result;
  icu::ParsePosition position(0);
  formatter->parse(text, result, position);
  if (position.getErrorIndex() >= 0 || position.getIndex() != text.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const double value = result.getDouble(status);
  if (U_FAILURE(status) || value < 0 || value > kMaxNumeral || value != std::floor(value)) {
    return std::nullopt;
  }
  return static_cast<int>(value);
}

/// Parsing through ICU costs microseconds; documents repeat the same few numerals.
std::optional<int> parse_spellout_cached(std::string_view utf8) {
  thread_local std::unordered_map<std::string, std::optional<int>> cache;
  std::string key(utf8);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();
  const std::optional<int> value = parse_spellout(utf8);
  cache.emplace(std::move(key), value);
  return value;
}

}  // namespace

// ---- UTF-8 ---------------------------------------------------------------------------

char32_t next_code_point(std::string_view text, size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char lead = p[pos];
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if (common_three_bytes(p, pos, text.size())) return three_byte_code_point(p + pos, pos);
  const size_t n = sequence_length(text, pos);
  if (n == 0) {
    ++pos;
    return kReplacement;
  }
  char32_t cp = lead & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += n;
  return cp;
}

std::string visible_controls(std::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x7F) {
      out.push_back(text[pos++]);
      continue;
    }
    if (byte < 0x80) {
      ++pos;
      if (byte == '\t' || (byte == '\n' && keep_line_breaks)) out.push_back(static_cast<char>(byte));
      else append_utf8(out, byte == 0x7F ? 0x2421 : 0x2400 + byte);
      continue;
    }
    const size_t n = sequence_length(text, pos);
    if (n == 0) {
      out += fmt::format("\\x{:02X}", byte);
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = next_code_point(text, pos);
    if (cp < 0xA0) out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    else out.append(text.substr(start, pos - start));
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char bytes[] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 2);
  } else if (cp < 0x10000) {
    const char bytes[] = {static_cast<char>(0xE0 | (cp >> 12)),
                          static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 3);
  } else {
    const char bytes[] = {static_cast<char>(0xF0 | (cp >> 18)),
                          static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                          static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 4);
  }
}

size_t valid_utf8_prefix(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t size = bytes.size();
  size_t pos = 0;
  while (pos < size) {
    const unsigned char lead = p[pos];
    if (lead < 0x80) {
      pos += pos + 8 <= size && ascii_word(bytes.data() + pos) ? 8 : 1;
    } else if (common_three_bytes(p, pos, size)) {
      pos += 3;
    } else {
      const size_t n = sequence_length(bytes, pos);
      if (n == 0) return pos;
      pos += n;
    }
  }
  return pos;
}

bool is_valid_utf8(std::string_view bytes) { return valid_utf8_prefix(bytes) == bytes.size(); }

size_t length(std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t size = utf8.size();
  size_t count = 0;
  for (size_t pos = 0; pos < size; ++count) {
    const unsigned char lead = p[pos];
    if (lead < 0x80) {
      ++pos;
    } else if (common_three_bytes(p, pos, size)) {
      pos += 3;
    } else {
      next_code_point(utf8, pos);
    }
  }
  return count;
}

// ---- Normalisation -------------------------------------------------------------------

std::string nfkc(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  if (auto plain = plain_nfkc(utf8)) return std::move(*plain);
  const std::string repaired = is_valid_utf8(utf8) ? std::string() : replace_invalid(utf8);
  const std::string_view input = repaired.empty() ? utf8 : std::string_view(repaired);
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(input.size()));
  UErrorCode status = U_ZERO_ERROR;
  nfkc_normalizer().normalizeUTF8(0, icu::StringPiece(input.data(), static_cast<int32_t>(input.size())),
                                  sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normalisation failed");
  return out;
}

void append_nfkc(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII forms
    out.push_back(static_cast<char>(cp - 0xFEE0));
  } else if (cp >= 0x4E00 && cp <= 0x9FFF) {  // CJK Unified Ideographs are inert
    append_utf8(out, cp);
  } else if (cp > 0x10FFFF || nfkc_normalizer().isInert(static_cast<UChar32>(cp))) {
    append_utf8(out, cp);
  } else {
    icu::UnicodeString normalized;
    UErrorCode status = U_ZERO_ERROR;
    nfkc_normalizer().normalize(icu::UnicodeString(static_cast<UChar32>(cp)), normalized, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normalisation failed");
    for (int32_t i = 0; i < normalized.length(); i = normalized.moveIndex32(i, 1)) {
      append_utf8(out, static_cast<char32_t>(normalized.char32At(i)));
    }
  }
}

// ---- Character classes ---------------------------------------------------------------

bool is_han(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF);
}

bool is_cjk_punctuation(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

bool is_wide(char32_t cp) {
  if (cp < 0x1100) return false;  // nothing below U+1100 is wide
  const auto width = static_cast<UEastAsianWidth>(
      u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  if (cp >= 0x3000) return cp == 0x3000 || cp == 0xFEFF;  // no White_Space above U+3000
  return cp == 0x00A0 || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

// ---- Numerals and widths -------------------------------------------------------------

std::optional<int> parse_chinese_numeral(std::string_view utf8) {
  if (utf8.empty()) return std::nullopt;
  if (is_ascii_digit(utf8.front())) return parse_ascii_digits(utf8);
  if (const auto value = parse_below_hundred(utf8)) return value;
  if (!only_numeral_characters(utf8)) return std::nullopt;
  return parse_spellout_cached(utf8);
}

size_t display_width(std::string_view utf8) {
  size_t width = 0;
  for (size_t pos = 0; pos < utf8.size();) width += is_wide(next_code_point(utf8, pos)) ? 2 : 1;
  return width;
}

size_t edit_distance(std::string_view a, std::string_view b, bool fold_ascii_case) {
  auto code_points = [&](std::string_view s) {
    std::vector<char32_t> out;
    for (size_t p = 0; p < s.size();) {
      char32_t cp = next_code_point(s, p);
      if (fold_ascii_case && cp >= U'a' && cp <= U'z') cp = cp - U'a' + U'A';
      out.push_back(cp);
    }
    return out;
  };
  const auto x = code_points(a), y = code_points(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

}  // namespace gk::unicode
