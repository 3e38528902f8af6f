// What `gongkai explain RULE-ID` prints about one rule: its title, pack, category, severity,
// weight and basis, where it is written, what it reads (explain only), its text verbatim and
// its test cases. Also the help of each rule in the SARIF log.
#pragma once

#include <string>

#include "check/pack.h"
#include "syntax/language.h"

namespace gk::cli {

/// With `dependencies`, also the facts, parts, sections, tables and lists the rule reads.
std::string explain_rule(const check::Pack& pack, const check::Rule& rule, Language lang,
                         bool dependencies = false);

}  // namespace gk::cli
