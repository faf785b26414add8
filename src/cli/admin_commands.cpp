#include <iostream>

#include "app/accounts.hpp"
#include "app/administration.hpp"
#include "app/errors.hpp"
#include "app/password_policy.hpp"
#include "cli/commands.hpp"
#include "cli/demo_loader.hpp"
#include "cli/runtime.hpp"

namespace motcua::cli {
namespace {

constexpr const char* kMigrateHelp = R"(Usage: motcua migrate [--data DIR | --db URL]
Applies the numbered database migrations that have not run yet.
)";

constexpr const char* kSeedHelp = R"(Usage: motcua seed-demo [--data DIR | --db URL]
Loads the demo province: units, procedures, holidays and the demo accounts (idempotent).
)";

constexpr const char* kUserHelp = R"(Usage: motcua user add --username NAME [--password PASS]
                       --role ROLE [--role ROLE…] [--unit CODE] [--name "Full name"] [--email E]
                       [--data DIR | --db URL]
Creates an official or administrator account. Roles: citizen, business, reception, specialist,
leader, admin. Officials need --unit, the electronic identifier of their unit. Without --password a
random one is made and printed. Either way the user must change it at first login.
)";

constexpr const char* kAuditHelp = R"(Usage: motcua audit verify [--data DIR | --db URL]
Recomputes every dossier's event hash chain, replays it against the status row, and names every
break. Exits 1 if any is found.
)";

}  // namespace

int migrate_command(const std::vector<std::string>& words) {
  if (wants_help(words, kMigrateHelp)) return 0;
  Arguments args(words, store_options(), {});
  auto runtime = open_runtime(args);
  std::cout << "migrations up to date (" << runtime.store->kind() << ")\n";
  return 0;
}

int seed_demo_command(const std::vector<std::string>& words) {
  if (wants_help(words, kSeedHelp)) return 0;
  Arguments args(words, store_options(), {});
  auto runtime = open_runtime(args);
  const auto summary = load_demo(*runtime.services, resource_dir(args));
  issue_missing_keys(runtime);
  std::cout << "demo province: " << summary.units << " units, " << summary.procedures
            << " procedures, " << summary.accounts_created << " new accounts\n";
  return 0;
}

int user_command(const std::vector<std::string>& words) {
  if (wants_help(words, kUserHelp)) return 0;
  auto options = store_options();
  options.insert({"username", "password", "role", "unit", "name", "email"});
  Arguments args(words, options, {});
  if (args.positional().size() != 1 || args.positional()[0] != "add") {
    std::cerr << kUserHelp;
    return 2;
  }
  app::NewUser user{args.value_or("username", ""),
                    args.value_or("password", ""),
                    args.value_or("name", ""),
                    args.value_or("email", ""),
                    {},
                    args.value_or("unit", "")};
  for (const auto& name : args.values("role")) {
    auto role = core::parse_role(name);
    if (!role) {
      std::cerr << "unknown role: " << name << "\n";
      return 2;
    }
    user.roles.push_back(*role);
  }
  auto runtime = open_runtime(args);
  const bool generated = user.password.empty();
  if (generated) user.password = app::random_initial_password(runtime.services->crypto);
  try {
    app::Accounts(*runtime.services).create_user(user, "cli");
  } catch (const app::AppError& error) {
    std::cerr << "user not created: " << error.code() << "\n";
    for (const auto& [field, key] : error.fields())
      std::cerr << "  " << field << ": " << key << "\n";
    return 1;
  }
  std::cout << "user " << user.username
            << " created; the password must be changed at first login\n";
  if (generated) std::cout << "initial password: " << user.password << "\n";
  return 0;
}

int audit_command(const std::vector<std::string>& words) {
  if (wants_help(words, kAuditHelp)) return 0;
  Arguments args(words, store_options(), {});
  if (args.positional().size() != 1 || args.positional()[0] != "verify") {
    std::cerr << kAuditHelp;
    return 2;
  }
  auto runtime = open_runtime(args);
  const auto problems = app::verify_event_chains(*runtime.services);
  for (const auto& problem : problems) {
    std::cout << "BROKEN " << problem.dossier << " at event " << problem.seq << ": "
              << problem.reason << "\n";
  }
  if (problems.empty()) std::cout << "all event chains verified\n";
  return problems.empty() ? 0 : 1;
}

}  // namespace motcua::cli
