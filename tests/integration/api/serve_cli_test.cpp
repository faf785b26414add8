// `motcua serve` refused its port: the operator reads why and the process ends with status 1,
// instead of dying on the log it had already closed.
#include <chrono>
#include <string>

#include "api_environment.hpp"
#include "server_process.hpp"

namespace motcua::test {
namespace {

TEST(ServeCli, AServerWhosePortIsTakenSaysSoAndExits) {
  auto& environment = test::environment();
  const auto folder = environment.data_dir() + "/port-taken";
  std::vector<std::string> argv{MOTCUA_BINARY, "serve", "--port",
                                std::to_string(environment.port())};
  for (const auto& arg : environment.separate_store(folder)) argv.push_back(arg);
  const auto result = run_command(argv, folder + ".log", std::chrono::seconds(60));
  EXPECT_EQ(result.exit_code, 1) << result.output;
  EXPECT_NE(result.output.find("motcua serve:"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace motcua::test
