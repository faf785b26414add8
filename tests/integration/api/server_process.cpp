#include "server_process.hpp"

#include <signal.h>

#include <regex>
#include <stdexcept>
#include <thread>

#include "http_client.hpp"
#include "support/child_process.hpp"

namespace motcua::test {
namespace {

using Clock = std::chrono::steady_clock;

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
  const auto pid = spawn_logged(argv, log_path);
  CommandResult result;
  result.exit_code = wait_exit(pid, timeout);
  result.output = read_file(log_path);
  return result;
}

ServerProcess::ServerProcess(const std::vector<std::string>& argv, std::string log_path,
                             std::chrono::seconds timeout)
    : log_path_(std::move(log_path)) {
  pid_ = spawn_logged(argv, log_path_);
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
