#pragma once
// The real `motcua` binary as a child process, as integrators run it.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace motcua::test {

struct CommandResult {
  int exit_code = -1;  // the exit status, or -signal when killed
  std::string output;  // stdout and stderr together
};

// Runs a command to completion (killed after `timeout`).
CommandResult run_command(const std::vector<std::string>& argv, const std::string& log_path,
                          std::chrono::seconds timeout);

class ServerProcess {
 public:
  // Starts `argv` with stdout and stderr in `log_path` and waits until it logs its port and
  // answers /healthz; throws if it does not within `timeout`.
  ServerProcess(const std::vector<std::string>& argv, std::string log_path,
                std::chrono::seconds timeout);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  unsigned short port() const { return port_; }
  // SIGTERM, then waits for the exit; returns the exit code (-signal if it was killed).
  int stop(std::chrono::seconds timeout);
  std::string log() const;
  // SIGKILL, as a crash or a power cut would end it: nothing is flushed or drained.
  void kill();

 private:
  pid_t pid_ = -1;
  std::string log_path_;
  unsigned short port_ = 0;
};

}  // namespace motcua::test
