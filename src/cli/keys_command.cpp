// `motcua keys issue --unit CODE`: a unit's signing key and certificate under the province root
// (API.md "Signatures and verification").
#include <iostream>

#include "app/errors.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/runtime.hpp"
#include "core/time.hpp"

namespace motcua::cli {
namespace {

constexpr const char* kKeysHelp = R"(Usage: motcua keys issue --unit CODE [--authority NAME]
                        [--data DIR | --db URL]
Creates or renews the signing key and certificate of a unit (its electronic identifier), under the
province's root certificate in <data>/keys. The first issue creates the root, named by --authority
("UBND tỉnh …"). Documents signed with an earlier key keep verifying after a renewal.
)";

std::optional<core::Unit> find_unit(app::Services& services, const std::string& code) {
  std::optional<core::Unit> found;
  services.store.read([&](app::Transaction& tx) {
    for (const auto& unit : tx.list_units())
      if (unit.code == code) found = unit;
  });
  return found;
}

}  // namespace

int issue_missing_keys(const Runtime& runtime) {
  int issued = 0;
  std::vector<core::Unit> units;
  runtime.services->store.read([&](app::Transaction& tx) { units = tx.list_units(); });
  for (const auto& unit : units) {
    if (runtime.keyring->has(unit.code)) continue;
    runtime.keyring->issue(unit.code, unit.name, runtime.clock->now());
    ++issued;
  }
  return issued;
}

int keys_command(const std::vector<std::string>& words) {
  if (wants_help(words, kKeysHelp)) return 0;
  auto options = store_options();
  options.insert({"unit", "authority"});
  Arguments args(words, options, {});
  if (args.positional().size() != 1 || args.positional()[0] != "issue" || !args.value("unit")) {
    std::cerr << kKeysHelp;
    return 2;
  }
  auto runtime = open_runtime(args);
  const auto code = *args.value("unit");
  const auto unit = find_unit(*runtime.services, code);
  if (!unit) {
    std::cerr << "no unit with the code " << code << "\n";
    return 1;
  }
  const auto issued = runtime.keyring->issue(unit->code, unit->name, runtime.clock->now());
  std::cout << "issued a key for " << unit->code << " (" << issued.subject << "), certificate "
            << issued.serial << ", valid until " << core::format_iso(issued.not_after) << "\n";
  return 0;
}

}  // namespace motcua::cli
