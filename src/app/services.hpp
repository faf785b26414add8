#pragma once
#include <chrono>

#include "app/ports/clock.hpp"
#include "app/ports/crypto.hpp"
#include "app/ports/file_store.hpp"
#include "app/ports/printer.hpp"
#include "app/ports/store.hpp"

namespace motcua::app {

// Deployment settings that are not versioned rules (those live in the store's settings table).
struct Policy {
  int max_failed_logins = 5;                        // requirements §8: lockout after N failures
  std::chrono::minutes lockout{15};
  std::chrono::minutes session_idle{30};            // requirements §8: idle timeout 15–30 min
  std::chrono::hours session_max{12};
  long long max_file_bytes = 10LL * 1024 * 1024;    // per uploaded file
  long long max_dossier_bytes = 50LL * 1024 * 1024; // all files of one dossier
  bool demo = false;
};

// The ports a use case may call, bundled so handlers pass one thing.
struct Services {
  Store& store;
  FileStore& files;
  const Clock& clock;
  const Crypto& crypto;
  Policy policy;
  const Printer* printer = nullptr;  // absent where no PDF is ever drawn (tools, some tests)
};

}  // namespace motcua::app
