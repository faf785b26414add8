#include "sim_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace motcua::test {
namespace {

using SteadyClock = std::chrono::steady_clock;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

pid_t spawn(std::vector<std::string> argv, const std::string& directory) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, (directory + "/stdout").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, (directory + "/stderr").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (auto& arg : argv) args.push_back(arg.data());
  args.push_back(nullptr);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) throw std::runtime_error("cannot start " + argv[0]);
  return pid;
}

int exit_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
}

}  // namespace

SimProcess::SimProcess(const std::vector<std::string>& arguments, std::chrono::seconds timeout) {
  char pattern[] = "/tmp/motcua-sim-test-XXXXXX";
  if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("cannot make a temporary folder");
  directory_ = pattern;
  std::vector<std::string> argv{MOTCUA_SIM_BINARY, "--port", "0"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  pid_ = spawn(argv, directory_);
  static const std::regex kListening(R"(motcua-sim listening on (http://[0-9.]+:[0-9]+))");
  const auto deadline = SteadyClock::now() + timeout;
  while (SteadyClock::now() < deadline) {
    std::smatch match;
    const auto text = read_text(directory_ + "/stdout");
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
  const auto deadline = SteadyClock::now() + timeout;
  int status = 0;
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (SteadyClock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pid_ = -1;
  return exit_code(status);
}

std::string SimProcess::output() const {
  return read_text(directory_ + "/stdout") + read_text(directory_ + "/stderr");
}

}  // namespace motcua::test
