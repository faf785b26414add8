#pragma once
// Small records for the store suite.
#include <chrono>
#include <string>

#include "app/ports/store.hpp"

namespace motcua::store::testing {

inline core::Instant at(long long seconds) { return core::Instant{std::chrono::seconds{seconds}}; }

inline core::Unit sample_unit(std::string code, std::string name) {
  core::Unit unit;
  unit.code = std::move(code);
  unit.name = std::move(name);
  unit.kind = core::UnitKind::agency;
  return unit;
}

inline core::Procedure sample_procedure(std::string code, std::string name) {
  core::Procedure p;
  p.code = std::move(code);
  p.name = std::move(name);
  p.sector_code = "ho-tich";
  p.sector_name = "Hộ tịch";
  p.agency_code = "H29.12.05";
  p.agency_name = "UBND xã Tân Lập";
  p.level = core::ServiceLevel::toan_trinh;
  p.audience = core::Audience::citizen;
  p.duration_working_days = 3;
  p.effective_from =
      core::LocalDate{std::chrono::year{2025}, std::chrono::month{7}, std::chrono::day{1}};
  return p;
}

inline app::User sample_user(std::string username,
                             std::vector<core::Role> roles = {core::Role::citizen}) {
  app::User user;
  user.username = std::move(username);
  user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  user.full_name = "Nguyễn Văn An";
  user.email = "an@example.vn";
  user.phone = "0912345678";
  user.citizen_id = "001099012345";
  user.address = "Số 1 Tràng Tiền, Hà Nội";
  user.roles = std::move(roles);
  user.created_at = at(1'760'000'000);
  return user;
}

// The ids a dossier row needs: a unit, a procedure version and an owner.
struct DossierWorld {
  long long unit_id = 0;
  long long other_unit_id = 0;
  long long version_id = 0;
  long long owner_id = 0;
  long long official_id = 0;
};

inline DossierWorld make_dossier_world(app::Transaction& tx) {
  DossierWorld world;
  world.unit_id = tx.upsert_unit(sample_unit("H29.12.05", "UBND xã Tân Lập"));
  world.other_unit_id = tx.upsert_unit(sample_unit("H29.99", "Trung tâm Phục vụ hành chính công"));
  world.version_id = tx.save_procedure(sample_procedure("1.001193", "Đăng ký khai sinh"));
  world.owner_id = tx.insert_user(sample_user("congdan"));
  auto official = sample_user("chuyenvien", {core::Role::specialist});
  official.unit_id = world.unit_id;
  world.official_id = tx.insert_user(official);
  return world;
}

inline core::Dossier sample_dossier(const DossierWorld& world, std::string code = "") {
  core::Dossier d;
  d.code = std::move(code);
  d.procedure_version_id = world.version_id;
  d.procedure_code = "1.001193";
  d.procedure_name = "Đăng ký khai sinh";
  d.owner_id = world.owner_id;
  d.applicant_name = "Nguyễn Văn An";
  d.receiving_unit_id = world.other_unit_id;
  d.competent_unit_id = world.unit_id;
  d.channel = core::Channel::online;
  d.form_json = R"({"ho_ten":"Nguyễn Văn Bình"})";
  d.created_at = at(1'760'000'000);
  d.updated_at = at(1'760'000'000);
  if (!d.code.empty()) {
    d.lifecycle.status = core::Status::submitted;
    d.submitted_at = at(1'760'000'100);
  }
  return d;
}

}  // namespace motcua::store::testing
