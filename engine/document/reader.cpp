// Reading document files: binary and encoding detection, decoding to UTF-8 through ICU
// converters, line-end normalisation and the size limits, each failure a coded diagnostic.
//
// Detection order: a UTF-16 byte order mark; binary content (a NUL byte, or more than 1% of
// the bytes C0 controls other than TAB, LF, CR and FF, or DEL); any single such control
// character (E-READ-CONTROL: an escape sequence or a bell in a document would reach the
// terminal of whoever checks it; form feed, a page break in text converted from PDF, stays
// accepted); a UTF-8 byte order mark; well-formed
// UTF-8; GB18030 decoded strictly. A file whose valid UTF-8 prefix already holds 8 multi-byte
// characters (2 when only the last character is cut off by the end of the file) is damaged
// UTF-8, not GB18030: decoding it as GB18030 would mostly succeed and yield nonsense, so it
// is rejected with the offset of the damage.
#include "document/reader.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <system_error>

#include "base/unicode.h"

namespace gk::doc {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
/// Multi-byte characters in the valid prefix that make a file "UTF-8, damaged": by chance,
/// GB18030 text forms a valid UTF-8 character about once in seven.
constexpr size_t kUtf8EvidenceCharacters = 8;
constexpr size_t kUtf8EvidenceBeforeTruncation = 2;

/// A failure before the file name is attached.
struct Problem {
  std::string code;
  std::string message;
  uint32_t line = 0;
};

Diagnostic to_diagnostic(Problem problem, const std::string& file) {
  Diagnostic d = file_error(std::move(problem.code), std::move(problem.message), file);
  d.location = {problem.line, problem.line == 0 ? 0u : 1u};
  return d;
}

Problem too_large(uintmax_t size, size_t limit) {
  return {"E-READ-TOO-LARGE", fmt::format("file too large: {} bytes (limit {})", size, limit)};
}

Problem too_large(size_t limit) {
  return {"E-READ-TOO-LARGE", fmt::format("file too large: more than {} bytes", limit)};
}

std::string os_reason(int error) { return std::generic_category().message(error); }

// ---- Binary content ------------------------------------------------------------------

/// A control character a document may not contain: C0 other than TAB, LF, CR and FF, and DEL.
bool is_control(char32_t unit) {
  return (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f') || unit == 0x7F;
}

/// True when one of the 8 bytes at `p` is below 0x20 (a control byte or NUL) or DEL.
bool has_control_byte(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  const uint64_t del = word ^ 0x7F7F7F7F7F7F7F7Full;  // a zero byte where a byte is DEL
  return (((word - 0x2020202020202020ull) & ~word) | ((del - 0x0101010101010101ull) & ~del)) &
         0x8080808080808080ull;
}

/// Index of the first byte below 0x20 or DEL from `from`, skipping plain text a word at a time.
size_t next_low_byte(std::string_view bytes, size_t from) {
  while (from + 8 <= bytes.size() && !has_control_byte(bytes.data() + from)) from += 8;
  while (from < bytes.size() && static_cast<unsigned char>(bytes[from]) >= 0x20 &&
         static_cast<unsigned char>(bytes[from]) != 0x7F)
    ++from;
  return from;
}

/// The usual name of a control character, for messages ("ESC").
const char* control_name(char32_t c) {
  static const char* const kNames[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "HT",  "LF",
                                       "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                       "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  return c < 0x20 ? kNames[c] : "DEL";
}

/// Why `units` (code units of `unit_bytes` bytes, the first at file offset `base`) look
/// binary, or nullopt.
template <typename Unit>
std::optional<Problem> binary_evidence(std::basic_string_view<Unit> units, size_t unit_bytes,
                                       size_t base) {
  const char* what = unit_bytes == 1 ? "byte" : "character";
  size_t controls = 0;
  size_t first_control = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    if constexpr (sizeof(Unit) == 1) i = next_low_byte(units, i);
    if (i == units.size()) break;
    const auto unit = static_cast<char32_t>(static_cast<std::make_unsigned_t<Unit>>(units[i]));
    if (!is_control(unit)) continue;
    if (unit == 0) {
      return Problem{"E-READ-BINARY", fmt::format("binary file (NUL {} at offset {}); gongkai reads "
                                                  "text documents", what, base + i * unit_bytes)};
    }
    if (controls++ == 0) first_control = i;
  }
  if (controls == 0) return std::nullopt;
  const auto first = static_cast<unsigned>(static_cast<std::make_unsigned_t<Unit>>(units[first_control]));
  if (controls * 100 <= units.size()) {
    return Problem{"E-READ-CONTROL",
                   fmt::format("control {} 0x{:02X} ({}) at offset {}; a document may contain tabs, line "
                               "ends and form feeds, no other control characters",
                               what, first, control_name(first), base + first_control * unit_bytes)};
  }
  return Problem{"E-READ-BINARY",
                 fmt::format("binary file (control {} 0x{:02X} at offset {}); gongkai reads text "
                             "documents", what, first, base + first_control * unit_bytes)};
}

// ---- ICU conversion ------------------------------------------------------------------

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

/// Converts `bytes` from `charset` to UTF-16, stopping at the first illegal or unmapped
/// sequence; then returns false and sets `bad_offset` to where that sequence starts.
bool to_utf16(const char* charset, std::string_view bytes, std::u16string& out,
              size_t& bad_offset) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(charset, &status), &ucnv_close);
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) throw std::runtime_error(fmt::format("ICU converter {} unavailable", charset));
  out.resize(bytes.size() + 1);  // never more UTF-16 units than input bytes
  const char* source = bytes.data();
  char16_t* target = out.data();
  ucnv_toUnicode(converter.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, true, &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
    bad_offset = static_cast<size_t>(source - bytes.data()) - static_cast<size_t>(invalid_length);
    return false;
  }
  out.resize(static_cast<size_t>(target - out.data()));
  return true;
}

