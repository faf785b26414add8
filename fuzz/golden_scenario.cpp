// The golden-scenario reader (tests/golden_runner/scenario.hpp) on arbitrary text: every calendar,
// procedure, event and expectation line it accepts drives the core calendar, deadline clock and
// lifecycle, so malformed scenarios reach those with values no golden file uses.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "golden_runner/scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream text(std::string(reinterpret_cast<const char*>(data), size));
  motcua::core::run_scenario(text);
  return 0;
}
