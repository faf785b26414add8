#include "app/my_dossiers.hpp"

#include <algorithm>

#include "app/errors.hpp"
#include "core/status.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Status;

const std::vector<int> kActionCodes{core::status_code(Status::supplement_requested),
                                    core::status_code(Status::payment_requested),
                                    core::status_code(Status::resolved)};

std::optional<int> status_number(const std::string& text) {
  if (text.empty() || text.size() > 2 ||
      !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
    return std::nullopt;
  const int code = std::stoi(text);
  if (!core::status_from_code(code)) return std::nullopt;
  return code;
}

}  // namespace

std::string applicant_action(core::Status status) {
  switch (status) {
    case Status::supplement_requested:
      return "supplement";
    case Status::payment_requested:
      return "payment";
    case Status::resolved:
      return "collect";
    default:
      return "";
  }
}

std::optional<std::vector<int>> statuses_of_filter(const std::string& filter) {
  if (filter.empty()) return std::vector<int>{};
  if (filter == "action") return kActionCodes;
  if (filter == "draft") return std::vector<int>{0};
  std::vector<int> codes;
  std::size_t start = 0;
  while (start <= filter.size()) {
    const auto end = std::min(filter.find(',', start), filter.size());
    const auto code = status_number(core::trim(filter.substr(start, end - start)));
    if (!code) return std::nullopt;
    if (std::find(codes.begin(), codes.end(), *code) == codes.end()) codes.push_back(*code);
    start = end + 1;
  }
  return codes;
}

MyDossiers OwnDossiers::list(const Principal& who, const MyDossiersQuery& query) {
  auto statuses = statuses_of_filter(query.status);
  if (!statuses) throw_invalid({{"status", "account.error.status_filter"}});
  if (statuses->empty() && query.include_drafts) {
    for (int code = 0; code <= 10; ++code) statuses->push_back(code);
  }
  OwnDossierQuery own{who.user.id, *statuses, {}, std::max(1, query.page), query.per_page};
  if (query.action_first) own.first = kActionCodes;
  MyDossiers result;
  services_.store.read([&](Transaction& tx) {
    result.dossiers = tx.list_own_dossiers(own);
    if (query.drafts_shown > 0)
      result.drafts = tx.list_own_dossiers({who.user.id, {0}, {}, 1, query.drafts_shown});
    result.counts = tx.count_own_dossiers(who.user.id);
  });
  for (int code : kActionCodes) {
    auto found = result.counts.find(code);
    if (found != result.counts.end()) result.action_needed += found->second;
  }
  return result;
}

namespace {

core::Dossier own_draft(Transaction& tx, const Principal& who, long long id) {
  auto dossier = tx.find_dossier(id);
  if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
  if (dossier->lifecycle.status != Status::draft)
    throw AppError(ErrorKind::conflict, "not_a_draft", "account.error.not_a_draft");
  return *dossier;
}

}  // namespace

core::Dossier OwnDossiers::find_draft(const Principal& who, long long id) {
  core::Dossier dossier;
  services_.store.read([&](Transaction& tx) { dossier = own_draft(tx, who, id); });
  return dossier;
}

void OwnDossiers::delete_draft(const Principal& who, long long id, const std::string& ip) {
  services_.store.write([&](Transaction& tx) {
    const auto dossier = own_draft(tx, who, id);
    tx.delete_draft(id);
    tx.append_audit(AuditEntry{services_.clock.now(), who.user.username, "draft_delete",
                               std::to_string(id), dossier.procedure_code, ip});
  });
}

}  // namespace motcua::app
