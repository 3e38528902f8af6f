// Tests for document/reader: encodings, line ends, and every rejection with its code and
// message, on bytes in memory and on real files (the examples among them).
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "document/reader.h"

namespace fs = std::filesystem;
using gk::Diagnostic;
using gk::SourceText;
using gk::doc::decode_document;
using gk::doc::read_document_file;
using gk::doc::ReadResult;

namespace {

SourceText text_of(ReadResult result) {
  if (const auto* d = std::get_if<Diagnostic>(&result)) FAIL("unexpected diagnostic: " << d->message);
  return std::get<SourceText>(std::move(result));
}

Diagnostic error_of(ReadResult result) {
  REQUIRE(std::holds_alternative<Diagnostic>(result));
  auto d = std::get<Diagnostic>(std::move(result));
  CHECK(d.severity == gk::Severity::Error);
  return d;
}

std::string convert(const char* to, const char* from, std::string_view bytes) {
  std::string out(bytes.size() * 4 + 8, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

/// A scratch directory removed at the end of the test.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("gk-reader-test-" + std::to_string(::getpid()));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() { fs::remove_all(path); }
  std::string write(const std::string& name, std::string_view bytes) const {
    std::ofstream(path / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return (path / name).string();
  }
};

}  // namespace

TEST_CASE("reader: UTF-8 passes through") {
  const auto& s = text_of(decode_document("a.txt", "部门决算\n第一部分"));
  CHECK(s.text() == "部门决算\n第一部分");
  CHECK(s.encoding() == "UTF-8");
  CHECK(s.name() == "a.txt");
}

TEST_CASE("reader: a UTF-8 byte order mark is stripped") {
  const auto& s = text_of(decode_document("a.txt", "\xEF\xBB\xBF部门决算"));
  CHECK(s.text() == "部门决算");
  CHECK(s.encoding() == "UTF-8 with BOM");
}

TEST_CASE("reader: UTF-16 with a byte order mark") {
  const std::string text = "部门决算 2024\n（一）";
  const auto le = text_of(decode_document("le.txt", "\xFF\xFE" + convert("UTF-16LE", "UTF-8", text)));
  CHECK(le.text() == text);
  CHECK(le.encoding() == "UTF-16LE");
  const auto be = text_of(decode_document("be.txt", "\xFE\xFF" + convert("UTF-16BE", "UTF-8", text)));
  CHECK(be.text() == text);
  CHECK(be.encoding() == "UTF-16BE");
}

TEST_CASE("reader: broken UTF-16 names the offset") {
  // BOM, "部" (2 bytes), then a lone low surrogate.
  const std::string bytes = std::string("\xFF\xFE", 2) + convert("UTF-16LE", "UTF-8", "部") +
                            std::string("\x00\xDC", 2);
  const auto& d = error_of(decode_document("le.txt", bytes));
  CHECK(d.code == "E-READ-ENCODING");
  CHECK(d.message == "invalid UTF-16LE at offset 4");
}

TEST_CASE("reader: NUL characters in UTF-16 are binary") {
  const std::string bytes = std::string("\xFF\xFE", 2) + convert("UTF-16LE", "UTF-8", "ab") +
                            std::string("\x00\x00", 2);
  const auto& d = error_of(decode_document("le.txt", bytes));
  CHECK(d.code == "E-READ-BINARY");
  CHECK(d.message == "binary file (NUL character at offset 6); gongkai reads text documents");
}

TEST_CASE("reader: GB18030 is decoded when the bytes are not UTF-8") {
  const std::string text = "部门决算\n一、收入支出决算总表 306.88万元";
  const std::string bytes = convert("GB18030", "UTF-8", text);
  REQUIRE(bytes != text);
  const auto& s = text_of(decode_document("gb.txt", bytes));
  CHECK(s.text() == text);
  CHECK(s.encoding() == "GB18030");
}

TEST_CASE("reader: CRLF and lone CR become LF") {
  const auto& s = text_of(decode_document("a.txt", "一\r\n二\r三\n\r\n四\r"));
  CHECK(s.text() == "一\n二\n三\n\n四\n");
  CHECK(s.line_text(2) == "二");
}

TEST_CASE("reader: empty and whitespace-only input") {
  const auto& empty = error_of(decode_document("e.txt", ""));
  CHECK(empty.code == "E-READ-EMPTY");
  CHECK(empty.message == "empty file");
  CHECK(empty.file == "e.txt");
  CHECK(empty.location.line == 0);
  const auto& blank = error_of(decode_document("w.txt", " \t\r\n\u3000\n"));
  CHECK(blank.code == "E-READ-EMPTY");
  CHECK(blank.message == "no text (whitespace only)");
}

TEST_CASE("reader: binary input") {
  const auto& nul = error_of(decode_document("b.bin", std::string("abc\0def", 7)));
  CHECK(nul.code == "E-READ-BINARY");
  CHECK(nul.message == "binary file (NUL byte at offset 3); gongkai reads text documents");
  const auto& controls = error_of(decode_document("c.bin", "ab\x01\x02\x03\x1b text"));
  CHECK(controls.code == "E-READ-BINARY");
  CHECK(controls.message == "binary file (control byte 0x01 at offset 2); gongkai reads text documents");
  // A form feed (a page break in text converted from PDF) is read; any other single control
  // character, which would reach a terminal, is refused with its name and offset.
  std::string text(300, 'x');
  text += "\f";
  CHECK(std::holds_alternative<SourceText>(decode_document("t.txt", text)));
  for (const auto& [byte, name] : std::vector<std::pair<char, std::string>>{
           {'\x1b', "ESC"}, {'\x07', "BEL"}, {'\x01', "SOH"}, {'\x08', "BS"}, {'\x0b', "VT"}, {'\x7f', "DEL"}}) {
    const auto& stray = error_of(decode_document("s.txt", text + byte + "]0;title"));
    CHECK(stray.code == "E-READ-CONTROL");
    CHECK(stray.message == fmt::format("control byte 0x{:02X} ({}) at offset 301; a document may contain tabs, line "
                                       "ends and form feeds, no other control characters",
                                       static_cast<unsigned char>(byte), name));
  }
  // In UTF-16 too, and a DEL among plain text found by the word-at-a-time scan.
  const std::string utf16 = std::string("\xFF\xFE", 2) + convert("UTF-16LE", "UTF-8", text + "\x1b");
  CHECK(error_of(decode_document("u.txt", utf16)).code == "E-READ-CONTROL");
  CHECK(error_of(decode_document("d.txt", std::string(64, 'a') + "\x7f" + std::string(64, 'b'))).message.starts_with(
      "control byte 0x7F (DEL) at offset 64"));
}

TEST_CASE("reader: bytes that are neither UTF-8 nor GB18030") {
  const auto& d = error_of(decode_document("x.txt", "\xff\xff\xff"));
  CHECK(d.code == "E-READ-ENCODING");
  CHECK(d.message == "neither UTF-8 nor GB18030: invalid byte 0xFF at offset 0");
  const auto& later = error_of(decode_document("y.txt", "abc\x80"));
  CHECK(later.message == "neither UTF-8 nor GB18030: invalid byte 0x80 at offset 3");
}

TEST_CASE("reader: UTF-8 cut off in the middle of a character is damaged UTF-8") {
  // "部门决算" then the first two bytes of "决": GB18030 would accept these bytes as
  // nonsense, so a valid UTF-8 prefix with multi-byte characters decides the encoding.
  const auto& d = error_of(decode_document("t.txt", "部门决算\xE5\x86"));
  CHECK(d.code == "E-READ-ENCODING");
  CHECK(d.message == "invalid UTF-8: incomplete character at the end of the file (offset 12)");
  // Damage in the middle of a long UTF-8 text.
  const auto& mid = error_of(decode_document("m.txt", "部门决算收入支出决算总表\xFF结束"));
  CHECK(mid.message == "invalid UTF-8: byte 0xFF at offset 36");
  // With a UTF-8 byte order mark there is no doubt; offsets count the mark.
  const auto& bom = error_of(decode_document("b.txt", "\xEF\xBB\xBF" "ab\xFF"));
  CHECK(bom.message == "invalid UTF-8: byte 0xFF at offset 5");
  // Too little UTF-8 evidence: the bytes are valid GB18030 and read as such.
  const auto& gb = text_of(decode_document("g.txt", "a\xE5\x86"));
  CHECK(gb.encoding() == "GB18030");
}

TEST_CASE("reader: over-long lines and oversized input") {
  gk::doc::ReadLimits limits;
  limits.max_line_bytes = 10;
  const auto& line = error_of(decode_document("l.txt", "short\r\nshort\n0123456789ABC\n", limits));
  CHECK(line.code == "E-READ-TOO-LARGE");
  CHECK(line.message == "line 3 is too long: 13 bytes (limit 10)");
  CHECK(line.location.line == 3);
  limits.max_bytes = 4;
  const auto& big = error_of(decode_document("b.txt", "12345", limits));
  CHECK(big.code == "E-READ-TOO-LARGE");
  CHECK(big.message == "file too large: 5 bytes (limit 4)");
}

TEST_CASE("reader: files") {
  ScratchDir dir;
  const std::string path = dir.write("doc.txt", "\xEF\xBB\xBF部门决算\r\n");
  const auto& s = text_of(read_document_file(path));
  CHECK(s.text() == "部门决算\n");
  CHECK(s.name() == path);

  gk::doc::ReadLimits limits;
  limits.max_bytes = 8;
  const auto& big = error_of(read_document_file(path, limits));
  CHECK(big.code == "E-READ-TOO-LARGE");
  CHECK(big.message == "file too large: 17 bytes (limit 8)");

  const auto& empty = error_of(read_document_file(dir.write("empty.txt", "")));
  CHECK(empty.code == "E-READ-EMPTY");
}

TEST_CASE("reader: a directory and a missing file cannot be opened") {
  ScratchDir dir;
  const auto& d = error_of(read_document_file(dir.path.string()));
  CHECK(d.code == "E-READ-OPEN");
  CHECK(d.message == "cannot open: Is a directory");
  CHECK(d.file == dir.path.string());
  CHECK(d.location.line == 0);
  const std::string missing = (dir.path / "missing.txt").string();
  const auto& m = error_of(read_document_file(missing));
  CHECK(m.code == "E-READ-OPEN");
  CHECK(m.message == "cannot open: No such file or directory");
  CHECK(m.file == missing);
}

TEST_CASE("reader: a pipe with no writer is refused at once, not waited on") {
  ScratchDir dir;
  const std::string fifo = (dir.path / "pipe.txt").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto& d = error_of(read_document_file(fifo));  // would block forever in a blocking open
  CHECK(d.code == "E-READ-OPEN");
  CHECK(d.message == "cannot open: not a regular file (a pipe)");
  const auto& device = error_of(read_document_file("/dev/null"));
  CHECK(device.message == "cannot open: not a regular file (a device)");
}

TEST_CASE("reader: every example reads as UTF-8") {
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(GK_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    CAPTURE(entry.path().string());
    const auto& s = text_of(read_document_file(entry.path().string()));
    CHECK(s.encoding() == "UTF-8");
    CHECK(s.text().find('\r') == std::string::npos);
    CHECK(s.line_count() > 50);
    ++count;
  }
  CHECK(count >= 5);
}
