#include "app/catalog_sync.hpp"

#include <nlohmann/json.hpp>

#include "app/administration.hpp"
#include "app/outbox.hpp"

namespace motcua::app {
namespace {

constexpr const char* kSystem = "dvcqg";
constexpr const char* kKind = "procedures";

IntegrationLogEntry log_entry(const NationalCatalogAnswer& answer, Millis at_ms) {
  return {.direction = "in",
          .system = kSystem,
          .kind = kKind,
          .key = std::string(kSystem) + ":" + kKind + ":" + std::to_string(at_ms),
          .request = "GET /procedures",
          .status = answer.status,
          .answer = answer.error,
          .at_ms = at_ms};
}

nlohmann::json summary(const CatalogSyncRecord& record) {
  return {{"procedures", record.procedures},
          {"changed", record.changed},
          {"removed", record.removed},
          {"rejected", record.rejected}};
}

AppError failure(const NationalCatalogAnswer& answer) {
  // No answer at all is the portal out of reach; an answer that is no catalog is its fault.
  AppError error = answer.status == 0
                       ? AppError(ErrorKind::unavailable, "national_portal_unreachable",
                                  "catalog_sync.error.unreachable")
                       : AppError(ErrorKind::bad_gateway, "national_catalog_invalid",
                                  "catalog_sync.error.invalid");
  error.params["detail"] = answer.error;
  return error;
}

}  // namespace

bool CatalogSync::run() { return !fetch_and_store(""); }

CatalogReport CatalogSync::run_now(const Principal& who) {
  require_admin(who);
  if (auto error = fetch_and_store(who.user.username)) throw *error;
  return build(std::nullopt);
}

CatalogReport CatalogSync::report(const Principal& who, std::optional<core::CatalogState> state) {
  require_admin(who);
  return build(state);
}

std::optional<AppError> CatalogSync::fetch_and_store(const std::string& actor) {
  if (services_.national_catalog == nullptr)
    return AppError(ErrorKind::unavailable, "national_portal_unconnected",
                    "catalog_sync.error.unconnected");
  auto answer = services_.national_catalog->fetch_procedures();
  // A catalog with nothing readable in it is a fault of the answer: it must not empty the
  // snapshot.
  if (answer.procedures && answer.procedures->empty()) {
    answer.procedures.reset();
    answer.error = "no procedure in the catalog";
  }
  const auto now = services_.clock.now();
  services_.store.write([&](Transaction& tx) {
    auto entry = log_entry(answer, services_.clock.now_ms());
    if (answer.procedures) {
      CatalogSyncRecord record;
      record.at = now;
      record.rejected = answer.rejected;
      entry.answer = summary(tx.replace_national_catalog(*answer.procedures, record)).dump();
    }
    append_log(tx, entry);
    if (!actor.empty())
      tx.append_audit({now, actor, "catalog_sync", kSystem, entry.answer.substr(0, 500), ""});
  });
  if (answer.procedures) return std::nullopt;
  return failure(answer);
}

CatalogReport CatalogSync::build(std::optional<core::CatalogState> state) {
  CatalogReport report;
  services_.store.read([&](Transaction& tx) {
    report.last_sync = tx.last_catalog_sync();
    if (!report.last_sync) return;  // before the first sync nothing is known to be absent
    report.national = tx.list_national_catalog();
    report.local = tx.list_current_procedures();
  });
  for (auto& row : core::compare_catalogs(report.national, report.local)) {
    ++report.counts[row.state];
    if (!state || row.state == *state) report.rows.push_back(std::move(row));
  }
  return report;
}

}  // namespace motcua::app
