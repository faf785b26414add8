// Runs every golden scenario in tests/golden/*.txt (format: tests/golden/README.md). Each file is
// one test case: a calendar and a procedure, then timed events and the expected state after them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "golden_runner/scenario.hpp"
#include "test_paths.hpp"

namespace motcua::core {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> scenario_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(MOTCUA_TEST_DIR) / "golden"))
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string test_name(const testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class Golden : public testing::TestWithParam<fs::path> {};

TEST_P(Golden, Scenario) {
  const auto& path = GetParam();
  std::ifstream text(path);
  ASSERT_TRUE(text) << "cannot read " << path;
  for (const auto& failure : run_scenario(text))
    ADD_FAILURE_AT(path.string().c_str(), failure.line)
        << path.filename().string() << ":" << failure.line << ": " << failure.message;
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, testing::ValuesIn(scenario_files()), test_name);

TEST(GoldenFiles, AtLeastTwentyFive) { EXPECT_GE(scenario_files().size(), 25u); }

}  // namespace
}  // namespace motcua::core
