#pragma once
// The audit log's filters as the API and the page read them: tu-ngay/from, den-ngay/to (whole
// days, Vietnam time), actor, action and the paging id.
#include "app/ports/records.hpp"
#include "web/http/message.hpp"

namespace motcua::web {

// Throws AppError invalid_input for a date that does not parse. `from_name` and `to_name` are the
// query parameters' names (the page uses Vietnamese ones).
app::AuditQuery audit_query(const Request& request, const char* from_name, const char* to_name);

// The entries as CSV (RFC 4180), a header line first.
std::string audit_csv(const std::vector<app::AuditEntry>& entries);

}  // namespace motcua::web