std::string utf16_to_utf8(std::u16string_view units) {
  std::string out(units.size() * 3, '\0');
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, units.data(),
              static_cast<int32_t>(units.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("UTF-16 to UTF-8 conversion failed");
  out.resize(static_cast<size_t>(length));
  return out;
}

// ---- Encodings -----------------------------------------------------------------------

std::optional<Problem> decode_utf16(std::string& bytes, const char* charset, std::string& encoding) {
  std::u16string units;
  size_t bad = 0;
  if (!to_utf16(charset, std::string_view(bytes).substr(2), units, bad)) {
    return Problem{"E-READ-ENCODING", fmt::format("invalid {} at offset {}", charset, bad + 2)};
  }
  if (auto binary = binary_evidence(std::u16string_view(units), 2, 2)) return binary;
  bytes = utf16_to_utf8(units);
  encoding = charset;
  return std::nullopt;
}

/// True when the bytes from `offset` are the start of a character cut off by the file end.
bool truncated_at_end(std::string_view bytes, size_t offset) {
  const auto lead = static_cast<unsigned char>(bytes[offset]);
  if (lead < 0xC2 || lead > 0xF4 || bytes.size() - offset >= 4) return false;
  for (size_t i = offset + 1; i < bytes.size(); ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
  }
  return true;
}

/// True when the valid UTF-8 prefix [0, valid) is evidence enough that `bytes` are UTF-8.
bool looks_like_utf8(std::string_view bytes, size_t valid) {
  size_t characters = 0;
  for (unsigned char c : bytes.substr(0, valid)) characters += c >= 0xC0;
  const bool truncated = truncated_at_end(bytes, valid);
  return characters >= (truncated ? kUtf8EvidenceBeforeTruncation : kUtf8EvidenceCharacters);
}

Problem invalid_utf8(std::string_view bytes, size_t offset, size_t base) {
  if (truncated_at_end(bytes, offset)) {
    return {"E-READ-ENCODING", fmt::format("invalid UTF-8: incomplete character at the end of "
                                           "the file (offset {})", offset + base)};
  }
  return {"E-READ-ENCODING", fmt::format("invalid UTF-8: byte 0x{:02X} at offset {}",
                                         static_cast<unsigned char>(bytes[offset]), offset + base)};
}

std::optional<Problem> decode_gb18030(std::string& bytes, size_t utf8_error) {
  std::u16string units;
  size_t bad = 0;
  if (!to_utf16("GB18030", bytes, units, bad)) {
    return Problem{"E-READ-ENCODING",
                   fmt::format("neither UTF-8 nor GB18030: invalid byte 0x{:02X} at offset {}",
                               static_cast<unsigned char>(bytes[utf8_error]), utf8_error)};
  }
  bytes = utf16_to_utf8(units);
  return std::nullopt;
}

/// Decodes `bytes` in place to UTF-8 and names the encoding they had.
std::optional<Problem> decode_to_utf8(std::string& bytes, std::string& encoding) {
  if (bytes.starts_with(kUtf16LeBom)) return decode_utf16(bytes, "UTF-16LE", encoding);
  if (bytes.starts_with(kUtf16BeBom)) return decode_utf16(bytes, "UTF-16BE", encoding);
  const bool bom = bytes.starts_with(kUtf8Bom);
  const size_t base = bom ? kUtf8Bom.size() : 0;
  if (bom) bytes.erase(0, base);
  if (auto binary = binary_evidence(std::string_view(bytes), 1, base)) return binary;
  const size_t valid = unicode::valid_utf8_prefix(bytes);
  if (valid == bytes.size()) {
    encoding = bom ? "UTF-8 with BOM" : "UTF-8";
    return std::nullopt;
  }
  if (bom || looks_like_utf8(bytes, valid)) {
    return invalid_utf8(bytes, valid, base);
  }
  encoding = "GB18030";
  return decode_gb18030(bytes, valid);
}

// ---- Lines and content ---------------------------------------------------------------

/// CRLF and lone CR become LF, in place.
void normalise_line_ends(std::string& text) {
  size_t write = text.find('\r');
  if (write == std::string::npos) return;
  for (size_t read = write; read < text.size(); ++read) {
    if (text[read] != '\r') {
      text[write++] = text[read];
    } else if (read + 1 >= text.size() || text[read + 1] != '\n') {
      text[write++] = '\n';
    }
  }
  text.resize(write);
}

std::optional<Problem> overlong_line(std::string_view text, size_t max_line_bytes) {
  uint32_t line = 1;
  for (size_t begin = 0; begin <= text.size(); ++line) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end - begin > max_line_bytes) {
      return Problem{"E-READ-TOO-LARGE", fmt::format("line {} is too long: {} bytes (limit {})",
                                                     line, end - begin, max_line_bytes), line};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

bool whitespace_only(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    if (!unicode::is_space(unicode::next_code_point(text, pos))) return false;
  }
  return true;
}

/// Closes a file descriptor when it goes out of scope.
struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

/// Reads all of `fd` into `out`, a regular file of `size` bytes in one read (a short read
/// of a regular file is its end), anything else in chunks; false when there are more than
/// `max_bytes`. Sets `error` (an errno) when a read fails.
bool read_all(int fd, std::optional<size_t> size, size_t max_bytes, std::string& out, int& error) {
  const size_t chunk = size ? std::min(*size, max_bytes) + 1 : size_t{64} * 1024;
  while (true) {
    const size_t old = out.size();
    out.resize(old + std::min(chunk, max_bytes + 1 - old));
    const ssize_t got = ::read(fd, out.data() + old, out.size() - old);
    if (got < 0) {
      if (errno == EINTR) {
        out.resize(old);
        continue;
      }
      error = errno;
      out.resize(old);
      return true;
    }
    out.resize(old + static_cast<size_t>(got));
    if (out.size() > max_bytes) return false;
    if (got == 0 || (size && out.size() <= *size)) return true;
  }
}

}  // namespace

