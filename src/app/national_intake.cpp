#include "app/national_intake.hpp"

#include "app/bounded_json.hpp"
#include "app/dossier_flow.hpp"
#include "app/dossier_uploads.hpp"
#include "app/outbox.hpp"
#include "core/dossier_code.hpp"
#include "core/form.hpp"
#include "core/national_codes.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using core::Status;

constexpr const char* kCursor = "dvcqg.dossiers";
constexpr std::size_t kMaxNameBytes = 200;

long long connector_account(Transaction& tx, core::Instant now) {
  if (auto user = tx.find_user_by_username(NationalIntake::kConnectorAccount)) return user->id;
  User user;
  user.username = NationalIntake::kConnectorAccount;
  user.full_name = "Cổng Dịch vụ công quốc gia";
  user.roles = {core::Role::citizen};
  user.active = false;  // owns dossiers, never signs in
  user.created_at = now;
  return tx.insert_user(user);
}

long long owner_for(Transaction& tx, const std::string& id_number, core::Instant now) {
  const auto accounts = tx.find_applicants_by_citizen_id(id_number);
  return accounts.size() == 1 ? accounts.front().id : connector_account(tx, now);
}

core::ApplicantContact contact_of(const NationalDossier& item) {
  core::ApplicantContact contact;
  contact.id_number = item.id_number;
  if (core::is_valid_phone(item.phone)) contact.phone = item.phone;
  if (core::is_valid_email(item.email)) contact.email = item.email;
  contact.address = item.address.substr(0, 500);
  return contact;
}

// Why an item cannot become a dossier here ("" when it can).
std::string refusal(Transaction& tx, const NationalDossier& item, core::Instant now) {
  if (!core::parse_dossier_code(item.code)) return "invalid_code";
  if (tx.find_dossier_by_code(item.code)) return "";  // taken by another process: a repeat
  if (!core::is_valid_citizen_id(item.id_number)) return "invalid_id_number";
  const auto name = core::trim(item.applicant_name);
  if (name.empty() || name.size() > kMaxNameBytes) return "invalid_applicant";
  const auto procedure = tx.find_procedure_in_force(item.procedure_code, core::to_local(now).date);
  if (!procedure) return "unknown_procedure";
  if (!tx.find_unit_by_code(procedure->agency_code)) return "unknown_agency";
  return "";
}

void attach_files(const Services& services, Transaction& tx, const core::Dossier& dossier,
                  const NationalDossier& item, core::Instant now) {
  long long total = 0;
  for (const auto& file : item.files) {
    const auto type = sniff_content_type(file.bytes);
    total += static_cast<long long>(file.bytes.size());
    if (type.empty() ||
        file.bytes.size() > static_cast<std::size_t>(services.policy.max_file_bytes) ||
        total > services.policy.max_dossier_bytes)
      continue;  // kept on the national portal; the desk asks for it if it is needed
    StoredFile stored;
    stored.dossier_id = dossier.id;
    stored.component_id = file.component_id.substr(0, 100);
    stored.sha256 = services.files.put(file.bytes);
    stored.size = static_cast<long long>(file.bytes.size());
    stored.content_type = type;
    stored.original_name = file.name.substr(0, 200);
    stored.uploaded_by = dossier.owner_id;
    stored.created_at = now;
    tx.insert_file(stored);
  }
}

core::Dossier dossier_from(Transaction& tx, const NationalDossier& item, core::Instant now) {
  const auto procedure = tx.find_procedure_in_force(item.procedure_code, core::to_local(now).date);
  core::Dossier dossier;
  dossier.code = item.code;
  dossier.procedure_version_id = procedure->version_id;
  dossier.procedure_code = procedure->code;
  dossier.procedure_name = procedure->name;
  dossier.applicant_name = core::trim(item.applicant_name);
  dossier.applicant = contact_of(item);
  dossier.owner_id = owner_for(tx, item.id_number, now);
  dossier.channel = core::Channel::national_portal;
  if (const auto competent = tx.find_unit_by_code(procedure->agency_code))
    dossier.competent_unit_id = competent->id;
  dossier.receiving_unit_id = receiving_unit_for(tx, dossier, now);
  const auto form = parse_bounded_json(item.form_json);
  dossier.form_json = form.is_object() ? form.dump() : "{}";
  dossier.submitted_at = core::parse_national_time(item.filed_at).value_or(now);
  dossier.created_at = now;
  dossier.updated_at = now;
  dossier.lifecycle = core::apply(dossier.lifecycle, core::Action::submit, Status::submitted);
  return dossier;
}

}  // namespace

int NationalIntake::poll(int limit) {
  if (services_.national_feed == nullptr) return 0;
  long long after = 0;
  services_.store.read([&](Transaction& tx) {
    if (auto position = tx.cursor(kCursor)) after = std::stoll(*position);
  });
  const auto page = services_.national_feed->fetch(after, limit);
  if (!page) return 0;
  int arrived = 0;
  for (const auto& item : page->items) arrived += take(item) ? 1 : 0;
  services_.store.write([&](Transaction& tx) {
    // Another process may have read further meanwhile: the position only moves forward.
    const auto current = tx.cursor(kCursor);
    if (!current || std::stoll(*current) < page->next)
      tx.set_cursor(kCursor, std::to_string(page->next));
  });
  return arrived;
}

bool NationalIntake::take(const NationalDossier& item) {
  const auto now = services_.clock.now();
  bool arrived = false;
  services_.store.write([&](Transaction& tx) {
    const auto key = "dvcqg:dossier:" + item.code;
    if (!tx.accept_inbound(key, "dvcqg", "dossier", services_.clock.now_ms())) return;
    const auto why = refusal(tx, item, now);
    append_log(tx, {.direction = "in",
                    .system = "dvcqg",
                    .kind = "dossier",
                    .key = key,
                    .request = item.raw.substr(0, 64 * 1024),
                    .status = why.empty() ? 201 : 422,
                    .answer = why,
                    .at_ms = services_.clock.now_ms()});
    if (!why.empty() || tx.find_dossier_by_code(item.code)) return;
    auto dossier = dossier_from(tx, item, now);
    dossier.id = tx.insert_dossier(dossier);
    attach_files(services_, tx, dossier, item, now);
    record_event(services_, tx, dossier, kConnectorAccount, "submit", Status::draft,
                 Status::submitted, "", {{"code", dossier.code}, {"channel", "national_portal"}},
                 now);
    arrived = true;
  });
  return arrived;
}

}  // namespace motcua::app
