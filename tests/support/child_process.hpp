#pragma once
// Child processes for the tests that run the built binaries: started with their output in a file,
// waited for with a deadline.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace motcua::test {

std::string read_file(const std::string& path);

// Starts `argv` with stdout and stderr both written to `log_path`; throws when it cannot start.
pid_t spawn_logged(const std::vector<std::string>& argv, const std::string& log_path);

// Waits for `pid` to exit, killing it once `timeout` has passed: the exit code, or -signal.
int wait_exit(pid_t pid, std::chrono::seconds timeout);

// Whether `pid` has exited (and is reaped).
bool exited(pid_t pid);

}  // namespace motcua::test
