#pragma once
// How records map to table rows: the column list of each table (beside `id`) and the conversions
// both ways, so every statement on a table agrees on one column order.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/declaration_repository.hpp"
#include "app/ports/records.hpp"
#include "core/calendar.hpp"
#include "core/dossier.hpp"
#include "core/event_chain.hpp"
#include "core/unit.hpp"
#include "store/sql/value.hpp"

namespace motcua::store::sql {

struct TableShape {
  std::string_view table;
  std::vector<std::string_view> columns;  // in parameter order; `id` is implied and generated
};

// "id, a, b" (every column prefixed with `alias.` when given).
std::string select_list(const TableShape& shape, std::string_view alias = {});
// INSERT of the columns as $1..$n, returning the new id.
std::string insert_sql(const TableShape& shape);
// UPDATE of the columns as $1..$n WHERE id = $(n+1).
std::string update_sql(const TableShape& shape);

const TableShape& unit_shape();
Params unit_params(const core::Unit& unit);
core::Unit unit_from(const Row& row);

const TableShape& user_shape();
Params user_params(const app::User& user);
app::User user_from(const Row& row);  // without roles

const TableShape& dossier_shape();
Params dossier_params(const core::Dossier& dossier);
core::Dossier dossier_from(const Row& row);

// Events have no id column: their key is (dossier_id, seq).
inline constexpr std::string_view kEventColumns =
    "seq, at, actor, action, from_status, to_status, comment, payload, prev_hash, hash";
core::DossierEvent event_from(const Row& row);

const TableShape& file_shape();
Params file_params(const app::StoredFile& file);
app::StoredFile file_from(const Row& row);

inline constexpr std::string_view kDeclarationSignatureSelect =
    "SELECT dossier_id, sha256, signature, certificate, gateway_signed_at, signer_id_number, "
    "signer_name, signed_at FROM declaration_signatures WHERE dossier_id = $1";
app::DeclarationSignature declaration_signature_from(const Row& row);

inline constexpr std::string_view kSessionColumns =
    "token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, second_factor_pending";
app::Session session_from(const Row& row);

std::string_view calendar_day_kind_name(core::CalendarDayKind kind);
core::CalendarDayKind parse_calendar_day_kind(std::string_view name);

std::string date_text(core::LocalDate date);

// A stored name or code read back into its enum; a value the code does not know is a corrupt row.
template <class T, class Parse>
T parse_or_throw(const std::string& text, Parse parse, const char* what) {
  if (auto value = parse(text)) return *value;
  throw std::runtime_error(std::string("store: bad ") + what + " in the database: " + text);
}
core::Status status_from(long long code);
core::LocalDate date_from(const std::string& text);

}  // namespace motcua::store::sql
