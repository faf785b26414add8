#include "app/demo_seed.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/accounts.hpp"
#include "app/errors.hpp"
#include "app/handling_rules_admin.hpp"
#include "app/procedure_json.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

core::Unit unit_from_json(const json& j) {
  core::Unit unit;
  unit.code = j.at("code").get<std::string>();
  unit.name = j.at("name").get<std::string>();
  unit.kind = core::parse_unit_kind(j.value("kind", "agency")).value_or(core::UnitKind::agency);
  unit.receives_for_province = j.value("receives_for_province", false);
  unit.address = j.value("address", "");
  unit.phone = j.value("phone", "");
  unit.email = j.value("email", "");
  return unit;
}

int seed_units(Transaction& tx, const json& units) {
  // Parents first: the file lists them before their children, but resolve by code to be sure.
  int count = 0;
  for (int pass = 0; pass < 4; ++pass) {
    for (const auto& j : units) {
      auto unit = unit_from_json(j);
      const auto parent =
          j.value("parent", json()).is_string() ? j["parent"].get<std::string>() : "";
      if (!parent.empty()) {
        auto found = tx.find_unit_by_code(parent);
        if (!found) continue;
        unit.parent_id = found->id;
      }
      tx.upsert_unit(unit);
      if (pass == 0) ++count;
    }
  }
  return count;
}

int seed_procedures(Transaction& tx, const json& procedures) {
  int count = 0;
  for (const auto& j : procedures) {
    auto procedure = procedure_from_json(j);
    if (auto agency = tx.find_unit_by_code(procedure.agency_code))
      procedure.agency_name = agency->name;
    tx.save_procedure(procedure);
    ++count;
  }
  return count;
}

void seed_calendar(Transaction& tx, const json& calendar) {
  for (const auto& j : calendar.value("days", json::array())) {
    auto date = core::parse_date(j.at("date").get<std::string>());
    if (!date) throw std::invalid_argument("calendar date");
    const auto kind = j.value("kind", "holiday") == "make_up_working"
                          ? core::CalendarDayKind::make_up_working
                          : core::CalendarDayKind::holiday;
    tx.upsert_calendar_day({*date, j.value("name", ""), kind});
  }
  if (calendar.contains("periods"))
    tx.put_setting("calendar.periods", core::Instant{}, calendar["periods"].dump());
  // The law's handling rules as the first version of the data an administrator later revises.
  tx.put_setting("rules.handling", core::Instant{}, handling_rules_json({}).dump());
  if (calendar.contains("receiving_unit"))
    tx.put_setting("intake.receiving_unit", core::Instant{}, calendar["receiving_unit"].dump());
}

}  // namespace

const std::vector<DemoAccount>& demo_accounts() {
  static const std::vector<DemoAccount> accounts{
      {"congdan", core::Role::citizen, "", "Nguyễn Văn An"},
      {"doanhnghiep", core::Role::business, "", "Công ty TNHH Minh An Xanh"},
      {"tiepnhan", core::Role::reception, "H29.50", "Trần Thị Bình"},
      {"chuyenvien", core::Role::specialist, "H29.12.05", "Lê Văn Cường"},
      {"lanhdao", core::Role::leader, "H29.12.05", "Phạm Thị Dung"},
      // The liên thông service's other two agencies, and a leader who sees the whole province.
      {"congan", core::Role::specialist, "H29.20.05", "Đỗ Văn Hùng"},
      {"baohiem", core::Role::specialist, "H29.21.01", "Vũ Thị Lan"},
      {"lanhdaotinh", core::Role::leader, "H29", "Hoàng Minh Quân"},
      // Requirements §8: every account, the administrator's too, belongs to a unit.
      {"quantri", core::Role::admin, "H29.01", "Quản trị hệ thống"},
  };
  return accounts;
}

// Items the administrators have not made yet; their own names are kept across restarts.
void seed_catalogs(Transaction& tx, const json& catalogs) {
  for (const auto catalog : core::kReferenceCatalogs) {
    const auto items =
        catalogs.value(std::string(core::reference_catalog_name(catalog)), json::array());
    if (items.empty()) continue;
    const auto existing = tx.list_reference_items(catalog);
    for (const auto& j : items) {
      const core::ReferenceItem item{j.value("code", ""), j.value("name", "")};
      if (std::none_of(existing.begin(), existing.end(),
                       [&](const core::ReferenceItem& e) { return e.code == item.code; }))
        tx.upsert_reference_item(catalog, item);
    }
  }
}

SeedSummary seed_demo(Services& services, const DemoData& data) {
  SeedSummary summary;
  const auto units = json::parse(data.units_json);
  const auto procedures = json::parse(data.procedures_json);
  const auto calendar = json::parse(data.calendar_json);
  const auto catalogs =
      data.catalogs_json.empty() ? json::object() : json::parse(data.catalogs_json);
  services.store.write([&](Transaction& tx) {
    summary.units = seed_units(tx, units);
    summary.procedures = seed_procedures(tx, procedures);
    seed_calendar(tx, calendar);
    seed_catalogs(tx, catalogs);
  });
  Accounts accounts(services);
  for (const auto& account : demo_accounts()) {
    bool exists = false;
    services.store.read(
        [&](Transaction& tx) { exists = tx.find_user_by_username(account.username).has_value(); });
    if (exists) continue;
    NewUser input{account.username, kDemoPassword,    account.full_name, "",
                  {account.role},   account.unit_code};
    input.temporary_password = false;       // the demo password is published on purpose
    input.apply_two_factor_policy = false;  // API.md: demo accounts log in with the password alone
    auto user = accounts.create_user(input, "seed-demo");
    ++summary.accounts_created;
    if (account.role != core::Role::citizen && account.role != core::Role::business) {
      // Officials' contacts, so that their reminders can reach them by SMS and e-mail too.
      services.store.write([&](Transaction& tx) {
        auto stored = tx.find_user(user.id);
        stored->email = std::string(account.username) + "@minhan.gov.vn";
        stored->phone = "09010000" + std::to_string(10 + summary.accounts_created);
        tx.update_user(*stored);
      });
    }
    if (account.role == core::Role::citizen) {
      RegisterInput profile{account.username,     "",           account.full_name,
                            "congdan@example.vn", "0912345678", "001090000123"};
      accounts.update_profile(Principal{user, {}}, profile);
      // The demo citizen hears of each step on every channel the simulator shows.
      services.store.write([&](Transaction& tx) {
        auto stored = tx.find_user(user.id);
        stored->notify_channel = "all";
        tx.update_user(*stored);
      });
    }
  }
  return summary;
}

}  // namespace motcua::app
