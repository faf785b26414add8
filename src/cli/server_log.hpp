#pragma once
// The server's log on standard output. A line per request must not cost a write(2) per request,
// so lines are gathered in memory and written out at least once a second, at once for warnings
// and errors, and when the server stops.
#include <memory>

namespace motcua::cli {

class ServerLog {
 public:
  ServerLog();   // makes the buffered log the default logger
  ~ServerLog();  // writes out what is left
  ServerLog(const ServerLog&) = delete;
  ServerLog& operator=(const ServerLog&) = delete;

  static void flush();  // e.g. after "listening on", which scripts wait for
};

}  // namespace motcua::cli
