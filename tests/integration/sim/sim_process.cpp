#include "sim_process.hpp"

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <stdexcept>
#include <thread>

#include "support/child_process.hpp"

namespace motcua::test {

using SteadyClock = std::chrono::steady_clock;

SimProcess::SimProcess(const std::vector<std::string>& arguments, std::chrono::seconds timeout) {
  char pattern[] = "/tmp/motcua-sim-test-XXXXXX";
  if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("cannot make a temporary folder");
  directory_ = pattern;
  std::vector<std::string> argv{MOTCUA_SIM_BINARY, "--port", "0"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  pid_ = spawn_logged(argv, directory_ + "/output");
  static const std::regex kListening(R"(motcua-sim listening on (http://[0-9.]+:[0-9]+))");
  const auto deadline = SteadyClock::now() + timeout;
  while (SteadyClock::now() < deadline) {
    std::smatch match;
    const auto text = output();
    if (std::regex_search(text, match, kListening)) {
      url_ = match[1];
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const auto printed = output();
  stop();
  throw std::runtime_error("motcua-sim did not start:\n" + printed);
}

SimProcess::~SimProcess() {
  stop();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

int SimProcess::stop(std::chrono::seconds timeout) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  const int code = wait_exit(pid_, timeout);
  pid_ = -1;
  return code;
}

std::string SimProcess::output() const { return read_file(directory_ + "/output"); }

}  // namespace motcua::test
