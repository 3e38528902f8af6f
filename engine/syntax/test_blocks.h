// The rule text of a pack without its `test` blocks, for commands that only evaluate rules
// (check, scorecard, check --why): a `test … { … }` block at the top level of a file becomes
// blank — its lines empty, the code points of its last line spaces — so that every other
// declaration keeps its line and column. Only for rule files known to parse cleanly (the
// built-in packs): a file whose blocks cannot be delimited is returned as it is.
#pragma once

#include <string>
#include <string_view>

namespace gk::syntax {

/// `text` with each top-level test block blanked (see above).
std::string without_test_blocks(std::string_view text);

}  // namespace gk::syntax
