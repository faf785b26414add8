#include "app/unit_register.hpp"

#include <algorithm>
#include <map>

#include "app/errors.hpp"

namespace motcua::app {
namespace {

constexpr auto kLongestPeriod = std::chrono::days(366);
constexpr int kPageSize = 500;

bool open_status(core::Status status) {
  return status != core::Status::resolved && status != core::Status::returned &&
         status != core::Status::refused && status != core::Status::withdrawn &&
         status != core::Status::stopped;
}

RegisterEntry entry_of(const core::Dossier& dossier, const std::map<long long, std::string>& names,
                       core::Instant now) {
  RegisterEntry entry;
  entry.code = dossier.code;
  entry.procedure_name = dossier.procedure_name;
  entry.applicant_name = dossier.applicant_name;
  entry.applicant_address = dossier.applicant.address;
  entry.applicant_phone = dossier.applicant.phone;
  if (const auto name = names.find(dossier.competent_unit_id); name != names.end())
    entry.competent_unit = name->second;
  entry.received_at = dossier.clock.received_at;
  entry.due_at = dossier.clock.due_at;
  entry.returned_at = dossier.returned_at;
  entry.status = dossier.lifecycle.status;
  if (entry.due_at) {
    const auto until = entry.returned_at.value_or(now);
    entry.late = until > *entry.due_at && (entry.returned_at || open_status(entry.status));
  }
  return entry;
}

}  // namespace

UnitRegister UnitRegisters::build(const Principal& who, core::LocalDate from, core::LocalDate to) {
  if (!who.user.is_official() || !who.user.unit_id) throw_forbidden();
  const auto first = std::chrono::sys_days(from);
  const auto last = std::chrono::sys_days(to);
  if (last < first) throw_invalid({{"to", "error.date_range"}});
  if (last - first > kLongestPeriod) throw_invalid({{"to", "error.period_too_long"}});
  UnitRegister book;
  book.from = from;
  book.to = to;
  const auto now = services_.clock.now();
  services_.store.read([&](Transaction& tx) {
    std::map<long long, std::string> names;
    for (const auto& unit : tx.list_units()) {
      names[unit.id] = unit.name;
      if (unit.id == *who.user.unit_id) book.unit = unit;
    }
    DossierQuery query;
    query.unit_ids = {*who.user.unit_id};
    query.relation = UnitRelation::receiving;
    query.received_from = core::from_local(from, 0);
    query.received_before = core::from_local(to, 0) + std::chrono::days(1);
    query.per_page = kPageSize;
    for (query.page = 1;; ++query.page) {
      const auto page = tx.list_dossiers(query);
      if (page.total > kMaxRegisterRows)
        throw AppError(ErrorKind::too_large, "register_too_large", "error.register_too_large");
      for (const auto& dossier : page.items) book.entries.push_back(entry_of(dossier, names, now));
      if (page.items.size() < static_cast<std::size_t>(kPageSize)) break;
    }
  });
  // The register reads in the order the desk received the dossiers.
  std::reverse(book.entries.begin(), book.entries.end());
  return book;
}

std::string UnitRegisters::pdf(const Principal& who, core::LocalDate from, core::LocalDate to,
                               const std::string& lang, bool numbering_2018) {
  const auto book = build(who, from, to);
  if (!services_.printer)
    throw AppError(ErrorKind::unavailable, "printer_unavailable", "error.unavailable");
  PrintContext context;
  context.lang = lang;
  context.numbering_2018 = numbering_2018;
  context.province_name = services_.policy.authority_name;
  return services_.printer->render_register(book, context);
}

}  // namespace motcua::app
