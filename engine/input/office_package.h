// The parts of an Office Open XML file (DOCX, XLSX): a ZIP archive read from memory with
// libzip, each part's size checked before and while it is inflated (a ZIP bomb stops at the
// limit), and each XML part parsed with pugixml after refusing DOCTYPE and entity
// declarations (no entity is ever expanded).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "base/diagnostics.h"

namespace gk::input {

struct PackageLimits {
  size_t max_part_bytes = 64u << 20;    ///< one inflated part
  size_t max_total_bytes = 256u << 20;  ///< all parts read from one file
};

/// A ZIP archive held in memory. Errors are coded diagnostics naming the file:
/// E-OFFICE-DAMAGED (not a readable ZIP, a part missing or not well-formed XML),
/// E-OFFICE-TOO-LARGE (a part inflating past the limit), E-OFFICE-XML (a DOCTYPE or an
/// entity declaration).
class Package {
 public:
  /// Opens `bytes` (kept by the caller while the package lives); nullptr and `error` set
  /// when it is not a ZIP archive.
  static std::unique_ptr<Package> open(const std::string& bytes, const std::string& file, Diagnostic& error,
                                       PackageLimits limits = {});
  ~Package();

  bool has(const std::string& part) const;
  /// The part's bytes; nullopt and `error()` set when it is missing or too large.
  std::optional<std::string> read(const std::string& part);
  /// The part parsed as XML; nullopt and `error()` set on failure. A missing part that is
  /// `optional` gives an empty document and no error.
  std::optional<pugi::xml_document> xml(const std::string& part, bool optional = false);
  const Diagnostic& error() const { return error_; }

 private:
  Package() = default;
  void fail(std::string code, std::string message);

  struct Archive;
  std::unique_ptr<Archive> archive_;
  std::string file_;
  PackageLimits limits_;
  size_t total_ = 0;
  Diagnostic error_;
};

/// The text of an element's `w:t` / `t` descendants, in document order.
std::string text_of(const pugi::xml_node& node, const char* text_tag);

}  // namespace gk::input