ReadResult decode_document(std::string name, std::string bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) return to_diagnostic(too_large(bytes.size(), limits.max_bytes), name);
  if (bytes.empty()) return to_diagnostic({"E-READ-EMPTY", "empty file"}, name);
  std::string encoding;
  if (auto problem = decode_to_utf8(bytes, encoding)) return to_diagnostic(std::move(*problem), name);
  normalise_line_ends(bytes);
  if (auto problem = overlong_line(bytes, limits.max_line_bytes)) {
    return to_diagnostic(std::move(*problem), name);
  }
  if (whitespace_only(bytes)) return to_diagnostic({"E-READ-EMPTY", "no text (whitespace only)"}, name);
  return SourceText(std::move(name), std::move(bytes), std::move(encoding));
}

FileBytes read_file_bytes(const std::string& path, const ReadLimits& limits) {
  // open, fstat, read, close: system calls cost dearly on some machines, so no more. Opened
  // without blocking: a pipe with no writer must not hang the batch; it is refused below.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return to_diagnostic({"E-READ-OPEN", "cannot open: " + os_reason(errno)}, path);
  const FileCloser closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) {
    return to_diagnostic({"E-READ-OPEN", "cannot open: " + os_reason(errno)}, path);
  }
  if (S_ISDIR(status.st_mode)) {
    return to_diagnostic({"E-READ-OPEN", "cannot open: " + os_reason(EISDIR)}, path);
  }
  if (!S_ISREG(status.st_mode)) {
    const char* what = S_ISFIFO(status.st_mode) ? "a pipe" : S_ISSOCK(status.st_mode) ? "a socket" : "a device";
    return to_diagnostic({"E-READ-OPEN", fmt::format("cannot open: not a regular file ({})", what)}, path);
  }
  std::optional<size_t> size;
  const auto file_bytes = static_cast<uintmax_t>(status.st_size);
  if (file_bytes > limits.max_bytes) return to_diagnostic(too_large(file_bytes, limits.max_bytes), path);
  size = static_cast<size_t>(file_bytes);
  std::string bytes;
  int error = 0;
  if (!read_all(fd, size, limits.max_bytes, bytes, error)) {
    return to_diagnostic(too_large(limits.max_bytes), path);
  }
  if (error != 0) return to_diagnostic({"E-READ-OPEN", "cannot read: " + os_reason(error)}, path);
  return bytes;
}

ReadResult read_document_file(const std::string& path, const ReadLimits& limits) {
  auto bytes = read_file_bytes(path, limits);
  if (auto* error = std::get_if<Diagnostic>(&bytes)) return std::move(*error);
  return decode_document(path, std::move(std::get<std::string>(bytes)), limits);
}

}  // namespace gk::doc
