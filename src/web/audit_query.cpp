#include "web/audit_query.hpp"

#include <charconv>

#include "app/errors.hpp"
#include "app/report_scope.hpp"

namespace motcua::web {
namespace {

std::optional<core::LocalDate> date_of(const Request& request, const char* name) {
  const auto text = request.query_or(name, "");
  if (text.empty()) return std::nullopt;
  const auto date = core::parse_date(text);
  if (!date) app::throw_invalid({{name, "error.date"}});
  return date;
}

// Quoted, and a leading = + - @ neutralised: a user name typed at the sign-in form must not run
// as a formula when the export is opened in a spreadsheet.
std::string csv_cell(const std::string& text) {
  std::string out = "\"";
  if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos)
    out += '\'';
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

app::AuditQuery audit_query(const Request& request, const char* from_name, const char* to_name) {
  app::AuditQuery query;
  if (const auto from = date_of(request, from_name)) query.from = app::period_start(*from);
  if (const auto to = date_of(request, to_name)) query.before = app::period_end(*to);
  query.actor = request.query_or("actor", "").substr(0, 100);
  query.action = request.query_or("action", "").substr(0, 100);
  const auto before = request.query_or("before_id", "");
  std::from_chars(before.data(), before.data() + before.size(), query.before_id);
  return query;
}

std::string audit_csv(const std::vector<app::AuditEntry>& entries) {
  std::string csv = "id,at,actor,action,target,detail,ip\r\n";
  for (const auto& e : entries) {
    csv += std::to_string(e.id) + "," + csv_cell(core::format_iso(e.at)) + "," + csv_cell(e.actor) +
           "," + csv_cell(e.action) + "," + csv_cell(e.target) + "," + csv_cell(e.detail) + "," +
           csv_cell(e.ip) + "\r\n";
  }
  return csv;
}

}  // namespace motcua::web
