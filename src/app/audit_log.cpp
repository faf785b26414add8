#include "app/audit_log.hpp"

#include <algorithm>

#include "app/administration.hpp"

namespace motcua::app {

std::vector<AuditEntry> AuditLog::search(const Principal& who, AuditQuery query) {
  require_admin(who);
  query.limit = std::clamp(query.limit, 1, kAuditExport);
  std::vector<AuditEntry> entries;
  services_.store.read([&](Transaction& tx) { entries = tx.list_audit(query); });
  return entries;
}

}  // namespace motcua::app
