#pragma once
// The reader of golden scenarios (format: tests/golden/README.md): it plays one scenario's events
// on the core calendar, clock and lifecycle and collects every expectation that does not hold. The
// golden tests run it on tests/golden/*.txt; the fuzz build runs it on arbitrary text.
#include <istream>
#include <string>
#include <vector>

namespace motcua::core {

struct ScenarioFailure {
  int line = 0;  // 1-based line of the scenario text
  std::string message;
};

// Every failed expectation, in order; a malformed line ends the run with one last failure.
std::vector<ScenarioFailure> run_scenario(std::istream& text);

}  // namespace motcua::core
