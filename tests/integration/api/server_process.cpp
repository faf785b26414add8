#include "server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "http_client.hpp"

extern char** environ;

namespace motcua::test {
namespace {

using Clock = std::chrono::steady_clock;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

pid_t spawn(const std::vector<std::string>& argv, const std::string& log_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) throw std::runtime_error("cannot start " + argv[0]);
  return pid;
}

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return -1;
}

// Waits for `pid` to exit; kills it once `timeout` has passed.
int wait_exit(pid_t pid, std::chrono::seconds timeout) {
  const auto deadline = Clock::now() + timeout;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return decode_status(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return decode_status(status);
}

bool exited(pid_t pid) {
  int status = 0;
  return ::waitpid(pid, &status, WNOHANG) == pid;
}

bool healthy(unsigned short port) {
  try {
    return HttpClient(port).send({"GET", "/healthz", {}, ""}).status == 200;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, const std::string& log_path,
                          std::chrono::seconds timeout) {
  const auto pid = spawn(argv, log_path);
  CommandResult result;
  result.exit_code = wait_exit(pid, timeout);
  result.output = read_file(log_path);
  return result;
}

ServerProcess::ServerProcess(const std::vector<std::string>& argv, std::string log_path,
                             std::chrono::seconds timeout)
    : log_path_(std::move(log_path)) {
  pid_ = spawn(argv, log_path_);
  const auto deadline = Clock::now() + timeout;
  static const std::regex kListening(R"(listening on http://[0-9.]+:([0-9]+)/)");
  while (Clock::now() < deadline) {
    std::smatch match;
    const auto text = log();
    if (port_ == 0 && std::regex_search(text, match, kListening))
      port_ = static_cast<unsigned short>(std::stoi(match[1]));
    if (port_ != 0 && healthy(port_)) return;
    if (exited(pid_)) {
      pid_ = -1;
      throw std::runtime_error("the server exited while starting:\n" + log());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  stop(std::chrono::seconds(5));
  throw std::runtime_error("the server did not become ready:\n" + log());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(std::chrono::seconds(10));
}

int ServerProcess::stop(std::chrono::seconds timeout) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  const int code = wait_exit(pid_, timeout);
  pid_ = -1;
  return code;
}

std::string ServerProcess::log() const { return read_file(log_path_); }

void ServerProcess::kill() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  wait_exit(pid_, std::chrono::seconds(10));
  pid_ = -1;
}

}  // namespace motcua::test
