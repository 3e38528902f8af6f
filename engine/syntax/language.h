// The language of messages shown to the people who write rules: Chinese by default,
// English on request. Keyword spellings in rule files do not depend on it.
#pragma once

namespace gk {

/// Language of user-facing messages.
enum class Language { Zh, En };

}  // namespace gk
