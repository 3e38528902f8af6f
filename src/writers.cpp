#include "writers.h"

namespace gk::cli {
namespace {

struct Format {
  std::string_view command;
  std::string_view name;
  std::unique_ptr<ReportWriter> (*make)(std::FILE*);
};

constexpr Format kFormats[] = {
    {"check", "text", findings_text_writer},
    {"check", "json", findings_json_writer},
    {"check", "sarif", sarif_writer},
    {"check", "csv", findings_csv_writer},
    {"check", "html", html_writer},
    {"scorecard", "text", scorecard_text_writer},
    {"scorecard", "json", scorecard_json_writer},
    {"scorecard", "csv", scorecard_csv_writer},
    {"scorecard", "html", html_writer},
    {"scorecard", "sarif", sarif_writer},
};

}  // namespace

std::vector<std::string> formats_of(std::string_view command) {
  std::vector<std::string> out;
  for (const auto& f : kFormats)
    if (f.command == command) out.emplace_back(f.name);
  return out;
}

std::unique_ptr<ReportWriter> make_writer(std::string_view command, std::string_view format, std::FILE* out) {
  for (const auto& f : kFormats)
    if (f.command == command && f.name == format) return f.make(out);
  return nullptr;
}

}  // namespace gk::cli
