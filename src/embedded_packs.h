// The rule packs shipped inside the binary (generated from rules/ at build time).
#pragma once

#include <span>
#include <string_view>

namespace gk {

struct EmbeddedFile {
  std::string_view path;     ///< relative to rules/, e.g. "juesuan/completeness.gk"
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_packs();

}  // namespace gk
