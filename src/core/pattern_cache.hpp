#pragma once
// Compiled form patterns, kept: compiling a std::regex costs far more than matching one, and the
// same few patterns of the catalog are checked on every save and submission.
#include <memory>
#include <regex>
#include <string>

namespace motcua::core {

// The ECMAScript expression `pattern`, compiled once and shared (matching through a const regex is
// safe from several threads); nullptr when it does not compile. The cache holds a bounded number
// of patterns, so definitions that keep changing cannot grow it without end.
std::shared_ptr<const std::regex> compiled_pattern(const std::string& pattern);

}  // namespace motcua::core
