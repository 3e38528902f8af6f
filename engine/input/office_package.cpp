#include "input/office_package.h"

#include <zip.h>

namespace gk::input {

struct Package::Archive {
  zip_t* zip = nullptr;
  ~Archive() {
    if (zip) zip_discard(zip);
  }
};

Package::~Package() = default;

void Package::fail(std::string code, std::string message) {
  error_ = file_error(std::move(code), std::move(message), file_);
}

std::unique_ptr<Package> Package::open(const std::string& bytes, const std::string& file, Diagnostic& error,
                                       PackageLimits limits) {
  std::unique_ptr<Package> package(new Package);
  package->file_ = file;
  package->limits_ = limits;
  package->archive_ = std::make_unique<Archive>();
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  if (source) package->archive_->zip = zip_open_from_source(source, ZIP_RDONLY, &zip_error);
  if (!package->archive_->zip) {
    if (source) zip_source_free(source);
    zip_error_fini(&zip_error);
    error.code = "E-OFFICE-DAMAGED";
    error.message = "not a readable ZIP archive (a DOCX or XLSX file is one)";
    error.file = file;
    return nullptr;
  }
  zip_error_fini(&zip_error);
  return package;
}

bool Package::has(const std::string& part) const { return zip_name_locate(archive_->zip, part.c_str(), 0) >= 0; }

std::optional<std::string> Package::read(const std::string& part) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_->zip, part.c_str(), 0, &stat) != 0) {
    fail("E-OFFICE-DAMAGED", "the part " + part + " is missing");
    return std::nullopt;
  }
  // The size the archive declares is checked first; the bytes inflated are counted too,
  // since a crafted archive may declare less than it holds.
  const size_t limit = std::min(limits_.max_part_bytes, limits_.max_total_bytes - total_);
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) {
    fail("E-OFFICE-TOO-LARGE", "the part " + part + " inflates to " + std::to_string(stat.size) +
                                   " bytes, over the limit of " + std::to_string(limit));
    return std::nullopt;
  }
  zip_file_t* entry = zip_fopen(archive_->zip, part.c_str(), 0);
  if (!entry) {
    fail("E-OFFICE-DAMAGED", "the part " + part + " cannot be read");
    return std::nullopt;
  }
  std::string out;
  char buffer[65536];
  zip_int64_t got;
  while ((got = zip_fread(entry, buffer, sizeof buffer)) > 0) {
    out.append(buffer, static_cast<size_t>(got));
    if (out.size() > limit) break;
  }
  zip_fclose(entry);
  if (out.size() > limit) {
    fail("E-OFFICE-TOO-LARGE", "the part " + part + " inflates past the limit of " + std::to_string(limit) + " bytes");
    return std::nullopt;
  }
  if (got < 0) {
    fail("E-OFFICE-DAMAGED", "the part " + part + " is damaged");
    return std::nullopt;
  }
  total_ += out.size();
  return out;
}

std::optional<pugi::xml_document> Package::xml(const std::string& part, bool optional) {
  if (optional && !has(part)) return pugi::xml_document();
  auto bytes = read(part);
  if (!bytes) return std::nullopt;
  if (bytes->find("<!DOCTYPE") != std::string::npos || bytes->find("<!ENTITY") != std::string::npos) {
    fail("E-OFFICE-XML", "the part " + part + " declares a DOCTYPE or entities, which Office files never do");
    return std::nullopt;
  }
  pugi::xml_document doc;
  const auto result = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!result) {
    fail("E-OFFICE-DAMAGED", "the part " + part + " is not well-formed XML: " + result.description());
    return std::nullopt;
  }
  return doc;
}

std::string text_of(const pugi::xml_node& node, const char* text_tag) {
  std::string out;
  for (const auto& t : node.select_nodes((std::string(".//") + text_tag).c_str())) out += t.node().text().get();
  return out;
}

}  // namespace gk::input
