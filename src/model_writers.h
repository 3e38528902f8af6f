// Writers of the document model for `gongkai inspect`: a stable, readable text dump (also
// the golden-test format) and the documented JSON form (docs/document-model-json.md).
#pragma once

#include <string>

#include "document/model.h"
#include "json_writer.h"

namespace gk::cli {

std::string render_model_text(const doc::Document& doc);
void write_model_json(JsonWriter& json, const doc::Document& doc);

}  // namespace gk::cli
