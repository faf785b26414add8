#include "web/backoffice/forward_targets.hpp"

#include "app/dossier_flow.hpp"

namespace motcua::web::backoffice {

std::vector<ForwardTarget> forward_targets(app::Services& services,
                                           const app::DossierDetail& detail,
                                           const app::User& forwarding) {
  std::vector<ForwardTarget> units, users;
  services.store.read([&](app::Transaction& tx) {
    const auto all = tx.list_units();
    for (const auto& unit : all) {
      if (!app::unit_within(all, unit.id, detail.competent_unit.id)) continue;
      units.push_back({unit.code, unit.name + " (" + unit.code + ")", true});
      for (const auto& user : tx.list_users_of_unit(unit.id)) {
        if (!user.active || !user.is_official() || user.id == forwarding.id) continue;
        const auto& name = user.full_name.empty() ? user.username : user.full_name;
        users.push_back({user.username, name + " (" + user.username + ")", false});
      }
    }
  });
  units.insert(units.end(), users.begin(), users.end());
  return units;
}

}  // namespace motcua::web::backoffice
