#pragma once
// The built motcua-sim as a child process, started the way motcua's own tests and scripts run it.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace motcua::test {

class SimProcess {
 public:
  // Starts motcua-sim --port 0 with `arguments` and waits for its "listening on" line; throws
  // with what it printed if the line does not come within `timeout`.
  explicit SimProcess(const std::vector<std::string>& arguments,
                      std::chrono::seconds timeout = std::chrono::seconds(30));
  ~SimProcess();
  SimProcess(const SimProcess&) = delete;
  SimProcess& operator=(const SimProcess&) = delete;

  const std::string& url() const { return url_; }  // http://127.0.0.1:PORT
  // SIGTERM and wait; the exit code, or -signal when it had to be killed.
  int stop(std::chrono::seconds timeout = std::chrono::seconds(10));

 private:
  std::string output() const;

  pid_t pid_ = -1;
  std::string directory_;
  std::string url_;
};

}  // namespace motcua::test
