#pragma once
// What every subcommand opens: the store, the file store, the clock and the crypto, from the
// common options --data, --db, --file-store and --resources.
#include <memory>
#include <string>

#include "app/services.hpp"
#include "cli/arguments.hpp"
#include "printouts/unit_keyring.hpp"

namespace motcua::cli {

// Folders the binary reads at run time (templates, i18n, static, data/demo, the OpenAPI document).
// --resources, then $MOTCUA_RESOURCES, then the source tree the binary was built from.
std::string resource_dir(const Arguments& args);

struct Runtime {
  std::unique_ptr<app::Store> store;
  std::unique_ptr<app::FileStore> files;
  std::unique_ptr<app::Clock> clock;
  std::unique_ptr<app::Crypto> crypto;
  std::unique_ptr<app::Printer> printer;
  std::unique_ptr<app::Thumbnailer> thumbnailer;
  std::unique_ptr<app::QrEncoder> qr_encoder;
  std::unique_ptr<printouts::UnitKeyring> keyring;  // <data>/keys
  std::unique_ptr<app::DocumentSigner> signer;
  std::unique_ptr<app::LogSealer> log_sealer;
  std::unique_ptr<app::SpreadsheetWriter> spreadsheets;
  std::unique_ptr<app::Services> services;
};

// How many password hashes run at once and how many may wait (security/pooled_crypto.hpp).
struct HashingLimits {
  std::size_t threads = 1;
  std::size_t queue = 64;
};

// The root certificate's name when `motcua keys issue` creates it, unless --authority says.
inline constexpr const char* kDefaultAuthority = "motcua";

// Opens the store named by --db (PostgreSQL) or under --data (SQLite) and applies migrations.
// `store_connections`: the most a server database is asked for at once (0: the store's default).
Runtime open_runtime(const Arguments& args, HashingLimits hashing = {},
                     std::size_t store_connections = 0);

// Gives every unit without a signing key one (the demo province signs out of the box); returns
// how many were issued.
int issue_missing_keys(const Runtime& runtime);

// The options shared by every subcommand that touches the store.
const std::set<std::string>& store_options();

}  // namespace motcua::cli
