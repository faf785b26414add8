#include "store/sql/mapping.hpp"

#include <stdexcept>

#include "core/status.hpp"

namespace motcua::store::sql {
namespace {

Value optional_text(const std::string& text) {
  if (text.empty()) return Value();
  return Value(text);
}

}  // namespace

core::Status status_from(long long code) {
  if (auto status = core::status_from_code(static_cast<int>(code))) return *status;
  throw std::runtime_error("store: bad status code in the database: " + std::to_string(code));
}

std::string select_list(const TableShape& shape, std::string_view alias) {
  const std::string prefix = alias.empty() ? "" : std::string(alias) + ".";
  std::string out = prefix + "id";
  for (const auto column : shape.columns) out += ", " + prefix + std::string(column);
  return out;
}

std::string insert_sql(const TableShape& shape) {
  std::string names;
  std::string values;
  for (std::size_t i = 0; i < shape.columns.size(); ++i) {
    names += (i ? ", " : "") + std::string(shape.columns[i]);
    values += (i ? ", $" : "$") + std::to_string(i + 1);
  }
  return "INSERT INTO " + std::string(shape.table) + " (" + names + ") VALUES (" + values +
         ") RETURNING id";
}

std::string update_sql(const TableShape& shape) {
  std::string sets;
  for (std::size_t i = 0; i < shape.columns.size(); ++i)
    sets += (i ? ", " : "") + std::string(shape.columns[i]) + " = $" + std::to_string(i + 1);
  return "UPDATE " + std::string(shape.table) + " SET " + sets + " WHERE id = $" +
         std::to_string(shape.columns.size() + 1);
}

const TableShape& unit_shape() {
  static const TableShape shape{
      "units",
      {"code", "name", "parent_id", "kind", "receives_for_province", "address", "phone", "email"}};
  return shape;
}

Params unit_params(const core::Unit& u) {
  return {u.code,
          u.name,
          u.parent_id,
          std::string(core::unit_kind_name(u.kind)),
          u.receives_for_province,
          u.address,
          u.phone,
          u.email};
}

core::Unit unit_from(const Row& r) {
  core::Unit u;
  u.id = r.integer(0);
  u.code = r.text(1);
  u.name = r.text(2);
  u.parent_id = r.opt_integer(3);
  u.kind = parse_or_throw<core::UnitKind>(r.text(4), core::parse_unit_kind, "unit kind");
  u.receives_for_province = r.boolean(5);
  u.address = r.text(6);
  u.phone = r.text(7);
  u.email = r.text(8);
  return u;
}

const TableShape& user_shape() {
  static const TableShape shape{
      "users",
      {"username", "password_hash", "full_name", "email", "phone", "citizen_id", "address",
       "unit_id", "failed_logins", "locked_until", "active", "created_at",
       // account (migration 5): profile contacts
       "tax_code", "province_code", "commune_code", "notify_channel",
       // migration 8: password age and forced change
       "password_changed_at", "must_change_password",
       // migration 9: two-factor login
       "totp_secret", "totp_enabled", "totp_last_step", "two_factor_required",
       // migration 16: the electronic identity the account is linked to
       "identity_subject", "verified_fields"}};
  return shape;
}

Params user_params(const app::User& u) {
  Params params{u.username,      u.password_hash, u.full_name,    u.email,
                u.phone,         u.citizen_id,    u.address,      u.unit_id,
                u.failed_logins, u.locked_until,  u.active,       u.created_at,
                u.tax_code,      u.province_code, u.commune_code, u.notify_channel};
  params.emplace_back(u.password_changed_at);  // migration 8
  params.emplace_back(u.must_change_password);
  params.emplace_back(u.totp_secret);  // migration 9
  params.emplace_back(u.totp_enabled);
  params.emplace_back(u.totp_last_step);
  params.emplace_back(u.two_factor_required);
  std::optional<std::string> subject;  // NULL when unlinked: the column is unique
  if (!u.identity_subject.empty()) subject = u.identity_subject;
  params.emplace_back(subject);
  params.emplace_back(u.verified_fields);  // migration 16
  return params;
}

app::User user_from(const Row& r) {
  app::User u;
  u.id = r.integer(0);
  u.username = r.text(1);
  u.password_hash = r.text(2);
  u.full_name = r.text(3);
  u.email = r.text(4);
  u.phone = r.text(5);
  u.citizen_id = r.text(6);
  u.address = r.text(7);
  u.unit_id = r.opt_integer(8);
  u.failed_logins = r.int32(9);
  u.locked_until = r.opt_instant(10);
  u.active = r.boolean(11);
  u.created_at = r.instant(12);
  u.tax_code = r.text(13);
  u.province_code = r.text(14);
  u.commune_code = r.text(15);
  u.notify_channel = r.text(16);
  u.password_changed_at = r.opt_instant(17);
  u.must_change_password = r.boolean(18);
  u.totp_secret = r.text(19);
  u.totp_enabled = r.boolean(20);
  u.totp_last_step = r.integer(21);
  u.two_factor_required = r.boolean(22);
  u.identity_subject = r.is_null(23) ? "" : r.text(23);
  u.verified_fields = r.text(24);
  return u;
}

const TableShape& dossier_shape() {
  static const TableShape shape{
      "dossiers",
      {"code", "procedure_version_id", "procedure_code", "procedure_name", "owner_id",
       "applicant_name", "receiving_unit_id", "competent_unit_id", "assignee_id", "channel",
       "status", "resume_status", "apologized", "received_at", "due_at", "paused_at",
       "remaining_minutes", "form_json", "submitted_at", "returned_at", "return_method",
       "created_at", "updated_at",
       "supplemented",  // migration 10
       // migration 11: the applicant's contact
       "applicant_id_number", "applicant_phone", "applicant_email", "applicant_address"}};
  return shape;
}

Params dossier_params(const core::Dossier& d) {
  std::optional<int> resume;
  if (d.lifecycle.resume_status) resume = core::status_code(*d.lifecycle.resume_status);
  std::optional<std::string> return_method;
  if (d.return_method) return_method = std::string(core::return_method_name(*d.return_method));
  return {optional_text(d.code),  // drafts have no code; NULLs never collide in the unique index
          d.procedure_version_id,
          d.procedure_code,
          d.procedure_name,
          d.owner_id,
          d.applicant_name,
          d.receiving_unit_id,
          d.competent_unit_id,
          d.assignee_id,
          static_cast<int>(d.channel),
          core::status_code(d.lifecycle.status),
          resume,
          d.lifecycle.apologized,
          d.clock.received_at,
          d.clock.due_at,
          d.clock.paused_at,
          d.clock.remaining_minutes,
          d.form_json,
          d.submitted_at,
          d.returned_at,
          return_method,
          d.created_at,
          d.updated_at,
          d.lifecycle.supplemented,
          d.applicant.id_number,
          d.applicant.phone,
          d.applicant.email,
          d.applicant.address};
}

core::Dossier dossier_from(const Row& r) {
  core::Dossier d;
  d.id = r.integer(0);
  d.code = r.text(1);
  d.procedure_version_id = r.integer(2);
  d.procedure_code = r.text(3);
  d.procedure_name = r.text(4);
  d.owner_id = r.integer(5);
  d.applicant_name = r.text(6);
  d.receiving_unit_id = r.integer(7);
  d.competent_unit_id = r.integer(8);
  d.assignee_id = r.opt_integer(9);
  d.channel = static_cast<core::Channel>(r.integer(10));
  d.lifecycle.status = status_from(r.integer(11));
  if (!r.is_null(12)) d.lifecycle.resume_status = status_from(r.integer(12));
  d.lifecycle.apologized = r.boolean(13);
  d.clock.received_at = r.opt_instant(14);
  d.clock.due_at = r.opt_instant(15);
  d.clock.paused_at = r.opt_instant(16);
  d.clock.remaining_minutes = r.integer(17);
  d.form_json = r.text(18);
  d.submitted_at = r.opt_instant(19);
  d.returned_at = r.opt_instant(20);
  if (!r.is_null(21)) {
    d.return_method =
        parse_or_throw<core::ReturnMethod>(r.text(21), core::parse_return_method, "return method");
  }
  d.created_at = r.instant(22);
  d.updated_at = r.instant(23);
  d.lifecycle.supplemented = r.boolean(24);
  d.applicant = {r.text(25), r.text(26), r.text(27), r.text(28)};
  return d;
}

core::DossierEvent event_from(const Row& r) {
  core::DossierEvent e;
  e.seq = r.integer(0);
  e.at = r.instant(1);
  e.actor = r.text(2);
  e.action = r.text(3);
  e.from = status_from(r.integer(4));
  e.to = status_from(r.integer(5));
  e.comment = r.text(6);
  e.payload = r.text(7);
  e.prev_hash = r.text(8);
  e.hash = r.text(9);
  return e;
}

const TableShape& file_shape() {
  static const TableShape shape{"files",
                                {"dossier_id", "component_id", "sha256", "size", "content_type",
                                 "original_name", "uploaded_by", "purpose", "created_at"}};
  return shape;
}

Params file_params(const app::StoredFile& f) {
  return {f.dossier_id,    f.component_id, f.sha256,  f.size,      f.content_type,
          f.original_name, f.uploaded_by,  f.purpose, f.created_at};
}

app::StoredFile file_from(const Row& r) {
  app::StoredFile f;
  f.id = r.integer(0);
  f.dossier_id = r.integer(1);
  f.component_id = r.text(2);
  f.sha256 = r.text(3);
  f.size = r.integer(4);
  f.content_type = r.text(5);
  f.original_name = r.text(6);
  f.uploaded_by = r.integer(7);
  f.purpose = r.text(8);
  f.created_at = r.instant(9);
  return f;
}

app::DeclarationSignature declaration_signature_from(const Row& row) {
  app::DeclarationSignature signature;
  signature.dossier_id = row.integer(0);
  signature.sha256 = row.text(1);
  signature.signature = {row.text(2), row.text(3), row.text(4)};
  signature.signer_id_number = row.text(5);
  signature.signer_name = row.text(6);
  signature.signed_at = row.instant(7);
  return signature;
}

app::Session session_from(const Row& r) {
  app::Session s;
  s.token_hash = r.text(0);
  s.user_id = r.integer(1);
  s.csrf_token = r.text(2);
  s.created_at = r.instant(3);
  s.last_seen_at = r.instant(4);
  s.expires_at = r.instant(5);
  s.second_factor_pending = r.boolean(6);
  return s;
}

std::string_view calendar_day_kind_name(core::CalendarDayKind kind) {
  return kind == core::CalendarDayKind::holiday ? "holiday" : "make_up_working";
}

core::CalendarDayKind parse_calendar_day_kind(std::string_view name) {
  return name == "make_up_working" ? core::CalendarDayKind::make_up_working
                                   : core::CalendarDayKind::holiday;
}

std::string date_text(core::LocalDate date) { return core::format_date(date); }

core::LocalDate date_from(const std::string& text) {
  return parse_or_throw<core::LocalDate>(text, core::parse_date, "date");
}

}  // namespace motcua::store::sql
