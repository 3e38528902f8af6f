// `gongkai inspect FILE… [--json]`: prints the document model.
#include "commands.h"

namespace gk::cli {

int cmd_inspect(const Args&) { return kExitError; }

}  // namespace gk::cli
