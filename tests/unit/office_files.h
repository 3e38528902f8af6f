// Test helper: small real DOCX and XLSX files written with libzip from a list of parts
// (name → XML), so the readers are tested on archives as Word and Excel write them.
#pragma once

#include <unistd.h>
#include <zip.h>

#include <cstdlib>

#include <cstdio>
#include <map>
#include <string>

#include <doctest/doctest.h>

namespace gk::test {

/// The bytes of a ZIP archive holding `parts` (deflated).
inline std::string make_zip(const std::map<std::string, std::string>& parts) {
  char path[] = "/tmp/gongkai-test-zip-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  close(fd);
  int error = 0;
  zip_t* zip = zip_open(path, ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
  std::FILE* in = std::fopen(path, "rb");
  REQUIRE(in != nullptr);
  std::string bytes;
  char buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, in)) > 0) bytes.append(buffer, got);
  std::fclose(in);
  std::remove(path);
  return bytes;
}

inline const char* const kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

/// A DOCX whose body is `body` (w:p and w:tbl elements) and numbering `numbering`.
inline std::string make_docx(const std::string& body, const std::string& numbering = "",
                             const std::string& styles = "") {
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
  parts["word/document.xml"] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") +
                               kWordNamespaces + "><w:body>" + body + "</w:body></w:document>";
  if (!numbering.empty()) {
    parts["word/numbering.xml"] = std::string("<?xml version=\"1.0\"?><w:numbering ") + kWordNamespaces + ">" +
                                  numbering + "</w:numbering>";
  }
  if (!styles.empty()) {
    parts["word/styles.xml"] = std::string("<?xml version=\"1.0\"?><w:styles ") + kWordNamespaces + ">" + styles +
                               "</w:styles>";
  }
  return make_zip(parts);
}

/// An XLSX of one sheet named `name` with `sheet_data` (row elements), shared strings and
/// styles (cellXfs) as given, and `merges` (mergeCell elements).
inline std::string make_xlsx(const std::string& name, const std::string& sheet_data, const std::string& strings,
                             const std::string& styles, const std::string& merges = "") {
  const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
  parts["xl/workbook.xml"] = "<?xml version=\"1.0\"?><workbook " + ns + "><sheets><sheet name=\"" + name +
                             "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] =
      "<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
  parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst " + ns + ">" + strings + "</sst>";
  parts["xl/styles.xml"] = "<?xml version=\"1.0\"?><styleSheet " + ns + ">" + styles + "</styleSheet>";
  parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" + sheet_data +
                                      "</sheetData>" + (merges.empty() ? "" : "<mergeCells>" + merges + "</mergeCells>") +
                                      "</worksheet>";
  return make_zip(parts);
}

}  // namespace gk::test
